// The query page: run the editor's query against /sparql and show the result as a table.
// Every value reaches the page through textContent, never as HTML.
(function () {
  "use strict";
  var editor = document.getElementById("query");
  var results = document.getElementById("results");
  var status = document.getElementById("status");
  var select = document.getElementById("examples");
  var describe = document.getElementById("example-description");
  var dataNs = document.getElementById("config").getAttribute("data-ns");
  var examples = JSON.parse(document.getElementById("examples-data").textContent || "[]");

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (cls) { node.className = cls; }
    return node;
  }

  function localHref(iri) {
    return iri.indexOf(dataNs) === 0 ? "/id/" + iri.slice(dataNs.length) : iri;
  }

  function cell(term) {
    var td = el("td");
    if (!term) { return td; }
    if (term.type === "uri") {
      var a = el("a", term.value);
      a.href = localHref(term.value);
      td.appendChild(a);
    } else if (term.type === "bnode") {
      td.textContent = "_:" + term.value;
    } else {
      td.textContent = term.value;
      var note = term["xml:lang"] ? "@" + term["xml:lang"] : "";
      if (note) { td.appendChild(el("span", note, "lit-lang")); }
    }
    return td;
  }

  function showTable(data) {
    results.textContent = "";
    if (Object.prototype.hasOwnProperty.call(data, "boolean")) {
      results.appendChild(el("p", "ASK → " + data["boolean"]));
      status.textContent = "";
      return;
    }
    var vars = data.head.vars || [];
    var rows = data.results.bindings || [];
    var table = el("table");
    table.id = "result-table";
    var head = el("tr");
    vars.forEach(function (v) { head.appendChild(el("th", v)); });
    var thead = el("thead");
    thead.appendChild(head);
    table.appendChild(thead);
    var body = el("tbody");
    rows.forEach(function (row) {
      var tr = el("tr");
      vars.forEach(function (v) { tr.appendChild(cell(row[v])); });
      body.appendChild(tr);
    });
    table.appendChild(body);
    results.appendChild(table);
    status.textContent = rows.length + " 行 rows";
  }

  function run() {
    var query = editor.value;
    status.textContent = "…";
    results.textContent = "";
    var started = Date.now();
    fetch("/sparql", {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json, text/turtle;q=0.9"
      },
      body: "query=" + encodeURIComponent(query)
    }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      return response.text().then(function (text) { return {ok: response.ok, status: response.status, type: type, text: text}; });
    }).then(function (r) {
      var seconds = ((Date.now() - started) / 1000).toFixed(2) + " s";
      if (!r.ok) {
        results.appendChild(el("p", r.status + ": " + r.text, "error"));
        status.textContent = seconds;
        return;
      }
      if (r.type.indexOf("json") >= 0) {
        showTable(JSON.parse(r.text));
      } else {
        results.appendChild(el("pre", r.text));
        status.textContent = "";
      }
      status.textContent = (status.textContent ? status.textContent + " · " : "") + seconds;
    }).catch(function (error) {
      results.appendChild(el("p", String(error), "error"));
      status.textContent = "";
    });
  }

  function link(id, format) {
    document.getElementById(id).addEventListener("click", function (event) {
      event.preventDefault();
      window.location.href = "/sparql?format=" + format + "&query=" + encodeURIComponent(editor.value);
    });
  }

  document.getElementById("run").addEventListener("click", run);
  editor.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    } else if (event.key === "Tab" && !event.shiftKey) {
      event.preventDefault();
      var start = editor.selectionStart;
      editor.setRangeText("  ", start, editor.selectionEnd, "end");
    }
  });
  select.addEventListener("change", function () {
    var example = examples[Number(select.value)];
    if (!example) { return; }
    editor.value = example.text;
    describe.textContent = example.description + (example.params.length ? " · 参数 parameters: " + example.params.join(", ") : "");
  });
  ["json", "csv", "tsv", "xml", "ttl"].forEach(function (f) { link("dl-" + f, f); });
  window.cppcckgQuery = {run: run};
})();

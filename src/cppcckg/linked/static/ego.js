// The ego network of a profile page: the entity, its initiatives on this page and the bodies they
// name, drawn with vis-network (served by this server, never a CDN) from the JSON the page
// carries. When the partners table arrives (side-tables.js), the partners it marks as across the
// Sichuan-Chongqing border are marked here too. Without JavaScript the tables hold the same facts.
(function () {
  "use strict";
  var holder = document.getElementById("ego");
  var source = document.getElementById("ego-data");
  if (!holder || !source || typeof vis === "undefined") { return; }
  var data = JSON.parse(source.textContent);
  var colours = { self: "#d62728", initiative: "#4e79a7", partner: "#59a14f", cross: "#f28e2b" };
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return { id: n.id, label: n.label, title: n.title || n.label, href: n.href, group: n.kind,
             shape: n.kind === "initiative" ? "dot" : "box", size: n.kind === "initiative" ? 8 : 14,
             color: colours[n.kind] || "#999", font: { color: n.kind === "initiative" ? "#333" : "#fff", size: 12 } };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    return { id: i, from: e.from, to: e.to, width: Math.min(6, e.weight || 1), title: e.title || "",
             color: { color: e.cross ? colours.cross : "#bbb" } };
  }));
  var network = new vis.Network(holder, { nodes: nodes, edges: edges }, {
    physics: { stabilization: { iterations: 150 }, barnesHut: { springLength: 90 } },
    interaction: { hover: true }, nodes: { font: { face: "sans-serif" } }
  });
  network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: false }); });
  network.on("doubleClick", function (params) {
    var node = params.nodes.length ? nodes.get(params.nodes[0]) : null;
    if (node && node.href) { window.location.href = node.href; }
  });
  // the partners across the border, by name, from the rows the partners table marks
  function markCross(section) {
    if (!section || section.id !== "partners") { return; }
    var crossing = {};
    Array.prototype.forEach.call(section.querySelectorAll("tr.cross td:first-child a"), function (link) {
      crossing[link.textContent.trim()] = true;
    });
    nodes.forEach(function (node) {
      if (node.group === "partner" && crossing[node.label]) {
        nodes.update({ id: node.id, group: "cross", color: colours.cross });
        edges.forEach(function (edge) {
          if (edge.to === node.id) { edges.update({ id: edge.id, color: { color: colours.cross } }); }
        });
      }
    });
  }
  document.addEventListener("cppcckg:side-table", function (event) { markCross(event.target); });
  var partners = document.getElementById("partners");
  if (partners && partners.dataset.loaded) { markCross(partners); }
  window.cppcckgEgo = {
    nodes: function () { return nodes.length; }, edges: function () { return edges.length; },
    cross: function () { return nodes.get({ filter: function (n) { return n.group === "cross"; } }).length; }
  };
  holder.classList.add("drawn");
})();

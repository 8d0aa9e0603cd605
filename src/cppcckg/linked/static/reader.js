// Evidence reader: outline every piece of the evidence span named in the URL fragment
// (#ev-START-END) and bring it into view. The page works without it; this only highlights.
(function () {
  "use strict";
  var marked = [];
  function show() {
    marked.forEach(function (el) { el.classList.remove("target"); });
    marked = [];
    var hash = decodeURIComponent(window.location.hash || "");
    if (hash.indexOf("#ev-") !== 0) { return; }
    var key = hash.slice(4);
    if (!/^[0-9]+-[0-9]+$/.test(key)) { return; }
    document.querySelectorAll(".hl").forEach(function (el) {
      if ((el.getAttribute("data-ev") || "").split(" ").indexOf(key) >= 0) {
        el.classList.add("target");
        marked.push(el);
      }
    });
    var anchor = document.getElementById("ev-" + key);
    if (anchor) { anchor.scrollIntoView({block: "center"}); }
  }
  window.addEventListener("hashchange", show);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", show);
  } else {
    show();
  }
  window.cppcckgReader = {marked: function () { return marked.length; }};
})();

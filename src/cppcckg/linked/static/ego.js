// The ego network of a profile page: the entity, its initiatives on this page and its partners,
// drawn with vis-network (served by this server, never a CDN) from the JSON the page carries.
// Without JavaScript the tables above hold the same facts.
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
  window.cppcckgEgo = { nodes: function () { return nodes.length; }, edges: function () { return edges.length; } };
  holder.classList.add("drawn");
})();

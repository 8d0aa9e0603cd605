// Pictures of a network page (inlined after network.js by cppcckg.network.render): PNG from the
// canvas, SVG drawn from the same positions, colours and labels, both for the current view.
// "#export-png" / "#export-svg" in the address are for `cppcckg network --format png|svg`.
(function () {
  'use strict';
  var api = window.cppcckg, D = api.data, SVGNS = 'http://www.w3.org/2000/svg';

  function stamp() { return (D.view || 'network').replace(/[^A-Za-z0-9-]+/g, '-').replace(/-+$/, ''); }
  function save(url, name) {
    var a = document.createElement('a');
    a.href = url; a.download = name; document.body.appendChild(a); a.click(); a.remove();
  }

  // PNG: the network's canvas on white (the canvas itself is transparent).
  api.png = function () {
    var src = network.canvas.frame.canvas, out = document.createElement('canvas');
    out.width = src.width; out.height = src.height;
    var ctx = out.getContext('2d');
    ctx.fillStyle = '#ffffff'; ctx.fillRect(0, 0, out.width, out.height); ctx.drawImage(src, 0, 0);
    return out.toDataURL('image/png');
  };

  function node(tag, attrs, parent) {
    var x = document.createElementNS(SVGNS, tag);
    Object.keys(attrs).forEach(function (k) { x.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(x); }
    return x;
  }
  function dom(p) { return network.canvasToDOM(p); }
  function num(v) { return String(Math.round(v * 10) / 10); }
  function colour(c, key) { return typeof c === 'string' ? c : (c && c[key]) || '#9aa5b1'; }

  // SVG: outlines (map), links, nodes and the labels drawn in the last frame, in page pixels.
  api.svg = function () {
    var frame = network.canvas.frame.canvas, w = frame.clientWidth, h = frame.clientHeight, sc = network.getScale();
    var svg = node('svg', { xmlns: SVGNS, width: w, height: h, viewBox: '0 0 ' + w + ' ' + h,
                            'font-family': getComputedStyle(document.body).getPropertyValue('--cppcckg-fonts') });
    node('rect', { x: 0, y: 0, width: w, height: h, fill: '#ffffff' }, svg);
    if (D.map) {
      var g = node('g', { id: 'map' }, svg), counts = api.regionCount();
      D.map.features.slice().sort(function (a, b) { return (a.kind === 'province') - (b.kind === 'province'); }).forEach(function (f) {
        var d = f.rings.map(function (r) {
          var s = '';
          for (var k = 0; k < r.length; k += 2) { var p = dom({ x: r[k], y: r[k + 1] }); s += (k ? 'L' : 'M') + num(p.x) + ' ' + num(p.y); }
          return s + 'Z';
        }).join('');
        var province = f.kind === 'province';
        var path = node('path', { d: d, 'fill-rule': 'evenodd', fill: province ? 'none' : api.shade(counts[f.id]),
          stroke: province ? (f.prov === 'chongqing' ? '#8b1a1a' : '#7a5230') : (f.prov === 'chongqing' ? '#9fb3c8' : '#d8b48a'),
          'stroke-width': province ? (f.prov === 'chongqing' ? 3 : 2) : 0.8 }, g);
        node('title', {}, path).textContent = f.name;
      });
    }
    var links = node('g', { id: 'links', fill: 'none' }, svg);
    api.visibleEdgeIds().forEach(function (eid) {
      var e = network.body.edges[eid];
      if (!e || !e.from || !e.to) { return; }
      var a = dom({ x: e.from.x, y: e.from.y }), b = dom({ x: e.to.x, y: e.to.y }), d = 'M' + num(a.x) + ' ' + num(a.y);
      var via = e.edgeType && e.edgeType._getViaCoordinates ? e.edgeType._getViaCoordinates() : null;
      if (via && via.x !== undefined && e.options.smooth && e.options.smooth.enabled) {
        var v = dom(via); d += 'Q' + num(v.x) + ' ' + num(v.y) + ' ' + num(b.x) + ' ' + num(b.y);
      } else { d += 'L' + num(b.x) + ' ' + num(b.y); }
      var attrs = { d: d, stroke: colour(e.options.color, 'color'), 'stroke-width': num(Math.max(1, (e.options.width || 1))) };
      var dashes = e.options.dashes;
      if (dashes) { attrs['stroke-dasharray'] = Array.isArray(dashes) ? dashes.join(' ') : '5 5'; }
      node('path', attrs, links);
    });
    var shapes = node('g', { id: 'nodes' }, svg);
    api.visibleIds().forEach(function (id) {
      var n = network.body.nodes[id];
      if (!n) { return; }
      var p = dom({ x: n.x, y: n.y }), r = Math.max(2, (n.shape && n.shape.radius ? n.shape.radius : (n.options.size || 10)) * sc);
      var c = D.nodes[id].c, attrs = { fill: c.background, stroke: c.border, 'stroke-width': 1, 'data-id': id }, shape;
      if (n.options.shape === 'diamond') {
        attrs.points = [[p.x, p.y - r], [p.x + r, p.y], [p.x, p.y + r], [p.x - r, p.y]].map(function (q) { return num(q[0]) + ',' + num(q[1]); }).join(' ');
        shape = node('polygon', attrs, shapes);
      } else if (n.options.shape === 'square') {
        attrs.x = num(p.x - r); attrs.y = num(p.y - r); attrs.width = attrs.height = num(2 * r);
        shape = node('rect', attrs, shapes);
      } else {
        attrs.cx = num(p.x); attrs.cy = num(p.y); attrs.r = num(r);
        shape = node('circle', attrs, shapes);
      }
      node('title', {}, shape).textContent = D.nodes[id].zh || D.nodes[id].en || id;
    });
    var texts = node('g', { id: 'labels', 'font-size': 12, 'dominant-baseline': 'hanging' }, svg);
    var rect = frame.getBoundingClientRect();
    api.labelBoxes().forEach(function (b) {
      var id = b[0], region = id.indexOf('region:') === 0;
      var text = region ? api.regionName(id.slice(7)) : D.nodes[id].s;
      var t = node('text', { x: num(b[1] - rect.left + 1), y: num(b[2] - rect.top + 1), fill: region ? '#8a8f96' : '#222222',
                             stroke: region ? 'none' : '#ffffff', 'stroke-width': region ? 0 : 3, 'paint-order': 'stroke' }, texts);
      t.textContent = text;
    });
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg) + '\n';
  };

  document.getElementById('cppcckg-png').addEventListener('click', function () { save(api.png(), stamp() + '.png'); });
  document.getElementById('cppcckg-svg').addEventListener('click', function () {
    var url = URL.createObjectURL(new Blob([api.svg()], { type: 'image/svg+xml' }));
    save(url, stamp() + '.svg');
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  });

  // For the command line: the picture alone, and for SVG its text in the document.
  var hash = window.location.hash;
  if (hash === '#export-png' || hash === '#export-svg') {
    document.body.classList.add('cppcckg-export');
    network.setSize('100%', window.innerHeight + 'px');
    network.redraw();
    if (D.map) { api.fitMap(); } else { network.fit({ animation: false }); }
    if (hash === '#export-svg') {
      var done = function () {
        var pre = document.createElement('pre');
        pre.id = 'cppcckg-export-svg'; pre.textContent = api.svg();
        document.body.appendChild(pre);
      };
      network.once('afterDrawing', done);
      network.redraw();
    }
  }
}());

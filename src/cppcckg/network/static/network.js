// The network page's script (inlined into each page by cppcckg.network.render): search,
// filters, legend, tooltips and details over vis-network's DataSets, and window.cppcckg for tests.
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('cppcckg-data').textContent);
  var api = window.cppcckg = { ready: false, readyAt: null, stabilized: !D.physics, focused: null, highlighted: [], data: D };
  var nodeIds = Object.keys(D.nodes), edgeIds = Object.keys(D.edges);
  var adj = {}, hiddenNode = {}, hiddenEdge = {}, dimmed = false;
  nodeIds.forEach(function (id) { adj[id] = []; hiddenNode[id] = false; });
  edgeIds.forEach(function (eid) { var e = D.edges[eid]; adj[e.a].push(e.b); adj[e.b].push(e.a); hiddenEdge[eid] = false; });
  var state = { type: '', year: '', status: '', province: '', report: '', listed: false, upto: '' };

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var x = document.createElement(tag);
    if (cls) { x.className = cls; }
    if (text !== undefined && text !== null) { x.textContent = String(text); }
    return x;
  }
  function fmt(v) { return (v === null || v === undefined) ? '' : (typeof v === 'number' && v % 1 !== 0 ? v.toFixed(4) : String(v)); }
  function both(zh, en) { return [zh, en].filter(function (s) { return s; }).join(' · '); }

  // ---- ready: the first frame drawn once the layout is stable ----------------------------
  function markReady() {
    if (api.ready) { return; }
    api.ready = true; api.readyAt = performance.now();
    document.body.setAttribute('data-ready', '1');
  }
  if (D.physics) {
    network.once('stabilizationIterationsDone', function () {
      network.setOptions({ physics: { enabled: false } });
      api.stabilized = true;
      network.once('afterDrawing', markReady);
      network.redraw();
    });
  } else {
    // vis may have drawn the first frame while the page was being built: draw once more.
    network.once('afterDrawing', markReady);
    window.requestAnimationFrame(function () { network.redraw(); });
  }

  // ---- labels: short names, the most connected first, none overlapping ------------------
  // vis draws no labels; after each frame the labels are drawn at a fixed screen size in the
  // order of D.labelOrder, each one beside its node where it covers no node and no label
  // already drawn. Zooming in spreads the nodes, so more labels fit; every name is also in the
  // tooltip and the details.
  var LABEL_PX = 12, LABEL_FONT = LABEL_PX + 'px ' + getComputedStyle(document.body).getPropertyValue('--cppcckg-fonts');
  var widths = {}, labelBoxes = [], labelsOn = true;
  function labelWidth(ctx, id) {
    if (widths[id] === undefined) { widths[id] = ctx.measureText(D.nodes[id].s).width; }
    return widths[id];
  }
  function drawLabels(ctx) {
    labelBoxes = [];
    if (!labelsOn) { return; }
    var view = network.body.view, sc = view.scale, tr = view.translation, bodyNodes = network.body.nodes;
    var w = network.canvas.frame.canvas.clientWidth, h = network.canvas.frame.canvas.clientHeight;
    var pr = network.canvas.pixelRatio || 1, grid = {}, CELL = 96;
    ctx.save();
    ctx.setTransform(pr, 0, 0, pr, 0, 0);
    ctx.font = LABEL_FONT; ctx.textAlign = 'left'; ctx.textBaseline = 'top';
    ctx.lineJoin = 'round'; ctx.lineWidth = 3; ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    function clash(b) {
      for (var gx = Math.floor(b[0] / CELL); gx <= Math.floor(b[2] / CELL); gx++) {
        for (var gy = Math.floor(b[1] / CELL); gy <= Math.floor(b[3] / CELL); gy++) {
          var cell = grid[gx + ',' + gy];
          if (!cell) { continue; }
          for (var k = 0; k < cell.length; k++) {
            var o = cell[k];
            if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) { return true; }
          }
        }
      }
      return false;
    }
    function keep(b) {
      for (var gx = Math.floor(b[0] / CELL); gx <= Math.floor(b[2] / CELL); gx++) {
        for (var gy = Math.floor(b[1] / CELL); gy <= Math.floor(b[3] / CELL); gy++) {
          (grid[gx + ',' + gy] = grid[gx + ',' + gy] || []).push(b);
        }
      }
    }
    var order = D.labelOrder, i, id, node, x, y, r;
    for (i = 0; i < order.length; i++) {  // nodes first: a label covers no node
      id = order[i]; node = bodyNodes[id];
      if (hiddenNode[id] || !node) { continue; }
      x = node.x * sc + tr.x; y = node.y * sc + tr.y;
      if (x < -200 || y < -50 || x > w + 200 || y > h + 50) { continue; }
      r = (node.shape && node.shape.radius ? node.shape.radius : (node.options.size || 10)) * sc;
      keep([x - r, y - r, x + r, y + r]);
    }
    for (i = 0; i < order.length; i++) {
      id = order[i]; node = bodyNodes[id];
      if (hiddenNode[id] || !node) { continue; }
      x = node.x * sc + tr.x; y = node.y * sc + tr.y;
      if (x < -200 || y < -50 || x > w + 200 || y > h + 50) { continue; }
      r = (node.shape && node.shape.radius ? node.shape.radius : (node.options.size || 10)) * sc;
      var lw = labelWidth(ctx, id), H = LABEL_PX + 2, box = null;
      // Below the node, else right of it, above it, left of it: the first place that is free.
      var spots = [[x - lw / 2 - 1, y + r + 2], [x + r + 3, y - H / 2], [x - lw / 2 - 1, y - r - 2 - H], [x - r - 5 - lw, y - H / 2]];
      for (var k = 0; k < spots.length && box === null; k++) {
        var b = [spots[k][0], spots[k][1], spots[k][0] + lw + 2, spots[k][1] + H];
        if (!clash(b)) { box = b; }
      }
      if (box === null && labelBoxes.length === 0) {  // the best connected node is always named, even in a crowd
        box = [spots[0][0], spots[0][1], spots[0][0] + lw + 2, spots[0][1] + H];
      }
      if (box === null) { continue; }
      keep(box);
      labelBoxes.push([id, box[0], box[1], box[2], box[3]]);
      var faded = dimmed && api.highlighted.indexOf(id) < 0;
      ctx.fillStyle = faded ? 'rgba(0,0,0,0.2)' : '#222222';
      ctx.strokeText(D.nodes[id].s, box[0] + 1, box[1] + 1);
      ctx.fillText(D.nodes[id].s, box[0] + 1, box[1] + 1);
    }
    if (D.map) {  // names of districts and cities where they fit, after every body
      ctx.fillStyle = '#8a8f96';
      D.map.features.forEach(function (f) {
        if (f.kind === 'province') { return; }
        var text = api.regionName(f.id);
        var tw = ctx.measureText(text).width, cx = f.c[0] * sc + tr.x, cy = f.c[1] * sc + tr.y;
        var b = [cx - tw / 2 - 1, cy - LABEL_PX / 2 - 1, cx + tw / 2 + 1, cy + LABEL_PX / 2 + 1];
        if (b[2] < 0 || b[3] < 0 || b[0] > w || b[1] > h || clash(b)) { return; }
        keep(b);
        labelBoxes.push(['region:' + f.id, b[0], b[1], b[2], b[3]]);
        ctx.fillText(text, b[0] + 1, b[1] + 1);
      });
    }
    ctx.restore();
  }
  network.on('afterDrawing', drawLabels);
  if (nodeIds.length > 1500) {  // as with edges: no labels while the view moves
    network.on('dragStart', function () { labelsOn = false; });
    network.on('dragEnd', function () { labelsOn = true; network.redraw(); });
  }

  // ---- tooltips and details ------------------------------------------------------------
  function row(table, key, value) {
    if (value === '' || value === null || value === undefined) { return; }
    var tr = el('tr'); tr.appendChild(el('td', 'k', key)); tr.appendChild(el('td', 'v', value)); table.appendChild(tr);
  }
  function nodeBox(id) {
    var n = D.nodes[id], box = el('div', 'cppcckg-tip'), t = el('table');
    box.appendChild(el('div', 'name', n.zh || n.en || id));
    if (n.en && n.zh) { box.appendChild(el('div', 'en', n.en)); }
    box.appendChild(el('div', 'meta', both(n.cls_zh, n.cls_en) || n.cls));
    if (n.kind === 'body') { row(t, '省份 Province', both(n.prov_zh, n.prov_en) || '不详 unknown'); }
    if (n.kind === 'initiative') {
      row(t, '类型 Type', both(n.type_zh, n.type_en));
      if (n.joint) { row(t, '川渝 Joint', '川渝联合活动 joint Sichuan-Chongqing activity'); }
      row(t, '年份 Year', n.period);
      row(t, '状态 Status', both(n.status_zh, n.status_en));
      row(t, '议题 Topics', n.topics);
    }
    if (n.inits !== undefined) { row(t, '活动 Initiatives', n.inits); }
    row(t, '度 Degree', fmt(n.deg));
    row(t, '中介中心性 Betweenness', fmt(n.btw));
    row(t, '特征向量中心性 Eigenvector', fmt(n.eig));
    row(t, '社区 Community', fmt(n.com));
    if (n.kind === 'initiative') { row(t, '报告 Report', both(n.report_zh, n.report)); }
    box.appendChild(t);
    if (n.ev) { box.appendChild(el('blockquote', 'ev', '\u201c' + n.ev + '\u201d')); }
    return box;
  }
  function edgeBox(eid) {
    var e = D.edges[eid], box = el('div', 'cppcckg-tip');
    var a = D.nodes[e.a], b = D.nodes[e.b];
    box.appendChild(el('div', 'name', (a.zh || e.a) + ' \u2014 ' + (b.zh || e.b)));
    var roles = { organizer: '组织 organiser', partner: '参与 partner', topic: '议题 topic' };
    if (e.role === 'ran') {
      var w = facetActive() && e.f.length ? e.f.filter(function (i) { return recordMatches(D.records[i]); }).length : e.w;
      box.appendChild(el('div', '', '共同开展 ' + w + ' 项活动 · ran together: ' + w));
      if (e.joint) { box.appendChild(el('div', '', '其中川渝联合活动 ' + e.joint + ' · joint: ' + e.joint)); }
      if (e.listed) { box.appendChild(el('div', '', '另同列名单 ' + e.listed + ' 次 · also listed together: ' + e.listed)); }
      if (D.acts && e.f.length) {
        var list = el('ol', 'acts');
        e.f.forEach(function (i) {
          var a = D.acts[i];
          if (!a || (facetActive() && !recordMatches(D.records[i]))) { return; }
          var li = el('li', '', (a.period ? a.period + ' ' : '') + (a.zh || i));
          if (a.ev) { li.appendChild(el('blockquote', 'ev', '\u201c' + a.ev + '\u201d' + (a.report ? ' \u2014 ' + a.report : ''))); }
          list.appendChild(li);
        });
        box.appendChild(list);
      }
    } else if (e.role === 'listed') {
      box.appendChild(el('div', '', '同列名单 ' + e.w + ' 次（各自开展，非合作）· listed together ' + e.w + '× (each ran its own; not collaboration)'));
    } else {
      box.appendChild(el('div', '', roles[e.role] || e.role));
    }
    return box;
  }
  var titled = {}, edgeTitled = {};
  network.on('hoverNode', function (p) {
    if (titled[p.node]) { return; }
    titled[p.node] = true;
    var node = network.body.nodes[p.node];
    if (node) { node.setOptions({ title: nodeBox(p.node) }); }
  });
  network.on('hoverEdge', function (p) {
    if (edgeTitled[p.edge]) { return; }
    edgeTitled[p.edge] = true;
    var edge = network.body.edges[p.edge];
    if (edge) { edge.setOptions({ title: edgeBox(p.edge) }); }
  });
  function showDetails(id) {
    var box = $('cppcckg-details');
    while (box.firstChild) { box.removeChild(box.firstChild); }
    if (id === null) { box.appendChild(document.createTextNode('点击节点查看详情 · click a node for details')); return; }
    box.appendChild(nodeBox(id));
  }

  // ---- highlight neighbours --------------------------------------------------------------
  function clearHighlight() {
    if (!dimmed) { api.highlighted = []; return; }
    nodes.update(nodeIds.map(function (id) { return { id: id, color: D.nodes[id].c, font: { color: '#222222' } }; }));
    dimmed = false; api.highlighted = [];
  }
  function highlight(id) {
    var keep = {}; keep[id] = true;
    adj[id].forEach(function (m) { if (!hiddenNode[m]) { keep[m] = true; } });
    nodes.update(nodeIds.map(function (n) {
      return keep[n] ? { id: n, color: D.nodes[n].c, font: { color: '#222222' } }
                     : { id: n, color: D.dim, font: { color: 'rgba(0,0,0,0.2)' } };
    }));
    dimmed = true;
    api.highlighted = Object.keys(keep).sort();
    showDetails(id);
  }
  network.on('click', function (p) {
    if (p.nodes.length) { highlight(p.nodes[0]); }
    else if (!p.edges.length) { clearHighlight(); showDetails(null); }
  });

  // ---- filters ---------------------------------------------------------------------------
  function facetActive() { return !!(state.type || state.year || state.status || state.report || state.upto); }
  function recordMatches(r) {
    if (!r) { return false; }
    if (state.type && r.classes.indexOf(state.type) < 0) { return false; }
    if (state.year) {
      var y = parseInt(state.year, 10);
      if (r.year === null || r.year === undefined || r.year > y || r.year_end < y) { return false; }
    }
    if (state.status && r.status !== state.status) { return false; }
    if (state.upto && (r.year === null || r.year === undefined || r.year > +state.upto)) { return false; }
    if (state.report && r.reports.indexOf(state.report) < 0) { return false; }
    return true;
  }
  function anyMatch(ids) { for (var i = 0; i < ids.length; i++) { if (recordMatches(D.records[ids[i]])) { return true; } } return false; }
  function computeVisible() {
    var vis = {}, active = facetActive();
    nodeIds.forEach(function (id) {
      var n = D.nodes[id], ok = true;
      if (state.province && n.kind === 'body') { ok = state.province === '-' ? !n.prov : n.prov === state.province; }
      if (ok && active && n.f.length) { ok = anyMatch(n.f); }
      vis[id] = ok;
    });
    nodeIds.forEach(function (id) {  // an initiative whose bodies are all hidden goes too
      if (D.nodes[id].kind !== 'initiative' || !vis[id]) { return; }
      var bodies = adj[id].filter(function (m) { return D.nodes[m].kind === 'body'; });
      if (bodies.length && !bodies.some(function (m) { return vis[m]; })) { vis[id] = false; }
    });
    nodeIds.forEach(function (id) {  // so does a topic whose initiatives are all hidden
      if (D.nodes[id].kind === 'initiative' || !vis[id]) { return; }
      var inits = adj[id].filter(function (m) { return D.nodes[m].kind === 'initiative'; });
      if (inits.length && !inits.some(function (m) { return vis[m]; })) { vis[id] = false; }
    });
    return vis;
  }
  function applyFilters() {
    clearHighlight();
    var vis = computeVisible(), active = facetActive(), nu = [], eu = [], shown = 0, shownEdges = 0;
    nodeIds.forEach(function (id) {
      var h = !vis[id];
      if (hiddenNode[id] !== h) { hiddenNode[id] = h; nu.push({ id: id, hidden: h }); }
      if (!h) { shown++; }
    });
    edgeIds.forEach(function (eid) {
      var e = D.edges[eid], ok = vis[e.a] && vis[e.b] && (e.role !== 'listed' || state.listed);
      if (ok && active && e.f.length) { ok = anyMatch(e.f); }
      var h = !ok;
      if (hiddenEdge[eid] !== h) { hiddenEdge[eid] = h; eu.push({ id: eid, hidden: h }); }
      if (!h) { shownEdges++; }
    });
    if (nu.length) { nodes.update(nu); }
    if (eu.length) { edges.update(eu); }
    if (D.map) { countRegions(); network.redraw(); }
    edgeTitled = {};  // a link's tooltip lists the activities the filters keep: build it anew
    api.visible = shown;
    $('cppcckg-count').textContent = '显示 ' + shown + ' / ' + nodeIds.length + ' 个节点, ' + shownEdges + ' / ' + edgeIds.length +
      ' 条边 · showing ' + shown + ' of ' + nodeIds.length + ' nodes';
  }
  function fillSelect(id, entries, allText) {
    var s = $(id);
    s.appendChild(new Option(allText, ''));
    entries.forEach(function (e) { s.appendChild(new Option(e[1], e[0])); });
    if (!entries.length) { s.disabled = true; }
    s.addEventListener('change', function () { state[s.getAttribute('data-filter')] = s.value; applyFilters(); });
  }
  var O = D.options;
  fillSelect('cppcckg-filter-type', O.types.map(function (t) { return [t[0], both(t[1], t[2]) + ' (' + t[3] + ')']; }), '全部类型 all types');
  fillSelect('cppcckg-filter-year', O.years.map(function (y) { return [String(y), String(y)]; }), '全部年份 all years');
  fillSelect('cppcckg-filter-status', O.statuses.map(function (s) { return [s[0], both(s[1], s[2]) || s[0]]; }), '全部状态 all');
  fillSelect('cppcckg-filter-province', O.provinces.map(function (p) { return [p[0], both(p[1], p[2]) + ' (' + p[3] + ')']; }), '全部省份 all provinces');
  fillSelect('cppcckg-filter-report', O.reports.map(function (r) { return [r[0], r[1] || r[0]]; }), '全部报告 all reports');
  function resetFilters() {
    ['type', 'year', 'status', 'province', 'report'].forEach(function (k) { state[k] = ''; $('cppcckg-filter-' + k).value = ''; });
    applyFilters();
  }
  var listedBox = $('cppcckg-show-listed');
  if (!edgeIds.some(function (eid) { return D.edges[eid].role === 'listed'; })) { $('cppcckg-listed-box').style.display = 'none'; }
  listedBox.addEventListener('change', function () { state.listed = listedBox.checked; applyFilters(); });
  $('cppcckg-reset').addEventListener('click', resetFilters);

  // ---- the map (layout map): outlines under the network, shaded by joint activities -------
  var M = D.map, regionCount = {}, regionMax = 0;
  function countRegions() {
    regionCount = {}; regionMax = 0;
    if (!M) { return; }
    var seen = {};
    nodeIds.forEach(function (id) {
      var n = D.nodes[id];
      if (!n.rg || hiddenNode[id]) { return; }
      n.f.forEach(function (i) {
        var r = D.records[i];
        if (!r || !recordMatches(r) || !r.joint || seen[n.rg + ' ' + i]) { return; }
        seen[n.rg + ' ' + i] = true;
        regionCount[n.rg] = (regionCount[n.rg] || 0) + 1;
        regionMax = Math.max(regionMax, regionCount[n.rg]);
      });
    });
  }
  api.regionCount = function () { return regionCount; };
  api.shade = shade;
  api.regionName = function (id) {
    var f = M && M.features.filter(function (f) { return f.id === id; })[0];
    return f ? f.name.replace(/(..)(?:[^族]{1,2}族)+自治(州|县)$/, '$1$2') : id;
  };
  function shade(count) {  // white to purple by the number of joint activities
    if (!count) { return '#fbfbf8'; }
    var t = 0.25 + 0.75 * count / Math.max(regionMax, 1);
    return 'rgb(' + Math.round(251 - t * (251 - 148)) + ',' + Math.round(251 - t * (251 - 103)) + ',' + Math.round(248 - t * (248 - 189)) + ')';
  }
  function tracePath(ctx, rings) {
    ctx.beginPath();
    rings.forEach(function (r) {
      ctx.moveTo(r[0], r[1]);
      for (var k = 2; k < r.length; k += 2) { ctx.lineTo(r[k], r[k + 1]); }
      ctx.closePath();
    });
  }
  if (M) {
    network.on('beforeDrawing', function (ctx) {
      var sc = network.getScale();
      M.features.forEach(function (f) {
        if (f.kind === 'province') { return; }
        tracePath(ctx, f.rings);
        ctx.fillStyle = shade(regionCount[f.id]); ctx.fill('evenodd');
        ctx.lineWidth = 0.8 / sc; ctx.strokeStyle = f.prov === 'chongqing' ? '#9fb3c8' : '#d8b48a'; ctx.stroke();
      });
      M.features.forEach(function (f) {  // the two provinces' outlines: the border stands out
        if (f.kind !== 'province') { return; }
        tracePath(ctx, f.rings);
        ctx.lineWidth = (f.prov === 'chongqing' ? 3 : 2) / sc; ctx.strokeStyle = f.prov === 'chongqing' ? '#8b1a1a' : '#7a5230'; ctx.stroke();
      });
    });
    var years = O.years, slider = $('cppcckg-upto');
    if (years.length) {
      $('cppcckg-replay').hidden = false;
      slider.min = years[0]; slider.max = years[years.length - 1]; slider.value = slider.max;
      $('cppcckg-upto-year').textContent = slider.value;
      slider.addEventListener('input', function () {
        state.upto = slider.value === slider.max ? '' : slider.value;
        $('cppcckg-upto-year').textContent = slider.value;
        applyFilters();
      });
    }
    api.fitMap = function () {  // the whole map in view, with the bodies placed under it
      var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, pos = network.getPositions();
      function add(x, y) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); }
      M.features.forEach(function (f) { if (f.kind === 'province') { f.rings.forEach(function (r) { for (var k = 0; k < r.length; k += 2) { add(r[k], r[k + 1]); } }); } });
      Object.keys(pos).forEach(function (id) { add(pos[id].x, pos[id].y + 20); });
      var frame = network.canvas.frame.canvas;
      network.moveTo({ position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, animation: false,
                       scale: 0.95 * Math.min(frame.clientWidth / (x1 - x0), frame.clientHeight / (y1 - y0)) });
    };
    api.fitMap();
    var note = $('cppcckg-map-note');
    note.hidden = false;
    note.textContent = '底图 Map: ' + M.source + ' · 颜色越深，联合活动越多 darker = more joint activities';
  }
  api.setUpto = function (year) {
    var slider = $('cppcckg-upto');
    slider.value = year; slider.dispatchEvent(new Event('input'));
  };

  // ---- search ----------------------------------------------------------------------------
  function search(q) {
    q = String(q || '').trim().toLowerCase();
    if (!q) { return []; }
    var hits = [];
    nodeIds.forEach(function (id) {
      var n = D.nodes[id], best = 9;
      [n.zh, n.en, n.s].forEach(function (s) {
        if (!s) { return; }
        s = s.toLowerCase();
        var score = s === q ? 0 : s.indexOf(q) === 0 ? 1 : s.indexOf(q) >= 0 ? 2 : 9;
        if (score < best) { best = score; }
      });
      if (best < 9) { hits.push([best, -(n.deg || 0), (n.zh || n.en || '').length, id]); }
    });
    hits.sort(function (a, b) { for (var i = 0; i < 3; i++) { if (a[i] !== b[i]) { return a[i] - b[i]; } } return a[3] < b[3] ? -1 : 1; });
    return hits.map(function (h) { return h[3]; });
  }
  function focusNode(id) {
    if (!D.nodes[id]) { return; }
    if (hiddenNode[id]) { resetFilters(); }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    highlight(id);
    api.focused = id;
  }
  var results = $('cppcckg-results'), input = $('cppcckg-search');
  function showResults() {
    while (results.firstChild) { results.removeChild(results.firstChild); }
    search(input.value).slice(0, 12).forEach(function (id) {
      var n = D.nodes[id], li = el('li');
      li.setAttribute('data-id', id);
      li.appendChild(el('div', '', n.zh || n.en || id));
      if (n.s && n.s !== n.zh) { li.appendChild(el('div', 'en', n.s)); }
      if (n.en && n.zh) { li.appendChild(el('div', 'en', n.en)); }
      li.addEventListener('click', function () { focusNode(id); });
      results.appendChild(li);
    });
  }
  input.addEventListener('input', showResults);
  input.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') { var hits = search(input.value); if (hits.length) { focusNode(hits[0]); } }
  });

  // ---- legend and summary ----------------------------------------------------------------
  var legend = $('cppcckg-legend');
  D.legend.forEach(function (k) {
    var li = el('li'), sw = el('span', 'cppcckg-swatch ' + k.shape);
    sw.style.background = k.colour;
    li.appendChild(sw); li.appendChild(el('span', '', k.zh + ' ' + k.en + ' (' + k.count + ')'));
    legend.appendChild(li);
  });
  D.edgeLegend.forEach(function (k) {
    var li = el('li'); li.appendChild(el('span', 'cppcckg-line' + (k.role === 'listed' ? ' dots' : k.dashes ? ' dashes' : '')));
    li.appendChild(el('span', '', k.zh + ' ' + k.en)); legend.appendChild(li);
  });
  var s = D.summary;
  $('cppcckg-summary').textContent = D.view + ' · ' + s.nodes + ' nodes, ' + s.edges + ' edges' +
    (s.communities ? ', ' + s.communities + ' communities' : '') + ' · filters: ' + D.filters + ' · layout: ' + D.layout;
  applyFilters();

  api.visibleIds = function () { return nodeIds.filter(function (id) { return !hiddenNode[id]; }).sort(); };
  api.visibleEdgeIds = function () { return edgeIds.filter(function (id) { return !hiddenEdge[id]; }); };
  api.setFilter = function (name, value) { state[name] = value || ''; $('cppcckg-filter-' + name).value = value || ''; applyFilters(); };
  api.resetFilters = resetFilters;
  api.search = search;
  api.focus = focusNode;
  api.tooltip = function (id) { return nodeBox(id).textContent; };
  api.edgeTooltip = function (eid) { return edgeBox(eid).textContent; };
  api.setListed = function (on) { listedBox.checked = !!on; state.listed = !!on; applyFilters(); };
  // The labels drawn in the last frame: [id, left, top, right, bottom] in page pixels.
  api.labelBoxes = function () {
    var r = network.canvas.frame.canvas.getBoundingClientRect();
    return labelBoxes.map(function (b) { return [b[0], b[1] + r.left, b[2] + r.top, b[3] + r.left, b[4] + r.top]; });
  };
}());

/* KPIs, the 3D map of the client space and the cluster statistics. */
(function () {
  'use strict';
  var L = window.LVMH;
  var el = L.el;
  var fmt = L.fmt;
  var MAX_POINTS = 20000; // a plot of more points is sampled (every k-th client)
  var MAX_POINTS_2D = 5000;
  var PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f',
                 '#bcbd22', '#17becf', '#393b79', '#ad494a', '#637939', '#8c6d31', '#7b4173', '#3182bd'];
  var FIXED = {
    risk: {Safe: '#2ca02c', Monitor: '#e6b800', 'At Risk': '#ff7f0e', Critical: '#d62728'},
    value: {Low: '#c6dbef', Medium: '#6baed6', High: '#2171b5', VIP: '#08306b'},
  };
  var KPI_LABELS = {
    n_clients: 'Clients', n_notes: 'Notes', n_concepts: 'Distinct concepts', n_concept_mentions: 'Concept mentions',
    share_clients_with_concepts: 'Clients with concepts', share_clients_with_allergies: 'Clients with an allergy',
    share_clients_with_budget: 'Clients with a budget', median_budget_eur: 'Median budget', n_clusters: 'Clusters',
    clients_scored: 'Clients scored', mean_purchase_probability: 'Mean purchase probability (90 d)',
    expected_buyers_90d: 'Expected buyers (90 d)', mean_churn_risk: 'Mean churn risk (180 d)',
    average_predicted_clv_eur: 'Average predicted CLV', total_predicted_clv_eur: 'Total predicted CLV',
    languages: 'Clients by note language', champion_versions: 'Champion model versions',
    intent_segments: 'Purchase intent', risk_segments: 'Churn risk segments', value_segments: 'Value segments',
  };

  function kpiText(key, value) {
    if (!fmt.isNumber(value)) return fmt.value(value);
    if (/^share_|probability|churn_risk|_rate$/.test(key)) return fmt.pct(value);
    if (/_eur$/.test(key)) return fmt.eur(value);
    return Number.isInteger(value) ? fmt.int(value) : fmt.num(value);
  }

  L.renderKpis = function (kpis) {
    var box = L.clear(document.getElementById('kpis'));
    Object.keys(kpis || {}).forEach(function (key) {
      var value = kpis[key];
      var label = KPI_LABELS[key] || fmt.words(key);
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        var entries = Object.keys(value);
        if (!entries.length) return;
        box.appendChild(el('div', {className: 'kpi wide', dataset: {kpi: key}}, [el('div', {className: 'kpi-label'}, label),
          el('div', {className: 'kpi-breakdown'}, entries.map(function (k) {
            return el('span', null, [el('b', null, k), ' ' + kpiText('', value[k])]);
          }))]));
      } else {
        box.appendChild(el('div', {className: 'kpi', dataset: {kpi: key}}, [el('div', {className: 'kpi-value'}, kpiText(key, value)),
          el('div', {className: 'kpi-label'}, label)]));
      }
    });
  };

  function mean(values) {
    var xs = values.filter(fmt.isNumber);
    return xs.length ? xs.reduce(function (a, b) { return a + b; }, 0) / xs.length : null;
  }

  /* n, share, mean purchase probability, churn risk and CLV, share with an allergy, per group. */
  L.groupStats = function (rows, keysOf) {
    var groups = new Map();
    rows.forEach(function (r) {
      keysOf(r).forEach(function (k) {
        if (!groups.has(k)) groups.set(k, []);
        groups.get(k).push(r);
      });
    });
    var stats = new Map();
    groups.forEach(function (members, k) {
      stats.set(k, {n: members.length, share: rows.length ? members.length / rows.length : null,
        pp: mean(members.map(function (r) { return r.pp; })), churn: mean(members.map(function (r) { return r.churn; })),
        clv: mean(members.map(function (r) { return r.clv; })),
        allergy: members.filter(function (r) { return (r.al || []).length; }).length / members.length});
    });
    return stats;
  };

  function statCells(s) {
    s = s || {};
    return [fmt.pct(s.pp), fmt.pct(s.churn), fmt.eur(s.clv), fmt.pct(s.allergy)].map(function (t) {
      return el('td', {className: 'num'}, t);
    });
  }

  var STAT_HEADS = ['Mean purchase 90 d', 'Mean churn risk', 'Mean predicted CLV', 'With an allergy'];

  function head(labels) {
    return el('thead', null, el('tr', null, labels.map(function (h) { return el('th', {attrs: {scope: 'col'}}, h); })));
  }

  L.renderClusters = function () {
    var clusters = (L.state.summary && L.state.summary.clusters) || [];
    var stats = L.groupStats(L.state.rows, function (r) { return r.cluster === null ? [] : [r.cluster]; });
    var table = L.clear(document.getElementById('cluster-table'));
    table.appendChild(head(['Cluster', 'Clients', 'Share', 'Silhouette', 'Top concepts (lift)'].concat(STAT_HEADS)));
    table.appendChild(el('tbody', null, clusters.map(function (c) {
      var top = (c.top_concepts || []).map(function (t) { return fmt.words(t.concept) + ' ×' + fmt.num(t.lift); }).join(', ');
      var name = [el('strong', null, c.name), c.description ? el('div', {className: 'note'}, c.description) : null];
      return el('tr', {dataset: {clusterId: c.cluster_id}}, [el('td', null, name), el('td', {className: 'num'}, fmt.int(c.size)),
        el('td', {className: 'num'}, fmt.pct(c.share)), el('td', {className: 'num'}, fmt.num(c.mean_silhouette)),
        el('td', null, top || '—')].concat(statCells(stats.get(c.cluster_id))));
    })));
  };

  /* Rule and RFM segments as the client rows carry them, with their statistics (the document's
   * own segment blocks are shown by app_blocks.js). */
  L.renderSegmentStats = function () {
    segmentStats('seg', 'segment-stats', 'segment-table');
    segmentStats('rfm', 'rfm-stats', 'rfm-table');
  };

  function segmentStats(key, boxId, tableId) {
    var box = document.getElementById(boxId);
    var stats = L.groupStats(L.state.rows, function (r) { return r[key] || []; });
    box.hidden = !stats.size;
    if (!stats.size) return;
    var table = L.clear(document.getElementById(tableId));
    var names = Array.from(stats.keys()).sort(function (a, b) { return stats.get(b).n - stats.get(a).n; });
    table.appendChild(head(['Segment', 'Clients', 'Share'].concat(STAT_HEADS)));
    table.appendChild(el('tbody', null, names.map(function (name) {
      var s = stats.get(name);
      return el('tr', {dataset: {segment: name}}, [el('td', null, name), el('td', {className: 'num'}, fmt.int(s.n)),
        el('td', {className: 'num'}, fmt.pct(s.share))].concat(statCells(s)));
    })));
    document.getElementById('segments').hidden = false;
  }

  function category(row, mode) {
    if (mode === 'segment') return (row.seg && row.seg.length) ? row.seg[0] : 'No segment';
    if (mode === 'rfm') return (row.rfm && row.rfm.length) ? row.rfm[0] : 'No RFM segment';
    if (mode === 'risk') return row.risk || 'No prediction';
    if (mode === 'value') return row.value || 'No prediction';
    return L.clusterName(row.cluster);
  }

  function webgl() {
    try {
      var canvas = document.createElement('canvas');
      return !!(window.WebGLRenderingContext && (canvas.getContext('webgl') || canvas.getContext('experimental-webgl')));
    } catch (e) {
      return false;
    }
  }

  var plotState = {mode: 'cluster', rows: [], timer: null, bound: false, gl: null};

  function drawPlot() {
    var div = document.getElementById('plot3d');
    if (typeof window.Plotly === 'undefined') {
      L.clear(div).appendChild(el('p', {className: 'error'}, 'The plotting library (dashboard_assets/plotly.min.js) did not load.'));
      return;
    }
    if (plotState.gl === null) plotState.gl = webgl();
    var mode = plotState.mode;
    var placed = plotState.rows.filter(function (r) { return r.xyz; });
    var cap = plotState.gl ? MAX_POINTS : MAX_POINTS_2D;
    var stride = Math.max(1, Math.ceil(placed.length / cap));
    var shown = stride > 1 ? placed.filter(function (r, k) { return k % stride === 0; }) : placed;
    var groups = new Map();
    shown.forEach(function (r) {
      var key = category(r, mode);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(r);
    });
    var names = Array.from(groups.keys());
    if (FIXED[mode]) {
      var order = Object.keys(FIXED[mode]);
      names.sort(function (a, b) { return (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99); });
    }
    var size = shown.length > 5000 ? 2 : 3.5;
    var traces = names.map(function (name, k) {
      var members = groups.get(name);
      var color = (FIXED[mode] && FIXED[mode][name]) || (FIXED[mode] ? '#bbbbbb' : PALETTE[k % PALETTE.length]);
      var trace = {
        type: plotState.gl ? 'scatter3d' : 'scatter', mode: 'markers', name: L.plotlyText(name),
        x: members.map(function (r) { return r.xyz[0]; }), y: members.map(function (r) { return r.xyz[1]; }),
        text: members.map(function (r) { return L.plotlyText(r.id + ' · ' + L.clusterName(r.cluster)); }),
        customdata: members.map(function (r) { return r._i; }), hoverinfo: 'text',
        marker: {size: plotState.gl ? size : size + 2, color: color, opacity: 0.85},
      };
      if (plotState.gl) trace.z = members.map(function (r) { return r.xyz[2]; });
      return trace;
    });
    var layout = {margin: {l: 0, r: 0, t: 0, b: 0}, legend: {itemsizing: 'constant'}, uirevision: 'map', paper_bgcolor: '#fff',
      scene: {xaxis: {title: {text: 'x'}}, yaxis: {title: {text: 'y'}}, zaxis: {title: {text: 'z'}}}};
    window.Plotly.react(div, traces, layout, {displaylogo: false, responsive: true}).then(function () {
      if (!plotState.bound) {
        plotState.bound = true;
        div.on('plotly_click', function (event) {
          if (event && event.points && event.points.length) L.openCard(event.points[0].customdata);
        });
      }
      div.dataset.points = String(shown.length);
    });
    var note = document.getElementById('plot-note');
    note.textContent = (plotState.gl ? '' : '3D needs WebGL, which this browser does not offer: x and y only. ') +
      fmt.int(shown.length) + ' of ' + fmt.int(plotState.rows.length) + ' clients shown' +
      (stride > 1 ? ' (every ' + stride + 'th of those with coordinates)' : '') +
      (placed.length < plotState.rows.length ? '; ' + fmt.int(plotState.rows.length - placed.length) + ' without coordinates' : '') +
      '. Click a point to open the client.';
  }

  /* Plot the given rows (the table's filtered view); redrawn at most every 300 ms. */
  L.plotClients = function (rows, now) {
    plotState.rows = rows;
    clearTimeout(plotState.timer);
    if (now) drawPlot();
    else plotState.timer = setTimeout(drawPlot, 300);
  };

  L.initPlot = function () {
    var select = document.getElementById('color-by');
    select.addEventListener('change', function () {
      plotState.mode = select.value;
      L.plotClients(plotState.rows, true);
    });
  };
})();

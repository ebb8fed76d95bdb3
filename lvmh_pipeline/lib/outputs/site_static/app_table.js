/* The client table: search, filters, sort and pagination over the loaded rows. */
(function () {
  'use strict';
  var L = window.LVMH;
  var el = L.el;
  var fmt = L.fmt;
  var RISKS = ['Safe', 'Monitor', 'At Risk', 'Critical'];
  var VALUES = ['Low', 'Medium', 'High', 'VIP'];
  var NONE = '__none';

  function ordinal(list) {
    return function (v) {
      var k = list.indexOf(v);
      return k < 0 ? null : k;
    };
  }

  var COLUMNS = [
    {key: 'id', label: 'Client', sort: function (r) { return r.id; }, text: function (r) { return r.id; }},
    {key: 'cluster', label: 'Cluster', sort: function (r) { return r.cluster === null ? null : L.clusterName(r.cluster); },
     text: function (r) { return L.clusterName(r.cluster); }},
    {key: 'seg', label: 'Segments', optional: true, sort: function (r) { return (r.seg || []).join(', ') || null; },
     text: function (r) { return (r.seg || []).join(', ') || '—'; }},
    {key: 'rfm', label: 'RFM segment', optional: true, sort: function (r) { return (r.rfm || []).join(', ') || null; },
     text: function (r) { return (r.rfm || []).join(', ') || '—'; }},
    {key: 'risk', label: 'Risk', sort: function (r) { return ordinal(RISKS)(r.risk); },
     text: function (r) { return r.risk || '—'; }, cls: function (r) { return r.risk ? 'risk-' + RISKS.indexOf(r.risk) : ''; }},
    {key: 'value', label: 'Value', sort: function (r) { return ordinal(VALUES)(r.value); },
     text: function (r) { return r.value || '—'; }},
    {key: 'pp', label: 'Purchase 90 d', num: true, sort: function (r) { return r.pp; }, text: function (r) { return fmt.pct(r.pp); }},
    {key: 'churn', label: 'Churn risk', num: true, sort: function (r) { return r.churn; }, text: function (r) { return fmt.pct(r.churn); }},
    {key: 'clv', label: 'Predicted CLV', num: true, sort: function (r) { return r.clv; }, text: function (r) { return fmt.eur(r.clv); }},
    {key: 'budget', label: 'Budget', num: true,
     sort: function (r) { return fmt.isNumber(r.bmax) ? r.bmax : (fmt.isNumber(r.bmin) ? r.bmin : null); },
     text: function (r) { return fmt.budget({min: r.bmin, max: r.bmax}); }},
    {key: 'al', label: 'Allergies · diets', sort: function (r) { return (r.al || []).concat(r.diet || []).join(', ') || null; },
     text: function (r) { return (r.al || []).map(fmt.words).concat((r.diet || []).map(fmt.words)).join(', ') || '—'; },
     cls: function (r) { return r.al && r.al.length ? 'allergy' : ''; }},
    {key: 'notes', label: 'Notes', num: true, sort: function (r) { return r.notes; }, text: function (r) { return fmt.int(r.notes); }},
    {key: 'last', label: 'Last note', sort: function (r) { return r.last || null; }, text: function (r) { return r.last || '—'; }},
  ];

  var T = (L.table = {
    filters: {q: '', cluster: '', segment: '', rfm: '', risk: '', value: '', allergy: ''},
    sortKey: 'id',
    sortDir: 1,
    page: 0,
    pageSize: 50,
    view: [], // filtered, sorted rows
    listeners: [],
  });

  function matches(row, f, words) {
    for (var k = 0; k < words.length; k++) if (row._search.indexOf(words[k]) < 0) return false;
    if (f.cluster && (f.cluster === NONE ? row.cluster !== null : String(row.cluster) !== f.cluster)) return false;
    if (f.segment && (f.segment === NONE ? (row.seg || []).length : (row.seg || []).indexOf(f.segment) < 0)) return false;
    if (f.rfm && (f.rfm === NONE ? (row.rfm || []).length : (row.rfm || []).indexOf(f.rfm) < 0)) return false;
    if (f.risk && (f.risk === NONE ? row.risk : row.risk !== f.risk)) return false;
    if (f.value && (f.value === NONE ? row.value : row.value !== f.value)) return false;
    var al = row.al || [], diet = row.diet || [];
    switch (f.allergy) {
      case '': return true;
      case '__any': return al.length + diet.length > 0;
      case '__allergy': return al.length > 0;
      case NONE: return al.length + diet.length === 0;
      default:
        if (f.allergy.slice(0, 2) === 'a:') return al.indexOf(f.allergy.slice(2)) >= 0;
        return diet.indexOf(f.allergy.slice(2)) >= 0;
    }
  }

  function compare(get, dir) {
    return function (a, b) {
      var x = get(a), y = get(b);
      if (x === null || x === undefined) return (y === null || y === undefined) ? a._i - b._i : 1;
      if (y === null || y === undefined) return -1;
      if (x < y) return -dir;
      if (x > y) return dir;
      return a._i - b._i;
    };
  }

  /* Recompute the view from the filters and the sort; keepPage keeps the page while rows load. */
  T.refresh = function (keepPage) {
    var f = T.filters;
    var words = f.q.toLowerCase().replace(/_/g, ' ').split(/\s+/).filter(Boolean);
    T.view = L.state.rows.filter(function (row) { return matches(row, f, words); });
    var column = COLUMNS.filter(function (c) { return c.key === T.sortKey; })[0] || COLUMNS[0];
    T.view.sort(compare(column.sort, T.sortDir));
    if (!keepPage) T.page = 0;
    T.page = Math.min(T.page, Math.max(0, Math.ceil(T.view.length / T.pageSize) - 1));
    T.render();
    T.listeners.forEach(function (listener) { listener(T.view); });
  };

  /* Rows carrying a non-empty list under key (rule segments 'seg', RFM segments 'rfm'). */
  T.has = function (key) {
    return L.state.rows.some(function (r) { return r[key] && r[key].length; });
  };

  function visibleColumns() {
    return COLUMNS.filter(function (c) { return !c.optional || T.has(c.key); });
  }

  T.render = function () {
    var table = document.getElementById('client-table');
    var columns = visibleColumns();
    var head = L.clear(table.tHead || table.createTHead());
    var tr = el('tr');
    columns.forEach(function (c) {
      var arrow = T.sortKey === c.key ? (T.sortDir > 0 ? ' ▲' : ' ▼') : '';
      tr.appendChild(el('th', {className: c.num ? 'num' : '', attrs: {scope: 'col', 'aria-sort': arrow ? (T.sortDir > 0 ? 'ascending' : 'descending') : 'none'}},
        el('button', {type: 'button', className: 'sort', dataset: {sort: c.key}, onclick: function () {
          T.sortDir = T.sortKey === c.key ? -T.sortDir : 1;
          T.sortKey = c.key;
          T.refresh();
        }}, c.label + arrow)));
    });
    head.appendChild(tr);
    var body = table.tBodies[0] || table.appendChild(document.createElement('tbody'));
    L.clear(body);
    var start = T.page * T.pageSize;
    T.view.slice(start, start + T.pageSize).forEach(function (row) {
      var line = el('tr', {tabIndex: 0, className: 'client-row', dataset: {clientId: row.id},
        onclick: function () { L.openCard(row._i); },
        onkeydown: function (event) { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); L.openCard(row._i); } }});
      columns.forEach(function (c) {
        var cls = (c.num ? 'num ' : '') + (c.cls ? c.cls(row) : '');
        line.appendChild(el('td', {className: cls.trim()}, c.text(row)));
      });
      body.appendChild(line);
    });
    if (!T.view.length) {
      body.appendChild(el('tr', {className: 'empty'}, el('td', {attrs: {colspan: columns.length}},
        L.state.rows.length ? 'No client matches these filters.' : 'No client loaded yet.')));
    }
    var pages = Math.max(1, Math.ceil(T.view.length / T.pageSize));
    document.getElementById('page-info').textContent = 'Page ' + fmt.int(T.page + 1) + ' of ' + fmt.int(pages) +
      ' · ' + fmt.int(T.view.length) + ' of ' + fmt.int(L.state.rows.length) + ' clients';
    document.getElementById('page-first').disabled = document.getElementById('page-prev').disabled = T.page === 0;
    document.getElementById('page-last').disabled = document.getElementById('page-next').disabled = T.page >= pages - 1;
  };

  T.goTo = function (page) {
    var pages = Math.max(1, Math.ceil(T.view.length / T.pageSize));
    T.page = Math.max(0, Math.min(pages - 1, page));
    T.render();
  };

  function fillSelect(select, options) {
    var current = select.value;
    L.clear(select);
    options.forEach(function (o) { select.appendChild(el('option', {value: o[0]}, o[1])); });
    select.value = options.some(function (o) { return o[0] === current; }) ? current : '';
  }

  function counted(values) {
    var counts = new Map();
    values.forEach(function (v) { counts.set(v, (counts.get(v) || 0) + 1); });
    return Array.from(counts.entries()).sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); });
  }

  /* (Re)build the filter options from the loaded rows. */
  T.updateFilters = function () {
    var rows = L.state.rows;
    var clusters = ((L.state.summary && L.state.summary.clusters) || []).map(function (c) {
      return [String(c.cluster_id), c.name + ' (' + fmt.int(c.size) + ')'];
    });
    fillSelect(document.getElementById('filter-cluster'), [['', 'All clusters']].concat(clusters, [[NONE, 'No cluster']]));
    [['seg', 'filter-segment', 'All segments', 'No segment'], ['rfm', 'filter-rfm', 'All RFM segments', 'No RFM segment']].forEach(function (f) {
      var names = counted([].concat.apply([], rows.map(function (r) { return r[f[0]] || []; })));
      var select = document.getElementById(f[1]);
      select.hidden = !names.length;
      fillSelect(select, [['', f[2]]].concat(
        names.map(function (s) { return [s[0], s[0] + ' (' + fmt.int(s[1]) + ')']; }), [[NONE, f[3]]]));
    });
    fillSelect(document.getElementById('filter-risk'), [['', 'Any churn risk']].concat(
      RISKS.map(function (r) { return [r, r]; }), [[NONE, 'No prediction']]));
    fillSelect(document.getElementById('filter-value'), [['', 'Any value']].concat(
      VALUES.map(function (v) { return [v, v]; }), [[NONE, 'No prediction']]));
    var allergens = counted([].concat.apply([], rows.map(function (r) { return r.al || []; })));
    var diets = counted([].concat.apply([], rows.map(function (r) { return r.diet || []; })));
    fillSelect(document.getElementById('filter-allergy'), [['', 'Allergies: any'], ['__any', 'With an allergy or diet'],
      ['__allergy', 'With an allergy'], [NONE, 'No allergy or diet']].concat(
      allergens.map(function (a) { return ['a:' + a[0], 'Allergy: ' + fmt.words(a[0]) + ' (' + fmt.int(a[1]) + ')']; }),
      diets.map(function (d) { return ['d:' + d[0], 'Diet: ' + fmt.words(d[0]) + ' (' + fmt.int(d[1]) + ')']; })));
  };

  T.init = function () {
    var timer = null;
    document.getElementById('search').addEventListener('input', function (event) {
      clearTimeout(timer);
      timer = setTimeout(function () { T.filters.q = event.target.value; T.refresh(); }, 150);
    });
    [['filter-cluster', 'cluster'], ['filter-segment', 'segment'], ['filter-rfm', 'rfm'], ['filter-risk', 'risk'],
     ['filter-value', 'value'], ['filter-allergy', 'allergy']].forEach(function (pair) {
      document.getElementById(pair[0]).addEventListener('change', function (event) {
        T.filters[pair[1]] = event.target.value;
        T.refresh();
      });
    });
    document.getElementById('page-size').addEventListener('change', function (event) {
      T.pageSize = parseInt(event.target.value, 10) || 50;
      T.refresh();
    });
    document.getElementById('page-first').addEventListener('click', function () { T.goTo(0); });
    document.getElementById('page-prev').addEventListener('click', function () { T.goTo(T.page - 1); });
    document.getElementById('page-next').addEventListener('click', function () { T.goTo(T.page + 1); });
    document.getElementById('page-last').addEventListener('click', function () { T.goTo(Infinity); });
    T.updateFilters();
    T.render();
  };
})();

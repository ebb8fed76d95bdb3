/* lvmh_pipeline dashboard page: data loading and helpers.
 *
 * The data arrive as script files (a browser refuses fetch() of a local file):
 * dashboard_data/summary.js calls LVMH.setSummary, rows_NNNN.js LVMH.addRows, cards_NNNN.js
 * LVMH.addCards (lvmh_pipeline/lib/outputs/page_data.py writes them).
 *
 * Escaping contract: the data hold plain text, never markup. Everything from the data is put in
 * the page as text (LVMH.el children, textContent, option.textContent, dataset); nothing here
 * or in the other app_*.js files assigns innerHTML / outerHTML / insertAdjacentHTML or builds
 * an attribute from data other than dataset values. Text handed to Plotly, which reads a few
 * HTML tags in labels, goes through LVMH.plotlyText first.
 */
(function () {
  'use strict';
  var L = (window.LVMH = window.LVMH || {});
  L.state = {
    summary: null,
    rows: [], // every loaded client row, in document order; row._i = its position
    rowChunks: {},
    cardChunks: {},
    indexById: new Map(),
    loadedChunks: 0,
    cardLoads: {},
  };

  L.setSummary = function (summary) {
    L.state.summary = summary;
  };
  L.addRows = function (chunk, rows) {
    L.state.rowChunks[chunk] = rows;
  };
  L.addCards = function (chunk, cards) {
    L.state.cardChunks[chunk] = cards;
  };

  function pad4(n) {
    var s = String(n);
    while (s.length < 4) s = '0' + s;
    return s;
  }

  L.loadScript = function (src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.async = false;
      script.onload = function () {
        script.remove();
        resolve();
      };
      script.onerror = function () {
        script.remove();
        reject(new Error('could not load ' + src));
      };
      document.head.appendChild(script);
    });
  };

  /* Loads row chunk n and appends its rows to state.rows (chunks must be loaded in order). */
  L.loadRowChunk = function (n) {
    return L.loadScript('dashboard_data/rows_' + pad4(n) + '.js').then(function () {
      var rows = L.state.rowChunks[n] || [];
      delete L.state.rowChunks[n];
      var size = L.state.summary.page.chunk_size;
      rows.forEach(function (row, j) {
        row._i = n * size + j;
        row._search = searchText(row);
        L.state.rows.push(row);
        L.state.indexById.set(row.id, row._i);
      });
      L.state.loadedChunks = n + 1;
      return rows;
    });
  };

  /* The full card of the client at position i (its chunk is loaded on first use). */
  L.card = function (i) {
    var size = L.state.summary.page.chunk_size;
    var n = Math.floor(i / size);
    if (!L.state.cardLoads[n]) {
      L.state.cardLoads[n] = L.loadScript('dashboard_data/cards_' + pad4(n) + '.js');
    }
    return L.state.cardLoads[n].then(function () {
      var cards = L.state.cardChunks[n];
      if (!cards) throw new Error('no cards in chunk ' + n);
      return cards[i - n * size];
    });
  };

  L.clusterName = function (id) {
    if (id === null || id === undefined) return 'No cluster';
    var clusters = (L.state.summary && L.state.summary.clusters) || [];
    for (var k = 0; k < clusters.length; k++) {
      if (clusters[k].cluster_id === id) return clusters[k].name;
    }
    return 'Cluster ' + id;
  };

  function searchText(row) {
    var parts = [row.id, L.clusterName(row.cluster)]
      .concat(row.seg || [], row.rfm || [], row.al || [], row.diet || [], row.tc || []);
    if (row.risk) parts.push(row.risk);
    if (row.value) parts.push(row.value);
    return parts.join(' ').toLowerCase().replace(/_/g, ' ');
  }

  /* el('div', {className: 'x', dataset: {clientId: id}, onclick: f}, ['text', child]) */
  L.el = function (tag, props, children) {
    var node = document.createElement(tag);
    props = props || {};
    Object.keys(props).forEach(function (key) {
      var value = props[key];
      if (value === undefined || value === null) return;
      if (key === 'dataset') {
        Object.keys(value).forEach(function (k) {
          node.dataset[k] = String(value[k]);
        });
      } else if (key === 'attrs') {
        Object.keys(value).forEach(function (k) {
          node.setAttribute(k, String(value[k]));
        });
      } else if (key.slice(0, 2) === 'on') {
        node.addEventListener(key.slice(2), value);
      } else if (key === 'className' || key === 'id' || key === 'title' || key === 'value' ||
                 key === 'type' || key === 'hidden' || key === 'tabIndex' || key === 'placeholder') {
        node[key] = value;
      } else {
        throw new Error('LVMH.el: property not allowed: ' + key);
      }
    });
    L.append(node, children);
    return node;
  };

  L.append = function (node, children) {
    if (children === undefined || children === null) return node;
    if (!Array.isArray(children)) children = [children];
    children.forEach(function (child) {
      if (child === undefined || child === null || child === false) return;
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return node;
  };

  L.clear = function (node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  };

  /* Text for Plotly labels and hover texts: Plotly reads <b>, <br>, <a>… in them. */
  L.plotlyText = function (value) {
    return String(value === null || value === undefined ? '' : value)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  };

  /* Words of concept names written in capitals (a prototype-free map: 'constructor' is no acronym). */
  var ACRONYMS = Object.assign(Object.create(null), {
    uk: 'UK', usa: 'USA', uae: 'UAE', vip: 'VIP', dfs: 'DFS', tv: 'TV', tag: 'TAG'
  });
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December'];
  var numberFormat = new Intl.NumberFormat('en-GB', {maximumFractionDigits: 0});
  var decimalFormat = new Intl.NumberFormat('en-GB', {maximumFractionDigits: 3});

  L.fmt = {
    isNumber: function (v) {
      return typeof v === 'number' && isFinite(v);
    },
    pct: function (v) {
      return L.fmt.isNumber(v) ? (v * 100).toFixed(v < 0.1 && v > 0 ? 1 : 0) + ' %' : '—';
    },
    eur: function (v) {
      return L.fmt.isNumber(v) ? numberFormat.format(v) + ' EUR' : '—';
    },
    int: function (v) {
      return L.fmt.isNumber(v) ? numberFormat.format(v) : '—';
    },
    num: function (v) {
      return L.fmt.isNumber(v) ? decimalFormat.format(v) : '—';
    },
    /* 'vip_client' -> 'VIP client', 'uk_scotland' -> 'UK scotland' (ACRONYMS of cluster_names.py) */
    words: function (label) {
      var s = String(label === null || label === undefined ? '' : label).split('_').map(function (w) {
        return ACRONYMS[w] || w;
      }).join(' ');
      return s.charAt(0).toUpperCase() + s.slice(1);
    },
    month: function (m) {
      var k = parseInt(m, 10);
      return k >= 1 && k <= 12 ? MONTHS[k - 1] : null;
    },
    /* 'birthday:03' -> 'Birthday · March' */
    occasion: function (value) {
      var match = /^(.*):(\d{1,2})$/.exec(String(value));
      var month = match ? L.fmt.month(match[2]) : null;
      return month ? L.fmt.words(match[1]) + ' · ' + month : L.fmt.words(value);
    },
    budget: function (b) {
      if (!b) return '—';
      var lo = L.fmt.isNumber(b.min) ? b.min : null;
      var hi = L.fmt.isNumber(b.max) ? b.max : null;
      var text;
      if (lo !== null && hi !== null) text = lo === hi ? L.fmt.eur(lo) : numberFormat.format(lo) + ' – ' + L.fmt.eur(hi);
      else if (lo !== null) text = 'from ' + L.fmt.eur(lo);
      else if (hi !== null) text = 'up to ' + L.fmt.eur(hi);
      else return 'not mentioned';
      if (b.flexible === true) text += ' · flexible';
      return text;
    },
    /* any JSON value as one line of text */
    value: function (v) {
      if (v === null || v === undefined) return '—';
      if (typeof v === 'number') return L.fmt.num(v);
      if (typeof v === 'boolean') return v ? 'yes' : 'no';
      if (Array.isArray(v)) return v.map(L.fmt.value).join(', ');
      if (typeof v === 'object') {
        return Object.keys(v).map(function (k) { return k + ': ' + L.fmt.value(v[k]); }).join('; ');
      }
      return String(v);
    },
  };
})();

/* The document's optional blocks (rule segments and their statistics, RFM segments, product
 * affinity, customer journey, …): each shown as tables, with a chart where its shape allows,
 * in the section its name points to; a section without block stays hidden. */
(function () {
  'use strict';
  var L = window.LVMH;
  var el = L.el;
  var fmt = L.fmt;
  var LAID_OUT = ['schema_version', 'generated_at', 'kpis', 'clusters', 'clients', 'page'];
  var SECTIONS = [['segments', /segment|rfm/i], ['affinity', /affinit|basket|co_?purchase/i],
                  ['journey', /journey|funnel|lifecycle|transition/i], ['more', /./]];
  var MAX_TABLE_ROWS = 100;
  var OPEN_TABLE_ROWS = 12;
  // per section: the value a chart shows (first one present) and the label of a bar
  var VALUE_KEYS = {
    segments: ['size', 'n_clients', 'clients', 'count', 'n', 'share'],
    affinity: ['lift', 'confidence', 'support', 'orders_together', 'affinity', 'score', 'count'],
    journey: ['value', 'clients', 'n_clients', 'count', 'n', 'share', 'rate'],
  };
  var LABEL_KEYS = ['segment_name', 'name', 'rfm_segment', 'segment', 'label', 'stage', 'step', 'breakdown', 'statistic'];
  var PAIRS = [['antecedent_name', 'consequent_name'], ['antecedent', 'consequent'], ['product_a', 'product_b'],
               ['item_a', 'item_b'], ['from', 'to'], ['source', 'target'], ['from_stage', 'to_stage'], ['stage_from', 'stage_to']];
  var PERIOD_KEYS = ['period', 'months_since', 'month', 'week', 'day'];
  var SPLIT_KEYS = ['level', 'measure']; // a table mixing levels / measures is shown one per value

  function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  }
  function isRecords(v) {
    return Array.isArray(v) && v.length > 0 && v.every(isObject);
  }
  function isScalar(v) {
    return v === null || typeof v !== 'object' || (Array.isArray(v) && !v.some(function (x) { return x !== null && typeof x === 'object'; }));
  }

  /* A block as parts: {title, records} | {title, kv} | {title, items}. */
  function parts(title, block, depth) {
    if (isRecords(block)) return [{title: title, records: block}];
    if (Array.isArray(block)) return block.length ? [{title: title, items: block}] : [];
    if (!isObject(block)) return [{title: title, kv: [[title, block]]}];
    var keys = Object.keys(block);
    if (keys.length && keys.every(function (k) { return isObject(block[k]) && Object.keys(block[k]).every(function (j) { return isScalar(block[k][j]); }); })) {
      return [{title: title, records: keys.map(function (k) { return Object.assign({name: k}, block[k]); })}];
    }
    var kv = [], out = [];
    keys.forEach(function (k) {
      if (isScalar(block[k])) kv.push([k, block[k]]);
      else if (depth < 2) out = out.concat(parts(title + ' · ' + fmt.words(k), block[k], depth + 1));
      else kv.push([k, block[k]]);
    });
    return (kv.length ? [{title: title, kv: kv}] : []).concat(out);
  }

  function columns(records) {
    var seen = [];
    records.slice(0, 50).forEach(function (r) {
      Object.keys(r).forEach(function (k) { if (seen.indexOf(k) < 0) seen.push(k); });
    });
    return seen;
  }

  function kinds(records, keys) {
    var sample = records.slice(0, 200);
    var strings = [], numbers = [];
    keys.forEach(function (k) {
      var s = 0, n = 0;
      sample.forEach(function (r) {
        if (typeof r[k] === 'string') s++;
        else if (fmt.isNumber(r[k])) n++;
      });
      if (s * 2 >= sample.length) strings.push(k);
      else if (n * 2 >= sample.length) numbers.push(k);
    });
    return {strings: strings, numbers: numbers};
  }

  function first(candidates, present) {
    for (var k = 0; k < candidates.length; k++) if (present.indexOf(candidates[k]) >= 0) return candidates[k];
    return null;
  }

  function distinct(records, key) {
    return Array.from(new Set(records.map(function (r) { return String(r[key]); })));
  }

  /* One part per value of a 'level' / 'measure' column (when it has 2 to 12 values). */
  function split(part) {
    var keys = columns(part.records);
    var key = first(SPLIT_KEYS, keys);
    var values = key ? distinct(part.records, key) : [];
    if (values.length < 2 || values.length > 12) return [part];
    return values.map(function (v) {
      return {title: part.title + ' · ' + fmt.words(v), records: part.records.filter(function (r) { return String(r[key]) === v; })};
    });
  }

  function cell(value) {
    return el('td', {className: fmt.isNumber(value) ? 'num' : ''}, fmt.value(value));
  }

  /* The records as a table; folded (a click unfolds it) past OPEN_TABLE_ROWS rows. */
  function recordsTable(records) {
    var keys = columns(records);
    var shown = records.slice(0, MAX_TABLE_ROWS);
    var table = el('div', {className: 'table-wrap'}, el('table', {className: 'data'}, [
      el('thead', null, el('tr', null, keys.map(function (k) { return el('th', {attrs: {scope: 'col'}}, fmt.words(k)); }))),
      el('tbody', null, shown.map(function (r) { return el('tr', null, keys.map(function (k) { return cell(r[k]); })); })),
    ]));
    var more = records.length > shown.length ? el('p', {className: 'note'}, 'First ' + shown.length + ' of ' + fmt.int(records.length) + ' rows.') : null;
    if (records.length <= OPEN_TABLE_ROWS) return [table, more];
    return el('details', null, [el('summary', null, 'Table (' + fmt.int(records.length) + ' rows)'), table, more]);
  }

  function heatmap(records, a, b, value, topN) {
    var text = L.plotlyText;
    var top = function (key) {
      var totals = new Map();
      records.forEach(function (r) { totals.set(String(r[key]), (totals.get(String(r[key])) || 0) + (fmt.isNumber(r[value]) ? r[value] : 0)); });
      var labels = Array.from(totals.keys());
      return topN ? labels.sort(function (x, y) { return totals.get(y) - totals.get(x); }).slice(0, topN) : labels.sort();
    };
    var ys = top(a), xs = top(b);
    var z = ys.map(function () { return xs.map(function () { return null; }); });
    records.forEach(function (r) {
      var i = ys.indexOf(String(r[a])), j = xs.indexOf(String(r[b]));
      if (i >= 0 && j >= 0 && fmt.isNumber(r[value])) z[i][j] = Math.max(z[i][j] === null ? -Infinity : z[i][j], r[value]);
    });
    return [{type: 'heatmap', x: xs.map(text), y: ys.map(text), z: z, colorscale: 'Blues', reversescale: true,
             colorbar: {title: {text: text(fmt.words(value))}},
             hovertemplate: text(fmt.words(a)) + ' %{y} · ' + text(fmt.words(b)) + ' %{x}: %{z}<extra></extra>'}];
  }

  function sankey(records, pair, value) {
    var nodes = [];
    var index = function (label) {
      var i = nodes.indexOf(label);
      if (i < 0) { nodes.push(label); i = nodes.length - 1; }
      return i;
    };
    var links = {source: [], target: [], value: []};
    records.forEach(function (r) {
      if (!fmt.isNumber(r[value])) return;
      links.source.push(index(String(r[pair[0]])));
      links.target.push(index(String(r[pair[1]])));
      links.value.push(r[value]);
    });
    return [{type: 'sankey', node: {label: nodes.map(L.plotlyText), pad: 12}, link: links}];
  }

  /* A Plotly figure for a table of records, or null: a heatmap of pairs (affinity), a sankey of
   * transitions or a heatmap by period (journey), else bars of the value by label. */
  function chartSpec(section, records) {
    var keys = columns(records);
    var k = kinds(records, keys);
    var value = first(VALUE_KEYS[section] || [], k.numbers) || k.numbers[0];
    if (!value) return null;
    var labels = k.strings.filter(function (s) { return distinct(records, s).length > 1; });
    var pair = PAIRS.filter(function (p) { return labels.indexOf(p[0]) >= 0 && labels.indexOf(p[1]) >= 0; })[0];
    var period = first(PERIOD_KEYS, keys.filter(function (c) { return c !== value; }));
    if (section === 'journey' && pair) return sankey(records, pair, value);
    if (section === 'affinity' && (pair || labels.length >= 2)) {
      return heatmap(records, pair ? pair[0] : labels[0], pair ? pair[1] : labels[1], value, 15);
    }
    var label = first(LABEL_KEYS, labels) || labels[0];
    if (!label) return null;
    if (section === 'journey' && period && distinct(records, period).length > 1) return heatmap(records, label, period, value, 0);
    var text = L.plotlyText;
    var sorted = section === 'journey' ? records.slice(0, 25) : records.slice().sort(function (x, y) { return (y[value] || 0) - (x[value] || 0); }).slice(0, 25);
    return [{type: 'bar', orientation: 'h', y: sorted.map(function (r) { return text(r[label]); }).reverse(),
             x: sorted.map(function (r) { return r[value]; }).reverse(), marker: {color: '#6b4e16'},
             hovertemplate: '%{y}: %{x}<extra>' + text(fmt.words(value)) + '</extra>'}];
  }


  function render(section, part) {
    var heading = document.querySelector('#' + section + ' > h2');
    var same = heading && heading.textContent.toLowerCase() === part.title.toLowerCase();
    var box = el('div', {className: 'block', dataset: {block: part.title}}, same ? null : el('h3', null, part.title));
    if (part.records) {
      var spec = typeof window.Plotly !== 'undefined' ? chartSpec(section, part.records) : null;
      if (spec && section !== 'more') {
        var div = el('div', {className: 'chart'});
        box.appendChild(div);
        var height = spec[0].type === 'bar' ? Math.max(220, 24 * spec[0].y.length + 60) : 420;
        var layout = {height: height, margin: {l: spec[0].type === 'sankey' ? 10 : 160, r: 20, t: 10, b: 40}, paper_bgcolor: '#fff'};
        if (spec[0].type === 'heatmap') { layout.xaxis = {type: 'category'}; layout.yaxis = {type: 'category'}; } // '2025-06' is a label, not a date
        setTimeout(function () { window.Plotly.newPlot(div, spec, layout, {displaylogo: false, responsive: true}); }, 0);
      }
      L.append(box, recordsTable(part.records));
    } else if (part.kv) {
      box.appendChild(el('table', {className: 'kv'}, el('tbody', null, part.kv.map(function (p) {
        return el('tr', null, [el('th', {attrs: {scope: 'row'}}, fmt.words(p[0])), el('td', null, fmt.value(p[1]))]);
      }))));
    } else {
      box.appendChild(el('ul', null, part.items.map(function (item) { return el('li', null, fmt.value(item)); })));
    }
    return box;
  }

  L.renderBlocks = function (summary) {
    Object.keys(summary || {}).filter(function (key) { return LAID_OUT.indexOf(key) < 0; }).forEach(function (key) {
      var section = SECTIONS.filter(function (s) { return s[1].test(key); })[0][0];
      var target = document.getElementById(section + '-blocks');
      parts(fmt.words(key), summary[key], 0).forEach(function (part) {
        (part.records ? split(part) : [part]).forEach(function (p) { target.appendChild(render(section, p)); });
      });
      if (target.childNodes.length) document.getElementById(section).hidden = false;
    });
  };
})();

/* The client card: a side panel opened from a table row, a point of the 3D map or a similar client. */
(function () {
  'use strict';
  var L = window.LVMH;
  var el = L.el;
  var fmt = L.fmt;
  // card keys laid out below; any other key is listed under "More"
  var KNOWN = ['client_id', 'n_notes', 'languages', 'last_note_date', 'cluster_id', 'cluster_name', 'top_concepts',
               'budget', 'allergies', 'diets', 'occasions', 'interests', 'coords', 'similar_clients', 'prediction',
               'recommendations', 'segments', 'segment', 'rule_segments', 'rfm_segment', 'rfm_segments', 'rfm',
               'next_occasion'];
  var RFM_FIELDS = [['rfm_code', 'RFM code', String], ['r_score', 'Recency score', String], ['f_score', 'Frequency score', String],
                    ['m_score', 'Monetary score', String], ['n_orders', 'Orders', fmt.int], ['total_spend_eur', 'Total spend', fmt.eur],
                    ['last_order_date', 'Last order', String], ['days_since_last_order', 'Days since last order', fmt.int]];
  var PREDICTION_FIELDS = [
    ['purchase_probability', 'Purchase within 90 days', fmt.pct],
    ['churn_risk', 'Churn risk (180 days)', fmt.pct],
    ['predicted_clv', 'Predicted 12-month CLV', fmt.eur],
    ['value_segment', 'Value segment', String],
    ['risk_segment', 'Risk segment', String],
    ['intent_band', 'Purchase intent', String],
    ['expected_purchases', 'Expected purchases (next year)', fmt.num],
    ['p_alive', 'Probability still active', fmt.pct],
    ['history', 'Purchase history', String],
  ];
  var PREDICTION_HIDDEN = ['will_purchase', 'will_churn', 'top_drivers', 'driver_texts', 'model_versions'];
  var openIndex = null;

  function section(title, body, className) {
    return el('section', {className: 'card-section' + (className ? ' ' + className : '')}, [el('h3', null, title)].concat(body));
  }

  function list(items, render) {
    return el('ul', null, items.map(function (item) { return el('li', null, render(item)); }));
  }

  function segmentNames(card, keys, prefix) {
    var names = [];
    keys.forEach(function (key) {
      var value = card[key];
      (Array.isArray(value) ? value : [value]).forEach(function (v) {
        if (v === null || v === undefined) return;
        names.push(typeof v === 'object' ? (v.name || v.segment || v.label || v.segment_name || v.segment_id || v.id) : v);
      });
    });
    return names.filter(function (n) { return n !== null && n !== undefined && n !== ''; }).map(function (n) { return prefix + n; });
  }

  function safety(card) {
    var allergies = card.allergies || [], diets = card.diets || [];
    if (!allergies.length && !diets.length) {
      return el('div', {className: 'safety none', id: 'card-safety'}, 'No allergy or diet recorded');
    }
    return el('div', {className: 'safety', id: 'card-safety', attrs: {role: 'note'}}, [
      allergies.length ? el('p', {className: 'card-allergies'}, [el('strong', null, 'Allergies: '), allergies.map(fmt.words).join(', ')]) : null,
      diets.length ? el('p', {className: 'card-diets'}, [el('strong', null, 'Diets: '), diets.map(fmt.words).join(', ')]) : null,
    ]);
  }

  function concepts(card) {
    var items = card.top_concepts || [];
    if (!items.length) return null;
    return section('Concepts and what the notes said', list(items, function (c) {
      var mentions = c.n_mentions ? ' (' + c.n_mentions + (c.n_mentions === 1 ? ' mention)' : ' mentions)') : '';
      return [el('span', {className: 'concept'}, fmt.words(c.concept)), mentions,
        (c.evidence || []).length ? el('div', {className: 'evidence'}, (c.evidence || []).map(function (e) { return el('q', null, e); })) : null];
    }));
  }

  function prediction(card) {
    var p = card.prediction;
    if (!p) return null;
    var rows = PREDICTION_FIELDS.filter(function (f) { return p[f[0]] !== undefined && p[f[0]] !== null; }).map(function (f) {
      return el('tr', null, [el('th', {attrs: {scope: 'row'}}, f[1]), el('td', null, f[2](p[f[0]]))]);
    });
    var shown = PREDICTION_FIELDS.map(function (f) { return f[0]; }).concat(PREDICTION_HIDDEN);
    Object.keys(p).filter(function (k) { return shown.indexOf(k) < 0; }).forEach(function (k) {
      rows.push(el('tr', null, [el('th', {attrs: {scope: 'row'}}, fmt.words(k)), el('td', null, fmt.value(p[k]))]));
    });
    var drivers = (p.driver_texts && p.driver_texts.length) ? p.driver_texts : (p.top_drivers || []);
    return section('Predictions', [el('table', {className: 'kv'}, el('tbody', null, rows)),
      drivers.length ? el('h4', null, 'Why (strongest drivers)') : null,
      drivers.length ? list(drivers, function (d) { return d; }) : null]);
  }

  function occasions(card) {
    var next = card.next_occasion;
    var items = card.occasions || [];
    if (!next && !items.length) return null;
    var when = next ? [next.date, fmt.isNumber(next.days_until) ? 'in ' + fmt.int(next.days_until) + ' days' : null].filter(Boolean).join(', ') : '';
    return section('Occasions', [
      next ? el('p', {className: 'next-occasion'}, [el('strong', null, 'Next: '), fmt.words(next.occasion) + (when ? ' — ' + when : '')]) : null,
      items.length ? list(items, fmt.occasion) : null]);
  }

  function rfm(card) {
    var r = card.rfm;
    if (!r || typeof r !== 'object') return null;
    var rows = RFM_FIELDS.filter(function (f) { return r[f[0]] !== undefined && r[f[0]] !== null; }).map(function (f) {
      return el('tr', null, [el('th', {attrs: {scope: 'row'}}, f[1]), el('td', null, f[2](r[f[0]]))]);
    });
    Object.keys(r).filter(function (k) { return !RFM_FIELDS.some(function (f) { return f[0] === k; }); }).forEach(function (k) {
      rows.push(el('tr', null, [el('th', {attrs: {scope: 'row'}}, fmt.words(k)), el('td', null, fmt.value(r[k]))]));
    });
    return rows.length ? section('Purchase history (RFM)', el('table', {className: 'kv'}, el('tbody', null, rows))) : null;
  }

  function recommendations(card) {
    var recs = card.recommendations || [];
    if (!recs.length) return null;
    return section('Recommended products', el('ol', {className: 'recs'}, recs.map(function (r) {
      var what = [r.brand, r.category ? fmt.words(r.category) : null, fmt.isNumber(r.price) ? fmt.eur(r.price) : null]
        .filter(Boolean).join(' · ');
      var reason = Array.isArray(r.reasons) ? r.reasons.join('; ') : (r.reason || r.reasons || '');
      return el('li', null, [el('strong', null, r.product_name || r.product_id), what ? ' — ' + what : '',
        fmt.isNumber(r.score) ? el('span', {className: 'score'}, ' score ' + r.score.toFixed(2)) : null,
        reason ? el('div', {className: 'reason'}, reason) : null]);
    })));
  }

  function similar(card) {
    var items = card.similar_clients || [];
    if (!items.length) return null;
    return section('Similar clients', el('div', {className: 'similar'}, items.map(function (s) {
      var i = L.state.indexById.get(s.client_id);
      var label = s.client_id + (fmt.isNumber(s.score) ? ' (' + s.score.toFixed(2) + ')' : '');
      return i === undefined ? el('span', {className: 'chip'}, label)
        : el('button', {type: 'button', className: 'chip', dataset: {clientId: s.client_id}, onclick: function () { L.openCard(i); }}, label);
    })));
  }

  function more(card) {
    var keys = Object.keys(card).filter(function (k) { return KNOWN.indexOf(k) < 0; });
    if (!keys.length) return null;
    return section('More', el('table', {className: 'kv'}, el('tbody', null, keys.map(function (k) {
      return el('tr', null, [el('th', {attrs: {scope: 'row'}}, fmt.words(k)), el('td', null, fmt.value(card[k]))]);
    }))));
  }

  function render(card) {
    var segments = segmentNames(card, ['segments', 'segment', 'rule_segments'], '')
      .concat(segmentNames(card, ['rfm_segment', 'rfm_segments'], 'RFM: '));
    var facts = [
      card.cluster_name ? 'Cluster: ' + card.cluster_name : 'No cluster',
      fmt.int(card.n_notes) + (card.n_notes === 1 ? ' note' : ' notes'),
      (card.languages || []).length ? 'Languages: ' + card.languages.join(', ') : null,
      card.last_note_date ? 'Last note: ' + card.last_note_date : null,
    ].filter(Boolean);
    return [
      el('header', {className: 'card-head'}, [el('h2', {id: 'card-title'}, card.client_id),
        el('p', {className: 'facts'}, facts.join(' · ')),
        segments.length ? el('div', {className: 'segments'}, segments.map(function (s) { return el('span', {className: 'chip'}, s); })) : null]),
      safety(card),
      section('Budget', el('p', {className: 'budget'}, fmt.budget(card.budget))),
      occasions(card),
      concepts(card),
      (card.interests || []).length ? section('Interests', el('p', null, card.interests.map(fmt.words).join(', '))) : null,
      prediction(card),
      rfm(card),
      recommendations(card),
      similar(card),
      more(card),
    ];
  }

  L.openCard = function (i) {
    var panel = document.getElementById('card');
    var body = L.clear(document.getElementById('card-body'));
    body.appendChild(el('p', {className: 'loading'}, 'Loading client…'));
    panel.hidden = false;
    openIndex = i;
    document.querySelectorAll('tr.client-row.selected').forEach(function (tr) { tr.classList.remove('selected'); });
    return L.card(i).then(function (card) {
      if (openIndex !== i) return;
      L.clear(body);
      L.append(body, render(card));
      panel.dataset.clientId = card.client_id;
      document.querySelectorAll('tr.client-row').forEach(function (tr) {
        if (tr.dataset.clientId === card.client_id) tr.classList.add('selected');
      });
      document.getElementById('card-close').focus();
    }, function (error) {
      L.clear(body).appendChild(el('p', {className: 'error'}, 'Could not load this client: ' + error.message));
    });
  };

  L.closeCard = function () {
    document.getElementById('card').hidden = true;
    openIndex = null;
  };

  document.getElementById('card-close').addEventListener('click', L.closeCard);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !document.getElementById('card').hidden) L.closeCard();
  });
})();

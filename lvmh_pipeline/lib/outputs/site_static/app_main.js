/* Start: lay out the summary, then load the client rows chunk after chunk. */
(function () {
  'use strict';
  var L = window.LVMH;
  var fmt = L.fmt;

  function status(text) {
    document.getElementById('load-status').textContent = text;
  }

  function afterRows(final) {
    L.table.updateFilters();
    L.table.refresh(true);
    L.renderClusters();
    L.renderSegmentStats();
    document.getElementById('color-segment').hidden = !L.table.has('seg');
    document.getElementById('color-rfm').hidden = !L.table.has('rfm');
    if (final) document.body.dataset.loaded = 'true';
  }

  L.start = function () {
    var summary = L.state.summary;
    if (!summary || !summary.page) {
      status('No data: dashboard_data/summary.js is missing. Build the page with `make run` (asset dashboard_site).');
      document.body.dataset.loaded = 'error';
      return;
    }
    var page = summary.page;
    document.getElementById('generated').textContent = 'Data of ' + (summary.generated_at || 'an unknown date') +
      ' · ' + fmt.int(page.n_clients) + ' clients';
    L.renderKpis(summary.kpis);
    L.renderBlocks(summary);
    L.table.init();
    L.initPlot();
    L.table.listeners.push(function (view) { L.plotClients(view); });
    var n = 0;
    function next() {
      if (n >= page.n_chunks) {
        status(fmt.int(L.state.rows.length) + ' clients loaded.');
        afterRows(true);
        L.plotClients(L.table.view, true);
        return;
      }
      L.loadRowChunk(n).then(function () {
        n += 1;
        status('Loading clients: ' + fmt.int(L.state.rows.length) + ' of ' + fmt.int(page.n_clients) + '…');
        if (n === 1 || n === page.n_chunks || n % 10 === 0) afterRows(false);
        setTimeout(next, 0);
      }, function (error) {
        status(error.message + ': the page files are incomplete; rebuild them (asset dashboard_site).');
        afterRows(true);
        document.body.dataset.loaded = 'error';
      });
    }
    next();
  };

  L.start();
})();

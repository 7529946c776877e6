// The running count of a council vote, from server-sent events. Without JavaScript the page shows the same on reload.
(function () {
  'use strict';
  document.querySelectorAll('[data-live-tally]').forEach(function (box) {
    if (!window.EventSource) return;
    var source = new EventSource(box.getAttribute('data-live-tally'));
    source.onmessage = function (event) {
      var counts = JSON.parse(event.data);
      ['voor', 'tegen', 'onthouden', 'uitgebracht'].forEach(function (key) {
        var cell = box.querySelector('[data-count="' + key + '"]');
        if (cell) cell.textContent = counts[key];
      });
      if (counts.gesloten) {
        var state = box.querySelector('[data-count="stand"]');
        if (state) state.textContent = document.documentElement.lang === 'en' ? 'The vote is closed. Reload the page for the result.' : 'De stemming is gesloten. Ververs de pagina voor de uitslag.';
        source.close();
      }
    };
  });
})();

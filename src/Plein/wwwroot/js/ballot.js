// The running total on a budget ballot, updated while the voter ticks projects, with the over-budget or
// too-many-projects message. The status element is a polite live region, so screen readers hear the new total.
// Without JavaScript the "Tussenstand bijwerken" button recounts on the server and shows the same.
(function () {
  'use strict';
  var form = document.getElementById('keuze');
  var status = document.getElementById('tussenstand');
  if (!form || !status || !form.dataset.budget) return;
  var total = status.querySelector('span');
  var warning = document.getElementById('tussenstand-melding');
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[type=checkbox][name=Choice]'));
  var budget = Number(form.dataset.budget);
  var max = form.dataset.max ? Number(form.dataset.max) : null;
  var formats = {};

  function money(amount) {
    var whole = Math.round(amount * 100) % 100 === 0;
    var key = whole ? 'whole' : 'cents';
    if (!formats[key]) {
      formats[key] = new Intl.NumberFormat(form.dataset.lang || document.documentElement.lang, {
        style: 'currency', currency: 'EUR', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2
      });
    }
    return formats[key].format(amount);
  }

  // The texts come from the server in the page's language, with {0}, {1} ... for the values.
  function fill(text, values) {
    return text.replace(/\{(\d+)\}/g, function (_, i) { return values[Number(i)]; });
  }

  function update() {
    var chosen = boxes.filter(function (b) { return b.checked; });
    // Cents as integers: adding 0.1 and 0.2 as money must not give 0.30000000000000004.
    var cents = chosen.reduce(function (sum, b) { return sum + Math.round(Number(b.dataset.cost) * 100); }, 0);
    var sum = cents / 100;
    total.textContent = fill(form.dataset.totalText, [chosen.length, money(sum), money(budget)]);
    var message = '';
    if (form.dataset.overText && cents > Math.round(budget * 100)) {
      message = fill(form.dataset.overText, [money(sum), money((cents - Math.round(budget * 100)) / 100), money(budget)]);
    } else if (form.dataset.maxText && max !== null && chosen.length > max) {
      message = fill(form.dataset.maxText, [max, chosen.length]);
    }
    warning.textContent = message;
  }

  // Not at load: the server wrote the same total, and a live region that changes at load talks over the page.
  boxes.forEach(function (b) { b.addEventListener('change', update); });
})();

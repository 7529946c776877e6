// Keeps a job's status page up to date without reloading it. Without JavaScript the "Vernieuwen" link does the same.
(function () {
  'use strict';
  var box = document.querySelector('[data-job]');
  if (!box) return;
  var progress = box.querySelector('[data-job-progress]');
  var status = box.querySelector('[data-job-status]');
  var count = box.querySelector('[data-job-count]');
  var message = box.querySelector('[data-job-message]');
  var result = box.querySelector('[data-job-result]');
  var refresh = box.querySelector('[data-job-refresh]');

  function poll() {
    fetch(box.dataset.job, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (job) {
        if (!job) return;
        var percent = job.total ? Math.round(100 * job.done / job.total) : (job.state === 'Klaar' ? 100 : 0);
        progress.value = percent;
        progress.textContent = percent + '%';
        status.textContent = job.status;
        count.textContent = count.dataset.template.replace('{0}', job.done).replace('{1}', job.total);
        if (job.message) message.textContent = job.message;
        if (job.state === 'Klaar' || job.state === 'Mislukt') {
          if (refresh) refresh.hidden = true;
          if (job.state === 'Klaar' && job.resultPath) { result.querySelector('a').href = job.resultPath; result.hidden = false; }
          return;
        }
        setTimeout(poll, 1000);
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 500);
})();

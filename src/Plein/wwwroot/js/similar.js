// While someone writes a proposal title, show proposals that look like it, so they can support one instead.
// Without JavaScript the server shows the same list as a step before posting.
(function () {
  'use strict';
  var box = document.querySelector('[data-similar]');
  var title = document.getElementById('Input_Title');
  if (!box || !title) return;
  var timer = null, last = '';

  function render(items) {
    box.textContent = '';
    if (!items.length) { box.hidden = true; return; }
    var intro = document.createElement('p');
    intro.className = 'utrecht-paragraph';
    intro.textContent = box.dataset.similarText;
    var list = document.createElement('ul');
    list.className = 'utrecht-unordered-list';
    items.forEach(function (item) {
      var li = document.createElement('li');
      li.className = 'utrecht-unordered-list__item';
      var a = document.createElement('a');
      a.className = 'utrecht-link';
      a.href = item.url;
      a.textContent = item.title;
      li.appendChild(a);
      list.appendChild(li);
    });
    box.appendChild(intro);
    box.appendChild(list);
    box.hidden = false;
  }

  function look() {
    var text = title.value.trim();
    if (text === last) return;
    last = text;
    if (text.length < 5) { render([]); return; }
    fetch(box.dataset.similar + '?titel=' + encodeURIComponent(text), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(render)
      .catch(function () { render([]); });
  }

  title.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(look, 400); });
  title.addEventListener('blur', look);
})();

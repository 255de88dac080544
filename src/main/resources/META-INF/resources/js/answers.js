// Progressive enhancement of the message form and the 一号答 box: while the citizen types, the best
// matching existing answers appear under the field (GET /api/v1/answers). Without JavaScript the
// form and the box work the same; the 一号答 box then shows its answers on the next page.
(function () {
  if (!window.fetch) { return; }
  var fields = document.querySelectorAll('input[data-suggest]');
  Array.prototype.forEach.call(fields, function (input) {
    var box = document.getElementById(input.id + '-suggestions');
    if (!box) { return; }
    var timer = null;
    var title = input.form && input.form.classList.contains('message-form')
        ? '这些已有的答复可能解决您的问题：' : '';
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { box.textContent = ''; return; }
      timer = setTimeout(function () {
        fetch(input.getAttribute('data-suggest') + '?size=3&q=' + encodeURIComponent(q))
          .then(function (r) { return r.ok ? r.json() : { results: [] }; })
          .then(function (data) {
            box.textContent = '';
            if (!data.results || !data.results.length) { return; }
            if (title) {
              var p = document.createElement('p');
              p.textContent = title;
              box.appendChild(p);
            }
            var ul = document.createElement('ul');
            data.results.forEach(function (r) {
              var li = document.createElement('li');
              var a = document.createElement('a');
              a.href = r.url;
              a.textContent = r.question;
              li.appendChild(a);
              var s = document.createElement('span');
              s.className = 'hint';
              s.textContent = ' ' + r.answer.slice(0, 80) + (r.answer.length > 80 ? '……' : '');
              li.appendChild(s);
              ul.appendChild(li);
            });
            box.appendChild(ul);
          })
          .catch(function () { /* suggestions are optional */ });
      }, 200);
    });
  });
})();

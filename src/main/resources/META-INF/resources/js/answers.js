// Progressive enhancement of the message form and the 一号答 box: while the citizen types, the best
// matching existing answers and, beside them, the best published documents appear under the field
// (GET /api/v1/answers?documents=3, one request, debounced, none under two characters). All text is
// set with textContent. Without JavaScript the form and the box work the same; the answers and
// documents then show on the next page.
(function () {
  if (!window.fetch) { return; }
  var fields = document.querySelectorAll('input[data-suggest]');
  Array.prototype.forEach.call(fields, function (input) {
    var box = document.getElementById(input.id + '-suggestions');
    if (!box) { return; }
    var timer = null;
    var asked = 0;
    var title = input.form && input.form.classList.contains('message-form')
        ? '这些已有的答复可能解决您的问题：' : '';
    function heading(text) {
      var p = document.createElement('p');
      p.textContent = text;
      box.appendChild(p);
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { asked++; box.textContent = ''; return; }
      timer = setTimeout(function () {
        var mine = ++asked;
        fetch(input.getAttribute('data-suggest') + '?size=3&documents=3&q=' + encodeURIComponent(q))
          .then(function (r) { return r.ok ? r.json() : { results: [], documents: [] }; })
          .then(function (data) {
            if (mine !== asked) { return; } // an answer to an older text
            box.textContent = '';
            var answers = data.results || [];
            var docs = data.documents || [];
            if (answers.length) {
              if (title) { heading(title); }
              var ul = document.createElement('ul');
              answers.forEach(function (r) {
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
            }
            if (docs.length) {
              heading('相关的政府文件：');
              var dl = document.createElement('ul');
              dl.className = 'suggested-documents';
              docs.forEach(function (d) {
                var li = document.createElement('li');
                var a = document.createElement('a');
                a.href = d.url;
                a.textContent = d.title;
                li.appendChild(a);
                if (d.organization) {
                  var s = document.createElement('span');
                  s.className = 'hint';
                  s.textContent = ' ' + d.organization;
                  li.appendChild(s);
                }
                dl.appendChild(li);
              });
              box.appendChild(dl);
            }
          })
          .catch(function () { /* suggestions are optional */ });
      }, 250);
    });
  });
})();

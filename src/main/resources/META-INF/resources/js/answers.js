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
    // the box itself is not live (a screen reader would read every snippet while one types): only how
    // many were found is announced, from this status line (wording from the page: data-found, %a and %d)
    var status = document.getElementById(input.id + '-suggestions-status');
    var found = input.getAttribute('data-found');
    function announce(answers, documents) {
      if (!status) { return; }
      status.textContent = found && answers + documents > 0
          ? found.replace('%a', answers).replace('%d', documents) : '';
    }
    var timer = null;
    var asked = 0;
    // headings from the page's message bundle; the 一号答 box needs none above its answers
    var answersHeading = input.getAttribute('data-answers-heading');
    var documentsHeading = input.getAttribute('data-documents-heading');
    // one list: a link per item, and a grey hint after it when there is one
    function list(heading, items, text, hint, className) {
      if (!items.length) { return; }
      if (heading) {
        var p = document.createElement('p');
        p.textContent = heading;
        box.appendChild(p);
      }
      var ul = document.createElement('ul');
      if (className) { ul.className = className; }
      items.forEach(function (item) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = item.url;
        a.textContent = text(item);
        li.appendChild(a);
        var h = hint(item);
        if (h) {
          var s = document.createElement('span');
          s.className = 'hint';
          s.textContent = ' ' + h;
          li.appendChild(s);
        }
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { asked++; box.textContent = ''; announce(0, 0); return; }
      timer = setTimeout(function () {
        var mine = ++asked;
        fetch(input.getAttribute('data-suggest') + '?size=3&documents=3&q=' + encodeURIComponent(q))
          .then(function (r) { return r.ok ? r.json() : { results: [], documents: [] }; })
          .then(function (data) {
            if (mine !== asked) { return; } // an answer to an older text
            box.textContent = '';
            list(answersHeading, data.results || [], function (r) { return r.question; },
                function (r) { return r.answer.slice(0, 80) + (r.answer.length > 80 ? '……' : ''); });
            list(documentsHeading, data.documents || [], function (d) { return d.title; },
                function (d) { return d.organization; }, 'suggested-documents');
            announce((data.results || []).length, (data.documents || []).length);
          })
          .catch(function () { /* suggestions are optional */ });
      }, 250);
    });
  });
})();

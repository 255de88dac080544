// Progressive enhancement: fills the search box's datalist with suggestions as the citizen types.
// The page works the same without it.
(function () {
  var input = document.getElementById('q');
  var list = document.getElementById('suggestions');
  if (!input || !list || !window.fetch) { return; }
  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (!q) { list.innerHTML = ''; return; }
    timer = setTimeout(function () {
      fetch('/api/v1/suggest?q=' + encodeURIComponent(q))
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (words) {
          list.innerHTML = '';
          words.forEach(function (w) {
            var option = document.createElement('option');
            option.value = w;
            list.appendChild(option);
          });
        })
        .catch(function () { /* suggestions are optional */ });
    }, 150);
  });
})();

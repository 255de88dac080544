// Progressive enhancement: fills a search box's datalist with suggestions as the citizen types (the
// search page's box and the header's on every other page). The pages work the same without it.
(function () {
  if (!window.fetch) { return; }
  var inputs = document.querySelectorAll('input[type=search][list]');
  Array.prototype.forEach.call(inputs, function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    if (!list) { return; }
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
  });
})();

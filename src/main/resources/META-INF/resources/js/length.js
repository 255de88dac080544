// A text box with a limit counts as one types, and a paste longer than the limit is kept whole and
// marked, where the browser's own maxlength would cut it without a word. The server refuses an
// over-long text with its own message either way; this only says so before sending.
// The counter's wording comes from the page: data-count="…%n…%max…" and data-over="…%over…"
// on this script's tag (message bundles), so no Chinese text lives here.
// The counter itself is not a live region (a screen reader would read it after every character): a
// hidden status line beside it repeats the count only when the text comes near the limit (its last
// tenth), goes over it, or comes back under it.
(function () {
  'use strict';
  var script = document.currentScript;
  var countText = script ? script.getAttribute('data-count') : null;
  var overText = script ? script.getAttribute('data-over') : null;
  if (!countText || !overText) {
    return;
  }
  var boxes = document.querySelectorAll('textarea[maxlength], input[maxlength][data-count]');
  Array.prototype.forEach.call(boxes, function (box, i) {
    var max = parseInt(box.getAttribute('maxlength'), 10);
    if (!(max > 0)) {
      return;
    }
    box.removeAttribute('maxlength');
    box.setAttribute('data-max', String(max));
    var counter = document.createElement('small');
    counter.className = 'length-count';
    counter.id = (box.id || 'box' + i) + '-length';
    box.insertAdjacentElement('afterend', counter);
    var alert = document.createElement('span');
    alert.className = 'visually-hidden';
    alert.setAttribute('role', 'status');
    alert.id = counter.id + '-alert';
    counter.insertAdjacentElement('afterend', alert);
    var near = Math.max(10, Math.ceil(max / 10));
    var band = null; // 'far', 'near' or 'over': announced when it changes, after the first count
    function bandOf(n) {
      return n > max ? 'over' : n >= max - near ? 'near' : 'far';
    }
    var described = box.getAttribute('aria-describedby');
    box.setAttribute('aria-describedby', described ? described + ' ' + counter.id : counter.id);
    var update = function () {
      var n = box.value.length;
      var over = n - max;
      var text = countText.replace('%n', n).replace('%max', max);
      if (over > 0) {
        text += ' ' + overText.replace('%over', over);
      }
      counter.textContent = text;
      var now = bandOf(n);
      if (band !== null && now !== band) {
        alert.textContent = now === 'far' ? '' : text;
      }
      band = now;
      counter.classList.toggle('over', over > 0);
      if (over > 0) {
        box.setAttribute('aria-invalid', 'true');
      } else if (box.getAttribute('data-length-invalid')) {
        box.removeAttribute('aria-invalid');
      }
      box.setAttribute('data-length-invalid', over > 0 ? '1' : '');
    };
    box.addEventListener('input', update);
    update();
    if (box.form) {
      box.form.addEventListener('submit', function (event) {
        if (box.value.length > max) {
          event.preventDefault();
          box.focus();
        }
      });
    }
  });
})();

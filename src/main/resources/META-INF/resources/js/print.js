// The document page's 打印 button: with JavaScript the button prints the page (the print stylesheet
// keeps the document only); without it the hint in <details class="print"> says how.
(function () {
  var button = document.querySelector('.print-button');
  var hint = document.querySelector('details.print');
  if (!button || typeof window.print !== 'function') {
    return;
  }
  button.hidden = false;
  if (hint) {
    hint.hidden = true;
  }
  button.addEventListener('click', function () {
    window.print();
  });
})();

// The document page's 打印 button: with JavaScript the button prints the page (the print stylesheet
// keeps the document only); without it the hint in <details class="print"> says how.
// And its 分享本页 link: without portal.public-url the page gives the path, completed here with the
// address the reader's browser is on.
(function () {
  var share = document.getElementById('share-url');
  if (share && share.value.charAt(0) === '/') {
    share.value = window.location.origin + share.value;
  }
})();
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

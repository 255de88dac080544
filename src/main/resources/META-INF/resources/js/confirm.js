// A step that cannot be taken back (publishing, 签发, sending a reply) asks first: a button with
// data-confirm-submit="…" shows its text in a dialog, and the form is sent only when it is confirmed.
// Without script the form is sent as it is: the server checks every step either way.
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button[data-confirm-submit]') : null;
    if (!button) {
      return;
    }
    // a required field left empty is said first (browser walk: 确定撤回吗？ then a silent stop at the empty reason)
    var form = button.form;
    if (form && !form.noValidate && !button.formNoValidate && form.checkValidity && !form.checkValidity()) {
      event.preventDefault();
      form.reportValidity();
      return;
    }
    if (!window.confirm(button.getAttribute('data-confirm-submit'))) {
      event.preventDefault();
    }
  });
})();

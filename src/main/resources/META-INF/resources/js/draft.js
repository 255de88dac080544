// Progressive enhancement of the draft editor; the form works the same without it.
// - A table pasted from Word (or a web page) into the body becomes a Markdown table.
// - 不予公开理由 is shown only when 公开属性 is 不予公开.
// - A new draft's 信息类别 follows the channel when the channel is changed.
// - 放弃稿件 asks in a dialog (without script the server asks on a confirmation page).
// - Leaving the page with unsent changes (a link, the attachment forms) asks the browser's question.
(function () {
  'use strict';

  function cellText(cell) {
    return htmlToText(cell).replace(/\s+/g, ' ').trim().replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
  }

  // One HTML table as Markdown: the first row is the header; colspan repeats empty cells.
  function tableToMarkdown(table) {
    var rows = [];
    Array.prototype.forEach.call(table.rows, function (tr) {
      var cells = [];
      Array.prototype.forEach.call(tr.cells, function (td) {
        cells.push(cellText(td));
        for (var i = 1; i < (td.colSpan || 1); i++) { cells.push(''); }
      });
      if (cells.length) { rows.push(cells); }
    });
    if (!rows.length) { return ''; }
    var width = rows.reduce(function (w, r) { return Math.max(w, r.length); }, 0);
    var lines = rows.map(function (r) {
      while (r.length < width) { r.push(''); }
      return '| ' + r.join(' | ') + ' |';
    });
    var rule = [];
    for (var i = 0; i < width; i++) { rule.push('---'); }
    lines.splice(1, 0, '| ' + rule.join(' | ') + ' |');
    return lines.join('\n');
  }

  var BLOCKS = /^(P|DIV|H[1-6]|LI|UL|OL|BLOCKQUOTE|PRE|SECTION|ARTICLE|TR)$/;

  // The pasted HTML as text: tables as Markdown tables, blocks as paragraphs.
  function htmlToText(node) {
    var out = '';
    Array.prototype.forEach.call(node.childNodes, function (child) {
      if (child.nodeType === 3) {
        out += child.nodeValue.replace(/\s+/g, ' ');
      } else if (child.nodeType === 1) {
        var tag = child.tagName;
        if (tag === 'TABLE') {
          out += '\n\n' + tableToMarkdown(child) + '\n\n';
        } else if (tag === 'BR') {
          out += '\n';
        } else if (tag === 'STYLE' || tag === 'SCRIPT' || tag === 'META' || tag === 'TITLE' || tag === 'XML') {
          // Word puts its styles and metadata into the clipboard too
        } else if (BLOCKS.test(tag)) {
          out += '\n\n' + htmlToText(child).trim() + '\n\n';
        } else {
          out += htmlToText(child);
        }
      }
    });
    return out;
  }

  function insert(textarea, text) {
    var start = textarea.selectionStart, end = textarea.selectionEnd;
    textarea.setRangeText(text, start, end, 'end');
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }

  var body = document.getElementById('body');
  if (body && window.DOMParser) {
    body.addEventListener('paste', function (e) {
      var data = e.clipboardData;
      var html = data && data.getData('text/html');
      if (!html || !/<table[\s>]/i.test(html)) { return; }
      var doc = new DOMParser().parseFromString(html, 'text/html');
      if (!doc.body.querySelector('table')) { return; }
      e.preventDefault();
      var text = htmlToText(doc.body).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
      insert(body, text);
    });
  }

  var disclosure = document.getElementById('disclosure');
  var withheld = document.getElementById('withheldReason-row');
  if (disclosure && withheld) {
    var hint = document.getElementById('withheldReason-hint');
    var toggle = function () {
      // a message on the field keeps it in view whatever is chosen
      withheld.hidden = disclosure.value !== 'WITHHELD' && !document.getElementById('withheldReason-error');
    };
    if (hint) { hint.hidden = true; } // the field shows only when it applies
    disclosure.addEventListener('change', toggle);
    toggle();
  }

  // Typed but not yet sent: leaving the page another way (a link, the attachment forms) asks first.
  var form = document.getElementById('draft-form');
  if (form) {
    // a refused step or the discard question shows typed text that is not saved yet
    var dirty = !!document.getElementById('form-error') || !!document.getElementById('confirm-discard');
    form.addEventListener('input', function () { dirty = true; });
    form.addEventListener('change', function () { dirty = true; });
    form.addEventListener('submit', function () { dirty = false; });
    window.addEventListener('beforeunload', function (e) {
      if (dirty) {
        e.preventDefault();
        e.returnValue = '';
      }
    });
  }

  // a new draft's 信息类别 follows the channel chosen, as it does when the page opens in a channel
  // (browser walk: a notice written in 通知公告 was kept as 政策文件 after the channel was changed)
  var channel = document.getElementById('channel');
  var type = document.getElementById('type');
  if (channel && type) {
    channel.addEventListener('change', function () {
      var chosen = channel.options[channel.selectedIndex];
      var follows = chosen && chosen.getAttribute('data-type');
      if (follows) {
        type.value = follows;
        type.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
  }

  var discard = document.getElementById('discard');
  if (discard && discard.form) {
    discard.addEventListener('click', function (e) {
      if (!window.confirm(discard.getAttribute('data-confirm'))) {
        e.preventDefault();
        return;
      }
      var confirmed = document.createElement('input');
      confirmed.type = 'hidden';
      confirmed.name = 'confirmed';
      confirmed.value = 'true';
      discard.form.appendChild(confirmed);
    });
  }
})();

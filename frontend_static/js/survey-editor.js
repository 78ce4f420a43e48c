// Survey editor (surveys.editor): a locked question, option or section shows no delete
// button. Only a convenience: the server refuses such deletions with a reason anyway.
(function () {
  "use strict";
  function hideLockedDeleteButtons(root) {
    root.querySelectorAll("[data-survey-editor-locked]").forEach(function (note) {
      var child = note.closest("[data-inline-panel-child]");
      if (!child) {
        return;
      }
      var button = child.querySelector("button[id$='-DELETE-button']");
      if (button) {
        button.hidden = true;
      }
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    hideLockedDeleteButtons(document);
  });
})();

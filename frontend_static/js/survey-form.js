/* Progressive enhancement for feedback forms: hide a follow-up question until the answer it
 * depends on (in the same step) is chosen. Without JavaScript the question stays visible with
 * a note saying when to answer it, and the server ignores it when its condition is not met. */
(function () {
  "use strict";
  var form = document.getElementById("survey-form");
  if (!form) {
    return;
  }
  var dependants = form.querySelectorAll("[data-show-if]");
  if (!dependants.length) {
    return;
  }
  function chosenValues(name) {
    var inputs = form.querySelectorAll("input[name='" + name + "']:checked");
    return Array.prototype.map.call(inputs, function (input) {
      return input.value;
    });
  }
  function update() {
    Array.prototype.forEach.call(dependants, function (field) {
      var wanted = field.getAttribute("data-show-if-values").split(" ");
      var chosen = chosenValues(field.getAttribute("data-show-if"));
      var show = chosen.some(function (value) {
        return wanted.indexOf(value) !== -1;
      });
      field.hidden = !show;
      var note = field.querySelector(".field__note");
      if (note) {
        note.hidden = true;
      }
    });
  }
  form.addEventListener("change", update);
  update();
})();

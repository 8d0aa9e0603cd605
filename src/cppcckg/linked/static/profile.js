// Progressive enhancement of a profile's filters: choosing a value applies it at once (without
// JavaScript the form's button does the same GET request).
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var button = form.querySelector("button[type=submit]");
  if (button) { button.hidden = true; }
  Array.prototype.forEach.call(form.querySelectorAll("select"), function (select) {
    select.addEventListener("change", function () { form.submit(); });
  });
})();

// Keyboard shortcuts for the review queue: j/k move, a accept, r reject, e edit.
// Our own file, served by izde; the page works without it (plain forms).
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll("#queue .item"));
  if (!items.length) { return; }
  var index = 0;
  function select(i) {
    if (i < 0 || i >= items.length) { return; }
    items[index].classList.remove("current");
    index = i;
    items[index].classList.add("current");
    items[index].focus({ preventScroll: false });
  }
  function press(action) {
    var button = items[index].querySelector('button[value="' + action + '"]');
    if (button) { button.click(); }
  }
  select(0);
  document.addEventListener("keydown", function (event) {
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select") {
      if (event.key === "Escape") { event.target.blur(); }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (event.key === "j") { select(index + 1); }
    else if (event.key === "k") { select(index - 1); }
    else if (event.key === "a") { press("accept"); }
    else if (event.key === "r") { press("reject"); }
    else if (event.key === "e") {
      var input = items[index].querySelector("input.edit");
      if (input) { event.preventDefault(); input.focus(); input.select(); }
    } else { return; }
  });
})();

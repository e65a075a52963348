/* Elderly mode (长者模式): larger text, higher contrast, more space. Loaded in <head> so the remembered choice
   applies before the page paints. The toggle button stays hidden without JavaScript; the site then follows the
   reader's own settings (browser zoom, prefers-contrast). */
(function () {
  "use strict";
  var key = "parksitegen-mode";
  var root = document.documentElement;
  function stored() {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }
  function remember(value) {
    try { if (value) { localStorage.setItem(key, value); } else { localStorage.removeItem(key); } } catch (e) { /* private mode */ }
  }
  function apply(mode) {
    if (mode === "elderly") { root.setAttribute("data-mode", "elderly"); } else { root.removeAttribute("data-mode"); }
  }
  apply(stored());
  document.addEventListener("DOMContentLoaded", function () {
    var buttons = document.querySelectorAll("[data-mode-toggle]");
    for (var i = 0; i < buttons.length; i++) {
      var button = buttons[i];
      button.hidden = false;
      button.setAttribute("aria-pressed", root.getAttribute("data-mode") === "elderly" ? "true" : "false");
      button.addEventListener("click", function (event) {
        var on = root.getAttribute("data-mode") !== "elderly";
        apply(on ? "elderly" : null);
        remember(on ? "elderly" : null);
        event.currentTarget.setAttribute("aria-pressed", on ? "true" : "false");
      });
    }
  });
})();

// Pustaka: the reader's display choices (theme, text size), applied before
// the page paints so that a dark choice never flashes light. Kept on the
// reader's device only.
(function () {
  "use strict";
  try {
    var t = localStorage.getItem("pustaka.theme"), s = localStorage.getItem("pustaka.size");
    if (t === "light" || t === "dark") document.documentElement.setAttribute("data-theme", t);
    if (s && +s >= 85 && +s <= 150) document.documentElement.style.fontSize = s + "%";
  } catch (e) { /* storage refused: the defaults stay */ }
})();

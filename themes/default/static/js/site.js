// Pustaka: copy heading links, "/" focuses search, open the side-by-side diff on #diff-sbs.
(function () {
  "use strict";
  var toast = document.getElementById("toast");
  function say(msg) {
    if (!toast) return;
    toast.textContent = msg;
    toast.classList.add("show");
    setTimeout(function () { toast.classList.remove("show"); }, 1800);
  }
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a.anchor");
    if (!a || !navigator.clipboard) return;
    e.preventDefault();
    history.replaceState(null, "", a.getAttribute("href"));
    navigator.clipboard.writeText(a.href).then(function () { say(toast.dataset.copied); });
  });
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
    var q = document.getElementById("q") || document.querySelector('input[name="q"]');
    if (q) { e.preventDefault(); q.focus(); q.select(); }
  });
  function openTarget() {
    var el = location.hash && document.getElementById(location.hash.slice(1));
    if (el && el.tagName === "DETAILS") el.open = true;
  }
  addEventListener("hashchange", openTarget);
  openTarget();
})();

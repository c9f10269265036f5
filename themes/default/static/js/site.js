// Pustaka: copy heading links, "/" focuses search, open the side-by-side diff on #diff-sbs,
// show server-only forms when the server answers.
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
  // Forms that need the Pustaka server (comparing any two versions) show
  // only when it answers; a plain static host keeps them hidden.
  var needy = document.querySelectorAll("[data-needs-server]");
  if (needy.length && window.fetch) {
    fetch("/healthz", { cache: "no-store" }).then(function (r) {
      if (r.ok) needy.forEach(function (el) { el.hidden = false; });
    }).catch(function () {});
  }
})();

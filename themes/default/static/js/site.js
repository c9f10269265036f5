// Pustaka: copy heading links, "/" focuses search, open the side-by-side diff on #diff-sbs,
// show server-only forms when the server answers, highlight the words of
// ?cari= (from a search result) with a way to clear them.
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
  // A page opened from a search result (?cari=word word) marks those
  // words in its text, whole words only, and says so in a bar with a
  // button that clears the marks and the parameter.
  function highlight(list) {
    var main = document.querySelector("main"), bar = document.getElementById("hl-bar");
    if (!main || !bar || !list.length) return;
    var esc = list.map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); });
    var re = new RegExp("(^|[^\\p{L}\\p{N}])(" + esc.join("|") + ")(?![\\p{L}\\p{N}])", "giu");
    var walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
      acceptNode: function (n) {
        return n.parentNode.closest("script, style, textarea, mark, .hl-bar") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [], marks = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (n) {
      var text = n.nodeValue, at = 0, m, frag = null;
      re.lastIndex = 0;
      while ((m = re.exec(text)) && marks.length < 500) {
        var start = m.index + m[1].length;
        frag = frag || document.createDocumentFragment();
        frag.append(text.slice(at, start));
        var mk = document.createElement("mark");
        mk.className = "hl";
        mk.textContent = m[2];
        frag.appendChild(mk);
        marks.push(mk);
        at = start + m[2].length;
      }
      if (frag) { frag.append(text.slice(at)); n.replaceWith(frag); }
    });
    if (!marks.length) return;
    bar.replaceChildren(bar.dataset.label + " " + list.join(", ") + " ");
    var clear = document.createElement("button");
    clear.type = "button";
    clear.textContent = bar.dataset.clear;
    clear.addEventListener("click", function () {
      marks.forEach(function (mk) { mk.replaceWith(mk.textContent); });
      main.normalize();
      bar.hidden = true;
      var u = new URL(location.href);
      u.searchParams.delete("cari");
      history.replaceState(null, "", u.pathname + u.search + u.hash);
    });
    bar.appendChild(clear);
    bar.hidden = false;
    if (!location.hash) marks[0].scrollIntoView({ block: "center" });
  }
  var cari = new URLSearchParams(location.search).get("cari");
  if (cari && !document.getElementById("search-form")) {
    highlight(cari.toLowerCase().split(/\s+/).filter(function (w) { return w.length >= 2; }).slice(0, 12));
  }
})();

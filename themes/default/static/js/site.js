// Pustaka: copy heading links, "/" focuses search, open the side-by-side diff on #diff-sbs,
// show server-only forms when the server answers, highlight the words of
// ?cari= (from a search result) with a way to clear them, the phone menu, the
// reader's display choices, the table of contents that follows the reading,
// back to top, the version picker, offline reading.
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

  var wide = window.matchMedia ? matchMedia("(min-width: 64rem)") : { matches: true };

  // Phone menu: without JavaScript the sections wrap under the header; with
  // it they fold behind a Menu button on narrow screens.
  var menu = document.querySelector(".menu-btn"), nav = document.getElementById("site-nav");
  if (menu && nav) {
    menu.hidden = false;
    nav.classList.add("foldable");
    menu.addEventListener("click", function () {
      var open = menu.getAttribute("aria-expanded") !== "true";
      menu.setAttribute("aria-expanded", String(open));
      nav.classList.toggle("open", open);
    });
    nav.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && nav.classList.contains("open")) { menu.click(); menu.focus(); }
    });
  }

  // The version picker (a <details>): Escape or a click elsewhere closes it.
  var vpick = document.querySelector("details.vpick");
  if (vpick) {
    vpick.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && vpick.open) { vpick.open = false; vpick.querySelector("summary").focus(); }
    });
    document.addEventListener("click", function (e) {
      if (vpick.open && !vpick.contains(e.target)) vpick.open = false;
    });
  }

  // Display choices: theme system -> light -> dark, text size 85-150 %.
  var prefs = document.querySelector(".prefs");
  function store(k, v) { try { v == null ? localStorage.removeItem(k) : localStorage.setItem(k, v); } catch (e) {} }
  if (prefs) {
    prefs.hidden = false;
    var names = (prefs.dataset.themeNames || "").split("|"), order = ["system", "light", "dark"];
    var tb = prefs.querySelector('[data-pref="theme"]');
    var showTheme = function () {
      var cur = document.documentElement.getAttribute("data-theme") || "system";
      tb.querySelector("span").textContent = names[order.indexOf(cur)] || cur;
    };
    showTheme();
    prefs.addEventListener("click", function (e) {
      var b = e.target.closest("[data-pref]");
      if (!b) return;
      var root = document.documentElement;
      if (b.dataset.pref === "theme") {
        var next = order[(order.indexOf(root.getAttribute("data-theme") || "system") + 1) % 3];
        if (next === "system") root.removeAttribute("data-theme"); else root.setAttribute("data-theme", next);
        store("pustaka.theme", next === "system" ? null : next);
        showTheme();
        return;
      }
      var size = parseInt(root.style.fontSize, 10) || 100;
      size = Math.max(85, Math.min(150, size + (b.dataset.pref === "larger" ? 10 : -10)));
      root.style.fontSize = size === 100 ? "" : size + "%";
      store("pustaka.size", size === 100 ? null : String(size));
    });
  }

  // Table of contents and document details: folded on phones, open on a
  // wide screen, where the contents stay beside the text and mark the
  // section being read.
  var toc = document.querySelector("details[data-toc]"), meta = document.querySelector("details[data-meta]");
  if (wide.matches) {
    if (toc) toc.open = true;
    if (meta) meta.open = true;
  }
  if (toc) {
    // The section being read is the last whose heading has passed the top
    // fifth of the window.
    var marks = [], current = null, pending = false;
    toc.querySelectorAll("a[href^='#']").forEach(function (a) {
      var h = document.getElementById(decodeURIComponent(a.getAttribute("href").slice(1)));
      if (h) marks.push({ a: a, h: h });
    });
    var follow = function () {
      pending = false;
      var line = innerHeight / 5, lo = 0, hi = marks.length, m;
      while (lo < hi) if (marks[m = (lo + hi) >> 1].h.getBoundingClientRect().top <= line) lo = m + 1; else hi = m;
      var at = lo && marks[lo - 1].a;
      if (at === current) return;
      if (current) current.removeAttribute("aria-current");
      if (at) at.setAttribute("aria-current", "location");
      current = at;
    };
    addEventListener("scroll", function () { if (!pending) { pending = true; requestAnimationFrame(follow); } }, { passive: true });
    follow();
  }

  // Print the document details even when they are folded.
  addEventListener("beforeprint", function () { if (meta && !meta.open) { meta.open = true; meta.dataset.printOpened = ""; } });
  addEventListener("afterprint", function () { if (meta && meta.dataset.printOpened !== undefined) { meta.open = false; delete meta.dataset.printOpened; } });

  // Back to top: a button that shows once the reader is two screens down.
  var top = document.querySelector(".totop");
  if (top && document.documentElement.scrollHeight > 3 * innerHeight) {
    var fly = top.cloneNode(true);
    fly.className = "totop-fly";
    fly.hidden = true;
    document.body.appendChild(fly);
    addEventListener("scroll", function () { fly.hidden = scrollY < 2 * innerHeight; }, { passive: true });
  }

  // Offline reading (config offline: true): the service worker keeps the
  // pages this reader opened.
  var root = document.documentElement;
  if (root.hasAttribute("data-offline") && navigator.serviceWorker) {
    navigator.serviceWorker.register("/sw.js").catch(function () {});
  }
  if (root.hasAttribute("data-offline-copy")) {
    var note = document.createElement("p"), main = document.querySelector("main");
    note.className = "notice notice-old offline-note";
    note.setAttribute("role", "status");
    var kept = new Date(root.getAttribute("data-offline-copy"));
    note.textContent = root.getAttribute("data-offline") + (isNaN(kept) ? "" : " (" + kept.toLocaleString(root.lang) + ")");
    if (main) main.prepend(note);
  }
})();

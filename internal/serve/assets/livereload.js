// Pustaka live reload: served by `pustaka serve --watch` only.
(function () {
  "use strict";
  var me = document.currentScript;
  var gen = Number(me && me.dataset.gen) || 0;
  var server = me && me.dataset.server;
  var words = {
    title: me && me.dataset.title || "Ada kesalahan di berkas situs",
    close: me && me.dataset.close || "Tutup",
    kept: me && me.dataset.kept || ""
  };
  var KEY = "pustaka-scroll:" + location.pathname;

  var saved = sessionStorage.getItem(KEY);
  if (saved !== null) {
    sessionStorage.removeItem(KEY);
    window.addEventListener("load", function () { window.scrollTo(0, Number(saved)); });
  }

  function reload() {
    sessionStorage.setItem(KEY, String(window.scrollY));
    location.reload();
  }

  function mine(path) {
    var p = location.pathname;
    var dir = p.endsWith("/") ? p : p.replace(/[^\/]*$/, "");
    return path === "*" || path === p || path === dir + "index.html" && (p === dir || p === dir + "index.html");
  }

  function swapCSS(changed, n) {
    var links = document.querySelectorAll('link[rel~="stylesheet"]');
    links.forEach(function (l) {
      var u = new URL(l.href, location.href);
      if (u.origin !== location.origin) return;
      if (changed.indexOf(u.pathname) < 0) return;
      u.searchParams.set("pustaka", String(n));
      l.href = u.pathname + u.search;
    });
  }

  function style(el, css) { Object.keys(css).forEach(function (k) { el.style[k] = css[k]; }); }

  function format(p) {
    var pos = p.file;
    if (p.line > 0) { pos += ":" + p.line; if (p.col > 0) pos += ":" + p.col; }
    return pos + ": " + p.msg;
  }

  function panel(problems) {
    var el = document.getElementById("pustaka-problems");
    if (!problems.length) { if (el) el.remove(); return; }
    if (!el) {
      el = document.createElement("div");
      el.id = "pustaka-problems";
      el.setAttribute("role", "alert");
      el.appendChild(document.createElement("strong")).textContent = words.title;
      el.appendChild(document.createElement("ul"));
      var b = el.appendChild(document.createElement("button"));
      b.type = "button"; b.setAttribute("aria-label", words.close); b.textContent = "\u00d7";
      document.body.appendChild(el);
    }
    var ul = el.querySelector("ul");
    ul.textContent = "";
    problems.forEach(function (p) {
      var li = ul.appendChild(document.createElement("li"));
      li.textContent = format(p);
      if (p.kept && words.kept) {
        li.appendChild(document.createTextNode(" "));
        li.appendChild(document.createElement("em")).textContent = "(" + words.kept + ")";
      }
    });
    dress(el);
  }

  function dress(el) {
    style(el, { position: "fixed", left: "0", right: "0", top: "0", zIndex: "2147483647", maxHeight: "50vh",
      overflow: "auto", background: "#fff4f4", color: "#5c0000", borderBottom: "4px solid #c00",
      font: "15px/1.5 system-ui, sans-serif", padding: "12px 44px 12px 16px", boxShadow: "0 2px 8px rgba(0,0,0,.2)" });
    style(el.querySelector("strong"), { display: "block" });
    style(el.querySelector("ul"), { margin: "6px 0 0", paddingLeft: "20px", fontFamily: "ui-monospace, monospace", fontSize: "14px", whiteSpace: "pre-wrap", wordBreak: "break-word" });
    var b = el.querySelector("button");
    style(b, { position: "absolute", top: "6px", right: "8px", font: "24px/1 sans-serif", background: "none", border: "0", color: "inherit", cursor: "pointer", padding: "4px 8px" });
    b.onclick = function () { el.remove(); };
  }

  var first = document.getElementById("pustaka-problems");
  if (first) dress(first);

  // The root element's data-pustaka-live tells tools and tests whether the
  // stream is connected and its hello handled ("open"), or retrying ("retry").
  var root = document.documentElement;
  var es = new EventSource("/_pustaka/events?page=" + encodeURIComponent(location.pathname) + "&gen=" + gen);
  es.onerror = function () { root.dataset.pustakaLive = "retry"; };
  es.onmessage = function (e) {
    var m = JSON.parse(e.data);
    var changed = m.changed || [];
    // On (re)connect the server says hello with its identity, and whether
    // this page changed after the generation it was made in (we were away,
    // or connected just after a rebuild): reload if it restarted or if so.
    var placeholder = document.body.hasAttribute("data-pustaka-placeholder");
    if (m.hello && (m.server !== server || m.stale || placeholder && m.gen > gen)) { reload(); return; }
    if (m.hello && m.gen > gen) gen = m.gen;
    if (m.gen > gen) {
      if (changed.some(mine) || placeholder) { reload(); return; }
      var css = changed.filter(function (p) { return /\.css$/.test(p); });
      if (css.length) swapCSS(css, m.gen);
      gen = m.gen;
    }
    panel(m.problems || []);
    if (m.hello) root.dataset.pustakaLive = "open";
  };
})();

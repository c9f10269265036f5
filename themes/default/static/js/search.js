// Pustaka search page: live results from /api/search as you type (pages
// with their matching sections), facet filters behind a "Saring" button
// on small screens, keyboard navigation, and links that carry ?cari= so
// the page opened highlights the words. Without it the form still works
// (GET).
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form || !window.fetch) return;
  var $ = function (id) { return document.getElementById(id); };
  var q = $("q"), list = $("search-results"), facets = $("search-facets");
  var status = $("search-status"), down = $("search-unavailable");
  var L = JSON.parse($("search-labels").textContent);
  var saring = $("filter-toggle"), root = document.documentElement;
  var timer, seq = 0;
  var FILTERS = ["type", "status", "tag", "unit", "competency", "year"];
  function t(k) { return L[k] || k; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function date(s) {
    var d = new Date(s);
    if (!s || isNaN(d) || d.getFullYear() < 2) return "";
    return t("date.format").replace("{d}", d.getUTCDate()).replace("{m}", t("month." + (d.getUTCMonth() + 1))).replace("{y}", d.getUTCFullYear());
  }
  function params() {
    var p = new URLSearchParams(new FormData(form));
    Array.from(p.keys()).forEach(function (k) { if (!p.get(k)) p.delete(k); });
    return p;
  }
  // words lists the words a result's page should highlight, as the
  // server does: the query's (not excluded ones, nor filters) and the
  // forms the fragments mark, each once, at most 12.
  function words(query, h) {
    var out = [];
    function add(w) {
      w = w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
      if (w.length >= 2 && out.indexOf(w) < 0 && out.length < 12 && w.indexOf(":") < 0) out.push(w);
    }
    query.split(/\s+/).forEach(function (w) { if (w && w.charAt(0) !== "-") add(w); });
    var frags = (h.fragments || []).concat((h.sections || []).map(function (s) { return s.fragment || ""; }));
    frags.forEach(function (f) {
      var d = el("div");
      d.innerHTML = f; // server-escaped text with <mark> only
      d.querySelectorAll("mark").forEach(function (m) { add(m.textContent); });
    });
    return out.join(" ");
  }
  function hit(h, query) {
    var li = el("li", "hit"), a = el("a", "hit-link", h.title), w = words(query, h);
    var page = h.url + (w ? "?" + new URLSearchParams({ cari: w }).toString() : "");
    a.href = page;
    var meta = el("p", "hit-meta");
    meta.append(el("span", "type", t("type." + h.type)), " ");
    if (h.status) meta.appendChild(el("span", "badge badge-" + h.status, t("status." + h.status)));
    var ds = date(h.date);
    if (ds) meta.appendChild(document.createTextNode(" " + ds));
    li.append(a, meta);
    function frag(f) {
      var p = el("p", "frag");
      p.innerHTML = f; // server-escaped text with <mark> only
      return p;
    }
    if (h.sections && h.sections.length) {
      var ul = el("ul", "hit-sections");
      h.sections.forEach(function (s) {
        var sa = el("a", null, s.heading || t("search.intro"));
        sa.href = page + (s.anchor ? "#" + s.anchor : "");
        var item = el("li");
        item.appendChild(sa);
        if (s.fragment) item.appendChild(frag(s.fragment));
        ul.appendChild(item);
      });
      li.appendChild(ul);
    } else {
      (h.fragments || []).forEach(function (f) { li.appendChild(frag(f)); });
    }
    return li;
  }
  // count shows on the "Saring" button how many filters are in force.
  function count(p) {
    var n = FILTERS.filter(function (k) { return p.get(k); }).length;
    if (saring) saring.querySelector(".filter-count").textContent = n ? n : "";
  }
  function facet(f) {
    var sec = el("section"), ul = el("ul"), cur = params();
    sec.appendChild(el("h2", null, t("facet." + f.name)));
    f.values.forEach(function (v) {
      var on = cur.getAll(f.name).indexOf(v.value) >= 0, a = el("a", on ? "on" : "");
      var label = f.name === "type" || f.name === "status" ? t(f.name + "." + v.value) : v.value;
      a.append(label + " ", el("span", "count", v.count));
      a.href = "?" + toggle(cur, f.name, v.value, on);
      if (on) a.setAttribute("aria-current", "true");
      a.addEventListener("click", function (e) { e.preventDefault(); setFilter(f.name, on ? "" : v.value); });
      ul.appendChild(el("li")).appendChild(a);
    });
    sec.appendChild(ul);
    return sec;
  }
  function toggle(p, name, value, on) {
    var c = new URLSearchParams(p);
    if (on) c.delete(name); else c.set(name, value);
    return c.toString();
  }
  function setFilter(name, value) {
    var f = form.elements[name];
    if (!f) { f = el("input"); f.type = "hidden"; f.name = name; form.appendChild(f); }
    f.value = value;
    run(true);
  }
  function stale() {
    [].forEach.call(document.querySelectorAll(".suggest, .notice-error, .pager"), function (e) { e.remove(); });
  }
  function more(r, p) {
    var page = +(p.get("page") || 1);
    if (r.total <= page * (r.hits || []).length) return;
    p.set("page", page + 1);
    var nav = el("nav", "pager"), a = el("a", null, t("search.next") + " \u2192");
    nav.setAttribute("aria-label", t("search.pages"));
    a.href = "?" + p.toString();
    a.rel = "next";
    nav.appendChild(a);
    list.parentNode.after(nav);
  }
  function show(r, p) {
    down.hidden = true;
    stale();
    more(r, p);
    list.replaceChildren.apply(list, (r.hits || []).map(function (h) { return hit(h, p.get("q") || ""); }));
    if (r.facets !== undefined) facets.replaceChildren.apply(facets, (r.facets || []).filter(function (f) { return f.values && f.values.length; }).map(facet));
    var msg = r.total ? r.total + " " + t("search.results") : t("search.none");
    var s = r.suggestion, a = el("a", null, s);
    a.href = "?" + new URLSearchParams({ q: s, from: p.get("q") });
    status.textContent = msg;
    if (s) status.append(" " + t("search.suggestion") + " ", a);
  }
  // run searches; while typing (withFacets false) the server skips the
  // facet counts, which a pause in typing then fetches.
  function run(withFacets) {
    var p = params(), n = ++seq;
    history.replaceState(null, "", "?" + p.toString());
    count(p);
    if (!p.get("q")) { list.replaceChildren(); facets.replaceChildren(); status.textContent = ""; return; }
    status.textContent = t("search.loading");
    var api = new URLSearchParams(p);
    if (!withFacets) api.set("facets", "0");
    fetch("/api/search?" + api.toString(), { headers: { Accept: "application/json" } })
      .then(function (res) {
        if (!res.ok && res.status !== 400) throw new Error(res.status);
        return res.json();
      })
      .then(function (r) {
        if (n !== seq) return;
        if (r.error) { stale(); status.textContent = r.error; return; }
        show(r, p);
      })
      .catch(function () { if (n === seq) { down.hidden = false; status.textContent = ""; } });
  }
  var facetTimer;
  form.addEventListener("input", function () {
    clearTimeout(timer); clearTimeout(facetTimer);
    timer = setTimeout(function () { run(false); }, 150);
    facetTimer = setTimeout(function () { run(true); }, 600);
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); clearTimeout(timer); clearTimeout(facetTimer); run(true); });
  form.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" && e.target === q) { move(0); e.preventDefault(); }
  });
  list.addEventListener("keydown", function (e) {
    var links = [].slice.call(list.querySelectorAll("a.hit-link"));
    var i = links.indexOf(document.activeElement);
    if (i < 0) return;
    if (e.key === "ArrowDown") { move(i + 1); e.preventDefault(); }
    if (e.key === "ArrowUp") { if (i === 0) q.focus(); else move(i - 1); e.preventDefault(); }
  });
  function move(i) {
    var links = list.querySelectorAll("a.hit-link");
    if (links[i]) links[i].focus();
  }
  // On small screens the filters wait behind the "Saring" button, so the
  // results come first (CSS hides them under .js-search until opened).
  if (saring) {
    saring.hidden = false;
    root.classList.add("js-search");
    saring.addEventListener("click", function () {
      var open = root.classList.toggle("filters-open");
      saring.setAttribute("aria-expanded", open ? "true" : "false");
    });
    count(params());
  }
  if (q.value && !list.children.length) run(true);
})();

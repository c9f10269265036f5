// Pustaka soal.js: self-check questions, exam mode and learning progress.
// Progress is kept in this device's localStorage only: no requests, no
// cookies, nothing personal leaves the device. Storage (one key):
//   {m: {moduleURL: {q: {id: {h: hash, a: answer, ok: bool}}, d: "2026-12-03"
//        (finished on), s: right, n: questions, x: submitted (exam)}},
//    c: {moduleURL: {"week-i": true}} (mentoring checklist), nama, nip}
(function () {
  "use strict";
  var KEY = "pustaka.kemajuan.v1";
  var T = {};
  try { T = JSON.parse(document.getElementById("soal-teks").textContent); } catch (e) {}
  function t(k, v) {
    var s = T[k] || k;
    for (var x in v) s = s.split("{" + x + "}").join(v[x]);
    return s;
  }
  function load() {
    try {
      var d = JSON.parse(localStorage.getItem(KEY));
      if (d && typeof d.m === "object") { d.c = d.c || {}; return d; }
    } catch (e) {}
    return { m: {}, c: {} };
  }
  var data = load();
  function save() { try { localStorage.setItem(KEY, JSON.stringify(data)); } catch (e) {} }
  function $$(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function today() { var d = new Date(); return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()); }
  function fmtDate(iso) {
    var p = (iso || "").split("-");
    if (p.length !== 3) return iso || "";
    return t("date.format", { d: +p[2], m: t("month." + +p[1]), y: p[0] });
  }
  function norm(s) { return s.toLowerCase().replace(/\s+/g, " ").trim(); }
  function done(url) { var m = data.m[url]; return !!(m && m.d); }
  function say(msg) {
    var toast = document.getElementById("toast");
    if (!toast) return;
    toast.textContent = msg;
    toast.classList.add("show");
    setTimeout(function () { toast.classList.remove("show"); }, 2500);
  }

  // ---- questions of a module page ----
  var box = document.getElementById("kemajuan");
  var qs = $$(".soal[data-soal]");
  var url = box ? box.dataset.url : location.pathname;
  var exam = !!(box && box.hasAttribute("data-exam"));
  var pass = box ? +box.dataset.pass || 100 : 100;

  function rec() { return data.m[url] || (data.m[url] = { q: {} }); }
  function answer(q) {
    if (q.dataset.kind === "short") return q.querySelector("input[type=text]").value;
    return $$("input:checked", q).map(function (i) { return i.value; });
  }
  function blank(a) { return typeof a === "string" ? !norm(a) : !a.length; }
  function setAnswer(q, a) {
    if (q.dataset.kind === "short") { q.querySelector("input[type=text]").value = a || ""; return; }
    $$("input", q).forEach(function (i) { i.checked = !!a && a.indexOf(i.value) >= 0; });
  }
  function grade(q, a) {
    if (q.dataset.kind === "short") {
      var acc = JSON.parse(q.querySelector("[data-accept]").dataset.accept);
      return acc.indexOf(norm(a)) >= 0;
    }
    return $$("input", q).every(function (i) { return i.hasAttribute("data-ok") === (a.indexOf(i.value) >= 0); });
  }
  function partly(q, a) {
    return q.dataset.kind === "multiple" && $$("input", q).some(function (i) { return i.hasAttribute("data-ok") && a.indexOf(i.value) >= 0; });
  }
  // feedback writes the verdict, the chosen options' feedback and the
  // explanation into the question's live region.
  function feedback(q, a, ok) {
    var out = q.querySelector(".soal-umpan"), key = q.querySelector(".soal-kunci");
    out.textContent = "";
    q.classList.toggle("soal-benar", ok === true);
    q.classList.toggle("soal-salah", ok === false);
    if (ok == null) return;
    var v = el("p", "soal-vonis");
    v.appendChild(el("strong", null, ok ? t("soal.right") : partly(q, a) ? t("soal.partly") : t("soal.wrong")));
    out.appendChild(v);
    if (typeof a !== "string") a.forEach(function (x) {
      var li = key.querySelector('li[data-opt="' + x + '"]');
      if (li) out.appendChild(el("p", null, li.textContent));
    });
    if (exam || ok) out.appendChild(el("p", null, key.querySelector(".soal-jawab").textContent));
    out.appendChild(el("p", null, key.querySelector(".soal-pj").textContent));
  }
  function lock(on) {
    qs.forEach(function (q) { $$("input", q).forEach(function (i) { i.disabled = on; }); });
  }
  function check(q) {
    var a = answer(q), r = rec();
    if (blank(a)) {
      q.querySelector(".soal-umpan").textContent = t("soal.choose");
      return;
    }
    var ok = grade(q, a);
    r.q[q.dataset.soal] = { h: q.dataset.hash, a: a, ok: ok };
    feedback(q, a, ok);
    save();
    score();
  }
  // score shows "4 dari 5 benar" and finishes the module at the pass mark.
  function score() {
    if (!box) return;
    var r = data.m[url], out = box.querySelector(".kemajuan-skor");
    var n = qs.length, right = 0, checked = 0;
    qs.forEach(function (q) {
      var s = r && r.q[q.dataset.soal];
      if (s && s.ok != null) { checked++; if (s.ok) right++; }
    });
    var lines = [];
    if (n && (checked || (r && r.x))) lines.push(t("soal.score", { n: right, t: n }));
    if (n && checked === n && (!exam || r.x)) {
      var pct = right * 100 / n;
      if (pct >= pass) {
        if (!r.d) r.d = today();
        if (!r.n || right >= r.s) { r.s = right; r.n = n; }
        lines.push(t("soal.passed", { p: pass }));
      } else {
        lines.push(t("soal.notpassed", { p: pass }));
      }
      save();
    }
    if (r && r.d) lines.push(t("soal.finished", { d: fmtDate(r.d) }));
    out.textContent = lines.join(" ");
    out.hidden = !lines.length;
    if (exam && n) {
      var sub = !!(r && r.x);
      lock(sub);
      box.querySelector('[data-aksi="submit"]').hidden = sub;
      qs.forEach(function (q) { q.querySelector(".soal-kunci").hidden = !sub; });
    }
    var mark = box.querySelector('[data-aksi="mark"]');
    if (mark) {
      mark.setAttribute("aria-pressed", r && r.d ? "true" : "false");
      mark.textContent = r && r.d ? t("soal.unmark") : t("soal.markdone");
    }
    marks();
  }
  function restore() {
    var r = data.m[url], ids = {}, changed = false;
    qs.forEach(function (q) {
      var id = q.dataset.soal, s = r && r.q[id];
      ids[id] = true;
      if (s && s.h !== q.dataset.hash) { delete r.q[id]; s = null; changed = true; } // the question changed: reset it only
      setAnswer(q, s ? s.a : null);
      feedback(q, s ? s.a : null, s ? s.ok : null);
    });
    if (r && qs.length) for (var id in r.q) if (!ids[id]) { delete r.q[id]; changed = true; }
    if (changed) save();
  }
  function retry() {
    var r = rec();
    r.q = {};
    delete r.x;
    save();
    lock(false);
    restore();
    score();
    if (qs[0]) qs[0].querySelector("input").focus();
  }
  function submit() {
    var r = rec();
    qs.forEach(function (q) {
      var a = answer(q);
      r.q[q.dataset.soal] = { h: q.dataset.hash, a: a, ok: !blank(a) && grade(q, a) };
      feedback(q, a, r.q[q.dataset.soal].ok);
      if (blank(a)) q.querySelector(".soal-vonis").appendChild(el("span", null, " " + t("soal.none")));
    });
    r.x = true;
    save();
    score();
    box.querySelector(".kemajuan-skor").focus();
  }
  function remember(q) {
    var r = rec(), a = answer(q);
    r.q[q.dataset.soal] = { h: q.dataset.hash, a: a }; // answered, not yet checked
    feedback(q, a, null);
    save();
    score();
  }

  if (box) {
    qs.forEach(function (q) {
      var act = q.querySelector(".soal-aksi");
      if (!exam) act.hidden = false;
      act.querySelector("button").addEventListener("click", function () { check(q); });
      q.addEventListener("change", function () { if (!exam || !rec().x) remember(q); });
      var text = q.querySelector("input[type=text]");
      if (text) {
        text.addEventListener("input", function () { remember(q); });
        text.addEventListener("keydown", function (e) {
          if (e.key === "Enter") { e.preventDefault(); if (!exam) check(q); }
        });
      }
    });
    box.querySelector(".kemajuan-skor").tabIndex = -1;
    box.hidden = false;
    box.querySelector(".kemajuan-aksi").hidden = false;
    box.addEventListener("click", function (e) {
      var b = e.target.closest("button[data-aksi]");
      if (!b) return;
      var a = b.dataset.aksi;
      if (a === "retry") retry();
      if (a === "submit") submit();
      if (a === "mark") {
        var r = rec();
        if (r.d) delete r.d; else r.d = today();
        save();
        score();
      }
    });
    restore();
    score();
    prereq();
  }
  function prereq() {
    var out = document.querySelector(".kemajuan-pre"), missing = [];
    if (!out) return;
    (box.dataset.pre || "").split(" ").forEach(function (u) {
      if (!u || done(u)) return;
      var a = document.querySelector('a[href="' + u + '"]');
      missing.push(a ? a.textContent : u);
    });
    out.textContent = missing.length ? t("soal.prereq") + " " + missing.join(", ") : "";
    out.hidden = !missing.length;
  }

  // ---- completion marks, path counts, sheet, mentoring checklist ----
  function marks() {
    $$(".path li a, .list li > a, .prevnext a, .lembar-tabel a").forEach(function (a) {
      var on = done(a.getAttribute("href")), m = a.querySelector(".tanda-selesai");
      if (on && !m) {
        m = el("span", "tanda-selesai");
        m.appendChild(el("span", null, "✓")).setAttribute("aria-hidden", "true");
        m.appendChild(document.createTextNode(" " + t("soal.done")));
        a.appendChild(document.createTextNode(" "));
        a.appendChild(m);
      } else if (!on && m) {
        a.removeChild(m);
      }
    });
    $$(".kemajuan-jalur[data-modul]").forEach(function (p) {
      var us = p.dataset.modul.split(" ").filter(Boolean);
      p.textContent = t("soal.pathcount", { n: us.filter(done).length, t: us.length });
      p.hidden = false;
    });
    $$("[data-sheet] tr[data-url]").forEach(function (tr) {
      var r = data.m[tr.dataset.url];
      tr.querySelector(".lembar-tgl").textContent = r && r.d ? fmtDate(r.d) : "";
      tr.querySelector(".lembar-skor").textContent = r && r.d && r.n ? r.s + "/" + r.n + " (" + Math.round(r.s * 100 / r.n) + " %)" : "";
    });
    var jp = document.querySelector(".lembar-jp");
    if (jp) {
      var min = 0;
      $$("[data-sheet] tr[data-url]").forEach(function (tr) { if (done(tr.dataset.url)) min += +tr.dataset.menit; });
      var tenths = Math.round(min * 10 / 45);
      jp.textContent = Math.floor(tenths / 10) + (tenths % 10 ? t("number.decimal") + tenths % 10 : "");
    }
  }
  $$(".mentoring[data-url]").forEach(function (sec) {
    var c = data.c[sec.dataset.url] || {};
    $$("input[data-cek]", sec).forEach(function (i) {
      i.checked = !!c[i.dataset.cek];
      i.addEventListener("change", function () {
        var cc = data.c[sec.dataset.url] || (data.c[sec.dataset.url] = {});
        if (i.checked) cc[i.dataset.cek] = true; else delete cc[i.dataset.cek];
        save();
      });
    });
  });
  $$("[data-sheet]").forEach(function (sh) {
    ["nama", "nip"].forEach(function (k) {
      var i = sh.querySelector("[data-" + k + "]");
      i.value = data[k] || "";
      i.addEventListener("input", function () { data[k] = i.value; save(); });
    });
  });
  $$(".kemajuan-aksi, [data-sheet] [data-aksi=clear]").forEach(function (e) { e.hidden = false; });
  document.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest("button[data-aksi]");
    if (!b) return;
    if (b.dataset.aksi === "print") window.print();
    if (b.dataset.aksi !== "clear" || !window.confirm(t("soal.confirmclear"))) return;
    try { localStorage.removeItem(KEY); } catch (err) {}
    data = { m: {}, c: {} };
    $$("input[data-cek]").forEach(function (i) { i.checked = false; });
    $$("[data-nama], [data-nip]").forEach(function (i) { i.value = ""; });
    if (box) { lock(false); restore(); score(); prereq(); } else marks();
    say(t("soal.cleared"));
  });
  marks();
})();

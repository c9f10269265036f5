// Pustaka offline reading (config.yaml offline: true), published as /sw.js.
// Network first: a reader online always gets the current page, and every
// page and search answer they open is kept. Offline, the kept copy is
// served, marked so that the page says it may be out of date.
"use strict";
var CACHE = "pustaka-offline-1";
self.addEventListener("install", function () { self.skipWaiting(); });
self.addEventListener("activate", function (e) { e.waitUntil(self.clients.claim()); });
self.addEventListener("fetch", function (e) {
  var r = e.request, url = new URL(r.url);
  if (r.method !== "GET" || url.origin !== location.origin) return;
  if ((r.headers.get("accept") || "").indexOf("text/event-stream") >= 0) return; // live reload
  e.respondWith(fetch(r).then(function (res) {
    if (res.ok && res.type === "basic") {
      var copy = res.clone();
      caches.open(CACHE).then(function (c) { c.put(r, copy); });
    }
    return res;
  }).catch(function (err) {
    return caches.match(r).then(function (hit) {
      if (!hit) throw err;
      if ((hit.headers.get("content-type") || "").indexOf("text/html") < 0) return hit;
      return hit.text().then(function (html) {
        var kept = hit.headers.get("date") || "";
        return new Response(html.replace("<html", '<html data-offline-copy="' + kept.replace(/"/g, "") + '"'),
          { status: hit.status, headers: hit.headers });
      });
    });
  }));
});

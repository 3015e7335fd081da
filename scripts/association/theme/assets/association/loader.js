/* Run Material's bundle and the site's scripts once the page is on screen (inlined at the end
   of every page by adapter/scripts.py; the tags it loads wait as <script type="text/plain"
   data-av-src>). On a phone on a slow connection, a script at the end of <body> is fetched
   alongside the stylesheets and runs before the first paint: the text waits for 35 kB of
   JavaScript that only adds search, the palette toggle and the header's behaviour.
   Material starts on DOMContentLoaded, which has passed by then: a listener for it added
   later runs at once, in its own task, as it would have had the event still been to come. */
(function () {
  var add = document.addEventListener;
  document.addEventListener = function (type, listener, options) {
    if (type !== "DOMContentLoaded" || document.readyState === "loading") return add.call(this, type, listener, options);
    setTimeout(function () {
      var event = new Event(type);
      if (typeof listener === "function") listener.call(document, event);
      else listener.handleEvent(event);
    });
  };
  var started = false;
  function start() {
    if (started) return;
    started = true;
    document.querySelectorAll("script[data-av-src]").forEach(function (waiting) {
      var script = document.createElement("script");
      script.src = waiting.getAttribute("data-av-src");
      script.async = false; // in order, as they were written
      document.body.appendChild(script);
    });
  }
  function afterFrame() { requestAnimationFrame(function () { setTimeout(start); }); }
  if ("PerformanceObserver" in window && (PerformanceObserver.supportedEntryTypes || []).indexOf("paint") >= 0) {
    new PerformanceObserver(function (list) {
      if (list.getEntriesByName("first-contentful-paint").length) afterFrame();
    }).observe({ type: "paint", buffered: true });
  }
  // A tab opened in the background paints nothing until it is shown: start anyway.
  addEventListener("load", function () { setTimeout(start, 1000); });
})();

/* Keep "upcoming" true between daily builds: an item whose end time (data-av-ends, from the
   build) has passed moves from the upcoming list to "Net afgelopen"; an event page shows
   that it is over; a registration button closes after its deadline. No data is loaded. */
(function () {
  "use strict";
  var now = Date.now();
  function ended(iso) { return Date.parse(iso) <= now; }

  var target = document.querySelector("[data-av-past-target]");
  document.querySelectorAll("[data-av-upcoming] > [data-av-ends]").forEach(function (item) {
    if (!ended(item.getAttribute("data-av-ends"))) return;
    var list = item.parentNode;
    if (target) {
      target.querySelector("ol").appendChild(item);
      target.hidden = false;
    } else {
      item.remove();
    }
    if (!list.children.length && list.closest(".av-month-group")) list.closest(".av-month-group").remove();
  });

  var event = document.querySelector("[data-av-event-ends]");
  if (event && ended(event.getAttribute("data-av-event-ends"))) {
    var notice = event.querySelector("[data-av-past-notice]");
    if (notice) notice.hidden = false;
    var registration = event.querySelector("[data-av-registration]");
    if (registration) registration.hidden = true;
  }
  document.querySelectorAll("[data-av-deadline]").forEach(function (block) {
    if (!ended(block.getAttribute("data-av-deadline"))) return;
    var open = block.querySelector("[data-av-open]");
    var closed = block.querySelector("[data-av-closed]");
    if (open) open.hidden = true;
    if (closed) closed.hidden = false;
  });
})();

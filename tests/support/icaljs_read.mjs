// Reads .ics files with ical.js (the parser of Thunderbird and many web calendars) and prints,
// per file, every occurrence of every VEVENT as JSON: the start instant in UTC as ical.js
// computes it from the file's OWN VTIMEZONE components (nothing else is registered), so a
// wrong or incomplete VTIMEZONE shows as a wrong instant.
//
// Usage: node icaljs_read.mjs FILE.ics [FILE.ics ...]   (prints {"FILE.ics": {...}, ...})
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const LIMIT = 200; // occurrences per series, more than any test site has

function instant(time) {
  if (time.isDate) return { date: time.toString() };
  if (time.zone === ICAL.Timezone.localTimezone || time.zone == null) {
    return { floating: time.toString() };
  }
  return { utc: new Date(time.toUnixTime() * 1000).toISOString().replace(".000Z", "Z") };
}

function read(path) {
  ICAL.TimezoneService.reset();
  const root = new ICAL.Component(ICAL.parse(readFileSync(path, "utf8")));
  if (root.name !== "vcalendar") throw new Error(`${path}: no VCALENDAR`);
  const zones = root.getAllSubcomponents("vtimezone");
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = [];
  const vevents = root.getAllSubcomponents("vevent");
  const overrides = vevents.filter((v) => v.hasProperty("recurrence-id"));
  for (const vevent of vevents) {
    if (vevent.hasProperty("recurrence-id")) continue;
    const event = new ICAL.Event(vevent);
    for (const o of overrides) {
      if (o.getFirstPropertyValue("uid") === event.uid) event.relateException(o);
    }
    const occurrences = [];
    if (event.isRecurring()) {
      const it = event.iterator();
      for (let next = it.next(), n = 0; next && n < LIMIT; next = it.next(), n++) {
        const details = event.getOccurrenceDetails(next);
        occurrences.push({
          start: instant(details.startDate),
          end: details.endDate ? instant(details.endDate) : null,
          recurrence_id: instant(details.recurrenceId),
          status: details.item.component.getFirstPropertyValue("status"),
        });
      }
    } else {
      occurrences.push({
        start: instant(event.startDate),
        end: event.endDate ? instant(event.endDate) : null,
        recurrence_id: null,
        status: vevent.getFirstPropertyValue("status"),
      });
    }
    events.push({ uid: event.uid, summary: event.summary, occurrences });
  }
  return { zones: zones.map((z) => z.getFirstPropertyValue("tzid")), events };
}

const out = {};
for (const path of process.argv.slice(2)) out[path] = read(path);
process.stdout.write(JSON.stringify(out));

// Lighthouse (mobile, its default: a Moto G Power on slow 4G, simulated throttling) on
// several pages in one Chromium, accessibility and performance in the same run.
// Usage: CHROME_PATH=/usr/bin/chromium node lighthouse.mjs URL [URL ...]
// Prints {"URL": {"accessibility": {"score": 1, "failed": [{"id", "title"}]},
//                 "performance": {"score": 0.99, "metrics": {"lcp": ms, ...},
//                                 "bytes": {"document": n, "script": n, ...}, "lcpElement": "..."}}}.
// Byte counts are what went over the wire (transfer size: compressed where the server compresses).
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const flags = [
  "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-quic",
];
const METRICS = {
  fcp: "first-contentful-paint", lcp: "largest-contentful-paint", tbt: "total-blocking-time",
  cls: "cumulative-layout-shift", si: "speed-index",
};

function accessibility(lhr) {
  return {
    score: lhr.categories.accessibility.score,
    failed: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary" && a.id in accessibilityAudits(lhr))
      .map((a) => ({ id: a.id, title: a.title })),
  };
}

function accessibilityAudits(lhr) {
  return Object.fromEntries(lhr.categories.accessibility.auditRefs.map((ref) => [ref.id, true]));
}

function performance(lhr) {
  const bytes = {};
  for (const item of lhr.audits["resource-summary"].details.items) {
    if (item.resourceType !== "total") bytes[item.resourceType] = item.transferSize;
  }
  const lcpItems = lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items ?? [];
  return {
    score: lhr.categories.performance.score,
    metrics: Object.fromEntries(Object.entries(METRICS).map(([key, id]) => [key, lhr.audits[id].numericValue])),
    bytes,
    lcpElement: lcpItems[0]?.node?.snippet ?? null,
  };
}

const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH, chromeFlags: flags });
const out = {};
try {
  for (const url of process.argv.slice(2)) {
    const result = await lighthouse(url, {
      port: chrome.port, onlyCategories: ["accessibility", "performance"], logLevel: "error", output: "json",
    });
    out[url] = { accessibility: accessibility(result.lhr), performance: performance(result.lhr) };
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(out));

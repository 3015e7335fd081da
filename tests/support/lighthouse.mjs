// Lighthouse's accessibility audit (mobile, its default) of several pages in one Chromium.
// Usage: CHROME_PATH=/usr/bin/chromium node lighthouse.mjs URL [URL ...]
// Prints {"URL": {"score": 1, "failed": [{"id": ..., "title": ...}]}, ...}.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const flags = [
  "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-quic",
];
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH, chromeFlags: flags });
const out = {};
try {
  for (const url of process.argv.slice(2)) {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ["accessibility"], logLevel: "error", output: "json" });
    const audits = Object.values(result.lhr.audits);
    out[url] = {
      score: result.lhr.categories.accessibility.score,
      failed: audits.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
        .map((a) => ({ id: a.id, title: a.title })),
    };
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(out));

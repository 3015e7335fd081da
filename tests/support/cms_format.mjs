// Runs the browser editor's file format (theme/cms/format.js) under Node, as the editor
// runs it: `node cms_format.mjs <dir with format.js and yaml/> <cases.json>`. Each case is
// {kind: "md"|"yaml", text, changes?: {field: value | null}, order?: [...]}; prints the
// text written back for each, as JSON.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [dir, casesFile] = process.argv.slice(2);
const format = await import(pathToFileURL(`${dir}/format.js`).href);
const cases = JSON.parse(readFileSync(casesFile, "utf8"));
const out = cases.map(({ kind, text, changes = {}, order = [] }) => {
  const data = kind === "md" ? format.fromMarkdown(text) : format.fromYaml(text);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete data[key];
    else data[key] = value;
  }
  return kind === "md" ? format.toMarkdown(data, order) : format.toYaml(data, order);
});
process.stdout.write(JSON.stringify(out));

// The editor's file format: front matter and Markdown, written back so that a field the
// edit did not touch keeps its exact lines (comments, quotes, [flow] lists, line breaks),
// and an optional field left empty is left out, as an editor writing by hand would.
// Decap's own format rewrites the whole header in its own style.
import { parseDocument, stringify } from "./yaml/index.js";

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*(\r?\n|$)/m;
const ORIGINAL = "__association_original";
const YAML_OPTIONS = { lineWidth: 0, version: "1.2" };

function blank(value) {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.values(value).every(blank);
  return false;
}

function withoutBlanks(value) {
  if (Array.isArray(value)) return value.map(withoutBlanks);
  if (value && typeof value === "object") {
    const kept = {};
    for (const [k, v] of Object.entries(value)) if (!blank(v)) kept[k] = withoutBlanks(v);
    return kept;
  }
  return value;
}

function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false };

function lineStart(text, at) {
  return text.lastIndexOf("\n", at - 1) + 1;
}

function lineEnd(text, at) {
  const end = text.indexOf("\n", at);
  return end < 0 ? text.length : end + 1;
}

function entry(key, value, eol) {
  return stringify({ [key]: withoutBlanks(value) }, STRINGIFY).replace(/\n/g, eol);
}

// The header as YAML: the original text with only the lines of changed keys replaced,
// removed or added; every other byte stays as it was.
export function header(text, data, order, eol = "\n") {
  const keys = [...order.filter((k) => k in data), ...Object.keys(data).filter((k) => !order.includes(k))];
  if (!text || !text.trim()) {
    return keys.filter((k) => !blank(data[k])).map((k) => entry(k, data[k], eol)).join("");
  }
  const doc = parseDocument(text, YAML_OPTIONS);
  const before = doc.toJS() || {};
  const edits = [];
  for (const pair of (doc.contents && doc.contents.items) || []) {
    const key = String(pair.key && pair.key.value);
    const last = pair.value && pair.value.range ? pair.value.range[1] : pair.key.range[1];
    const start = lineStart(text, pair.key.range[0]);
    const end = lineEnd(text, Math.max(last - 1, pair.key.range[0]));
    const value = data[key];
    if (!(key in data) || (blank(value) && !blank(before[key]))) edits.push([start, end, ""]);
    else if (!same(before[key], value) && !blank(value)) edits.push([start, end, entry(key, value, eol)]);
  }
  let out = text.endsWith("\n") ? text : text + eol;
  for (const [start, end, replacement] of edits.reverse()) out = out.slice(0, start) + replacement + out.slice(end);
  const added = keys.filter((k) => !(k in before) && !blank(data[k]));
  return out + added.map((k) => entry(k, data[k], eol)).join("");
}

// A file's own delimiters, line ends and byte-order mark are kept as they were.
export function fromMarkdown(content) {
  const bom = content.startsWith("\uFEFF") ? "\uFEFF" : "";
  const text = content.slice(bom.length);
  const open = text.match(OPEN);
  const rest = open ? text.slice(open[0].length) : "";
  const close = open ? rest.match(CLOSE) : null;
  if (!close) return { body: content, [ORIGINAL]: { front: null, body: content } };
  const front = rest.slice(0, close.index);
  const after = rest.slice(close.index + close[0].length);
  const gap = after.match(/^(\r?\n)*/)[0];
  const body = after.slice(gap.length);
  const eol = open[0].endsWith("\r\n") ? "\r\n" : "\n";
  const data = parseDocument(front, YAML_OPTIONS).toJS() || {};
  return { ...data, body, [ORIGINAL]: { bom, open: open[0], front, close: close[0], gap, body, eol } };
}

export function toMarkdown(data, order) {
  const { body = "", [ORIGINAL]: original, ...fields } = data;
  if (original && original.front !== null) {
    const front = header(original.front, fields, order || [], original.eol);
    let { close, gap } = original;
    if (body && !close.endsWith("\n")) [close, gap] = [close + original.eol, original.eol];
    return `${original.bom}${original.open}${front}${close}${gap}${body}`;
  }
  const front = header(null, fields, order || []);
  return front ? `---\n${front}---\n\n${body}` : body;
}

export function fromYaml(content) {
  const data = parseDocument(content, YAML_OPTIONS).toJS() || {};
  return { ...data, [ORIGINAL]: content };
}

export function toYaml(data, order) {
  const { [ORIGINAL]: original, ...fields } = data;
  return header(original || "", fields, order || []);
}

export { stringify };

// The browser editor of the site: our file format, previews in the site's own styles,
// then Decap starts (guard.js asked it to wait: window.CMS_MANUAL_INIT).
import { fromMarkdown, toMarkdown, fromYaml, toYaml } from "./format.js";

const script = document.querySelector("script[data-styles]");
const styles = JSON.parse(script.getAttribute("data-styles") || "[]");
const CMS = window.CMS;
const h = window.h;

CMS.registerCustomFormat("association", "md", { fromFile: fromMarkdown, toFile: toMarkdown });
CMS.registerCustomFormat("association-yaml", "yml", { fromFile: fromYaml, toFile: toYaml });
styles.forEach((url) => CMS.registerPreviewStyle(new URL(url, document.baseURI).href));

function text(entry, name) {
  const value = entry.getIn(["data", name]);
  return value == null ? "" : String(value);
}

function page(children) {
  return h("div", { className: "md-container" },
    h("main", { className: "md-main" },
      h("div", { className: "md-main__inner md-grid" },
        h("div", { className: "md-content" },
          h("article", { className: "md-content__inner md-typeset" }, children)))));
}

const Column = createClass({
  render() {
    const e = this.props.entry;
    const meta = [text(e, "date"), text(e, "category")].filter(Boolean).join(" · ");
    return page([
      h("h1", { key: "t" }, text(e, "title")),
      h("p", { key: "m", className: "av-meta" }, meta),
      text(e, "summary") ? h("p", { key: "s", className: "av-lead" }, text(e, "summary")) : null,
      h("div", { key: "b" }, this.props.widgetFor("body")),
    ]);
  },
});

const Event = createClass({
  render() {
    const e = this.props.entry;
    const when = [text(e, "start"), text(e, "end")].filter(Boolean).join(" tot ");
    const status = { cancelled: "Gaat niet door", postponed: "Uitgesteld" }[text(e, "status")];
    return page([
      h("h1", { key: "t" }, text(e, "title")),
      status ? h("p", { key: "x" }, h("strong", { className: "av-status" }, status)) : null,
      h("p", { key: "w", className: "av-meta" }, when + (text(e, "category") ? " · " + text(e, "category") : "")),
      h("div", { key: "b" }, this.props.widgetFor("body")),
    ]);
  },
});

const Plain = createClass({
  render() {
    const e = this.props.entry;
    return page([
      text(e, "title") ? h("h1", { key: "t" }, text(e, "title")) : null,
      h("div", { key: "b" }, this.props.widgetFor("body")),
    ]);
  },
});

CMS.registerPreviewTemplate("columns", Column);
CMS.registerPreviewTemplate("events", Event);
CMS.registerPreviewTemplate("koers", Plain);
CMS.registerPreviewTemplate("pages", Plain);
// Names for the few controls Decap leaves unnamed, so a screen reader can say what they
// are: the preview, the text editor and its "rich text" switch.
const NAMES = [
  ["iframe#preview-pane", "title", "Voorbeeld zoals op de site"],
  ["[data-slate-editor][contenteditable]", "aria-label", "Tekst"],
  ["button[role=switch]", "aria-label", "Rijke tekst in plaats van Markdown"],
];
new MutationObserver(() => {
  for (const [selector, attribute, value] of NAMES) {
    for (const element of document.querySelectorAll(selector)) {
      if (!element.hasAttribute(attribute)) element.setAttribute(attribute, value);
    }
  }
}).observe(document.body, { childList: true, subtree: true });

CMS.init();

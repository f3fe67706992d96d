/**
 * The markup of a served page as an element tree for the floor app's bound route
 * (scripts/bench-floor/app/markup/[name]/page.tsx), so `npm run bench:http` can measure what a bare
 * Next.js page with the same HTML body serves.
 */
import { parse } from "parse5";
import type { MarkupNode } from "./bench-floor/app/markup/markup-tree";

type Parsed = { nodeName: string; tagName?: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Parsed[]; content?: Parsed };

// What the page's HTML carries that is not its markup: the RSC payload and scripts (the bare page
// makes its own), styles and head elements.
const SKIPPED = new Set(["script", "template", "link", "style", "noscript", "meta", "title"]);
// HTML attribute → React prop, where React's name differs (React passes the others through as they are).
const PROP_NAMES: Record<string, string> = {
  class: "className", for: "htmlFor", tabindex: "tabIndex", autocomplete: "autoComplete", maxlength: "maxLength",
  minlength: "minLength", colspan: "colSpan", rowspan: "rowSpan", readonly: "readOnly", enctype: "encType",
  inputmode: "inputMode", spellcheck: "spellCheck", novalidate: "noValidate", autofocus: "autoFocus", datetime: "dateTime",
  "stroke-width": "strokeWidth", "stroke-linecap": "strokeLinecap", "stroke-linejoin": "strokeLinejoin",
  "fill-rule": "fillRule", "clip-rule": "clipRule",
};
// On an input React wants the uncontrolled names (what the server renders is the same attribute).
const INPUT_PROP_NAMES: Record<string, string> = { value: "defaultValue", checked: "defaultChecked" };
const BOOLEAN = new Set(["hidden", "disabled", "checked", "selected", "readonly", "required", "novalidate", "multiple", "autofocus", "open"]);

function styleObject(style: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const declaration of style.split(";")) {
    const at = declaration.indexOf(":");
    if (at < 0) continue;
    const name = declaration.slice(0, at).trim();
    out[name.startsWith("--") ? name : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = declaration.slice(at + 1).trim();
  }
  return out;
}

function convert(node: Parsed): MarkupNode | undefined {
  if (node.nodeName === "#text") return node.value ?? "";
  if (!node.tagName || SKIPPED.has(node.tagName)) return undefined;
  const props: Record<string, unknown> = {};
  for (const { name, value } of node.attrs ?? []) {
    if (name === "style") props.style = styleObject(value);
    else props[(node.tagName === "input" ? INPUT_PROP_NAMES[name] : undefined) ?? PROP_NAMES[name] ?? name] = BOOLEAN.has(name) ? true : value;
  }
  return [node.tagName, props, (node.childNodes ?? []).map(convert).filter((c): c is MarkupNode => c !== undefined)];
}

/**
 * The `<body>` of `html` (a whole document) as element trees, without its scripts, templates and
 * styles. Throws when the document has no body.
 */
export function bodyMarkup(html: string): MarkupNode[] {
  const document = parse(html) as unknown as Parsed;
  const body = document.childNodes?.find((n) => n.tagName === "html")?.childNodes?.find((n) => n.tagName === "body");
  if (!body) throw new Error("the document has no <body>");
  return (body.childNodes ?? []).map(convert).filter((c): c is MarkupNode => c !== undefined);
}

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderMarkup } from "./bench-floor/app/markup/markup-tree";
import { bodyMarkup } from "./bench-markup";

describe("bodyMarkup (the bound page of bench:http)", () => {
  it("gives back the body's markup without its scripts, as React renders it again", () => {
    const body = renderToStaticMarkup(
      createElement("main", { dir: "rtl", className: "p-2" },
        createElement("h1", { style: { marginInlineStart: "4px", "--bar": "60%" } as React.CSSProperties }, "الاجتماعات & <لقاءات>"),
        createElement("form", { noValidate: true },
          createElement("label", { htmlFor: "q" }, "بحث"),
          createElement("input", { id: "q", name: "q", defaultValue: "الهجرة", autoComplete: "off", maxLength: 80 }),
          createElement("input", { type: "checkbox", defaultChecked: true, disabled: true }),
          createElement("select", { name: "country", defaultValue: "ES" }, createElement("option", { value: "" }, "—"), createElement("option", { value: "ES" }, "إسبانيا")),
        ),
        createElement("table", null, createElement("tbody", null, createElement("tr", { "data-id": 7 }, createElement("td", { colSpan: 2, hidden: true }, "7")))),
        createElement("svg", { viewBox: "0 0 24 24", "aria-hidden": true }, createElement("use", { href: "/icons.svg#x" })),
      ),
    );
    const html = `<!DOCTYPE html><html><head><title>t</title><link rel="stylesheet" href="/a.css"></head><body>${body}<script>self.__next_f.push([1,"x"])</script><template id="P:1"></template></body></html>`;
    const tree = bodyMarkup(html);
    expect(renderToStaticMarkup(createElement("div", null, ...renderMarkup(tree)))).toBe(`<div>${body}</div>`);
    expect(JSON.stringify(tree)).not.toContain("__next_f");
  });

  it("refuses a document it cannot read a body from", () => {
    expect(() => bodyMarkup("<html><frameset></frameset></html>")).toThrow(/no <body>/);
  });
});

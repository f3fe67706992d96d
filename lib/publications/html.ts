/**
 * The document model as clean HTML: semantic headings (h1 title, h2 sections, h3/h4 below), lists,
 * description lists for a record's fields, tables with header cells; `lang` and `dir` on the root;
 * runs in the other script isolated in <bdi> (Latin names in Arabic text, Arabic titles in French
 * text). No class, style or script: the CMS applies its own. The app's preview and print view
 * show this same HTML, styled from outside.
 */
import { runsOf, splitScripts, type Block, type PublicationDocument, type RichText, type Section } from "./document";

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function inline(text: RichText, dir: "rtl" | "ltr"): string {
  return runsOf(text)
    .map((run) => {
      const html = splitScripts(run.text, dir)
        .map((piece) => (piece.foreign ? `<bdi>${escapeHtml(piece.text)}</bdi>` : escapeHtml(piece.text)))
        .join("");
      return run.strong ? `<strong>${html}</strong>` : html;
    })
    .join("");
}

function block(b: Block, dir: "rtl" | "ltr"): string {
  switch (b.kind) {
    case "paragraph":
      return `<p>${inline(b.text, dir)}</p>`;
    case "list": {
      const tag = b.ordered ? "ol" : "ul";
      return `<${tag}>\n${b.items.map((item) => `  <li>${inline(item, dir)}</li>`).join("\n")}\n</${tag}>`;
    }
    case "fields":
      return `<dl>\n${b.items
        .map((field) => {
          const value = field.values.length === 1 ? inline(field.values[0]!, dir) : `<ul>${field.values.map((v) => `<li>${inline(v, dir)}</li>`).join("")}</ul>`;
          return `  <dt>${inline(field.label, dir)}</dt>\n  <dd>${value}</dd>`;
        })
        .join("\n")}\n</dl>`;
    case "table":
      return [
        "<table>",
        b.caption ? `  <caption>${inline(b.caption, dir)}</caption>` : "",
        `  <thead><tr>${b.head.map((h) => `<th scope="col">${inline(h, dir)}</th>`).join("")}</tr></thead>`,
        `  <tbody>\n${b.rows.map((row) => `    <tr>${row.map((cell) => `<td>${inline(cell, dir)}</td>`).join("")}</tr>`).join("\n")}\n  </tbody>`,
        "</table>",
      ]
        .filter(Boolean)
        .join("\n");
  }
}

function section(s: Section, depth: number, dir: "rtl" | "ltr"): string {
  const level = Math.min(depth, 6);
  return [
    `<section id="${escapeHtml(s.anchor)}">`,
    `<h${level}>${inline(s.heading, dir)}</h${level}>`,
    ...s.blocks.map((b) => block(b, dir)),
    ...s.sections.map((child) => section(child, depth + 1, dir)),
    "</section>",
  ].join("\n");
}

/** The page as one <article lang dir> element, to paste into a CMS or show in the app. */
export function renderArticleHtml(doc: PublicationDocument): string {
  return [
    `<article lang="${doc.lang}" dir="${doc.dir}">`,
    `<header>\n<h1>${inline(doc.title, doc.dir)}</h1>\n<p>${inline(doc.subtitle, doc.dir)}</p>\n</header>`,
    ...doc.sections.map((s) => section(s, 2, doc.dir)),
    "</article>",
  ].join("\n");
}

/** The page as a standalone HTML file (UTF-8, `lang`/`dir` on <html>), for the download. */
export function renderHtmlDocument(doc: PublicationDocument): string {
  return [
    "<!doctype html>",
    `<html lang="${doc.lang}" dir="${doc.dir}">`,
    `<head>\n<meta charset="utf-8">\n<title>${escapeHtml(`${doc.title} — ${doc.subtitle}`)}</title>\n</head>`,
    "<body>",
    renderArticleHtml(doc),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

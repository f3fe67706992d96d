/**
 * The document model as a Word file (the `docx` package): real Word headings (Heading 1-4 styles,
 * so the navigation pane and a table of contents see them), bulleted lists, a Word table for the
 * agreements. An Arabic document has right-to-left paragraphs (`bidirectional`) and tables
 * (`visuallyRightToLeft`); Arabic runs are `rightToLeft`, Latin runs inside them stay separate
 * left-to-right runs, the same isolation as <bdi> in html.ts.
 */
import {
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { runsOf, splitScripts, type Block, type PublicationDocument, type RichText, type Section } from "./document";

const FONT = { ascii: "Arial", hAnsi: "Arial", cs: "Arial" };
const headingLevels = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5];

/**
 * Word has no isolate: after a run in the other script, a mark of the paragraph's direction
 * (U+200F RLM in Arabic, U+200E LRM in French) keeps the following punctuation and digits on the
 * paragraph's side (UAX #9), as <bdi> does in HTML.
 */
function runs(text: RichText, doc: PublicationDocument, bold = false): TextRun[] {
  const rtl = doc.dir === "rtl";
  const mark = rtl ? "\u200F" : "\u200E";
  return runsOf(text).flatMap((run) =>
    splitScripts(run.text, doc.dir).map(
      (piece) =>
        new TextRun({
          text: piece.foreign ? `${piece.text}${mark}` : piece.text,
          bold: bold || run.strong,
          // An Arabic run (own script in an Arabic document, foreign in a French one) is right to left.
          rightToLeft: rtl ? !piece.foreign : piece.foreign,
          font: FONT,
          language: { value: doc.lang, bidirectional: "ar-MA" },
        }),
    ),
  );
}

function paragraph(text: RichText, doc: PublicationDocument, options: { heading?: (typeof headingLevels)[number]; bullet?: number; bold?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: runs(text, doc, options.bold),
    heading: options.heading,
    bullet: options.bullet === undefined ? undefined : { level: options.bullet },
    bidirectional: doc.dir === "rtl",
    spacing: { after: 80 },
  });
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: "808080" };

function blocks(b: Block, doc: PublicationDocument): (Paragraph | Table)[] {
  switch (b.kind) {
    case "paragraph":
      return [paragraph(b.text, doc)];
    case "list":
      return b.items.map((item) => paragraph(item, doc, { bullet: 0 }));
    case "fields":
      return b.items.flatMap((field) =>
        field.values.length === 1
          ? [paragraph([{ text: `${field.label} `, strong: true }, ...runsOf(field.values[0]!)], doc)]
          : [paragraph([{ text: field.label, strong: true }], doc), ...field.values.map((v) => paragraph(v, doc, { bullet: 1 }))],
      );
    case "table":
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          visuallyRightToLeft: doc.dir === "rtl",
          borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder, insideHorizontal: cellBorder, insideVertical: cellBorder },
          rows: [
            new TableRow({
              tableHeader: true,
              children: b.head.map((h) => new TableCell({ children: [paragraph(h, doc, { bold: true })], shading: { fill: "E7E6E6" } })),
            }),
            ...b.rows.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [paragraph(cell, doc)] })) })),
          ],
        }),
        new Paragraph({ children: [] }),
      ];
  }
}

function section(s: Section, depth: number, doc: PublicationDocument): (Paragraph | Table)[] {
  return [
    paragraph(s.heading, doc, { heading: headingLevels[Math.min(depth, headingLevels.length - 1)] }),
    ...s.blocks.flatMap((b) => blocks(b, doc)),
    ...s.sections.flatMap((child) => section(child, depth + 1, doc)),
  ];
}

/**
 * Renders the document as a .docx file.
 * @returns the file's bytes (application/vnd.openxmlformats-officedocument.wordprocessingml.document)
 */
export async function renderDocx(doc: PublicationDocument): Promise<Buffer> {
  const file = new Document({
    creator: "Taawun",
    title: doc.title,
    description: doc.subtitle,
    styles: { default: { document: { run: { font: FONT, size: 22, sizeComplexScript: 22 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children: [
          paragraph(doc.title, doc, { heading: HeadingLevel.TITLE }),
          paragraph(doc.subtitle, doc),
          ...doc.sections.flatMap((s) => section(s, 1, doc)),
        ],
      },
    ],
  });
  return Packer.toBuffer(file);
}

/** Reading uploaded files: XLSX and CSV, and every refusal of a whole file. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES, readImportFile } from "./read-file";

async function xlsx(build: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet("data"));
  workbook.addWorksheet("second").addRow(["ignored"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("readImportFile: workbooks", () => {
  it("reads the first sheet: text, numbers, date cells, rich text, and a formula's cached value (never evaluated)", async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(["Date", "Ville", "Sujets abordés"]);
      sheet.addRow([new Date(Date.UTC(2018, 11, 5)), "Marrakech", { richText: [{ text: "Mobilité " }, { text: "circulaire", font: { bold: true } }] }]);
      sheet.addRow([43439, { formula: "UPPER(\"rabat\")", result: "RABAT" }, "x"]);
      sheet.addRow([]);
      sheet.addRow(["2017-04", { formula: "A1&B1" }, { error: "#N/A" }]);
    });
    const read = await readImportFile(bytes);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.sheet.format).toBe("xlsx");
    expect(read.sheet.headers).toEqual(["Date", "Ville", "Sujets abordés"]);
    expect(read.sheet.rows.map((r) => r.rowNumber)).toEqual([2, 3, 5]);
    expect(read.sheet.rows[0]!.cells).toEqual([{ kind: "date", iso: "2018-12-05" }, { kind: "text", text: "Marrakech" }, { kind: "text", text: "Mobilité circulaire" }]);
    expect(read.sheet.rows[1]!.cells.slice(0, 2)).toEqual([{ kind: "number", number: 43439 }, { kind: "text", text: "RABAT" }]);
    expect(read.sheet.rows[2]!.cells).toEqual([
      { kind: "text", text: "2017-04" },
      { kind: "error", code: "formulaNoValue", text: "A1&B1" },
      { kind: "error", code: "cellError", text: "#N/A" },
    ]);
  });

  it("refuses a corrupt workbook, a renamed PDF, an encrypted (OLE) file, an empty file and a file over 10 MB", async () => {
    const good = await xlsx((sheet) => sheet.addRow(["Date"]));
    expect((await readImportFile(good.slice(0, Math.floor(good.length / 2)))) ).toMatchObject({ ok: false, refusal: { code: "corrupt" } });
    const pdf = utf8("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    expect(await readImportFile(pdf)).toMatchObject({ ok: false, refusal: { code: "wrongType", params: { type: "PDF" } } });
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await readImportFile(cfb)).toMatchObject({ ok: false, refusal: { code: "passwordProtected" } });
    expect(await readImportFile(new Uint8Array())).toMatchObject({ ok: false, refusal: { code: "empty" } });
    expect(await readImportFile(new Uint8Array(MAX_IMPORT_BYTES + 1))).toMatchObject({ ok: false, refusal: { code: "tooLarge", params: { maxMb: 10 } } });
  });

  it("refuses a sheet with a header and no rows, and one with more than 10,000 rows", async () => {
    expect(await readImportFile(await xlsx((sheet) => sheet.addRow(["Date"])))).toMatchObject({ ok: false, refusal: { code: "noRows" } });
    const big = await xlsx((sheet) => {
      sheet.addRow(["Date"]);
      for (let i = 0; i < 10_001; i++) sheet.addRow(["2016"]);
    });
    expect(await readImportFile(big)).toMatchObject({ ok: false, refusal: { code: "tooManyRows", params: { max: 10_000 } } });
  });
});

describe("readImportFile: CSV", () => {
  it("reads UTF-8 with a byte-order mark, semicolons (French Excel), quoted fields with line breaks, and numbers rows as a spreadsheet does", async () => {
    const read = await readImportFile(utf8('\uFEFFالتاريخ;المدينة\r\n05/12/2018;"مراكش; المغرب"\r\n\r\n2016;"two\nlines"\r\n'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.sheet.format).toBe("csv");
    expect(read.sheet.headers).toEqual(["التاريخ", "المدينة"]);
    expect(read.sheet.rows).toEqual([
      { rowNumber: 2, cells: [{ kind: "text", text: "05/12/2018" }, { kind: "text", text: "مراكش; المغرب" }] },
      { rowNumber: 4, cells: [{ kind: "text", text: "2016" }, { kind: "text", text: "two\nlines" }] },
    ]);
  });

  it("reads back the text Taawun's CSV export guarded against formulas, and leaves other apostrophes alone", async () => {
    const read = await readImportFile(utf8("\uFEFFالهاتف,الملاحظة\r\n'+212 6 61 23 45 67,'=1+1\r\n'Ali',l'ambassade\r\n"));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.sheet.rows.map((r) => r.cells)).toEqual([
      [{ kind: "text", text: "+212 6 61 23 45 67" }, { kind: "text", text: "=1+1" }],
      [{ kind: "text", text: "'Ali'" }, { kind: "text", text: "l'ambassade" }],
    ]);
  });

  it("refuses binary content that is neither a workbook nor text", async () => {
    expect(await readImportFile(new Uint8Array([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10]))).toMatchObject({ ok: false, refusal: { code: "notText" } });
  });
});

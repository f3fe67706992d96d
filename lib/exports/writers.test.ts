/**
 * The two writers on small sheets, read back with exceljs and csv-parse: the CSV starts with a
 * byte-order mark, ends records with CRLF and quotes by RFC 4180; the XLSX is right to left for
 * Arabic with a frozen header row, a day is a date cell, a month stays text, an amount is exact.
 * The process runs in New York time: no date may shift.
 */
process.env.TZ = "America/New_York";
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { dateCell, defineSheet, moneyCell, type ExportCell } from "./sheet";
import { csvStream, xlsxStream } from "./writers";

type Row = { id: number; name: string; on: string | null; budget: number | null };

const rows: Row[] = [
  { id: 1, name: "وزارة الداخلية", on: "2018-01-04", budget: 12345678901234 },
  { id: 2, name: 'Fonds "Masar", phase 2', on: "2017-04", budget: 460000000 },
  { id: 3, name: "line one\nline two", on: "2016", budget: null },
  { id: 4, name: "", on: null, budget: 150 },
];

function sheetOf(data: Row[], pageSize = 2) {
  return defineSheet<Row>(
    "الاختبار",
    [
      { header: "المعرف", width: 8, value: (r) => r.id },
      { header: "الاسم", width: 30, value: (r) => r.name || null },
      { header: "التاريخ", width: 12, value: (r): ExportCell => dateCell(r.on) },
      { header: "الميزانية", width: 18, value: (r) => moneyCell(r.budget) },
    ],
    function* () {
      for (let i = 0; i < data.length; i += pageSize) yield data.slice(i, i + pageSize);
    },
  );
}

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

describe("CSV", () => {
  it("starts with a BOM, ends every record with CRLF and quotes by RFC 4180", async () => {
    const bytes = await bytesOf(csvStream(sheetOf(rows)));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.startsWith("المعرف,الاسم,التاريخ,الميزانية\r\n")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    // Quotes doubled inside a quoted field; a field with a comma or a line break is quoted.
    expect(text).toContain('2,"Fonds ""Masar"", phase 2",2017-04,4600000\r\n');
    expect(text).toContain('3,"line one\nline two",2016,\r\n');
    const records: string[][] = parse(text, { record_delimiter: "\r\n" });
    expect(records).toEqual([
      ["المعرف", "الاسم", "التاريخ", "الميزانية"],
      ["1", "وزارة الداخلية", "2018-01-04", "123456789012.34"],
      ["2", 'Fonds "Masar", phase 2', "2017-04", "4600000"],
      ["3", "line one\nline two", "2016", ""],
      ["4", "", "", "1.50"],
    ]);
  });

  it("never hands a spreadsheet a formula: text starting with = + - @ or a tab is prefixed with an apostrophe", async () => {
    const risky: Row[] = [
      { id: 1, name: '=HYPERLINK("http://evil.example","clic")', on: null, budget: null },
      { id: 2, name: "+212 6 61 23 45 67", on: null, budget: null },
      { id: 3, name: "-2+3", on: null, budget: null },
      { id: 4, name: "@SUM(A1:A9)", on: null, budget: null },
      { id: 5, name: "\tTab", on: null, budget: null },
      { id: 6, name: "Rabat = capitale", on: null, budget: 150 },
    ];
    const text = (await bytesOf(csvStream(sheetOf(risky)))).toString("utf8").slice(1);
    const records: string[][] = parse(text, { record_delimiter: "\r\n" });
    expect(records.slice(1).map((r) => r[1])).toEqual([
      `'=HYPERLINK("http://evil.example","clic")`,
      "'+212 6 61 23 45 67",
      "'-2+3",
      "'@SUM(A1:A9)",
      "'\tTab",
      "Rabat = capitale",
    ]);
    // Numbers and amounts are not text: they stay as they are.
    expect(records[1]?.[0]).toBe("1");
    expect(records[6]?.[3]).toBe("1.50");
  });

  it("writes the header alone for an empty selection", async () => {
    const text = (await bytesOf(csvStream(sheetOf([])))).toString("utf8");
    expect(text).toBe("\uFEFFالمعرف,الاسم,التاريخ,الميزانية\r\n");
  });
});

describe("XLSX", () => {
  async function workbookOf(rightToLeft: boolean, data = rows) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytesOf(xlsxStream([sheetOf(data), sheetOf(data.slice(0, 1))], { rightToLeft }))) as unknown as ArrayBuffer);
    return workbook;
  }

  it("is right to left for Arabic with a frozen bold header row and the column widths", async () => {
    const workbook = await workbookOf(true);
    expect(workbook.worksheets).toHaveLength(2);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("الاختبار");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1, rightToLeft: true });
    expect(sheet.getRow(1).values).toEqual([undefined, "المعرف", "الاسم", "التاريخ", "الميزانية"]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getColumn(2).width).toBe(30);
    expect(sheet.rowCount).toBe(5);
    expect((await workbookOf(false)).worksheets[0]!.views[0]).toMatchObject({ rightToLeft: false });
  });

  it("writes a day as a date cell, a month or a year as its text, an amount as an exact number", async () => {
    const sheet = (await workbookOf(true)).worksheets[0]!;
    const day = sheet.getCell("C2");
    expect(day.value).toBeInstanceOf(Date);
    expect((day.value as Date).toISOString()).toBe("2018-01-04T00:00:00.000Z");
    expect(day.numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getCell("C3").value).toBe("2017-04");
    expect(sheet.getCell("C4").value).toBe("2016");
    expect(sheet.getCell("C5").value).toBeNull();
    expect(sheet.getCell("D2").value).toBe(123456789012.34);
    expect(sheet.getCell("D3").value).toBe(4600000);
    expect(sheet.getCell("D4").value).toBeNull();
    expect(sheet.getCell("A2").value).toBe(1);
    expect(sheet.getCell("B2").value).toBe("وزارة الداخلية");
    expect(sheet.getCell("B4").value).toBe("line one\nline two");
  });
});

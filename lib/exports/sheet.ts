/**
 * What an export writes, independent of the file format: sheets of typed cells, read page by page
 * so that no export holds its whole selection in memory (lib/exports/writers.ts turns them into
 * XLSX or CSV).
 */

/**
 * One cell: text, a plain number (an id, a count), a date as the record stores it (partial ISO
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, lib/dates), or an amount in hundredths of its currency's
 * major unit (lib/money). null is an empty cell.
 */
export type ExportCell = string | number | null | { partialDate: string } | { hundredths: number };

/** A column: its header (already in the user's language), its width in characters, its value. */
export type ExportColumn<Row> = { header: string; width: number; value: (row: Row) => ExportCell };

/**
 * A sheet ready to write: headers, widths, and `pages()`, which starts a fresh walk over the rows
 * each time it is called (the XLSX writer reads a list twice for its second sheet) and yields
 * them a page (an array of cell rows) at a time.
 */
export type SheetSource = {
  name: string;
  headers: string[];
  widths: number[];
  pages: () => Iterable<ExportCell[][]>;
};

/** A sheet of `columns` over the rows `pages()` yields page by page. */
export function defineSheet<Row>(name: string, columns: ExportColumn<Row>[], pages: () => Iterable<Row[]>): SheetSource {
  return {
    name,
    headers: columns.map((c) => c.header),
    widths: columns.map((c) => c.width),
    pages: function* () {
      for (const page of pages()) yield page.map((row) => columns.map((c) => c.value(row)));
    },
  };
}

/** A partial date as a cell (empty when not stated). */
export function dateCell(value: string | null | undefined): ExportCell {
  return value ? { partialDate: value } : null;
}

/** An amount in hundredths as a cell (empty when not stated). */
export function moneyCell(hundredths: number | null | undefined): ExportCell {
  return hundredths === null || hundredths === undefined ? null : { hundredths };
}

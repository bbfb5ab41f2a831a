/**
 * What a workbook given to an importer may hold. A real park ledger (about 100 enterprises, 13 columns, a few
 * sheets) is under 1 MB unzipped, some 30 entries, 200 rows and 2,000 cells; the limits sit two orders of
 * magnitude above that so no real file meets them, and far below what freezes the server (a 396 KB file that
 * unzips to a 192 MB sheet of 12.8 million cells kept an import busy for 100 s at 4.3 GB).
 */
export const WORKBOOK_LIMITS = {
  /** Sum of the declared (and actually inflated) sizes of every entry of the zip. */
  uncompressedBytes: 20 * 1024 * 1024,
  /** Files inside the zip: a workbook of a few sheets has 10–40. */
  entries: 200,
  /** Rows of one sheet, by its <dimension ref> and by the rows and cells it holds. */
  sheetRows: 10_000,
  /** Columns of one sheet (100 = column CV). */
  sheetColumns: 100,
  /** <c> cells of every sheet together. */
  cells: 500_000,
} as const;

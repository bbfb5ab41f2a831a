/** The bytes are not a readable .xlsx workbook (random bytes, a CSV, a .docx, an old .xls, a damaged file). */
export class WorkbookReadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WorkbookReadError';
  }
}

/** Which limit of {@link WORKBOOK_LIMITS} a workbook exceeds, and the figures, for the user's error list. */
export interface WorkbookLimitBreach {
  /** What was measured, in Chinese: "解压后总大小", "工作表行数"… */
  measure: string;
  /** Where: an archive entry or a sheet's file name; null for the whole archive. */
  where: string | null;
  /** The figure found, as text with its unit ("192.0 MB", "12,800,000 个"). */
  found: string;
  /** The limit, as text with its unit. */
  allowed: string;
}

/**
 * The workbook is a well-formed zip but larger than any real ledger (a "zip bomb" expands a few hundred KB into
 * hundreds of MB), or its headers disagree with its content. Refused before it is expanded.
 */
export class WorkbookLimitError extends WorkbookReadError {
  constructor(readonly breach: WorkbookLimitBreach) {
    const where = breach.where ? `（${breach.where}）` : '';
    super(`工作簿超出导入限制：${breach.measure}${where}为 ${breach.found}，上限 ${breach.allowed}；正常的企业台账远小于此，请检查文件`);
    this.name = 'WorkbookLimitError';
  }
}

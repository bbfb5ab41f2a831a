import ExcelJS from 'exceljs';

/**
 * A table in the layout of table 10 as a park's workbook holds it, on sheet "表10": quantities (columns C–J) as
 * numbers, other cells as text (an 18-digit credit code would lose digits as a number), the header
 * groups merged (C2:F2, G2:J2) and 序号, 企业名称, 涉危废转移清单企业 merged over both header rows.
 */
export async function wasteWorkbook(rows: readonly (readonly string[])[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表10');
  for (const r of rows) ws.addRow(r.map((c, j) => (j >= 2 && j <= 9 && /^\d+(\.\d+)?$/.test(c) ? Number(c) : c)));
  for (const range of ['C2:F2', 'G2:J2', 'A2:A3', 'B2:B3', 'K2:K3']) ws.mergeCells(range);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

import { extname } from 'node:path';
import { decodeCsvBytes, LabResultsError, parseCsv, readLabResults, type LabResult, type LabSheet, type LabStandard } from '../../domain/monitoring/labResults/index.js';
import { readWorkbookGridInWorker } from '../../render/xlsx/readWorkbookGridInWorker.js';

/**
 * A lab report's file as rows: every sheet of a workbook (parsed in a worker, within the workbook limits) or the CSV
 * (UTF-8 or GB18030, one sheet without a name). @throws {LabResultsError} for another extension,
 * {@link WorkbookReadError} for a workbook that cannot be read
 */
export async function readLabSheets(fileName: string, bytes: Uint8Array): Promise<LabSheet[]> {
  const ext = extname(fileName).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') {
    throw new LabResultsError([{ file: fileName, value: ext || '（无扩展名）', expected: '.xlsx 工作簿或 .csv 文件' }]);
  }
  if (ext === '.csv') return [{ rows: parseCsv(decodeCsvBytes(bytes)) }];
  return (await readWorkbookGridInWorker(bytes)).sheets;
}

/**
 * A lab report's results, all or nothing (`readLabResults`); a workbook's merged point and date cells keep their
 * text in the first row only, so they are filled down. The one path the CLI and the import service share.
 */
export async function readLabResultsFile(fileName: string, bytes: Uint8Array, options: { standard?: LabStandard } = {}): Promise<LabResult[]> {
  const sheets = await readLabSheets(fileName, bytes);
  return readLabResults(fileName, sheets, { ...options, fillDownMerged: extname(fileName).toLowerCase() === '.xlsx' });
}

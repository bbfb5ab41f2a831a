import { buildLedgerTable } from '../../domain/ledger/buildLedgerTable.js';
import { parseLedgerTable, type LedgerIssue } from '../../domain/ledger/parseLedgerTable.js';
import { readWorkbookGridInWorker } from '../../render/xlsx/readWorkbookGridInWorker.js';
import { WorkbookLimitError, WorkbookReadError } from '../../render/xlsx/workbookErrors.js';
import { writeTableWorkbook } from '../../render/xlsx/writeTableWorkbook.js';
import { recordChange } from '../audit/recordChange.js';
import {
  getEnterpriseById,
  getEnterpriseIdByName,
  insertEnterprise,
  listEnterprisesOfPark,
  replaceEnterprise,
} from '../../store/queries/enterprises.js';
import { withTransaction, type ServiceContext } from '../context.js';
import { ServiceError, type ServiceIssue } from '../errors.js';
import { resolvePark } from '../parks/resolvePark.js';
import type { ImportResult } from './schemas.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHEET = '企业档案';

/** The instructions sheet of the template and of every export. */
const INSTRUCTIONS = [
  '填写说明',
  '1. 表格格式同年度自评估报告表1.3-1"园区企业环保执行情况汇总表"，前8列为报告表列，后5列为补充信息（可留空）。',
  '2. 一家企业有多个环评批复时，在下一行的"是否有环评手续（批复文号）"列填写其余文号，序号和企业名称留空（或与上一行合并单元格）。',
  '3. 在建、试生产、停产、已清退企业可放在"在建企业""试生产企业""停产企业""已清退企业"分节行之下，或在"企业状态"列注明。',
  '4. 可填写"是""否""/""\\"或留空：环评列写批复文号，登记表写"登记备案：备案号"；应急预案列写备案编号（如430426-2022-062-M）；排污许可列写22位许可证或登记编号。',
  '5. 行业类别填写《国民经济行业分类》(GB/T 4754-2017)的类别名称（如"电气机械和器材制造业"）或代码（如"C38"）。',
  '6. 导入时整表校验：任何一处错误都不会写入数据，错误清单会列出工作表、行、列、所填的值和应填写的内容。',
  '7. 按企业名称匹配：档案中已有的企业被更新，没有的企业被新增。',
];

/** Workbook of the park's whole enterprise file, in the layout of table 1.3-1 plus the extra columns. */
export async function exportEnterprisesWorkbook(ctx: ServiceContext, parkCode: string) {
  const park = await resolvePark(ctx, parkCode, 'read');
  const table = buildLedgerTable(await listEnterprisesOfPark(ctx.db, park.id), {
    key: 'ledger',
    caption: '园区企业环保执行情况汇总表',
    extraColumns: true,
    includeCleared: true,
  });
  const bytes = await writeTableWorkbook([
    { name: SHEET, title: `${park.name}企业环保执行情况汇总表`, table },
    { name: '填写说明', lines: INSTRUCTIONS },
  ]);
  return { fileName: `${park.name}企业档案.xlsx`, bytes };
}

/** The empty template: the same header and instructions, no rows. */
export async function enterprisesTemplateWorkbook() {
  const table = buildLedgerTable([], { key: 'ledger', caption: '', extraColumns: true, includeCleared: true });
  const bytes = await writeTableWorkbook([
    { name: SHEET, title: '园区企业环保执行情况汇总表', table },
    { name: '填写说明', lines: INSTRUCTIONS },
  ]);
  return { fileName: '企业档案导入模板.xlsx', bytes };
}

const toIssue = (sheet: string) => (i: LedgerIssue): ServiceIssue => ({ ...i, sheet });

/**
 * Imports the enterprise ledger from a workbook. All or nothing: any error in any cell and nothing is written;
 * the error lists sheet, row, column, value and what was expected. Enterprises are matched by name.
 */
export async function importEnterprisesWorkbook(ctx: ServiceContext, parkCode: string, bytes: Uint8Array): Promise<ImportResult> {
  const park = await resolvePark(ctx, parkCode, 'write');
  let sheets;
  try {
    sheets = (await readWorkbookGridInWorker(bytes)).sheets;
  } catch (e) {
    if (e instanceof WorkbookLimitError) {
      const { measure, found, allowed } = e.breach;
      throw new ServiceError('IMPORT_INVALID', e.message, [
        { field: 'file', value: found, expected: `${measure}不超过 ${allowed}`, message: e.message },
      ]);
    }
    if (e instanceof WorkbookReadError) throw new ServiceError('IMPORT_INVALID', e.message, [{ message: e.message }]);
    throw e;
  }
  const sheet = sheets.find((s) => s.rows.some((r) => r.some((c) => /企业名称|单位名称/.test(c.replace(/\s+/g, '')))));
  if (!sheet) {
    const names = sheets.map((s) => s.name).join('、');
    throw new ServiceError('IMPORT_INVALID', `工作簿中没有找到企业台账表（工作表：${names}）`, [
      { message: '没有任何工作表包含"企业名称"表头', expected: '表1.3-1格式的企业台账' },
    ]);
  }
  const { enterprises, issues, decisions } = parseLedgerTable(sheet.rows);
  const errors = issues.filter((i) => i.severity === 'error').map(toIssue(sheet.name));
  if (errors.length) throw new ServiceError('IMPORT_INVALID', `工作簿有${errors.length}处错误，未导入任何数据`, errors);
  if (enterprises.length === 0) {
    throw new ServiceError('IMPORT_INVALID', '工作簿中没有企业数据', [{ sheet: sheet.name, message: '表头下方没有企业行' }]);
  }

  return withTransaction(ctx, async (tx) => {
    let created = 0;
    let updated = 0;
    for (const input of enterprises) {
      const id = await getEnterpriseIdByName(tx.db, park.id, input.name);
      if (id === null) {
        const newId = await insertEnterprise(tx.db, park.id, input);
        await recordChange(tx, { parkId: park.id, entity: 'enterprise', entityId: newId, action: 'import', before: null, after: input });
        created++;
      } else {
        const before = await getEnterpriseById(tx.db, park.id, id);
        await replaceEnterprise(tx.db, park.id, id, input);
        await recordChange(tx, { parkId: park.id, entity: 'enterprise', entityId: id, action: 'import', before, after: input });
        updated++;
      }
    }
    return { created, updated, warnings: issues.map(toIssue(sheet.name)), decisions: decisions.map((d) => ({ ...d, sheet: sheet.name })) };
  });
}

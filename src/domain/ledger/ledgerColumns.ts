/**
 * The columns of table 1.3-1 (园区企业环保执行情况汇总表) of the annual self-assessment report, and the extra
 * columns our workbook adds to the right so that an export can be imported again without loss.
 */
export const LEDGER_COLUMNS = [
  { key: 'seq', header: '序号', width: 5, match: /^序号$/ },
  { key: 'name', header: '企业名称', width: 24, match: /企业名称|单位名称/ },
  { key: 'industry', header: '行业类别', width: 16, match: /行业/ },
  { key: 'eia', header: '是否有环评手续（批复文号）', width: 20, match: /环评手续|批复文号/ },
  { key: 'acceptance', header: '是否验收', width: 7, match: /验收/ },
  { key: 'emergency', header: '应急预案备案情况', width: 16, match: /应急预案/ },
  { key: 'permit', header: '是否取得排污许可证', width: 22, match: /排污许可证|排污登记/ },
  { key: 'permitClass', header: '管理类别（简化或重点）', width: 9, match: /管理类别/ },
] as const;

export const LEDGER_EXTRA_COLUMNS = [
  { key: 'status', header: '企业状态', width: 8, match: /企业状态/ },
  { key: 'creditCode', header: '统一社会信用代码', width: 20, match: /信用代码/ },
  { key: 'eiaType', header: '环评文件类型', width: 10, match: /环评文件类型|环评类型/ },
  { key: 'riskSource', header: '是否涉及环境风险源', width: 10, match: /风险源/ },
  { key: 'note', header: '备注', width: 16, match: /^备注$/ },
] as const;

export type LedgerColumnKey =
  | (typeof LEDGER_COLUMNS)[number]['key']
  | (typeof LEDGER_EXTRA_COLUMNS)[number]['key'];

/** Section rows that split the table by status, as the seed report's "在建企业" row does. */
export const SECTION_LABELS = {
  trial: '试生产企业',
  construction: '在建企业',
  suspended: '停产企业',
  cleared: '已清退企业',
} as const;

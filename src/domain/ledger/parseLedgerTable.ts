import { lookupIndustry, matchIndustryName } from '../industry/index.js';
import { cellWord, columnLetter, PLAIN_WORDS, type CellWord } from './cellWords.js';
import { LEDGER_COLUMNS, LEDGER_EXTRA_COLUMNS, SECTION_LABELS, type LedgerColumnKey } from './ledgerColumns.js';
import { normalizeEnterprise } from './normalizeEnterprise.js';
import type {
  AcceptanceStatus,
  EiaApproval,
  EiaType,
  EnterpriseInput,
  EnterpriseStatus,
  PermitClass,
} from './types.js';
import { EIA_TYPE_LABELS, ENTERPRISE_STATUS_LABELS, PERMIT_CLASS_LABELS } from './types.js';
import { validateEnterprise } from './validateEnterprise.js';

/** A problem found in one cell of the ledger table. Rows are 1-based sheet rows, as a user sees them. */
export interface LedgerIssue {
  severity: 'error' | 'warning';
  row: number;
  /** Column letter and header, e.g. "G 是否取得排污许可证". */
  column: string;
  value: string;
  expected: string;
  message: string;
}

/**
 * Something the reader decided on its own, to be checked by the user (待核对): a cell it could read only by
 * guessing what was meant. Not an error: the record is stored as `takenAs` says.
 */
export interface LedgerDecision {
  row: number;
  /** Column letter and header, as in {@link LedgerIssue}. */
  column: string;
  /** The cell's text as written. */
  value: string;
  /** What it was recorded as, in Chinese. */
  takenAs: string;
  message: string;
}

export interface ParsedLedger {
  enterprises: EnterpriseInput[];
  issues: LedgerIssue[];
  decisions: LedgerDecision[];
}

/** What a cell of each column may hold, for the error list. */
const EXPECTED: Record<LedgerColumnKey, string> = {
  seq: '正整数或留空',
  name: '企业名称',
  industry: '《国民经济行业分类》类别名称或代码',
  eia: '批复文号（如祁环评[2019]43号）、"登记备案：备案号"、是或否',
  acceptance: '是、否或"/"',
  emergency: '备案编号（如430426-2022-062-M）、是、否或"/"',
  permit: '22位排污许可证（登记）编号、是、否或"/"',
  permitClass: '重点、简化、登记或"/"',
  status: Object.values(ENTERPRISE_STATUS_LABELS).join('、'),
  creditCode: '18位统一社会信用代码',
  eiaType: '报告书、报告表、登记表或留空',
  riskSource: '是、否或留空',
  note: '文字',
};
/** 登记表备案号, written as "登记备案：201943042600000059" in table 1.3-1. */
const REGISTRATION = /^(?:登记表?备案(?:号)?[：:]?\s*)(\S+)$|^(\d{18})$/;

const STATUS_BY_LABEL = new Map<string, EnterpriseStatus>([
  ...Object.entries(ENTERPRISE_STATUS_LABELS).map(([k, v]) => [v, k as EnterpriseStatus] as const),
  ['运营', 'operating'],
  ['投产', 'operating'],
  ['正常投产', 'operating'],
  ['生产', 'operating'],
  ['清退', 'cleared'],
]);
const SECTION_BY_LABEL = new Map<string, EnterpriseStatus>(
  Object.entries(SECTION_LABELS).map(([k, v]) => [v, k as EnterpriseStatus]),
);
const CLASS_BY_LABEL = new Map<string, PermitClass>(
  Object.entries(PERMIT_CLASS_LABELS).flatMap(([k, v]) => [
    [v, k as PermitClass],
    [`${v}管理`, k as PermitClass],
  ]),
);
const EIA_TYPE_BY_LABEL = new Map<string, EiaType>(
  Object.entries(EIA_TYPE_LABELS).flatMap(([k, v]) => [
    [v, k as EiaType],
    [`环境影响${v}`, k as EiaType],
  ]),
);

const squash = (s: string) => s.replace(/\s+/g, '');

/** Where each field of a parsed enterprise came from, to point validation messages at a cell. */
type Origin = Map<string, { row: number; col: LedgerColumnKey }>;

/**
 * Reads the rows of a ledger table in the layout of table 1.3-1 into enterprise records.
 *
 * Understands what real tables do: a title row above the header; an enterprise spanning several rows
 * for extra EIA numbers (continuation rows leave 序号 and 企业名称 blank, or merged); section rows such as
 * "在建企业" that set the status of the rows below; "是", "否", "/", "\" and blank cells. Row order becomes
 * the ledger order (序号 restarts in each section, as printed).
 *
 * @param rows the sheet's cells as text, row 0 = sheet row 1; merged ranges hold their text in the
 *   top-left cell only
 */
export function parseLedgerTable(rows: readonly (readonly string[])[]): ParsedLedger {
  const issues: LedgerIssue[] = [];
  const decisions: LedgerDecision[] = [];
  const headerIndex = rows.findIndex((r) => r.some((c) => /企业名称|单位名称/.test(squash(c))));
  if (headerIndex < 0) {
    issues.push({
      severity: 'error',
      row: 1,
      column: '',
      value: '',
      expected: `表头行，包含：${LEDGER_COLUMNS.map((c) => c.header).join('、')}`,
      message: '未找到表头行（应包含"企业名称"列）',
    });
    return { enterprises: [], issues, decisions };
  }

  // Locate columns by header text; the first match wins, extra columns are optional.
  const header = rows[headerIndex].map(squash);
  const colOf = new Map<LedgerColumnKey, number>();
  for (const def of [...LEDGER_EXTRA_COLUMNS, ...LEDGER_COLUMNS]) {
    const i = header.findIndex((h, idx) => def.match.test(h) && ![...colOf.values()].includes(idx));
    if (i >= 0) colOf.set(def.key, i);
  }
  const missing = LEDGER_COLUMNS.filter((c) => !colOf.has(c.key));
  if (missing.length) {
    issues.push({
      severity: 'error',
      row: headerIndex + 1,
      column: '',
      value: rows[headerIndex].filter(Boolean).join(' | '),
      expected: `表头包含：${LEDGER_COLUMNS.map((c) => c.header).join('、')}`,
      message: `表头缺少列：${missing.map((c) => c.header).join('、')}`,
    });
    return { enterprises: [], issues, decisions };
  }
  const headerText = (key: LedgerColumnKey) => {
    const i = colOf.get(key)!;
    return `${columnLetter(i)} ${rows[headerIndex][i].trim()}`;
  };
  const cell = (r: readonly string[], key: LedgerColumnKey) => {
    const i = colOf.get(key);
    return i === undefined ? '' : (r[i] ?? '').trim();
  };
  const problem = (
    severity: LedgerIssue['severity'],
    row: number,
    key: LedgerColumnKey,
    value: string,
    expected: string,
    message: string,
  ) => issues.push({ severity, row: row + 1, column: headerText(key), value, expected, message });
  const decide = (row: number, key: LedgerColumnKey, value: string, takenAs: string, message: string) =>
    decisions.push({ row: row + 1, column: headerText(key), value, takenAs, message });
  /** A yes/no word other than 是/否 ("已完成", "有", "√"): read as 是 or 否, and listed to check. */
  const noteSynonym = (row: number, key: LedgerColumnKey, text: string, word: CellWord | null) => {
    if ((word === 'yes' || word === 'no') && text !== PLAIN_WORDS[word]) {
      decide(row, key, text, PLAIN_WORDS[word], `"${text}"已按"${PLAIN_WORDS[word]}"读取`);
    }
  };

  const parsed: { input: EnterpriseInput; origin: Origin }[] = [];
  let current: { input: EnterpriseInput; origin: Origin; acceptanceText: string } | null = null;
  let sectionStatus: EnterpriseStatus = 'operating';

  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r];
    const filled = row.map((c) => c.trim()).filter(Boolean);
    if (filled.length === 0) continue;

    // A section row: one text (or one merged text repeated) that names a status.
    if (new Set(filled).size === 1) {
      const label = squash(filled[0]);
      const section = SECTION_BY_LABEL.get(label) ?? (/^(正常)?(生产|投产)企业$/.test(label) ? 'operating' : undefined);
      if (section) {
        sectionStatus = section;
        current = null;
        continue;
      }
    }

    const name = cell(row, 'name');
    if (!name) {
      if (!current) {
        problem('error', r, 'name', '', '企业名称', '此行没有企业名称，且上方没有可续接的企业');
        continue;
      }
      readContinuation(r, row, current);
      continue;
    }

    const origin: Origin = new Map();
    const at = (field: string, col: LedgerColumnKey) => origin.set(field, { row: r, col });
    at('name', 'name');
    at('seq', 'seq');
    const input: EnterpriseInput = {
      seq: parsed.length + 1,
      name,
      creditCode: null,
      industryCode: null,
      status: sectionStatus,
      riskSource: null,
      address: null,
      contactName: null,
      contactPhone: null,
      note: cell(row, 'note') || null,
      enteredOn: null,
      clearedOn: null,
      eiaApprovals: [],
      emergencyPlans: [],
      permit: { held: false, permitClass: null, number: null, validUntil: null },
    };

    const seqText = cell(row, 'seq');
    if (seqText && !/^\d+$/.test(seqText)) problem('error', r, 'seq', seqText, '正整数或留空', '序号应为数字');

    const statusText = cell(row, 'status');
    if (statusText) {
      const st = STATUS_BY_LABEL.get(squash(statusText));
      if (st) input.status = st;
      else problem('error', r, 'status', statusText, Object.values(ENTERPRISE_STATUS_LABELS).join('/'), '无法识别的企业状态');
    }

    const industryText = cell(row, 'industry');
    if (cellWord(industryText) !== 'none') {
      const byCode = lookupIndustry(industryText.toUpperCase())?.code;
      const byName = byCode ? null : matchIndustryName(industryText);
      const code = byCode ?? byName?.code;
      if (code) input.industryCode = code;
      if (byName?.byAlias) {
        const takenAs = `${byName.code} ${lookupIndustry(byName.code)?.name ?? ''}`.trim();
        decide(r, 'industry', industryText, takenAs, `"${industryText}"不是《国民经济行业分类》(GB/T 4754-2017)的类别名称，已对应为 ${takenAs}`);
      }
      if (!code) {
        problem('error', r, 'industry', industryText, '《国民经济行业分类》(GB/T 4754-2017)的类别名称或代码，如"电气机械和器材制造业"或"C38"', '行业类别无法对应到国民经济行业分类');
      }
    }
    at('industryCode', 'industry');

    const creditText = cell(row, 'creditCode');
    if (creditText && cellWord(creditText) !== 'none') input.creditCode = creditText;
    at('creditCode', colOf.has('creditCode') ? 'creditCode' : 'permit');

    const riskText = cell(row, 'riskSource');
    const riskWord = cellWord(riskText);
    noteSynonym(r, 'riskSource', riskText, riskWord);
    if (riskWord === 'yes') input.riskSource = true;
    else if (riskWord === 'no') input.riskSource = false;
    else if (riskWord === null) problem('error', r, 'riskSource', riskText, '是、否或留空', '无法识别是否涉及环境风险源');

    // Permit: a 22-character number, "是" (held, number not given), or no/none.
    const permitText = cell(row, 'permit');
    const permitWord = cellWord(permitText);
    if (permitWord === 'yes') {
      input.permit.held = true;
      decide(r, 'permit', permitText, '已取得排污许可证（编号未填）', `填写"${permitText}"但没有许可证（登记）编号，已按"已取得"记录，请补填编号`);
    } else if (permitWord === null) {
      const number = permitText.toUpperCase().replace(/\s+/g, '');
      input.permit.held = true;
      input.permit.number = number;
    } else noteSynonym(r, 'permit', permitText, permitWord);
    at('permit.number', 'permit');
    const classText = cell(row, 'permitClass');
    if (cellWord(classText) !== 'none') {
      const cls = CLASS_BY_LABEL.get(squash(classText));
      if (cls) input.permit.permitClass = cls;
      else problem('error', r, 'permitClass', classText, '重点、简化、登记或"/"', '无法识别的管理类别');
    }
    at('permit.permitClass', 'permitClass');

    current = { input, origin, acceptanceText: cell(row, 'acceptance') };
    readApprovalAndFiling(r, row, current, true);
    parsed.push(current);
  }

  function readContinuation(r: number, row: readonly string[], cur: NonNullable<typeof current>) {
    for (const key of ['industry', 'permit', 'permitClass', 'status', 'creditCode', 'riskSource'] as const) {
      const v = cell(row, key);
      if (v) problem('error', r, key, v, '续行留空', '续行（企业名称为空的行）只能填写环评批复、验收和应急预案备案');
    }
    readApprovalAndFiling(r, row, cur, false);
  }

  function readApprovalAndFiling(r: number, row: readonly string[], cur: NonNullable<typeof current>, first: boolean) {
    const { input, origin } = cur;
    const eiaText = cell(row, 'eia');
    const typeText = cell(row, 'eiaType');
    let type: EiaType | null = null;
    if (typeText && cellWord(typeText) !== 'none') {
      type = EIA_TYPE_BY_LABEL.get(squash(typeText)) ?? null;
      if (!type) problem('error', r, 'eiaType', typeText, '报告书、报告表、登记表或留空', '无法识别的环评文件类型');
    }
    const eiaWord = cellWord(eiaText);
    // Acceptance: continuation rows without their own value share the enterprise's (a merged cell).
    const acceptanceText = cell(row, 'acceptance') || (first ? '' : cur.acceptanceText);
    if (eiaWord === 'yes' || eiaWord === null) {
      let documentNumber: string | null = null;
      if (eiaWord === null) {
        const reg = REGISTRATION.exec(eiaText.replace(/\s+/g, ''));
        if (reg) {
          type = 'registration';
          documentNumber = reg[1] ?? reg[2];
        } else documentNumber = eiaText;
      }
      if (eiaWord === 'yes') {
        decide(r, 'eia', eiaText, '有环评批复（文号未填）', `填写"${eiaText}"但没有批复文号，已计为有环评批复手续，请补填文号`);
      }
      const index = input.eiaApprovals.length;
      const approval: EiaApproval = {
        type,
        documentNumber,
        approvedOn: null,
        authority: null,
        acceptance: readAcceptance(r, acceptanceText, type, cell(row, 'acceptance') !== ''),
        acceptedOn: null,
      };
      input.eiaApprovals.push(approval);
      origin.set(`eiaApprovals.${index}.documentNumber`, { row: r, col: 'eia' });
      origin.set(`eiaApprovals.${index}.acceptance`, { row: r, col: 'acceptance' });
    } else {
      noteSynonym(r, 'eia', eiaText, eiaWord);
      if (cell(row, 'acceptance') && cellWord(cell(row, 'acceptance')) !== 'none' && first) {
        problem('warning', r, 'acceptance', cell(row, 'acceptance'), '有环评手续时填写', '没有环评手续，验收情况未记录');
      }
    }

    // One cell may list several filings, one per line.
    for (const emText of cell(row, 'emergency').split(/[\n、，,；;]+/)) {
      const emWord = cellWord(emText);
      if (emWord !== 'yes' && emWord !== null) {
        noteSynonym(r, 'emergency', emText.trim(), emWord);
        continue;
      }
      if (emWord === 'yes') {
        decide(r, 'emergency', emText.trim(), '已备案（编号未填）', `填写"${emText.trim()}"但没有备案编号，已按"已备案"记录，请补填编号`);
      }
      const number = emWord === null ? emText.replace(/\s+/g, '').toUpperCase() : null;
      origin.set(`emergencyPlans.${input.emergencyPlans.length}.filingNumber`, { row: r, col: 'emergency' });
      input.emergencyPlans.push({ filingNumber: number, riskLevel: null, filedOn: null });
    }
  }

  /** `ownCell`: the text is this row's own cell, not the merged cell of the enterprise's first row. */
  function readAcceptance(r: number, text: string, type: EiaType | null, ownCell: boolean): AcceptanceStatus {
    const word = cellWord(text);
    if (ownCell && type !== 'registration') noteSynonym(r, 'acceptance', text, word);
    if (type === 'registration') {
      if (word === 'yes' || word === 'no') {
        problem('warning', r, 'acceptance', text, '不适用', '环境影响登记表项目无需竣工环保验收，已按"不适用"记录');
      } else if (word === null && squash(text) !== '不适用') {
        problem('error', r, 'acceptance', text, '是、否、不适用或"/"', '无法识别的验收情况');
      }
      return 'not_applicable';
    }
    if (word === 'yes') return 'accepted';
    if (word === 'no' || word === 'none') return 'pending';
    problem('error', r, 'acceptance', text, '是、否或留空', '无法识别的验收情况');
    return 'pending';
  }

  // Normalise and validate each enterprise; point every field issue at its cell.
  const enterprises: EnterpriseInput[] = [];
  const seen = new Map<string, number>();
  for (const { input, origin } of parsed) {
    const e = normalizeEnterprise(input);
    const nameRow = origin.get('name')!.row;
    if (seen.has(e.name)) {
      problem('error', nameRow, 'name', e.name, '每家企业只出现一次', `企业名称与第${seen.get(e.name)! + 1}行重复`);
    } else seen.set(e.name, nameRow);
    for (const issue of validateEnterprise(e)) {
      const o = origin.get(issue.field) ?? origin.get(issue.field.split('.').slice(0, 2).join('.') + '.documentNumber');
      const where = o ?? { row: nameRow, col: 'name' as const };
      problem(issue.severity, where.row, where.col, String(issue.value ?? ''), EXPECTED[where.col], issue.message);
    }
    enterprises.push(e);
  }
  // A cell can be flagged twice (by the reader and by validation); keep the first.
  const unique = new Map<string, LedgerIssue>();
  for (const i of issues) {
    const k = `${i.row}|${i.column}|${i.severity}|${i.message}`;
    if (!unique.has(k)) unique.set(k, i);
  }
  // A merged cell read for several approvals is one decision.
  const decided = new Map<string, LedgerDecision>();
  for (const d of decisions) decided.set(`${d.row}|${d.column}|${d.value}`, decided.get(`${d.row}|${d.column}|${d.value}`) ?? d);
  return { enterprises, issues: [...unique.values()], decisions: [...decided.values()] };
}

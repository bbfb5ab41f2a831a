import { enterpriseRecord } from '../../ledger/buildLedgerTable.js';
import type { EnterpriseInput } from '../../ledger/types.js';
import { computeLedgerSets, type LedgerItem, type LedgerSets } from '../../ledger/ledgerStats.js';
import { countFigure } from '../figures.js';
import type { Figure, Inline, ParagraphBlock, RecordRef, SumRelation, TableTally } from '../reportModel.js';
import { LEDGER_COLUMNS, SECTION_LABELS } from '../../ledger/ledgerColumns.js';
import { PERMIT_CLASS_LABELS } from '../../ledger/types.js';

/** The paragraph above table 1.3-1 (the key edited text uses). */
export const LEDGER_PARAGRAPH_KEY = '1.ledger';
/** Table 1.3-1, which the paragraph's counts summarise. */
export const LEDGER_TABLE_KEY = 'ledger';

/** The table's columns the tallies read, by their headers. */
const COL = {
  eia: LEDGER_COLUMNS.find((c) => c.key === 'eia')!.header,
  emergency: LEDGER_COLUMNS.find((c) => c.key === 'emergency')!.header,
  permit: LEDGER_COLUMNS.find((c) => c.key === 'permit')!.header,
  permitClass: LEDGER_COLUMNS.find((c) => c.key === 'permitClass')!.header,
};
/** Rows of enterprises holding a permit: the table prints a class for some that hold none. */
const HELD = { column: COL.permit, except: ['否'] };

type Leaf = { path: string; label: string; unit: string; description: string; terms: string[]; scope?: string[]; tally?: TableTally };

/** Each figure of the paragraph: what it is called in the report, its unit, and the rule that counts it. */
const LEAVES: Leaf[] = [
  { path: 'total', label: '已入园企业', unit: '家', description: '园区企业中状态不为已清退的企业', terms: ['已入园企业', '入园企业总数'], tally: { table: LEDGER_TABLE_KEY } },
  { path: 'movement.atPreviousYearEnd', label: '上一年度末已签约入园企业数量', unit: '家', description: '入园早于报告年度、且在报告年度前未清退的企业', terms: ['上一年度末', '上年末'] },
  { path: 'movement.enteredInYear', label: '本年度内新入园企业数量', unit: '家', description: '入园日期在报告年度内的企业', terms: ['新入园'] },
  { path: 'movement.clearedInYear', label: '本年度清退企业数量', unit: '家', description: '清退日期在报告年度内的企业', terms: ['清退'] },
  { path: 'byStatus.operating', label: '正常生产企业', unit: '家', description: '企业状态为正常生产的企业', terms: ['正常生产', '正常投产'], tally: { table: LEDGER_TABLE_KEY, section: null } },
  { path: 'byStatus.trial', label: '试生产企业', unit: '家', description: '企业状态为试生产的企业', terms: ['试生产企业'], tally: { table: LEDGER_TABLE_KEY, section: SECTION_LABELS.trial } },
  { path: 'byStatus.suspended', label: '停产企业', unit: '家', description: '企业状态为停产的企业', terms: ['停产企业'], tally: { table: LEDGER_TABLE_KEY, section: SECTION_LABELS.suspended } },
  { path: 'byStatus.construction', label: '在建企业', unit: '家', description: '企业状态为在建的企业', terms: ['在建企业'], tally: { table: LEDGER_TABLE_KEY, section: SECTION_LABELS.construction } },
  { path: 'eia.withApproval', label: '已完成环评批复手续企业数量', unit: '个', description: '至少有一份环评批复或登记表备案的入园企业', terms: ['已完成环评批复', '已完成环评', '有环评批复'], tally: { table: LEDGER_TABLE_KEY, where: [{ column: COL.eia, except: ['否'] }] } },
  { path: 'eia.approvals', label: '环评批复及登记表备案', unit: '份', description: '入园企业的全部环评批复及登记表备案', terms: ['环评批复及登记表备案', '批复及备案'] },
  { path: 'eia.newInYear', label: '本年度新增项目环评批复', unit: '个', description: '批复日期（或文号年份）在报告年度内的环评批复及备案', terms: ['新增项目环评', '新增环评'] },
  { path: 'eia.withoutApproval', label: '无环评批复的企业', unit: '家', description: '没有任何环评批复或登记表备案的入园企业', terms: ['无环评批复', '没有环评批复', '未取得环评'], tally: { table: LEDGER_TABLE_KEY, where: [{ column: COL.eia, values: ['否'] }] } },
  { path: 'acceptance.done', label: '已完成环保竣工验收手续企业数量', unit: '个', description: '应验收的环评批复均已验收的入园企业', terms: ['已完成环保竣工验收', '已完成竣工验收', '已完成验收', '已验收'] },
  { path: 'acceptance.newInYear', label: '本年度新增环保竣工验收企业数量', unit: '个', description: '验收日期在报告年度内的环评批复', terms: ['新增环保竣工验收', '新增竣工验收', '新增验收'] },
  { path: 'acceptance.notDone', label: '未完成验收的企业', unit: '家', description: '至少一份应验收的环评批复尚未验收的入园企业', terms: ['未完成验收', '未完成环保竣工验收', '未验收'] },
  { path: 'acceptance.notDoneUnderConstruction', label: '未完成验收的在建企业', unit: '家', description: '未完成验收、状态为在建的企业', terms: ['在建'], scope: ['验收'] },
  { path: 'acceptance.notDoneTrial', label: '未完成验收的试生产企业', unit: '家', description: '未完成验收、状态为试生产的企业', terms: ['试生产'], scope: ['验收'] },
  { path: 'acceptance.notDoneOther', label: '已投产但尚未完成验收的企业', unit: '家', description: '未完成验收、状态为正常生产或停产的企业', terms: ['已投产但尚未完成验收', '已投产', '尚未完成验收'], scope: ['验收'] },
  { path: 'acceptance.notApplicable', label: '建设项目环境影响登记表项目，无需办理验收手续的企业', unit: '家', description: '只有登记表备案（或没有环评批复）、无需验收的入园企业', terms: ['无需办理验收', '无需验收', '登记表'], scope: ['验收'] },
  { path: 'emergencyPlan.required', label: '应完成应急预案备案企业', unit: '家', description: '已备案的企业，及涉及环境风险源而未备案的企业', terms: ['应完成应急预案', '应备案'] },
  { path: 'emergencyPlan.filed', label: '已完成应急预案备案手续企业数量', unit: '个', description: '有突发环境事件应急预案备案的入园企业', terms: ['已完成应急预案备案', '已备案'], tally: { table: LEDGER_TABLE_KEY, where: [{ column: COL.emergency, except: ['否'] }] } },
  { path: 'emergencyPlan.notFiled', label: '未完成应急预案备案的企业', unit: '个', description: '涉及环境风险源、未备案且不在建的企业', terms: ['未完成应急预案备案', '应备案未备案', '未备案'] },
  { path: 'emergencyPlan.noRiskSource', label: '无风险源企业', unit: '家', description: '未备案、不涉及环境风险源且不在建的企业', terms: ['无风险源', '不涉及环境风险'] },
  { path: 'emergencyPlan.underConstruction', label: '处于在建状态，暂无需办理应急预案的企业', unit: '家', description: '未备案、状态为在建的企业', terms: ['在建'], scope: ['应急预案'] },
  { path: 'emergencyPlan.riskSourceUnknown', label: '未备案且尚未确定是否涉及环境风险源的企业', unit: '家', description: '未备案、不在建、未记录是否涉及环境风险源的企业', terms: ['未确定是否涉及环境风险源', '尚未确定'] },
  { path: 'permit.held', label: '已取得排污许可证（含排污登记）企业数量', unit: '个', description: '取得排污许可证或排污登记的入园企业', terms: ['已取得排污许可'], tally: { table: LEDGER_TABLE_KEY, where: [{ column: COL.permit, except: ['否'] }] } },
  { path: 'permit.byClass.key', label: '重点管理企业数量', unit: '个', description: '排污许可管理类别为重点管理的企业', terms: ['重点管理'], tally: { table: LEDGER_TABLE_KEY, where: [HELD, { column: COL.permitClass, values: [PERMIT_CLASS_LABELS.key] }] } },
  { path: 'permit.byClass.simplified', label: '简化管理企业数量', unit: '个', description: '排污许可管理类别为简化管理的企业', terms: ['简化管理'], tally: { table: LEDGER_TABLE_KEY, where: [HELD, { column: COL.permitClass, values: [PERMIT_CLASS_LABELS.simplified] }] } },
  { path: 'permit.byClass.registration', label: '登记管理企业数量', unit: '个', description: '排污许可管理类别为登记管理的企业', terms: ['登记管理'], tally: { table: LEDGER_TABLE_KEY, where: [HELD, { column: COL.permitClass, values: [PERMIT_CLASS_LABELS.registration] }] } },
  { path: 'permit.heldClassUnknown', label: '未注明管理类别', unit: '个', description: '已取得排污许可、未记录管理类别的企业', terms: ['未注明管理类别'] },
  { path: 'permit.notHeld', label: '未取得排污许可证（登记）的企业', unit: '家', description: '未取得排污许可证或排污登记的入园企业', terms: ['未取得排污许可'], tally: { table: LEDGER_TABLE_KEY, where: [{ column: COL.permit, values: ['否'] }] } },
  { path: 'permit.notHeldUnderConstruction', label: '未取得排污许可证的在建企业', unit: '家', description: '未取得排污许可、状态为在建的企业', terms: ['在建'], scope: ['排污许可'] },
];

/** Figures that must add up, by path: whole = Σ parts. */
const SUMS: { whole: string; parts: string[]; description: string }[] = [
  { whole: 'total', parts: ['byStatus.operating', 'byStatus.trial', 'byStatus.suspended', 'byStatus.construction'], description: '入园企业 = 正常生产 + 试生产 + 停产 + 在建' },
  { whole: 'total', parts: ['eia.withApproval', 'eia.withoutApproval'], description: '入园企业 = 已完成环评手续 + 无环评批复' },
  { whole: 'total', parts: ['acceptance.done', 'acceptance.notDone', 'acceptance.notApplicable'], description: '入园企业 = 已验收 + 未完成验收 + 无需验收' },
  { whole: 'acceptance.notDone', parts: ['acceptance.notDoneUnderConstruction', 'acceptance.notDoneTrial', 'acceptance.notDoneOther'], description: '未完成验收 = 在建 + 试生产 + 已投产未验收' },
  { whole: 'emergencyPlan.required', parts: ['emergencyPlan.filed', 'emergencyPlan.notFiled'], description: '应备案 = 已备案 + 未备案' },
  { whole: 'total', parts: ['emergencyPlan.required', 'emergencyPlan.noRiskSource', 'emergencyPlan.underConstruction', 'emergencyPlan.riskSourceUnknown'], description: '入园企业 = 应备案 + 无风险源 + 在建 + 未确定风险源' },
  { whole: 'total', parts: ['permit.held', 'permit.notHeld'], description: '入园企业 = 已取得排污许可 + 未取得' },
  { whole: 'permit.held', parts: ['permit.byClass.key', 'permit.byClass.simplified', 'permit.byClass.registration', 'permit.heldClassUnknown'], description: '已取得排污许可 = 重点 + 简化 + 登记 + 未注明类别' },
];

/** An enterprise as stored: with the id its figures link to. */
export type StoredEnterprise = EnterpriseInput & { id: number };

const at = (sets: LedgerSets<StoredEnterprise>, path: string): LedgerItem<StoredEnterprise>[] =>
  path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], sets) as LedgerItem<StoredEnterprise>[];

function itemRecord(item: LedgerItem<StoredEnterprise>): RecordRef {
  const record = enterpriseRecord(item.enterprise)!;
  return item.approval ? { ...record, label: `${record.label}：${item.approval.documentNumber ?? '环评批复'}` } : record;
}

export interface LedgerParagraph {
  paragraph: ParagraphBlock;
  /** Every figure of the paragraph by id, printed or not (a clause whose count is 0 is left out). */
  figures: Record<string, Figure>;
  relations: SumRelation[];
}

/**
 * The statistics paragraph printed above table 1.3-1, in the sentences the seed report uses, every figure
 * counted from the ledger with the enterprises it counted. Clauses whose count is zero are left out rather than
 * printed as "0家"; their figures are still in `figures`, so the lint can check edited text against them.
 */
export function buildLedgerParagraph(enterprises: readonly StoredEnterprise[], year: number): LedgerParagraph {
  const sets = computeLedgerSets(enterprises, year);
  const figures: Record<string, Figure> = {};
  for (const leaf of LEAVES) {
    const records = at(sets, leaf.path).map(itemRecord);
    const id = `ledger.${leaf.path}`;
    const figure = countFigure(id, leaf.label, leaf.unit, { rule: id, description: leaf.description }, records);
    figure.cues = { terms: leaf.terms, ...(leaf.scope ? { scope: leaf.scope } : {}) };
    if (leaf.tally) figure.tally = leaf.tally;
    figures[id] = figure;
  }
  const f = (path: string) => figures[`ledger.${path}`]!;
  const n = (path: string) => Number(f(path).value);
  /** "（a，b）" from the non-empty parts, or nothing. */
  const aside = (parts: (Inline[] | false)[]): Inline[] => {
    const kept = parts.filter((p): p is Inline[] => p !== false);
    return kept.length ? ['（', ...kept.flatMap((p, i) => (i > 0 ? ['，', ...p] : p)), '）'] : [];
  };
  const join = (parts: (Inline[] | false)[], sep: string): Inline[] =>
    parts.filter((p): p is Inline[] => p !== false).flatMap((p, i) => (i > 0 ? [sep, ...p] : p));

  const profile: Inline[] = [
    `截止到${year}年底园区已入园企业`, f('total'),
    '，上一年度末已签约入园企业数量', f('movement.atPreviousYearEnd'),
    '，本年度内新入园企业数量', f('movement.enteredInYear'),
    '，本年度清退企业数量', f('movement.clearedInYear'), '，',
    ...join([
      ['正常生产企业', f('byStatus.operating')],
      n('byStatus.trial') > 0 && ['试生产企业', f('byStatus.trial')],
      n('byStatus.suspended') > 0 && ['停产企业', f('byStatus.suspended')],
      ['在建企业', f('byStatus.construction')],
    ], '，'),
    '。',
  ];

  const eia: Inline[] = [
    '其中园区内已完成环评批复手续企业数量', f('eia.withApproval'),
    '（环评批复及登记表备案共', f('eia.approvals'), '），本年度新增项目环评批复', f('eia.newInYear'), '，',
    ...(n('eia.withoutApproval') === 0 ? ['没有无环评批复的企业。'] : ['无环评批复的企业', f('eia.withoutApproval'), '。']),
  ];

  const acceptance: Inline[] = [
    '园区内已完成环保竣工验收手续企业数量', f('acceptance.done'),
    '，本年度新增环保竣工验收企业数量', f('acceptance.newInYear'), '，',
    ...(n('acceptance.notDone') === 0
      ? ['没有应验收未验收的企业']
      : [
          '未完成验收的有', f('acceptance.notDone'),
          ...aside([
            n('acceptance.notDoneUnderConstruction') > 0 && [f('acceptance.notDoneUnderConstruction'), '企业处于在建状态'],
            n('acceptance.notDoneTrial') > 0 && [f('acceptance.notDoneTrial'), '企业试生产，正在办理相关手续'],
            n('acceptance.notDoneOther') > 0 && [f('acceptance.notDoneOther'), '企业已投产但尚未完成验收'],
          ]),
        ]),
    ...(n('acceptance.notApplicable') > 0 ? ['；另有', f('acceptance.notApplicable'), '企业为建设项目环境影响登记表项目，无需办理验收手续'] : []),
    '。',
  ];

  const emergency: Inline[] = [
    '园区内应完成应急预案备案企业', f('emergencyPlan.required'),
    '，已完成应急预案备案手续企业数量', f('emergencyPlan.filed'), '，',
    ...(n('emergencyPlan.notFiled') === 0 ? ['没有应备案未备案的企业'] : ['未完成应急预案备案的企业有', f('emergencyPlan.notFiled')]),
    ...aside([
      n('emergencyPlan.noRiskSource') > 0 && [f('emergencyPlan.noRiskSource'), '企业无风险源'],
      n('emergencyPlan.underConstruction') > 0 && [f('emergencyPlan.underConstruction'), '企业处于在建状态，暂无需办理应急预案'],
    ]),
    '。',
    ...(n('emergencyPlan.riskSourceUnknown') > 0 ? ['另有', f('emergencyPlan.riskSourceUnknown'), '企业未备案且尚未确定是否涉及环境风险源，需核实。'] : []),
  ];

  const permit: Inline[] = [
    '园区内已取得排污许可证（含排污登记）企业数量', f('permit.held'),
    '，其中重点管理企业数量', f('permit.byClass.key'),
    '，简化管理企业数量', f('permit.byClass.simplified'),
    '，登记管理企业数量', f('permit.byClass.registration'),
    ...(n('permit.heldClassUnknown') > 0 ? ['，未注明管理类别', f('permit.heldClassUnknown')] : []),
    ...(n('permit.notHeld') > 0
      ? [
          '；未取得排污许可证（登记）的企业', f('permit.notHeld'),
          ...aside([n('permit.notHeldUnderConstruction') > 0 && ['其中', f('permit.notHeldUnderConstruction'), '企业处于在建状态，暂无需办理']]),
        ]
      : []),
    '。',
  ];

  const relations: SumRelation[] = SUMS.map((s, i) => ({
    kind: 'sum',
    id: `ledger.sum.${i + 1}`,
    description: s.description,
    whole: `ledger.${s.whole}`,
    parts: s.parts.map((p) => `ledger.${p}`),
  }));
  return {
    paragraph: {
      kind: 'paragraph',
      key: LEDGER_PARAGRAPH_KEY,
      content: mergeText([...profile, ...eia, ...acceptance, ...emergency, ...permit]),
      figureIds: Object.keys(figures),
    },
    figures,
    relations,
  };
}

/** Adjacent strings joined, so a paragraph's runs alternate text and figures. */
export function mergeText(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (typeof r === 'string' && typeof last === 'string') out[out.length - 1] = last + r;
    else if (r !== '') out.push(r);
  }
  return out;
}

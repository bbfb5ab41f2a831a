import type { CreditScheme, EvidenceRef, SchemeItem } from '../../../../../src/domain/credit/types';
import { scoreWhenApplies } from '../../../../../src/domain/credit/scoreEvaluation';
import type { HonourLevel } from '../../../../../src/services/credit/creditSchemas';
import type { ReportRecordRef } from '../../../../../src/services/reports/reportModelSchema';

/** The item's points as the report's 得分 column prints them: -1, +2, 0, 直接评为环保风险园区. */
export function pointsText(item: SchemeItem): string {
  if (item.effect.kind === 'setsGrade') return `直接评为${item.effect.grade}`;
  const p = item.effect.points;
  return p > 0 ? `+${p}` : String(p);
}

/** A score in words: +2分, -1分, 0分; for an item that sets the grade, 适用 / 不适用. */
export function scoreWords(item: SchemeItem | undefined, score: number): string {
  if (item?.effect.kind === 'setsGrade') return score ? '适用' : '不适用';
  return `${score > 0 ? '+' : ''}${score}分`;
}

/** The two scores an item can take, for its select: 0 and its points (1 = 适用 for an item that sets the grade). */
export function scoreOptions(item: SchemeItem): { value: number; label: string }[] {
  const applied = scoreWhenApplies(item);
  // 是: the item applies (its 得分 column says what it sets).
  if (item.effect.kind === 'setsGrade') return [{ value: 0, label: '0' }, { value: 1, label: '是' }];
  if (applied === 0) return [{ value: 0, label: '0' }];
  return [{ value: 0, label: '0' }, { value: applied, label: applied > 0 ? `+${applied}` : String(applied) }];
}

/** How many rows each item's 一级指标 and 二级指标 cell covers (0: merged into the row above), as the report merges them. */
export function mergedSpans(items: readonly SchemeItem[]): { level1: number[]; level2: number[] } {
  const level1 = items.map(() => 0);
  const level2 = items.map(() => 0);
  let s1 = 0;
  let s2 = 0;
  items.forEach((item, i) => {
    if (i === 0 || item.level1 !== items[s1]!.level1) {
      s1 = i;
      s2 = i;
    } else if (item.level2 !== items[s2]!.level2) s2 = i;
    level1[s1]!++;
    level2[s2]!++;
  });
  return { level1, level2 };
}

/** The scheme in a line: 湖南省产业园区环保信用自评表（2024年度版）（未注明文号，版本1）. */
export const schemeLine = (scheme: CreditScheme) => `${scheme.name}（${scheme.document ?? '未注明文号'}，版本${scheme.version}）`;

const LINKED: ReadonlySet<string> = new Set<ReportRecordRef['entity']>([
  'enterprise',
  'station',
  'monitoringPlanItem',
  'monitoringPoint',
  'pollutantQuota',
  'emissionRecord',
  'parkHonour',
  'requirement',
  'managementFacts',
]);

/** Evidence or a proposal's record as a report record (a link to the page that keeps it), or null for a document named only. */
export const recordOf = (r: EvidenceRef): ReportRecordRef | null =>
  r.entity && r.id !== null && LINKED.has(r.entity) ? { entity: r.entity as ReportRecordRef['entity'], id: r.id, label: r.label } : null;

/** 荣誉级别, as the server's HONOUR_LEVEL_LABELS names them. */
export const HONOUR_LEVEL_OPTIONS: { value: HonourLevel; label: string }[] = [
  { value: 'national', label: '国家级' },
  { value: 'ministerial', label: '部级' },
  { value: 'provincial', label: '省级' },
  { value: 'municipal', label: '市级' },
  { value: 'other', label: '其他' },
];

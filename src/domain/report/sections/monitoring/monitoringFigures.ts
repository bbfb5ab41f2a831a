import { PLAN_MEDIUM_LABELS } from '../../../monitoring/plan/planItem.js';
import { Dec } from '../../../standards/_lib/decimal.js';
import { countFigure, valueFigure } from '../../figures.js';
import type { Figure, FigureCues, Provenance, RecordRef } from '../../reportModel.js';
import type { MonitoringMedium } from './monitoringInput.js';

/** 监测对象 as table 3 prints them: the plan's own labels. */
export const MEDIUM_LABELS: Readonly<Record<MonitoringMedium, string>> = PLAN_MEDIUM_LABELS;

/** Words by which text names a medium: the scope words of its figures, and what the lint looks for in a claim. */
export const MEDIUM_WORDS: Record<MonitoringMedium, string[]> = {
  air: ['空气', '大气'],
  surfaceWater: ['地表水'],
  groundwater: ['地下水'],
  noise: ['噪声', '声环境'],
  soil: ['土壤', '底泥'],
  pollutionSource: ['污染源'],
};

/** Provenance rule ids of the monitoring figures the lint rules look for. */
export const MONITORING_RULES = {
  /** A plan item's campaigns done over planned. */
  planImplementation: 'monitoring.plan.implementation',
  /** Lab samples of a medium with at least one item above its limit. */
  labExceeding: 'monitoring.lab.exceeding',
  /** Station-days of the park's air stations with a factor above its GB 3095 limit. */
  airExceedingDays: 'monitoring.air.exceedingDays',
} as const;

/** Figures that count exceedances: a text saying their medium complies while one is above 0 is wrong. */
export const EXCEEDANCE_RULES: readonly string[] = [MONITORING_RULES.labExceeding, MONITORING_RULES.airExceedingDays];

/** Printed after a sentence built on synthetic data. */
export const SIMULATED_NOTE = '（模拟数据）';

/** A figure a rule computed over records (a sum, a largest value), printed as its format says. */
export function ruleFigure(
  id: string,
  label: string,
  value: string,
  unit: string,
  rule: { rule: string; description: string; records: RecordRef[] },
  options: { format?: Figure['format']; cues?: FigureCues; aggregate?: Figure['aggregate'] } = {},
): Figure {
  return valueFigure(id, label, value, unit, { kind: 'rule', ...rule }, options);
}

/** A count of records with its cues. */
export function countOf(
  id: string,
  label: string,
  unit: string,
  rule: { rule: string; description: string },
  records: RecordRef[],
  cues: FigureCues,
): Figure {
  return { ...countFigure(id, label, unit, rule, records), cues };
}

/**
 * A rate as the exact quotient of two figures (to 50 significant digits), printed as a percentage to `decimals`,
 * carrying the ids of the figures it divides; null when the denominator is 0 (no rate to print).
 */
export function rateFigure(
  id: string,
  label: string,
  numerator: Figure,
  denominator: Figure,
  decimals: number,
  provenance: Provenance,
  cues: FigureCues,
): Figure | null {
  if (new Dec(denominator.value).isZero()) return null;
  return {
    ...valueFigure(id, label, new Dec(numerator.value).div(denominator.value).toString(), '%', provenance, { format: { percent: true, decimals }, cues }),
    ratio: { numerator: numerator.id, denominator: denominator.id },
  };
}

/** The records of several figures, each once. */
export function unionRecords(lists: readonly RecordRef[][]): RecordRef[] {
  const seen = new Map<string, RecordRef>();
  for (const list of lists) for (const r of list) seen.set(`${r.entity}:${r.id}`, r);
  return [...seen.values()];
}

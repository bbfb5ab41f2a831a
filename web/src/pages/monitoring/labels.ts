/**
 * Chinese words of 在线监测: data kinds, system codes, data flags, quality marks and factor names/units.
 * The tables live in src/hj212 and src/domain (pure TS) so the receiver, the CLI and the web say the same.
 */
import { QUALITY_MARK_LABELS, type QualityMark } from '../../../../src/domain/monitoring/dataQuality';
import { DATA_FLAGS, ST_LABELS, type DataFlag, type StCode } from '../../../../src/hj212/codes';
import { FACTORS, lookupFactor } from '../../../../src/hj212/factors';
import type { DataCn, FactorReading } from '../../api/monitoring';

/** The data kinds the platform stores, in the order the pages offer them. */
export const DATA_CNS: readonly DataCn[] = ['2011', '2051', '2061', '2031'];

export const DATA_KIND_LABELS: Record<DataCn, string> = {
  '2011': '实时数据',
  '2051': '分钟数据',
  '2061': '小时数据',
  '2031': '日数据',
};

/** Short names for tabs and selectors. */
export const DATA_KIND_SHORT: Record<DataCn, string> = {
  '2011': '实时',
  '2051': '分钟',
  '2061': '小时',
  '2031': '日',
};

export function dataKindLabel(cn: string): string {
  return DATA_KIND_LABELS[cn as DataCn] ?? `CN ${cn}`;
}

/** 系统编码 (ST) the stations may have: every ST of HJ 212 except 91 系统交互 (the platform's own replies). */
export const STATION_SYSTEM_CODES = (Object.keys(ST_LABELS) as StCode[]).filter((c) => c !== '91');

export function systemName(code: string): string | null {
  return ST_LABELS[code as StCode] ?? null;
}

/** `22 空气质量监测`. */
export function systemLabel(code: string): string {
  const name = systemName(code);
  return name ? `${code} ${name}` : code;
}

/** Short words for the data flags (the Tag text); DATA_FLAGS gives the standard's full sentence (the tooltip). */
const FLAG_SHORT: Record<DataFlag, string> = {
  N: '正常',
  F: '停运',
  M: '维护',
  S: '手工输入',
  D: '故障',
  C: '校准',
  T: '超测量上限',
  B: '通讯异常',
};

export function flagShort(flag: string): string {
  return FLAG_SHORT[flag.toUpperCase() as DataFlag] ?? '未知标记';
}

export function flagDescription(flag: string): string {
  return DATA_FLAGS[flag.toUpperCase() as DataFlag]?.label ?? `标准未定义的数据标记 ${flag}`;
}

export function markLabel(mark: string): string {
  return QUALITY_MARK_LABELS[mark as QualityMark] ?? mark;
}

export interface FactorName {
  code: string;
  name: string;
  unit: string;
}

/** A factor's Chinese name and unit; ambient-air stations (ST 22) report gases in μg/m³. */
export function factorName(code: string, systemCode?: string): FactorName {
  const f = lookupFactor(code);
  if (!f) return { code, name: code, unit: '' };
  const unit = systemCode === '22' && f.ambientUnit ? f.ambientUnit : f.unit;
  return { code: f.code, name: f.name, unit: unit === '无量纲' ? '' : unit };
}

/** The factor dictionary for selects: `细颗粒物 PM2.5（a34004，μg/m³）`. */
export const FACTOR_OPTIONS = FACTORS.map((f) => ({
  value: f.code,
  label: `${f.name}（${f.code}${f.unit && f.unit !== '无量纲' ? `，${f.unit}` : ''}）`,
}));

/** The value a kind of data is read by: Rtd for real-time data, Avg for minute, hour and day data. */
export function readingValue(cn: string, f: FactorReading | undefined): string | undefined {
  if (!f) return undefined;
  return cn === '2011' ? (f.rtd ?? f.avg) : (f.avg ?? f.rtd);
}

/** 60 → 60秒, 300 → 5分钟, 3600 → 1小时. */
export function intervalLabel(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600}小时`;
  if (seconds % 60 === 0 && seconds >= 60) return `${seconds / 60}分钟`;
  return `${seconds}秒`;
}

/** 1 h 5 min as `1小时5分钟`; under a minute as seconds. */
export function durationLabel(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}秒`;
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  return [d ? `${d}天` : '', h ? `${h}小时` : '', m ? `${m}分钟` : ''].join('') || `${s}秒`;
}

const FACTOR_ORDER = new Map(FACTORS.map((f, i) => [f.code, i]));

/** Factors in the dictionary's order (water, air, noise), unknown codes last by code. */
export function compareFactors(a: string, b: string): number {
  const ia = FACTOR_ORDER.get(lookupFactor(a)?.code ?? '') ?? Infinity;
  const ib = FACTOR_ORDER.get(lookupFactor(b)?.code ?? '') ?? Infinity;
  return ia === ib ? a.localeCompare(b) : ia - ib;
}

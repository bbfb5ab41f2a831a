import type { DateInput } from './_lib/calendarDate.js';
import { airSample } from './air/airSample.js';
import { wwtpEffluent } from './effluent/wwtpEffluent.js';
import { integratedEffluent } from './effluent/integratedEffluent.js';
import type { ItemVerdict } from './ItemVerdict.js';
import { evaluateNoise } from './noise/evaluateNoise.js';
import { noisePeriod } from './noise/noisePeriod.js';
import { CONSTRUCTION_SOIL_VERDICTS, constructionLandSoil } from './soil/constructionLandSoil.js';
import { FARMLAND_VERDICTS, farmlandSoil } from './soil/farmlandSoil.js';
import { StandardInputError } from './StandardInputError.js';
import { groundwaterClass } from './water/groundwaterClass.js';
import { surfaceWaterClass } from './water/surfaceWaterClass.js';
import { WATER_CLASS_LABELS } from './water/waterClasses.js';

/** Standard codes {@link evaluateSample} understands. */
export const STANDARD_CODES = ['GB3838', 'GB14848', 'GB36600', 'GB15618', 'GB3096', 'GB18918', 'GB8978', 'GB3095'] as const;
export type StandardCode = (typeof STANDARD_CODES)[number];

/** A sample as typed by a user: item → result, options as text. */
export interface SampleInput {
  date: DateInput;
  items: Readonly<Record<string, string | number>>;
  /** Family options by name (see {@link evaluateSample}); text, as from a form or a command line. */
  options?: Readonly<Record<string, string | undefined>>;
}

/** One printable verdict of a sample, whatever the family; `detail` is the family's own result. */
export interface SampleEvaluation {
  code: StandardCode;
  standard: string;
  /** The overall verdict in Chinese ('水质类别：Ⅲ类（良好）' …). */
  summary: string;
  items: (ItemVerdict & { class?: string | null; verdict?: string })[];
  exceedingItems: string[];
  detail: unknown;
}

/**
 * @summary Evaluate a sample against a standard named by its code — the entry point for forms and the CLI.
 *
 * @description
 * Options (text) per code, each validated by the family function:
 * - GB3838: `waterBody` river|lake (default river), `targetClass` 1–5 (default 3), `method` gb3838|assessment2011
 * - GB14848: `targetClass` 1–5 (default 3)
 * - GB36600: `landClass` 1|2|unknown (required)
 * - GB15618: `pH` (required), `landUse` paddy|orchard|other|rotation (required)
 * - GB3096: `zone` 0|1|2|3|4a|4b (required), `period` day|night or `hour` 0–23 (one required), `existingRailway` true
 *   — items `leq`, `lmax`
 * - GB18918: `grade` 1A|1B|2|3 (required), `builtOn`, `waterTempC`
 * - GB8978: `grade` 1|2|3 (required), `builtOn` (required)
 * - GB3095: `zoneClass` 1|2 (default 2) — items `pm25_24h`, `o3_8h`, `no2_year` …
 *
 * @throws {StandardInputError} for an unknown code, a missing or bad option, or anything the family refuses
 *
 * @example
 * evaluateSample('GB3838', { date: '2024-05-10', items: { 氨氮: '2.5' } }).summary //=> '水质类别：劣Ⅴ类（重度污染），未达到Ⅲ类目标'
 */
export function evaluateSample(code: string, input: SampleInput): SampleEvaluation {
  const c = String(code).toUpperCase().replace(/\s/g, '').replace('/T', '').replace(/-\d{4}$/, '');
  const o = input?.options ?? {};
  const date = input?.date;
  const items = input?.items ?? {};
  switch (c) {
    case 'GB3838': {
      const r = surfaceWaterClass(items, {
        date,
        waterBody: (o.waterBody ?? 'river') as 'river',
        targetClass: int(o, 'targetClass', 3) as 3,
        method: (o.method ?? 'gb3838') as 'gb3838',
      });
      const cls = r.classLabel === null ? '无可定类项目' : `${r.classLabel}类（${r.grade?.name}）`;
      const target = WATER_CLASS_LABELS[r.targetClass - 1];
      return done('GB3838', r, `水质类别：${cls}，${r.meetsTarget ? '达到' : '未达到'}${target}类目标`, r.items.map((i) => ({ ...i, class: i.classLabel })));
    }
    case 'GB14848': {
      const r = groundwaterClass(items, { date, targetClass: int(o, 'targetClass', 3) as 3 });
      const worst = r.items.filter((i) => i.class === r.class).map((i) => i.name);
      return done('GB14848', r, `地下水质量类别：${r.classLabel}类（${worst.join('、')}）`, r.items.map((i) => ({ ...i, class: i.classLabel })));
    }
    case 'GB36600': {
      const landClass = o.landClass === 'unknown' ? 'unknown' : (int(o, 'landClass') as 1);
      const r = constructionLandSoil(items, { date, landClass });
      return done('GB36600', r, `第${r.landClass}类用地：${CONSTRUCTION_SOIL_VERDICTS[r.verdict]}`, r.items.map((i) => ({ ...i, verdict: CONSTRUCTION_SOIL_VERDICTS[i.verdict] })));
    }
    case 'GB15618': {
      const r = farmlandSoil(items, { date, pH: required(o, 'pH'), landUse: required(o, 'landUse') as 'other' });
      return done('GB15618', r, `pH ${r.pH}：${FARMLAND_VERDICTS[r.verdict]}`, r.items.map((i) => ({ ...i, verdict: FARMLAND_VERDICTS[i.verdict] })));
    }
    case 'GB3096': {
      const period = o.period ?? (o.hour === undefined ? undefined : noisePeriod(int(o, 'hour') as number));
      if (period === undefined) throw new StandardInputError('period', undefined, "'day'（昼间）、'night'（夜间），或给出 hour（0～23）");
      const { leq, lmax, ...rest } = items;
      if (Object.keys(rest).length > 0) throw new StandardInputError('item', Object.keys(rest)[0], 'leq（等效声级）或 lmax（夜间最大声级）');
      const r = evaluateNoise({
        date,
        zone: required(o, 'zone') as '1',
        period: period as 'day',
        leq: leq as string,
        ...(lmax === undefined ? {} : { lmax }),
        existingRailway: o.existingRailway === 'true',
      });
      const when = r.period === 'day' ? '昼间' : '夜间';
      return done('GB3096', r, `${r.zone}类声环境功能区${when}：${r.exceeds ? '超标' : '达标'}`, r.items);
    }
    case 'GB18918': {
      const r = wwtpEffluent(items, {
        date,
        grade: required(o, 'grade').toUpperCase() as '1A',
        ...(o.builtOn === undefined ? {} : { builtOn: o.builtOn }),
        ...(o.waterTempC === undefined ? {} : { waterTempC: o.waterTempC }),
      });
      return done('GB18918', r, `${r.grade}标准：${r.compliant ? '达标' : '超标'}`, r.items);
    }
    case 'GB8978': {
      const r = integratedEffluent(items, { date, grade: required(o, 'grade') as '1', builtOn: required(o, 'builtOn') });
      return done('GB8978', r, `${r.grade}级标准：${r.compliant ? '达标' : '超标'}`, r.items);
    }
    case 'GB3095': {
      const r = airSample(items, { date, zoneClass: int(o, 'zoneClass', 2) as 2 });
      return done('GB3095', r, `${r.zoneClass === 1 ? '一' : '二'}类区：${r.compliant ? '达标' : '超标'}`, r.items);
    }
    default:
      throw new StandardInputError('standard', code, `${STANDARD_CODES.join('、')} 之一`);
  }
}

function done(
  code: StandardCode,
  r: { standard: string; exceedingItems: string[] },
  summary: string,
  items: SampleEvaluation['items'],
): SampleEvaluation {
  return { code, standard: r.standard, summary, items, exceedingItems: r.exceedingItems, detail: r };
}

function required(o: Readonly<Record<string, string | undefined>>, name: string): string {
  const v = o[name];
  if (v === undefined || v.trim() === '') throw new StandardInputError(name, v, '必填选项');
  return v.trim();
}

function int(o: Readonly<Record<string, string | undefined>>, name: string, fallback?: number): number {
  const v = o[name];
  if (v === undefined && fallback !== undefined) return fallback;
  const n = Number(required(o, name));
  if (!Number.isInteger(n)) throw new StandardInputError(name, v, '整数');
  return n;
}

import {
  evaluateLabResults,
  issueText,
  LAB_ITEMS,
  LAB_STANDARD_NAMES,
  labStandard,
  LabResultsError,
  type LabEvaluationOptions,
  type LabItem,
  type LabItemVerdict,
  type LabPointReport,
  type LabResult,
  type LabResultIssue,
  type LabSampleReport,
  type LabStandard,
  type ResultValue,
} from '../../domain/monitoring/labResults/index.js';
import { pointKindLabel, type PointKind } from '../../domain/geo/pointKinds.js';
import { StandardInputError } from '../../domain/standards/index.js';
import { WorkbookLimitError, WorkbookReadError } from '../../render/xlsx/workbookErrors.js';
import { listLabResultRowsByPoint, listLabResultRows, upsertLabResults, type LabResultRow, type NewLabResult } from '../../store/queries/labResults.js';
import { listMonitoringPointRows, type MonitoringPointRow } from '../../store/queries/monitoringPoints.js';
import { actorName } from '../auth/actor.js';
import { recordChange } from '../audit/recordChange.js';
import { withTransaction, type ServiceContext } from '../context.js';
import { ServiceError, type ServiceIssue } from '../errors.js';
import { MAX_YEAR, MIN_YEAR } from '../fields.js';
import { resolvePark } from '../parks/resolvePark.js';
import { readLabResultsFile } from './labResultsFile.js';

/** What one import wrote, per point. */
export interface LabImportResult {
  file: string;
  year: number;
  /** Results written (new plus replaced). */
  results: number;
  /** Of them, results that replaced an earlier value of the same point, date and item. */
  replaced: number;
  points: { pointId: number; point: string; results: number; replaced: number; samples: number; firstDate: string; lastDate: string }[];
  /** Point or date cells the reader took from the row above (merged cells), to be checked (待核对). */
  decisions: { sheet?: string; row: number; column: string; takenAs: string; fromRow: number }[];
}

/** A stored result as printed: '0.62', '0.01L' (below the detection limit 0.01), 'ND', '未测'. */
export interface StoredLabResultView {
  item: string;
  name: string;
  valueKind: ResultValue['kind'];
  value: string;
  unit: string;
  source: string;
  importedAt: string;
  importedBy: string;
}

export interface LabSampleView {
  date: string;
  results: StoredLabResultView[];
  /** The verdict under the point's standard and class; null when the point has none lab results can be judged by. */
  verdict: {
    compliant: boolean | null;
    summary: string;
    waterClassLabel: string | null;
    items: (Pick<LabItemVerdict, 'item' | 'name' | 'unit' | 'value' | 'limit' | 'class' | 'verdict' | 'exceeds' | 'multiple' | 'excessDb' | 'detectionLimitAboveLimit'> & {
      /** What the reader should know of the verdict (GB 3095: judged as a 24-hour mean; a detection limit above the limit). */
      note: string | null;
    })[];
    exceedingItems: LabSampleReport['exceedingItems'];
    maxMultiple: LabSampleReport['maxMultiple'];
    noLimit: { item: string; name: string; reason: string }[];
  } | null;
}

export interface LabPointView {
  pointId: number;
  point: string;
  kind: string;
  kindLabel: string;
  standardCode: string | null;
  standardClass: string | null;
  /** The standard the samples are judged by, or null with `evaluationNote` saying why not. */
  standardName: string | null;
  evaluationNote: string | null;
  samples: LabSampleView[];
  /** Over the year's samples: null when not judged. */
  summary: {
    samples: number;
    /** Samples with an item that has a limit. */
    evaluatedSamples: number;
    exceedingSamples: number;
    compliant: boolean | null;
    worstClassLabel: string | null;
    maxMultiple: { item: string; name: string; multiple: string; date: string } | null;
    /** Per exceeding item: in how many samples, its largest multiple (or 超标量 dB) and that sample's date. */
    exceedingItems: LabPointReport['exceedingItems'];
    /** Items measured that the standard gives no limit for (标准无限值). */
    noLimitItems: string[];
  } | null;
}

export interface LabResultsYearView {
  park: string;
  year: number;
  points: LabPointView[];
}

const ROMAN: Readonly<Record<string, string>> = { I: '1', II: '2', III: '3', IV: '4', V: '5' };
const CHINESE: Readonly<Record<string, string>> = { 一: '1', 二: '2' };

/**
 * The options a point's standard and class give the lab evaluation, or why there are none: effluent standards are not
 * judged from lab results here, GB 15618 needs the land use, GB 3096 the zone, GB 36600 the land class. GB 3095: the
 * zone class from 一级/二级, Ⅰ/Ⅱ类, 一类区/二类区 or 1/2; without one, 二类区 (二级), the class of a park.
 */
export function pointLabOptions(p: Pick<MonitoringPointRow, 'standardCode' | 'standardClass'>): { options: LabEvaluationOptions } | { note: string } {
  const standard: LabStandard | null = p.standardCode ? labStandard(p.standardCode) : null;
  if (!standard) {
    return { note: p.standardCode ? `执行标准 ${p.standardCode} 不按实验室监测结果逐样评价（可评价：${Object.values(LAB_STANDARD_NAMES).join('、')}）` : '点位未设执行标准，未评价' };
  }
  // 'Ⅲ类', 'III', '3类', '4a类', '第二类用地' …; NFKC turns 'Ⅲ' into 'III'.
  const cls = String(p.standardClass ?? '')
    .normalize('NFKC')
    .replace(/\s/g, '')
    .replace(/^第/, '')
    .replace(/标准$/, '')
    .replace(/(类用地|用地|类区|类|级)$/, '');
  const options: LabEvaluationOptions = { standard };
  if (standard === 'GB3838' || standard === 'GB14848') {
    const n = ROMAN[cls.toUpperCase()] ?? (/^[1-5]$/.test(cls) ? cls : undefined);
    if (p.standardClass && n === undefined) return { note: `标准类别"${p.standardClass}"无法识别（应为 Ⅰ～Ⅴ类）` };
    options.targetClass = n ?? '3';
    if (standard === 'GB3838') options.waterBody = 'river';
  } else if (standard === 'GB3096') {
    const z = cls.toLowerCase();
    if (!['0', '1', '2', '3', '4a', '4b'].includes(z)) return { note: `GB 3096 需要声环境功能区类别（0、1、2、3、4a、4b类），点位为"${p.standardClass ?? '未填'}"` };
    options.targetClass = z;
  } else if (standard === 'GB3095') {
    const n = p.standardClass ? (CHINESE[cls] ?? { I: '1', II: '2' }[cls.toUpperCase()] ?? (/^[12]$/.test(cls) ? cls : undefined)) : '2';
    if (n === undefined) return { note: `GB 3095 需要环境空气功能区类别（一级/一类区、二级/二类区），点位为"${p.standardClass}"` };
    options.targetClass = n;
  } else if (standard === 'GB36600') {
    const n = CHINESE[cls] ?? (/^[12]$/.test(cls) ? cls : undefined);
    if (n === undefined) return { note: `GB 36600 需要用地类别（第一类用地、第二类用地），点位为"${p.standardClass ?? '未填'}"` };
    options.landClass = n;
  } else {
    return { note: 'GB 15618 需要农用地类型（水田、果园、其他）和土壤 pH，点位未给出，未评价' };
  }
  return { options };
}

const ITEMS = new Map<string, LabItem>(LAB_ITEMS.map((i) => [i.id, i]));

const valueOf = (r: LabResultRow): ResultValue =>
  r.valueKind === 'number'
    ? { kind: 'number', value: r.value as string }
    : r.valueKind === 'belowDetection'
      ? { kind: 'belowDetection', limit: r.detectionLimit }
      : { kind: 'notMeasured' };

const valueText = (v: ResultValue) => (v.kind === 'number' ? v.value : v.kind === 'belowDetection' ? (v.limit === null ? 'ND' : `${v.limit}L`) : '未测');

const toIssue = (i: LabResultIssue): ServiceIssue => ({
  severity: 'error',
  file: i.file,
  ...(i.sheet === undefined ? {} : { sheet: i.sheet }),
  ...(i.row === undefined ? {} : { row: i.row }),
  ...(i.column === undefined ? {} : { column: i.column }),
  ...(i.value === undefined ? {} : { value: i.value }),
  expected: i.expected,
  message: issueText(i),
});

const refused = (fileName: string, issues: readonly LabResultIssue[]) =>
  new ServiceError('IMPORT_INVALID', `${fileName}：${issues.length}处错误，未导入任何结果`, issues.map(toIssue));

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new ServiceError('VALIDATION', '年份有误', [{ severity: 'error', field: 'year', value: year, message: `年份应为${MIN_YEAR}～${MAX_YEAR}的4位整数` }]);
  }
}

/** The name as given, without directories; what the source column keeps. */
function baseName(fileName: string): string {
  const name = String(fileName ?? '').split(/[\\/]/).pop()?.trim() ?? '';
  if (name === '' || name.length > 200 || /[\u0000-\u001f]/.test(name)) {
    throw new ServiceError('VALIDATION', '文件名有误', [{ severity: 'error', field: 'fileName', value: fileName, message: '文件名应为 1～200 个字符的 .xlsx 或 .csv 文件名' }]);
  }
  return name;
}

/**
 * @summary Imports a lab report's results (.xlsx or .csv) for a park's monitoring points and one report year, all or
 * nothing.
 *
 * @description Reads the file with the domain reader; matches each result's point by name to the park's monitoring
 * points; refuses a sampling date outside the year and a sample its point's standard cannot judge. Any error and
 * nothing is written: a ServiceError('IMPORT_INVALID') lists every issue with file, sheet, row, column, value and what
 * was expected. Otherwise every result is written in one transaction with one change-log entry; a point, date and item
 * stored before takes the new value.
 */
export async function importLabResults(ctx: ServiceContext, parkCode: string, year: number, fileName: string, bytes: Uint8Array): Promise<LabImportResult> {
  const park = await resolvePark(ctx, parkCode, 'write');
  checkYear(year);
  const file = baseName(fileName);
  let rs: LabResult[];
  try {
    rs = await readLabResultsFile(file, bytes);
  } catch (e) {
    if (e instanceof LabResultsError) throw refused(file, e.issues);
    if (e instanceof WorkbookLimitError) {
      const { measure, found, allowed } = e.breach;
      throw new ServiceError('IMPORT_INVALID', e.message, [{ severity: 'error', file, field: 'file', value: found, expected: `${measure}不超过 ${allowed}`, message: e.message }]);
    }
    if (e instanceof WorkbookReadError) throw new ServiceError('IMPORT_INVALID', `${file}：${e.message}`, [{ severity: 'error', file, field: 'file', message: e.message }]);
    throw e;
  }

  const points = await listMonitoringPointRows(ctx.db, park.id);
  const byName = new Map(points.map((p) => [p.name, p]));
  const names = points.map((p) => p.name).join('、') || '（本园区尚无监测点位，请先添加）';
  const issues: LabResultIssue[] = [];
  const at = (r: LabResult) => ({ file: r.file, ...(r.sheet === undefined ? {} : { sheet: r.sheet }), row: r.row });
  const matched: { r: LabResult; point: MonitoringPointRow }[] = [];
  for (const r of rs) {
    const point = byName.get(r.point);
    if (!point) issues.push({ ...at(r), column: '点位', value: r.point, expected: `园区 ${park.code} 的监测点位之一：${names}` });
    if (!r.date.startsWith(`${year}-`)) issues.push({ ...at(r), column: '采样日期', value: r.date, expected: `${year}年内的采样日期（${year}-01-01～${year}-12-31）` });
    if (point) matched.push({ r, point });
  }
  // A sample its point's standard cannot judge (a date before the standard, a unit it cannot convert) is refused now,
  // not found when the year is listed.
  if (issues.length === 0) {
    for (const p of points) {
      const own = matched.filter((m) => m.point.id === p.id).map((m) => m.r);
      const how = pointLabOptions(p);
      if (own.length === 0 || !('options' in how)) continue;
      try {
        evaluateLabResults(own, how.options);
      } catch (e) {
        if (e instanceof LabResultsError) issues.push(...e.issues);
        else if (e instanceof StandardInputError) issues.push({ ...at(own[0]), column: '点位', value: p.name, expected: `点位执行标准可评价的结果：${e.message}` });
        else throw e;
      }
    }
  }
  if (issues.length > 0) throw refused(file, issues);
  if (rs.length === 0) throw refused(file, [{ file, expected: '至少一条监测结果' }]);

  const importedBy = actorName(ctx.actor);
  const rows: NewLabResult[] = matched.map(({ r, point }) => ({
    pointId: point.id,
    year,
    sampledOn: r.date,
    item: r.item.id,
    valueKind: r.value.kind,
    value: r.value.kind === 'number' ? r.value.value : null,
    detectionLimit: r.value.kind === 'belowDetection' ? r.value.limit : null,
    unit: r.unit,
    source: file,
    importedBy,
  }));
  return withTransaction(ctx, async (tx) => {
    const replacedRows: { point: string; date: string; item: string; value: string; unit: string; year: number; source: string }[] = [];
    const perPoint: LabImportResult['points'] = [];
    for (const p of points) {
      const own = rows.filter((r) => r.pointId === p.id);
      if (own.length === 0) continue;
      const keys = new Set(own.map((r) => `${r.sampledOn}\u0000${r.item}`));
      const before = (await listLabResultRowsByPoint(tx.db, park.id, p.id)).filter((b) => keys.has(`${b.sampledOn}\u0000${b.item}`));
      for (const b of before) replacedRows.push({ point: p.name, date: b.sampledOn, item: b.item, value: valueText(valueOf(b)), unit: b.unit, year: b.year, source: b.source });
      const dates = [...new Set(own.map((r) => r.sampledOn))].sort();
      perPoint.push({ pointId: p.id, point: p.name, results: own.length, replaced: before.length, samples: dates.length, firstDate: dates[0], lastDate: dates[dates.length - 1] });
    }
    await upsertLabResults(tx.db, park.id, rows);
    await recordChange(tx, {
      parkId: park.id,
      entity: 'lab_results',
      entityId: park.id,
      action: 'import',
      before: replacedRows.length ? { replaced: replacedRows } : null,
      after: {
        file,
        year,
        results: rows.length,
        points: perPoint.map((p) => ({ point: p.point, results: p.results, samples: p.samples })),
        values: matched.map(({ r }) => ({ point: r.point, date: r.date, item: r.item.id, value: valueText(r.value), unit: r.unit })),
      },
    });
    const decisions = rs.flatMap((r) =>
      (r.filledDown ?? []).map((f) => ({ ...(r.sheet === undefined ? {} : { sheet: r.sheet }), row: r.row, column: f.column, takenAs: f.value, fromRow: f.fromRow })),
    );
    return { file, year, results: rows.length, replaced: replacedRows.length, points: perPoint, decisions };
  });
}

/**
 * @summary A park's lab results of a year, per monitoring point: each sample (date) with its stored values and the
 * verdict of `evaluateLabResults` under the point's own standard and class, and the point's summary.
 */
export async function listLabResults(ctx: ServiceContext, parkCode: string, year: number): Promise<LabResultsYearView> {
  const park = await resolvePark(ctx, parkCode, 'read');
  checkYear(year);
  const [points, stored] = await Promise.all([listMonitoringPointRows(ctx.db, park.id), listLabResultRows(ctx.db, park.id, year)]);
  const out: LabPointView[] = [];
  for (const p of points) {
    const own = stored.filter((r) => r.pointId === p.id);
    if (own.length === 0) continue;
    const dates = [...new Set(own.map((r) => r.sampledOn))].sort();
    const how = pointLabOptions(p);
    let note = 'note' in how ? how.note : null;
    let evaluation: ReturnType<typeof evaluateLabResults> | null = null;
    if ('options' in how) {
      // The reader's results again, from the stored rows (row: their order, for the engine's messages).
      const results: LabResult[] = own.flatMap((r, i) => {
        const item = ITEMS.get(r.item);
        if (!item) return [];
        const value = valueOf(r);
        return [{ file: r.source, row: i + 1, point: p.name, date: r.sampledOn, item, itemText: item.name, value, unit: r.unit, valueText: valueText(value), unitText: r.unit }];
      });
      try {
        evaluation = evaluateLabResults(results, how.options);
      } catch (e) {
        if (e instanceof LabResultsError) note = e.issues.map((i) => i.expected).join('；');
        else if (e instanceof StandardInputError) note = e.message;
        else throw e;
      }
    }
    const kind = p.kind as PointKind;
    const summary = evaluation?.points[0];
    out.push({
      pointId: p.id,
      point: p.name,
      kind,
      kindLabel: pointKindLabel(kind),
      standardCode: p.standardCode,
      standardClass: p.standardClass,
      standardName: evaluation ? evaluation.standardName : null,
      evaluationNote: note,
      samples: dates.map((date) => {
        const s = evaluation?.samples.find((x) => x.date === date);
        return {
          date,
          results: own
            .filter((r) => r.sampledOn === date)
            .map((r) => ({
              item: r.item,
              name: ITEMS.get(r.item)?.name ?? r.item,
              valueKind: r.valueKind as ResultValue['kind'],
              value: valueText(valueOf(r)),
              unit: r.unit,
              source: r.source,
              importedAt: r.importedAt.toISOString(),
              importedBy: r.importedBy,
            })),
          verdict: s
            ? {
                compliant: s.compliant,
                summary: s.summary,
                waterClassLabel: s.waterClassLabel,
                items: s.items.map((i) => ({
                  item: i.item,
                  name: i.name,
                  unit: i.unit,
                  value: i.value,
                  limit: i.limit,
                  class: i.class,
                  verdict: i.verdict,
                  exceeds: i.exceeds,
                  multiple: i.multiple,
                  excessDb: i.excessDb,
                  detectionLimitAboveLimit: i.detectionLimitAboveLimit,
                  note: i.note ?? null,
                })),
                exceedingItems: s.exceedingItems,
                maxMultiple: s.maxMultiple,
                noLimit: s.noLimit.map((n) => ({ item: n.item, name: n.name, reason: n.reason })),
              }
            : null,
        };
      }),
      summary: summary
        ? {
            samples: summary.samples,
            evaluatedSamples: summary.evaluatedSamples,
            exceedingSamples: summary.exceedingSamples,
            compliant: summary.compliant,
            worstClassLabel: summary.worstClassLabel,
            maxMultiple: summary.maxMultiple,
            exceedingItems: summary.exceedingItems,
            noLimitItems: summary.noLimitItems,
          }
        : null,
    });
  }
  return { park: park.code, year, points: out };
}

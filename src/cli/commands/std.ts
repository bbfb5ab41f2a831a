import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  AIR_DAY_RULES,
  AQI_INDICATORS,
  AQI_POLLUTANT_NAMES,
  airDaysSummary,
  annualAirSummary,
  dailyAirSeries,
  dailyAqi,
  evaluateSample,
  parseDailyCsv,
  parseHourlyCsv,
  publishedAirRows,
  StandardInputError,
  STANDARD_CODES,
  type AirDaysYear,
  type AnnualAirRow,
  type AnnualAirSummary,
  type AqiIndicator,
  type AqiResult,
  type AqiVersion,
  type DailyAirRow,
  type HourLabel,
} from '../../domain/standards/index.js';

/** Command-line flags of `std aqi` and the input fields they fill. */
const AQI_FLAGS = [
  ['pm25', 'pm25', 'PM2.5 24小时平均浓度（µg/m³）'],
  ['pm10', 'pm10', 'PM10 24小时平均浓度（µg/m³）'],
  ['so2', 'so2', 'SO2 24小时平均浓度（µg/m³）'],
  ['no2', 'no2', 'NO2 24小时平均浓度（µg/m³）'],
  ['co', 'co', 'CO 24小时平均浓度（mg/m³）'],
  ['o3-8h', 'o3_8h', 'O3 日最大8小时平均浓度（µg/m³）'],
  ['o3-1h', 'o3_1h', 'O3 日最大1小时平均浓度（µg/m³，HJ 633-2012 日报需要）'],
] as const;

/** `std evaluate` flags → option names of evaluateSample. */
const EVALUATE_FLAGS = [
  ['water-body', 'waterBody', 'GB3838：river（河流，默认）或 lake（湖、库）'],
  ['target-class', 'targetClass', 'GB3838/GB14848：目标水质类别 1～5（默认 3）'],
  ['method', 'method', 'GB3838：gb3838（默认）或 assessment2011（2011年评价办法）'],
  ['land-class', 'landClass', 'GB36600：用地类别 1、2 或 unknown'],
  ['ph', 'pH', 'GB15618：土壤 pH'],
  ['land-use', 'landUse', 'GB15618：paddy（水田）、orchard（果园）、other（其他）、rotation（水旱轮作）'],
  ['zone', 'zone', 'GB3096：声环境功能区 0、1、2、3、4a、4b'],
  ['period', 'period', 'GB3096：day（昼间）或 night（夜间）'],
  ['hour', 'hour', 'GB3096：测量小时的开始时刻 0～23（代替 --period）'],
  ['existing-railway', 'existingRailway', 'GB3096：true 表示既有铁路干线两侧（4b）'],
  ['grade', 'grade', 'GB18918：1A、1B、2、3；GB8978：1、2、3'],
  ['built-on', 'builtOn', 'GB18918/GB8978：建设（环评批复）日期 YYYY-MM-DD'],
  ['water-temp', 'waterTempC', 'GB18918：水温（℃），用于氨氮'],
  ['zone-class', 'zoneClass', 'GB3095：环境空气功能区 1 或 2（默认 2）'],
] as const;

/** commander's camelCase key of a flag ('o3-8h' → 'o38h'). */
const key = (flag: string) => flag.replace(/-([a-z0-9])/gi, (_, c: string) => c.toUpperCase());

export function registerStd(program: Command) {
  const std = program.command('std').description('环境质量标准计算：AQI、空气、地表水、地下水、土壤、噪声、排放标准');

  const aqi = std
    .command('aqi')
    .description('日空气质量指数（HJ 633-2012 / HJ 633-2026，按日期选用），浓度先按 GB/T 8170 修约；缺测写 NA')
    .requiredOption('--date <date>', '数据日期 YYYY-MM-DD（2026-03-01 起按 HJ 633-2026）')
    .option('--edition <year>', '指定 HJ 633 版本 2012 或 2026（默认按日期）')
    .option('--json', '输出 JSON');
  for (const [flag, , description] of AQI_FLAGS) aqi.option(`--${flag} <value>`, description);
  aqi.action((opts: Record<string, string | boolean | undefined>) =>
    guarded(aqi, () => {
      const input = Object.fromEntries(AQI_FLAGS.map(([flag, field]) => [field, concentration(opts[key(flag)])]));
      const edition = opts.edition === undefined ? { date: String(opts.date) } : { version: String(opts.edition) as AqiVersion };
      let r: AqiResult;
      try {
        r = dailyAqi(input as never, edition);
      } catch (e) {
        const flag = AQI_FLAGS.find(([, field]) => e instanceof StandardInputError && e.field === field)?.[0];
        throw flag && e instanceof StandardInputError ? new StandardInputError(`--${flag}`, e.value, e.expected) : e;
      }
      write(aqi, opts.json ? JSON.stringify({ date: opts.date, ...r }, null, 2) : aqiText(String(opts.date), r));
    }),
  );

  const evaluate = std
    .command('evaluate')
    .description('按标准评价一个样品：类别、超标项目和超标倍数')
    .argument('<items...>', '项目=结果，如 氨氮=0.62 COD=18（未检出写 ND 或 0.01L）')
    .requiredOption('--standard <code>', `标准代码：${STANDARD_CODES.join('、')}`)
    .requiredOption('--date <date>', '采样（监测）日期 YYYY-MM-DD')
    .option('--json', '输出 JSON');
  for (const [flag, , description] of EVALUATE_FLAGS) evaluate.option(`--${flag} <value>`, description);
  evaluate.action((args: string[], opts: Record<string, string | boolean | undefined>) =>
    guarded(evaluate, () => {
      const items = Object.fromEntries(args.map((a) => itemArgument(a)));
      const options = Object.fromEntries(
        EVALUATE_FLAGS.filter(([flag]) => opts[key(flag)] !== undefined).map(([flag, name]) => [name, String(opts[key(flag)])]),
      );
      const r = evaluateSample(String(opts.standard), { date: String(opts.date), items, options });
      write(evaluate, opts.json ? JSON.stringify(r, null, 2) : evaluationText(r));
    }),
  );

  const series = std
    .command('aqi-series')
    .description('由小时数据（CSV：station,time,so2,no2,co,o3,pm10,pm25）计算每日 AQI 和年度统计（有效天数、百分位数、优良天数比例）')
    .argument('<file>', 'CSV 文件（UTF-8）')
    .option('--hour-label <label>', 'end：整点时刻为该小时结束（默认，HJ 663 用法）；start：为该小时开始', 'end')
    .option('--zone-class <n>', '环境空气功能区 1 或 2（默认 2）', '2')
    .option('--edition <year>', '指定 HJ 633 版本 2012 或 2026（默认按每日日期）')
    .option('--json', '输出 JSON');
  series.action((file: string, opts: { hourLabel: string; zoneClass: string; edition?: string; json?: boolean }) =>
    guarded(series, () => {
      const text = readCsv(file);
      const zoneClass = zoneClassOption(opts.zoneClass);
      const stations = parseHourlyCsv(text, { hourLabel: opts.hourLabel as HourLabel }).map((s) => {
        const days = dailyAirSeries(s, { zoneClass, ...(opts.edition ? { version: opts.edition as AqiVersion } : {}) });
        return { station: s.station, days, years: annualAirSummary(days, { zoneClass }) };
      });
      write(series, opts.json ? JSON.stringify({ stations: stations.map(compactStation) }, null, 2) : stations.map(seriesText).join('\n\n'));
    }),
  );

  const airDays = std
    .command('air-days')
    .description(
      '按站点和年度评价环境空气：有效监测天数、达标天数和达标率（GB 3095 24小时平均及 O3 日最大8小时平均限值）、各因子超标天数和最大超标倍数、优良天数及比例、年均值和百分位数、与上年比较。' +
        '输入小时数据（station,time,so2,no2,co,o3,pm10,pm25）或日数据（station,date,so2,no2,co,o3_8h,pm10,pm25），由表头识别',
    )
    .argument('<file>', 'CSV 文件（UTF-8）')
    .option('--zone-class <n>', '环境空气功能区 1 或 2（默认 2）', '2')
    .option('--hour-label <label>', '小时数据：end：整点时刻为该小时结束（默认，HJ 663 用法）；start：为该小时开始', 'end')
    .option('--edition <year>', '指定 HJ 633 版本 2012 或 2026（默认按每日日期）')
    .option('--json', '输出 JSON');
  airDays.action((file: string, opts: { zoneClass: string; hourLabel: string; edition?: string; json?: boolean }) =>
    guarded(airDays, () => {
      const text = readCsv(file);
      const zoneClass = zoneClassOption(opts.zoneClass);
      if (opts.edition !== undefined && opts.edition !== '2012' && opts.edition !== '2026') throw new StandardInputError('--edition', opts.edition, '2012 或 2026');
      const version = opts.edition as AqiVersion | undefined;
      const kind = csvKind(text);
      const stations: AirDaysStation[] =
        kind === 'hourly'
          ? parseHourlyCsv(text, { hourLabel: opts.hourLabel as HourLabel }).map((s) => ({
              station: s.station,
              rows: dailyAirSeries(s, { zoneClass, ...(version ? { version } : {}) }),
              aqiWithoutO3Max1hDays: 0,
            }))
          : parseDailyCsv(text).map((s) => {
              const rows = publishedAirRows(s, version ? { version } : {});
              return { station: s.station, rows, aqiWithoutO3Max1hDays: rows.filter((r) => r.aqiWithoutO3Max1h).length };
            });
      const result = stations.map((s) => ({ station: s.station, aqiWithoutO3Max1hDays: s.aqiWithoutO3Max1hDays, years: airDaysSummary(s.rows, { zoneClass }) }));
      write(
        airDays,
        opts.json
          ? JSON.stringify({ input: kind, zoneClass, partialDayRule: AIR_DAY_RULES.partialDay, stations: result }, null, 2)
          : result.map((s) => airDaysText(s, kind, zoneClass)).join('\n\n'),
      );
    }),
  );
}

/** A station's daily rows, from hourly data or from published daily values. */
interface AirDaysStation {
  station: string;
  rows: AnnualAirRow[];
  /** Days whose HJ 633-2012 AQI was computed without the O3 1-hour value (daily files without o3_1h). */
  aqiWithoutO3Max1hDays: number;
}

function readCsv(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new StandardInputError('file', file, '可读取的 CSV 文件');
  }
}

/** --zone-class: 1 or 2. */
function zoneClassOption(text: string): 1 | 2 {
  const zoneClass = Number(text);
  if (zoneClass !== 1 && zoneClass !== 2) throw new StandardInputError('--zone-class', text, '1 或 2');
  return zoneClass;
}

/** Hourly data has a time column, daily data a date column. */
function csvKind(text: string): 'hourly' | 'daily' {
  const header = (text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '').split(',').map((h) => h.trim().replace(/^"|"$/g, '').toLowerCase());
  if (header.some((h) => ['time', '时间', '监测时间', 'datetime'].includes(h))) return 'hourly';
  if (header.some((h) => ['date', '日期', '监测日期'].includes(h))) return 'daily';
  throw new StandardInputError('表头', header.join(','), '小时数据（含 time 列：station,time,so2,no2,co,o3,pm10,pm25）或日数据（含 date 列：station,date,so2,no2,co,o3_8h,pm10,pm25）', 1);
}

const PARTIAL_DAY_TEXT = {
  exceedingCounts: '部分因子无效的日子仅在有效因子超标时计入（不达标）',
  excluded: '部分因子无效的日子不计入',
  validFactorsDecide: '部分因子无效的日子按有效因子判定',
} as const;

function airDaysText(s: { station: string; aqiWithoutO3Max1hDays: number; years: AirDaysYear[] }, kind: 'hourly' | 'daily', zoneClass: 1 | 2): string {
  const out = [`站点：${s.station}（${kind === 'hourly' ? '小时数据' : '日数据'}，${zoneClass === 1 ? '一类区' : '二类区'}）`];
  for (const y of s.years) {
    const c = y.compliance;
    const byPollutant = new Map(y.pollutants.map((p) => [p.pollutant, p]));
    const rows = c.factors.map((f) => {
      const p = byPollutant.get(f.pollutant);
      const m = f.maxExceedance;
      return [
        AQI_POLLUTANT_NAMES[f.pollutant],
        f.unit,
        String(f.validDays),
        String(f.exceedingDays),
        m ? m.multiple : '—',
        m ? `${m.value}（${m.date}，限值${m.limit}）` : '—',
        p?.mean ?? '—',
        p?.percentile.value === null || !p ? '—' : `${p.percentile.value}（第${p.percentile.p}百分位）`,
        !p || p.attains === null ? '—' : p.attains ? '达标' : '超标',
      ];
    });
    const a = y.aqi;
    out.push(
      `${y.year}年（有数据 ${y.days} 天，全年 ${c.calendarDays} 天；${c.standards.join('、')}；${y.pollutants[0].method}）`,
      `有效监测天数 ${c.monitoringDays}，达标天数 ${c.compliantDays}，超标天数 ${c.exceedingDays}，达标率 ${c.complianceRate === null ? '—' : `${c.complianceRate}%`}` +
        `（${PARTIAL_DAY_TEXT[c.partialDayRule]}：本年此类日子 ${c.partialDays} 天）`,
      table([['因子', '单位', '有效天数', '超标天数', '最大超标倍数', '最大超标日值', '年均值', '百分位数', '年评价'], ...rows]),
      `AQI 有效天数 ${a.validDays}，优良天数 ${a.goodDays}，优良天数比例 ${a.goodDayShare === null ? '—' : `${a.goodDayShare}%`}`,
      '与上年比较：',
      ...y.comparison.map((x) => `  ${x.clause}${x.assessment === 'better' ? '（向好）' : x.assessment === 'worse' ? '（变差）' : ''}`),
    );
  }
  if (s.aqiWithoutO3Max1hDays > 0) out.push(`注：日数据无 O3 1小时值，HJ 633-2012 的日 AQI 按其余六项计算（${s.aqiWithoutO3Max1hDays} 天）。`);
  return out.join('\n');
}

/** Runs an action; bad input is printed in Chinese on stderr with exit code 1. */
function guarded(cmd: Command, fn: () => void): void {
  try {
    fn();
  } catch (e) {
    if (e instanceof StandardInputError) cmd.error(`错误：${e.message}`, { exitCode: 1, code: 'parkeco.std.input' });
    throw e;
  }
}

function write(cmd: Command, text: string): void {
  cmd.configureOutput().writeOut?.(`${text}\n`);
}

/** A concentration flag: NA (any case) or empty → null (缺测); otherwise the text, validated by the library. */
function concentration(v: string | boolean | undefined): string | null | undefined {
  if (v === undefined || typeof v === 'boolean') return undefined;
  return /^(na|)$/i.test(v.trim()) ? null : v;
}

function itemArgument(a: string): [string, string] {
  const i = a.indexOf('=');
  if (i <= 0 || i === a.length - 1) throw new StandardInputError('项目', a, '项目=结果，如 氨氮=0.62');
  return [a.slice(0, i).trim(), a.slice(i + 1).trim()];
}

const label = (i: AqiIndicator) => AQI_INDICATORS[i].label;

function aqiText(date: string, r: AqiResult): string {
  const rows = r.subIndices.map((s) => [label(s.indicator), s.concentration ?? 'NA', AQI_INDICATORS[s.indicator].unit, s.iaqi === null ? '—' : String(s.iaqi), s.note ?? '']);
  const c = r.category;
  return [
    `标准：${r.standard}`,
    `日期：${date}`,
    table([['指标', '浓度', '单位', '分指数', '说明'], ...rows]),
    `AQI：${r.aqi ?? `NA${r.aqiOfAvailable === null ? '' : `（其余指标为 ${r.aqiOfAvailable}）`}`}`,
    `首要污染物：${r.primaryPollutants.length ? r.primaryPollutants.map(label).join('、') : '—'}`,
    `级别：${c ? `${c.level} ${c.name}（${c.colour} ${c.hex}）` : 'NA'}`,
    ...(r.missing.length ? [`缺测指标：${r.missing.join('、')}`] : []),
    ...(r.nonAttainmentPollutants?.length ? [`超标污染物：${r.nonAttainmentPollutants.map(label).join('、')}`] : []),
    ...(r.sensitiveGroups ?? []).map((g) => `敏感人群（${AQI_POLLUTANT_NAMES[g.pollutant]}）：${g.groups}`),
  ].join('\n');
}

function evaluationText(r: ReturnType<typeof evaluateSample>): string {
  const rows = r.items.map((i) => [i.name, i.value, i.unit, i.limit ?? '—', i.class ?? i.verdict ?? (i.exceeds ? '超标' : '达标'), i.multiple ?? '']);
  const exceeding = r.items.filter((i) => i.exceeds).map((i) => (i.multiple ? `${i.name}（${i.multiple}${r.code === 'GB3096' ? ' dB' : '倍'}）` : i.name));
  return [
    `标准：${r.standard}`,
    `结论：${r.summary}`,
    table([['项目', '结果', '单位', '限值', '类别/判定', r.code === 'GB3096' ? '超标量' : '超标倍数'], ...rows]),
    `超标项目：${exceeding.length ? exceeding.join('、') : '无'}`,
  ].join('\n');
}

function seriesText(s: { station: string; days: DailyAirRow[]; years: AnnualAirSummary[] }): string {
  const v = (x: number | null) => (x === null ? 'NA' : String(x));
  const daily = s.days.map((d) => [
    d.date,
    v(d.values.so2),
    v(d.values.no2),
    v(d.values.co),
    v(d.values.o3_8h),
    v(d.values.pm10),
    v(d.values.pm25),
    d.aqi.aqi === null ? 'NA' : String(d.aqi.aqi),
    d.aqi.primaryPollutants.map(label).join('、') || '—',
    d.aqi.category?.name ?? 'NA',
  ]);
  const out = [`站点：${s.station}`, table([['日期', 'SO2', 'NO2', 'CO', 'O3-8h', 'PM10', 'PM2.5', 'AQI', '首要污染物', '类别'], ...daily])];
  for (const y of s.years) {
    const stats = y.pollutants.map((p) => [
      AQI_POLLUTANT_NAMES[p.pollutant],
      `${p.validDays}`,
      p.valid ? '有效' : `无效（${shortFailures(p.failures)}）`,
      p.mean ?? '—',
      `${p.percentile.value ?? '—'}（第${p.percentile.p}百分位）`,
      p.complianceRate === null ? '—' : `${p.complianceRate}%`,
      p.max ? `${p.max.value}（${p.max.date}${p.max.exceedMultiple ? `，超标${p.max.exceedMultiple}倍` : ''}）` : '—',
      p.attains === null ? '—' : p.attains ? '达标' : '超标',
    ]);
    const a = y.aqi;
    const categories = Object.entries(a.categoryDays).map(([name, n]) => `${name}${n}天`).join('，');
    out.push(
      `${y.year}年（${y.days}天；${y.pollutants[0].standard}；${y.pollutants[0].method}）`,
      table([['污染物', '有效天数', '年度有效性', '年均值', '百分位数', '日达标率', '最大日均值', '年评价'], ...stats]),
      `AQI 有效天数 ${a.validDays}，优良天数 ${a.goodDays}，优良天数比例 ${a.goodDayShare === null ? 'NA' : `${a.goodDayShare}%`}；${categories}`,
    );
  }
  return out.join('\n');
}

/** The year rule, then the failing months (counted when more than three). */
function shortFailures(failures: string[]): string {
  const months = failures.filter((f) => !f.startsWith('全年'));
  const year = failures.filter((f) => f.startsWith('全年'));
  return [...year, ...(months.length > 3 ? [`${months.length}个月有效日数不足`] : months)].join('；');
}

function compactStation(s: { station: string; days: DailyAirRow[]; years: AnnualAirSummary[] }) {
  return {
    station: s.station,
    days: s.days.map((d) => ({
      date: d.date,
      values: d.values,
      validHours: d.validHours,
      o3ValidWindows: d.o3ValidWindows,
      standard: d.aqi.standard,
      iaqi: Object.fromEntries(d.aqi.subIndices.map((x) => [x.indicator, x.iaqi])),
      aqi: d.aqi.aqi,
      primaryPollutants: d.aqi.primaryPollutants,
      category: d.aqi.category?.name ?? null,
    })),
    years: s.years,
  };
}

/** Left-aligned columns; CJK characters count double. */
function table(rows: string[][]): string {
  const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) && !/[µ³Ⅰ-Ⅻ]/.test(ch) ? 2 : 1), 0);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ''))));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell + ' '.repeat(widths[c] - width(cell) + 2))).join('').trimEnd()).join('\n');
}

import { z } from 'zod';
import { POINT_KINDS, POINT_ROLES } from '../../domain/geo/pointKinds.js';
import type { AirDaysYear } from '../../domain/standards/index.js';
import { typesAgree } from '../typesAgree.js';
import type { AirAnnualFigureView } from './airAnnualFigures.js';
import type { AirEvaluationOfYear } from './airEvaluation.js';
import type { AirSeriesImportResult } from './airSeriesImport.js';
import type { RegionalAirOfYear } from './regionalAir.js';

const zoneClass = z.union([z.literal(1), z.literal(2)]);
const unit = z.enum(['µg/m³', 'mg/m³']);
const pollutant = z.enum(['so2', 'no2', 'co', 'o3', 'pm10', 'pm25']);

const YearOnYearSchema = z.object({
  name: z.string(),
  unit: z.string(),
  previous: z.string().nullable(),
  current: z.string().nullable(),
  direction: z.enum(['up', 'down', 'unchanged']).nullable(),
  assessment: z.enum(['better', 'worse', 'same']).nullable(),
  amount: z.string().nullable(),
  clause: z.string().describe('报告所用的比较语句，如 PM2.5年均浓度35μg/m³，较上年（38μg/m³）下降7.9%'),
});

const AirDaysYearSchema = z.object({
  year: z.number().int(),
  days: z.number().int().describe('有数据的天数'),
  compliance: z.object({
    year: z.number().int(),
    zoneClass,
    standards: z.array(z.string()),
    partialDayRule: z.enum(['exceedingCounts', 'excluded', 'validFactorsDecide']),
    calendarDays: z.number().int(),
    daysWithData: z.number().int(),
    partialDays: z.number().int(),
    monitoringDays: z.number().int().describe('有效监测天数'),
    compliantDays: z.number().int().describe('达标天数'),
    exceedingDays: z.number().int().describe('超标天数'),
    complianceRate: z.string().nullable().describe('达标率，%，0.1'),
    factors: z.array(
      z.object({
        pollutant,
        averaging: z.enum(['24h', '8h']),
        unit,
        validDays: z.number().int(),
        exceedingDays: z.number().int(),
        maxExceedance: z.object({ date: z.string(), value: z.string(), limit: z.number(), multiple: z.string().describe('超标倍数 (C−S)/S，0.001') }).nullable(),
      }),
    ),
  }),
  pollutants: z.array(
    z.object({
      pollutant,
      year: z.number().int(),
      standard: z.string(),
      method: z.string(),
      validDays: z.number().int(),
      validDaysByMonth: z.array(z.number().int()),
      valid: z.boolean(),
      failures: z.array(z.string()),
      mean: z.string().nullable().describe('年平均'),
      percentile: z.object({ p: z.number(), value: z.string().nullable() }),
      limits: z.object({ annual: z.number().nullable(), daily: z.number(), unit }),
      meanExceedMultiple: z.string().nullable(),
      percentileExceedMultiple: z.string().nullable(),
      attains: z.boolean().nullable(),
      compliantDays: z.number().int(),
      exceedingDays: z.number().int(),
      complianceRate: z.string().nullable(),
      max: z.object({ date: z.string(), value: z.string(), exceedMultiple: z.string().nullable() }).nullable(),
    }),
  ),
  aqi: z.object({
    validDays: z.number().int(),
    goodDays: z.number().int().describe('优良天数'),
    goodDayShare: z.string().nullable().describe('优良天数比例，%，0.1'),
    categoryDays: z.record(z.string(), z.number().int()),
    primaryPollutantDays: z.record(z.string(), z.number().int()),
    max: z.object({ date: z.string(), aqi: z.number().int() }).nullable(),
  }),
  comparison: z.array(YearOnYearSchema),
});
// primaryPollutantDays is keyed by AQI indicator; the schema keeps it a record of strings.
typesAgree<Omit<AirDaysYear, 'aqi'> & { aqi: Omit<AirDaysYear['aqi'], 'primaryPollutantDays'> & { primaryPollutantDays: Record<string, number> } }, z.infer<typeof AirDaysYearSchema>>();

const chartField = z.enum(['so2', 'no2', 'co', 'o3_8h', 'pm10', 'pm25']);

/** Response of GET /api/parks/:code/air-evaluation. */
export const AirEvaluationOfYearSchema = z.object({
  park: z.string(),
  year: z.number().int(),
  points: z.array(
    z.object({
      pointId: z.number().int(),
      name: z.string(),
      kind: z.enum(POINT_KINDS),
      kindLabel: z.string(),
      role: z.enum(POINT_ROLES).nullable(),
      roleLabel: z.string(),
      longitude: z.string(),
      latitude: z.string(),
      items: z.array(z.string()),
      standardClass: z.string().nullable(),
      zoneClass,
      zoneClassNote: z.string().nullable(),
      stationMn: z.string().nullable(),
      source: z.string().nullable().describe('数据来源：HJ 212 小时数据、导入的日均值…；无数据为 null'),
      dataLabel: z.string().nullable(),
      simulated: z.boolean().describe('模拟数据'),
      current: AirDaysYearSchema.nullable(),
      previous: AirDaysYearSchema.nullable(),
      daily: z.array(
        z.object({
          date: z.string(),
          values: z.object({ so2: z.number().nullable(), no2: z.number().nullable(), co: z.number().nullable(), o3_8h: z.number().nullable(), pm10: z.number().nullable(), pm25: z.number().nullable() }),
          aqi: z.number().int().nullable(),
          level: z.string().nullable(),
          category: z.string().nullable(),
          primaryPollutants: z.array(z.string()),
        }),
      ),
    }),
  ),
  aqiCategories: z.array(z.object({ level: z.string(), name: z.string(), maxAqi: z.number().int().nullable(), hex: z.string() })),
  limits: z.array(z.object({ field: chartField, name: z.string(), unit, zoneClass, value: z.number(), standard: z.string() })),
});

/** Response of POST /api/parks/:code/air-series/import. */
export const AirSeriesImportResultSchema = z.object({
  file: z.string(),
  pointId: z.number().int(),
  point: z.string(),
  station: z.string(),
  origin: z.enum(['daily', 'hourly']),
  days: z.number().int(),
  replaced: z.number().int(),
  firstDate: z.string(),
  lastDate: z.string(),
  dataLabel: z.string().nullable(),
});
typesAgree<AirSeriesImportResult, z.infer<typeof AirSeriesImportResultSchema>>();

const figureKey = z.enum(['goodDays', 'goodRate', 'mean.pm25', 'mean.pm10', 'mean.o3', 'mean.no2', 'mean.so2', 'mean.co']);

export const AirAnnualFigureSchema = z.object({
  pointId: z.number().int(),
  year: z.number().int(),
  key: figureKey,
  name: z.string(),
  unit: z.string(),
  value: z.string().describe('按录入原样打印'),
  source: z.string(),
  enteredBy: z.string(),
  enteredAt: z.string(),
});
typesAgree<AirAnnualFigureView, z.infer<typeof AirAnnualFigureSchema>>();

const RegionalYearSchema = z.object({
  year: z.number().int(),
  figures: z.array(
    z.object({
      key: figureKey,
      name: z.string(),
      unit: z.string(),
      value: z.string().nullable(),
      origin: z.enum(['entered', 'computed']).nullable().describe('entered：录入（原样打印）；computed：由日数据计算'),
      rule: z.string().nullable(),
      enteredBy: z.string().nullable(),
      enteredAt: z.string().nullable(),
      source: z.string().nullable(),
    }),
  ),
});

/** Response of GET /api/parks/:code/regional-air. */
export const RegionalAirOfYearSchema = z.object({
  park: z.string(),
  year: z.number().int(),
  point: z.object({ pointId: z.number().int(), name: z.string(), simulated: z.boolean() }).nullable(),
  current: RegionalYearSchema.nullable(),
  previous: RegionalYearSchema.nullable(),
  comparison: z.array(YearOnYearSchema),
});
typesAgree<RegionalAirOfYear, z.infer<typeof RegionalAirOfYearSchema>>();
typesAgree<Omit<AirEvaluationOfYear, 'points'>, Omit<z.infer<typeof AirEvaluationOfYearSchema>, 'points'>>();

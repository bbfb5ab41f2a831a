import { AIR_FACTOR_CODES } from '../../domain/monitoring/airSeries/airFactorCodes.js';
import { SIMULATED_DATA_LABEL } from '../../domain/monitoring/airSeries/dataLabels.js';
import type { AqiPollutant } from '../../domain/standards/index.js';
import { insertAirHoursBulk, setStationDataLabel, type AirHourRow } from '../../store/queries/airSeries.js';
import { listStationRows } from '../../store/queries/monitoring.js';
import { getParkRowByCode } from '../../store/queries/parks.js';
import type { ServiceContext } from '../context.js';
import { putAirAnnualFigures } from '../monitoring/airAnnualFigures.js';
import { createPoint } from '../monitoring/points.js';
import { simulatedAirYear, type SimulatedStation } from './simulatedAirYear.js';

/** The demo's air stations (AIR001–AIR003, table 6's micro-stations) and how each differs in the simulation. */
export const SIMULATED_STATIONS: readonly (SimulatedStation & { mn: string })[] = [
  { mn: 'QDGY00000000000000AIR001', seed: 1, level: 1.0 }, // 张家岭路, inside the park
  { mn: 'QDGY00000000000000AIR002', seed: 2, level: 1.06 }, // 美皇制衣, downwind
  { mn: 'QDGY00000000000000AIR003', seed: 3, level: 0.94 }, // 成章学校, upwind
];
/** The county weather's seed of a year: fixed, so every demo park has the same data. */
export const countySeed = (year: number) => 430426 * 7 + year * 13;
export const DEMO_AIR_YEARS = [2023, 2024] as const;

/**
 * 祁东县城市站: the county's station the park relies on for 三(一). Its coordinates are not in the report: the county
 * town (洪桥街道), UNCONFIRMED — correct the point when the station's own are known.
 */
export const DEMO_CITY_STATION = {
  name: '祁东县城市站',
  kind: 'city_station' as const,
  role: null,
  longitude: '112.090000',
  latitude: '26.790000',
  standardCode: 'GB3095' as const,
  standardClass: '二级',
  items: ['二氧化硫', '二氧化氮', '一氧化碳', '臭氧', 'PM2.5', 'PM10'],
  note: '报告三(一)引用的县城空气质量数据；园区不运行此站，只录入年度数据（坐标为县城位置，UNCONFIRMED）',
};

/** Seed 000 三(一): the county's 2024 figures and the 2023 ones it compares with (2023 优良天数 not given). */
export const DEMO_CITY_FIGURES = [
  {
    year: 2024,
    figures: { goodDays: '330', goodRate: '90.2', 'mean.pm25': '57', 'mean.pm10': '98', 'mean.o3': '22', 'mean.no2': '20', 'mean.so2': '12', 'mean.co': '0.748' },
  },
  { year: 2023, figures: { 'mean.pm25': '45', 'mean.pm10': '82', 'mean.o3': '63', 'mean.no2': '30', 'mean.so2': '12', 'mean.co': '1.831' } },
];
const CITY_SOURCE = '祁东县2024年空气质量通报（报告三(一)引用）';
const POLLUTANTS = Object.keys(AIR_FACTOR_CODES) as AqiPollutant[];
const BATCH = 5000;
const CODES = POLLUTANTS.map((p) => AIR_FACTOR_CODES[p]);

/**
 * Loads the demo's air data: a reproducible year 2023 and 2024 of hourly records (CN 2061, start-labelled data
 * times, flag N valid or C calibration) for AIR001–AIR003, the stations labelled 模拟数据; and the county's city
 * station with seed 000's annual figures entered. Readings go in batches of {@link BATCH} rows per statement (insertAirHoursBulk).
 */
export async function seedDemoAirData(ctx: ServiceContext, parkCode: string, options: { simulatedYear: boolean }): Promise<void> {
  const park = await getParkRowByCode(ctx.db, parkCode);
  if (!park) throw new Error(`演示园区 ${parkCode} 不存在`);
  if (options.simulatedYear) await seedSimulatedHours(ctx, park.id);
  const city = await createPoint(ctx, parkCode, DEMO_CITY_STATION);
  for (const { year, figures } of DEMO_CITY_FIGURES) await putAirAnnualFigures(ctx, parkCode, { pointId: city.id, year, source: CITY_SOURCE, figures });
}

/** The simulated hourly records of AIR001–AIR003, the stations labelled 模拟数据. */
async function seedSimulatedHours(ctx: ServiceContext, parkId: number): Promise<void> {
  const stations = new Map((await listStationRows(ctx.db, parkId)).map((s) => [s.mn, s.id]));
  for (const year of DEMO_AIR_YEARS) {
    const hours = simulatedAirYear(year, SIMULATED_STATIONS, countySeed(year));
    const start = Date.UTC(year, 0, 1) - 8 * 3_600_000;
    for (const [k, s] of SIMULATED_STATIONS.entries()) {
      const stationId = stations.get(s.mn);
      if (stationId === undefined) throw new Error(`演示站点 ${s.mn} 不存在`);
      const rows: AirHourRow[] = [];
      hours[k].forEach((h, i) => {
        if (h === null) return;
        const values = Object.fromEntries(POLLUTANTS.map((p) => [AIR_FACTOR_CODES[p], String(h.values[p])]));
        rows.push({ dataTime: new Date(start + i * 3_600_000), values, flag: h.flag, valid: h.flag === 'N' });
      });
      for (let i = 0; i < rows.length; i += BATCH) await insertAirHoursBulk(ctx.db, parkId, stationId, CODES, rows.slice(i, i + BATCH));
    }
  }
  for (const s of SIMULATED_STATIONS) await setStationDataLabel(ctx.db, parkId, stations.get(s.mn) as number, SIMULATED_DATA_LABEL);
}

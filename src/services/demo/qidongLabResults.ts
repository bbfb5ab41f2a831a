/**
 * The demo's lab results for the 2024 plan's campaigns (seed 000, 表3), generated from a fixed seed: synthetic
 * (模拟数据, named so in the file name, which every result keeps as its source) and realistic, every value within its
 * point's standard and class so that the report's conclusion after table 3 (all media comply) stays true.
 * A CSV, not an .xlsx: the importer reads both the same way, and writing then reading a workbook of these 514 rows
 * (exceljs, then the import's worker thread) would add seconds to every first start of the demo.
 */
export const DEMO_LAB_FILE = '祁东高新区2024年度自行监测结果（模拟数据）.csv';

/** The generator's seed: the same workbook on every start. */
export const DEMO_LAB_SEED = 20240415;

/**
 * An item as a lab reports it: unit, the range values are drawn from (uniform), decimals printed, and the detection
 * limit (a value drawn below it is printed as "<limit>L", below detection).
 */
type ItemSpec = readonly [name: string, unit: string, min: number, max: number, decimals: number, detectionLimit?: number];

const consecutive = (first: string, days: number): string[] =>
  Array.from({ length: days }, (_, i) => {
    const d = new Date(`${first}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + i);
    return d.toISOString().slice(0, 10);
  });

/** Two air campaigns of 5 consecutive days (每年监测两期，每次连续监测3-5天，每天1次). */
const AIR_DATES = [...consecutive('2024-04-15', 5), ...consecutive('2024-10-14', 5)];

/** GB 3095-2012 二级 24-hour limits: SO2 150, NOx 100, PM10 150, TSP 300 µg/m³; HJ 2.2 附录D: 甲苯, 二甲苯 200 µg/m³, TVOC 600 µg/m³. */
const AIR: readonly ItemSpec[] = [
  ['二氧化硫', 'µg/m³', 6, 24, 0, 7],
  ['氮氧化物', 'µg/m³', 14, 46, 0],
  ['PM10', 'µg/m³', 38, 96, 0],
  ['TSP', 'µg/m³', 72, 168, 0],
  ['VOCs', 'µg/m³', 45, 210, 0],
  ['甲苯', 'µg/m³', 1.5, 12, 1, 1.5],
  ['二甲苯', 'µg/m³', 1.5, 9, 1, 1.5],
];

/** At the wastewater plant: GB 14554 二级 boundary 臭气浓度 20; HJ 2.2 附录D 氨 200, 硫化氢 10 µg/m³; 甲烷 near background. */
const WWTP_AIR: readonly ItemSpec[] = [
  ['氨', 'µg/m³', 20, 110, 0, 10],
  ['硫化氢', 'µg/m³', 0.5, 4, 1, 1],
  ['臭气浓度', '无量纲', 10, 16, 0, 10],
  ['甲烷', 'mg/m³', 1.2, 1.9, 2],
];

/** GB 3838-2002 Ⅲ类: pH 6–9, DO ≥ 5, COD ≤ 20, BOD5 ≤ 4, NH3-N ≤ 1.0, TP ≤ 0.2, 石油类 ≤ 0.05, Cu, Zn, F ≤ 1.0, Pb, As, Cr6+ ≤ 0.05, Cd ≤ 0.005, Hg ≤ 0.0001, CN, 硫化物, LAS ≤ 0.2, 粪大肠菌群 ≤ 10000 个/L. */
const WATER: readonly ItemSpec[] = [
  ['pH', '无量纲', 6.8, 7.9, 2],
  ['化学需氧量', 'mg/L', 7, 17, 0, 4],
  ['溶解氧', 'mg/L', 6.1, 8.4, 1],
  ['五日生化需氧量', 'mg/L', 1.1, 3.2, 1, 0.5],
  ['氨氮', 'mg/L', 0.12, 0.78, 3, 0.025],
  ['总磷', 'mg/L', 0.03, 0.16, 2, 0.01],
  ['悬浮物', 'mg/L', 6, 24, 0, 4],
  ['石油类', 'mg/L', 0.005, 0.03, 2, 0.01],
  ['铜', 'mg/L', 0.002, 0.02, 3, 0.006],
  ['铅', 'mg/L', 0.001, 0.008, 3, 0.0025],
  ['锌', 'mg/L', 0.01, 0.08, 2, 0.05],
  ['镉', 'mg/L', 0.0002, 0.0012, 4, 0.0005],
  ['汞', 'mg/L', 0.00001, 0.00006, 5, 0.00004],
  ['砷', 'mg/L', 0.0005, 0.004, 4, 0.0003],
  ['六价铬', 'mg/L', 0.002, 0.012, 3, 0.004],
  ['氟化物', 'mg/L', 0.12, 0.45, 2, 0.05],
  ['氰化物', 'mg/L', 0.001, 0.006, 3, 0.004],
  ['硫化物', 'mg/L', 0.003, 0.03, 3, 0.01],
  ['阴离子表面活性剂', 'mg/L', 0.02, 0.09, 2, 0.05],
  ['粪大肠菌群', '个/L', 200, 3500, 0],
];

/** GB/T 14848-2017 Ⅲ类: pH 6.5–8.5, NH3-N ≤ 0.50, CODMn ≤ 3.0, 硝酸盐(以N计) ≤ 20, 总硬度 ≤ 450, As, Pb ≤ 0.01, Cd ≤ 0.005, Cr6+ ≤ 0.05, Hg ≤ 0.001, Cu, Zn ≤ 1.0, Ni ≤ 0.02, Mn ≤ 0.10, Fe ≤ 0.3, 总大肠菌群 ≤ 3.0 MPN/100mL. */
const GROUNDWATER: readonly ItemSpec[] = [
  ['pH', '无量纲', 6.8, 7.6, 2],
  ['氨氮', 'mg/L', 0.03, 0.32, 3, 0.025],
  ['高锰酸盐指数', 'mg/L', 0.6, 2.1, 1, 0.5],
  ['硝酸盐', 'mg/L', 1.2, 8.5, 2],
  ['总硬度', 'mg/L', 120, 310, 0],
  ['砷', 'mg/L', 0.0003, 0.003, 4, 0.0003],
  ['铅', 'mg/L', 0.001, 0.004, 3, 0.0025],
  ['镉', 'mg/L', 0.0002, 0.001, 4, 0.0005],
  ['六价铬', 'mg/L', 0.002, 0.01, 3, 0.004],
  ['汞', 'mg/L', 0.00002, 0.0002, 5, 0.00004],
  ['铜', 'mg/L', 0.002, 0.02, 3, 0.006],
  ['锌', 'mg/L', 0.01, 0.12, 2, 0.05],
  ['镍', 'mg/L', 0.001, 0.008, 3, 0.005],
  ['锰', 'mg/L', 0.005, 0.06, 3, 0.01],
  ['铁', 'mg/L', 0.02, 0.18, 2, 0.03],
  ['总大肠菌群', 'MPN/100mL', 1, 2, 0, 2],
];

/** GB 36600-2018 第二类用地 筛选值: Cd 65, Hg 38, Pb 800, Cu 18000 mg/kg; pH and Zn have none there. */
const SOIL: readonly ItemSpec[] = [
  ['pH', '无量纲', 5.6, 7.4, 2],
  ['镉', 'mg/kg', 0.08, 0.42, 2],
  ['汞', 'mg/kg', 0.04, 0.26, 3],
  ['铅', 'mg/kg', 18, 62, 1],
  ['铜', 'mg/kg', 14, 48, 1],
  ['锌', 'mg/kg', 52, 168, 1],
];

/** GB 3096-2008 (昼/夜): 4a类 70/55, 3类 65/55, 2类 60/50 dB(A). */
const noise = (day: [number, number], night: [number, number]): readonly ItemSpec[] => [
  ['昼间等效声级', 'dB(A)', day[0], day[1], 1],
  ['夜间等效声级', 'dB(A)', night[0], night[1], 1],
];

/** Points (by their demo names), their sampling dates and items. */
const CAMPAIGNS: readonly { points: readonly string[]; dates: readonly string[]; items: readonly ItemSpec[] }[] = [
  { points: ['上风向1000m', '下风向500m', '下风向1000m', '公租房A区'], dates: AIR_DATES, items: AIR },
  { points: ['工业污水处理厂'], dates: AIR_DATES, items: WWTP_AIR },
  { points: ['排口上游500m', '排口下游1000m', '白河（成章学校后白河路雨水排口）'], dates: ['2024-05-20', '2024-11-18'], items: WATER },
  { points: ['白河安置小区1号井', '白河安置小区2号井'], dates: ['2024-07-09'], items: GROUNDWATER },
  { points: ['交通干线两侧'], dates: ['2024-05-21', '2024-11-19'], items: noise([58, 66], [47, 53]) },
  { points: ['工业用地边界'], dates: ['2024-05-21', '2024-11-19'], items: noise([54, 62], [46, 52]) },
  { points: ['公租房A区噪声点'], dates: ['2024-05-21', '2024-11-19'], items: noise([49, 56], [41, 47]) },
  { points: ['园区北侧边界', '园区南侧边界', '排口上游500m底泥', '排口下游100m底泥', '白河安置小区土壤'], dates: ['2024-07-10'], items: SOIL },
];

/** mulberry32: a small, fast, well-mixed 32-bit generator; numbers in [0, 1). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One row of the workbook: 点位, 采样日期, 监测项目, 监测结果, 单位, 检出限. */
export type DemoLabRow = [point: string, date: string, item: string, result: string, unit: string, detectionLimit: string];

/** The rows, point by point, date by date, item by item; the same for the same seed. */
export function demoLabRows(seed = DEMO_LAB_SEED): DemoLabRow[] {
  const next = random(seed);
  const rows: DemoLabRow[] = [];
  for (const { points, dates, items } of CAMPAIGNS) {
    for (const point of points) {
      for (const date of dates) {
        for (const [name, unit, min, max, decimals, limit] of items) {
          const value = min + (max - min) * next();
          const below = limit !== undefined && value < limit;
          rows.push([point, date, name, below ? `${limit}L` : value.toFixed(decimals), unit, limit === undefined ? '' : String(limit)]);
        }
      }
    }
  }
  return rows;
}

const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** The rows as a lab's CSV (UTF-8), header first: 点位,采样日期,监测项目,监测结果,单位,检出限. */
export function demoLabCsv(seed = DEMO_LAB_SEED): Buffer {
  const lines = [['点位', '采样日期', '监测项目', '监测结果', '单位', '检出限'], ...demoLabRows(seed)].map((row) => row.map(csvCell).join(','));
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

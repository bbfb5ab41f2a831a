import type { PlanItemInputBody } from '../monitoring/planSchemas.js';

/** The demo's plan year (the year of seed 000). */
export const DEMO_PLAN_YEAR = 2024;

const AIR_FREQUENCY = '每年监测两期，每次连续监测3-5天，每天1次';
const AIR_STANDARD = '环境空气质量标准（GB3095-2012）Ⅱ类标准';
const WATER_ITEMS = 'pH、COD、DO、BOD5、氨氮、TP、SS、石油类；Cu、Pb、Zn、Cd、Hg、As、CR6+、氟化物、氰化物、硫化物、有机氯、阴离子表面活性剂、大肠菌群';
const WATER_STANDARD = '地表水环境质量标准（GB3838-2002）Ⅲ类标准';

/**
 * Table 3 of seed 000 (环境质量监测计划及落实情况, 2024), row by row, with the demo's points each row covers (by name:
 * DEMO_PLAN_POINTS). Texts as printed; a sub-row (增设…) repeats the texts it shares with the row above, which the
 * printed table shows merged. Campaigns a year are left to the frequency text (每年两期 → 2, 1次/半年 → 2, 1次/年 → 1,
 * 半年一次 → 2).
 */
export const DEMO_PLAN: (Omit<PlanItemInputBody, 'year' | 'pointIds'> & { points: string[] })[] = [
  {
    medium: 'air',
    pointsText: '园区上风向1000m、下风向500m、1000m各一个监测点',
    itemsText: 'SO2、NOX、PM10、TSP、VOCs、甲苯、二甲苯',
    frequencyText: AIR_FREQUENCY,
    standardText: AIR_STANDARD,
    points: ['上风向1000m', '下风向500m', '下风向1000m'],
  },
  {
    medium: 'air',
    pointsText: '增设1个点位：公租房A区',
    itemsText: 'SO2、NOX、PM10、TSP、VOCs、甲苯、二甲苯',
    frequencyText: AIR_FREQUENCY,
    standardText: AIR_STANDARD,
    points: ['公租房A区'],
  },
  {
    medium: 'air',
    pointsText: '增设点位2：工业污水处理厂',
    itemsText: '氨（氨气）、硫化氢、臭气浓度、甲烷',
    frequencyText: AIR_FREQUENCY,
    standardText: AIR_STANDARD,
    points: ['工业污水处理厂'],
  },
  {
    medium: 'surfaceWater',
    pointsText: '工业园污水处理厂排口上游500m和下游1000m',
    itemsText: WATER_ITEMS,
    frequencyText: '1次/半年',
    standardText: WATER_STANDARD,
    points: ['排口上游500m', '排口下游1000m'],
  },
  {
    medium: 'surfaceWater',
    pointsText: '增设1个点位：白河（成章学校后白河路雨水排口）',
    itemsText: WATER_ITEMS,
    frequencyText: '1次/半年',
    standardText: WATER_STANDARD,
    points: ['白河（成章学校后白河路雨水排口）'],
  },
  {
    medium: 'groundwater',
    pointsText: '工业园周边白河安置小区2处水井',
    itemsText: 'pH、氨氮、高锰酸钾指数、硝酸盐、总硬度、砷、铅、镉、六价铬、汞、铜、锌、镍、锰、铁和总大肠杆菌',
    frequencyText: '1次/年',
    standardText: '地下水质量标准（GB/T14848-2017）Ⅲ类标准',
    points: ['白河安置小区1号井', '白河安置小区2号井'],
  },
  {
    medium: 'noise',
    pointsText: '主要交通干线两侧、工业用地边界、公租房A区',
    itemsText: '等效连续A声级',
    frequencyText: '半年一次，分昼夜各监测一次',
    standardText: '声环境质量标准（GB3096-2008）',
    points: ['交通干线两侧', '工业用地边界', '公租房A区噪声点'],
  },
  {
    medium: 'soil',
    pointsText: '工业园北侧边界、南侧边界、归阳污水处理厂排口上游500m底泥和排口下游100m底泥、白河安置小区',
    itemsText: 'pH、Cd、Hg、Pb、Cu、Zn',
    frequencyText: '1次/年',
    standardText: '土壤环境质量《建设用地土壤污染风险管控标准》（GB36600-2018）',
    points: ['园区北侧边界', '园区南侧边界', '排口上游500m底泥', '排口下游100m底泥', '白河安置小区土壤'],
  },
];

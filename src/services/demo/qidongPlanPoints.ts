import type { PointInputBody } from '../monitoring/pointSchemas.js';

/** Said in the note of every point below: the report names these points but gives no coordinates. */
export const ILLUSTRATIVE_COORDINATES = '示意坐标，报告未给出';

const AIR_ITEMS = ['二氧化硫', '氮氧化物', 'PM10', 'TSP', 'VOCs', '甲苯', '二甲苯'];
const WWTP_AIR_ITEMS = ['氨', '硫化氢', '臭气浓度', '甲烷'];
const WATER_ITEMS = ['pH', '化学需氧量', '溶解氧', '五日生化需氧量', '氨氮', '总磷', '悬浮物', '石油类', '铜', '铅', '锌', '镉', '汞', '砷', '六价铬', '氟化物', '氰化物', '硫化物', '阴离子表面活性剂', '粪大肠菌群'];
const GROUNDWATER_ITEMS = ['pH', '氨氮', '高锰酸盐指数', '硝酸盐', '总硬度', '砷', '铅', '镉', '六价铬', '汞', '铜', '锌', '镍', '锰', '铁', '总大肠菌群'];
const NOISE_ITEMS = ['昼间等效声级', '夜间等效声级'];
const SOIL_ITEMS = ['pH', '镉', '汞', '铅', '铜', '锌'];

type DemoPoint = PointInputBody & { name: string };

const point = (p: Omit<DemoPoint, 'note'> & { note?: string }): DemoPoint => ({
  ...p,
  note: p.note ? `${p.note}；${ILLUSTRATIVE_COORDINATES}` : ILLUSTRATIVE_COORDINATES,
});

/**
 * The points of the 2024 monitoring plan (seed 000, 表3) besides the three micro-stations of table 6, with the kind,
 * role, standard and class table 3 gives them. The report gives no coordinates: those below are illustrative, placed
 * around the micro-stations (112°11′56″–112°12′58″E, 26°33′32″–26°34′15″N) by the role the name says, and each
 * point's note says so. Two names of table 3 serve two media (公租房A区 air and noise, 白河安置小区 groundwater and
 * soil); a park's point names are unique, so the second of each carries its medium.
 */
export const DEMO_PLAN_POINTS: DemoPoint[] = [
  // 环境空气, GB 3095-2012 二级.
  ...(
    [
      ['上风向1000m', 'upwind', '112.2105', '26.5788'],
      ['下风向500m', 'downwind', '112.2010', '26.5620'],
      ['下风向1000m', 'downwind', '112.1965', '26.5585'],
      ['公租房A区', 'sensitive', '112.2140', '26.5720'],
    ] as const
  ).map(([name, role, longitude, latitude]) =>
    point({ name, kind: 'air_station', role, longitude, latitude, standardCode: 'GB3095', standardClass: '二级', items: AIR_ITEMS, note: '表3 环境空气监测点' }),
  ),
  point({ name: '工业污水处理厂', kind: 'air_station', role: 'inside', longitude: '112.2075', latitude: '26.5640', standardCode: 'GB3095', standardClass: '二级', items: WWTP_AIR_ITEMS, note: '表3 增设点位2（恶臭）' }),
  // 地表水, GB 3838-2002 Ⅲ类.
  point({ name: '排口上游500m', kind: 'surface_water', role: 'upstream', longitude: '112.2150', latitude: '26.5610', standardCode: 'GB3838', standardClass: 'Ⅲ类', items: WATER_ITEMS, note: '工业园污水处理厂排口上游500m' }),
  point({ name: '排口下游1000m', kind: 'surface_water', role: 'downstream', longitude: '112.2240', latitude: '26.5575', standardCode: 'GB3838', standardClass: 'Ⅲ类', items: WATER_ITEMS, note: '工业园污水处理厂排口下游1000m' }),
  point({ name: '白河（成章学校后白河路雨水排口）', kind: 'surface_water', role: null, longitude: '112.2060', latitude: '26.5725', standardCode: 'GB3838', standardClass: 'Ⅲ类', items: WATER_ITEMS, note: '表3 增设点位' }),
  // 地下水, GB/T 14848-2017 Ⅲ类.
  point({ name: '白河安置小区1号井', kind: 'groundwater', role: 'sensitive', longitude: '112.2185', latitude: '26.5665', standardCode: 'GB14848', standardClass: 'Ⅲ类', items: GROUNDWATER_ITEMS, note: '工业园周边白河安置小区水井' }),
  point({ name: '白河安置小区2号井', kind: 'groundwater', role: 'sensitive', longitude: '112.2195', latitude: '26.5652', standardCode: 'GB14848', standardClass: 'Ⅲ类', items: GROUNDWATER_ITEMS, note: '工业园周边白河安置小区水井' }),
  // 声环境, GB 3096-2008. UNCONFIRMED: table 3 names no zone class; 4a类 beside the trunk road, 3类 at the industrial
  // boundary and 2类 at the housing are the usual zoning (GB/T 15190) and may be corrected on the point.
  point({ name: '交通干线两侧', kind: 'noise', role: null, longitude: '112.2090', latitude: '26.5680', standardCode: 'GB3096', standardClass: '4a类', items: NOISE_ITEMS, note: '主要交通干线两侧；功能区类别为推定（报告未给出）' }),
  point({ name: '工业用地边界', kind: 'noise', role: null, longitude: '112.2030', latitude: '26.5655', standardCode: 'GB3096', standardClass: '3类', items: NOISE_ITEMS, note: '功能区类别为推定（报告未给出）' }),
  point({ name: '公租房A区噪声点', kind: 'noise', role: 'sensitive', longitude: '112.2142', latitude: '26.5718', standardCode: 'GB3096', standardClass: '2类', items: NOISE_ITEMS, note: '公租房A区；功能区类别为推定（报告未给出）' }),
  // 土壤环境, GB 36600-2018 第二类用地 (the conclusion after table 3 judges all soil by 第二类用地 筛选值).
  ...(
    [
      ['园区北侧边界', null, '112.2080', '26.5800', '工业园北侧边界'],
      ['园区南侧边界', null, '112.2020', '26.5540', '工业园南侧边界'],
      ['排口上游500m底泥', 'upstream', '112.2151', '26.5608', '归阳污水处理厂排口上游500m底泥'],
      ['排口下游100m底泥', 'downstream', '112.2170', '26.5600', '归阳污水处理厂排口下游100m底泥'],
      ['白河安置小区土壤', 'sensitive', '112.2190', '26.5660', '白河安置小区'],
    ] as const
  ).map(([name, role, longitude, latitude, note]) =>
    point({ name, kind: 'soil', role, longitude, latitude, standardCode: 'GB36600', standardClass: '第二类用地', items: SOIL_ITEMS, note }),
  ),
];

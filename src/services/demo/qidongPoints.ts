import type { PointInputBody } from '../monitoring/pointSchemas.js';

/** 监测项目 of the micro-stations, as table 6 of the 2024 report lists them (颗粒物PM2.5/PM10 named by their usual short form). */
const MICRO_STATION_ITEMS = ['二氧化硫', '氮氧化物', '臭氧', '一氧化碳', 'PM2.5', 'PM10'];

/**
 * The three micro-stations of 归阳工业园大气污染防治网格化监测系统 (seed 000, 表6) with their coordinates as printed,
 * their roles (张家岭路 园区内, 美皇制衣 下风向, 成章学校 上风向) and GB 3095-2012 二级. Each is linked to one of the
 * demo's air stations, AIR001–AIR003 in table order (`stationMn`; seedDemoPark turns it into the station's id).
 */
export const DEMO_POINTS: (Omit<PointInputBody, 'stationId'> & { stationMn: string })[] = [
  { name: '张家岭路', longitude: '112°12′58″', latitude: '26°34′9″', role: 'inside', stationMn: 'QDGY00000000000000AIR001' },
  { name: '美皇制衣', longitude: '112°11′56″', latitude: '26°33′32″', role: 'downwind', stationMn: 'QDGY00000000000000AIR002' },
  { name: '成章学校', longitude: '112°12′18″', latitude: '26°34′15″', role: 'upwind', stationMn: 'QDGY00000000000000AIR003' },
].map((p) => ({
  ...p,
  kind: 'micro_station' as const,
  role: p.role as 'inside' | 'downwind' | 'upwind',
  standardCode: 'GB3095' as const,
  standardClass: '二级',
  items: MICRO_STATION_ITEMS,
  note: '表6 大气污染防治网格化监测系统点位',
}));

/**
 * The pollutant-factor dictionary (污染因子编码): HJ 212-2017 codes, their HJ/T 212-2005 equivalents, Chinese
 * names and units, for the air, water, noise, flue-gas and wastewater factors a park meets.
 *
 * Source: the HJ 212-2017 Appendix B tables as transcribed in srdgame/lua-HJ212 `hj212.csv` (the mapping
 * table hj212.md §1.2 points to), which also gives the 2005 code of each factor that had one. Units are the
 * table's, written as symbols. Entries that table does not contain, or where it looks wrong, carry `note`.
 */

export interface FactorInfo {
  /** HJ 212-2017 code, e.g. `w01018`. */
  code: string;
  /** HJ/T 212-2005 code, only where the transcription gives one. */
  code2005?: string;
  /** 中文名称. */
  name: string;
  /** Unit of concentration values (Rtd/Avg/Min/Max) as in the standard's table. */
  unit: string;
  /** Unit of emission amounts (Cou, 排放量), where the factor has one. */
  couUnit?: string;
  /** Unit ambient-quality stations (ST 22) use, where it differs from `unit` (μg/m³ for gases, as GB 3095). */
  ambientUnit?: string;
  /** Why this entry is less certain than the others. */
  note?: string;
}

const NOT_IN_TABLE = '不在所依据的 2017 附录 B 转录表中；编码按空气/地表水自动站的通行用法';
const PM_UNIT_NOTE = '转录表写作 ng/m³，疑为转录错误；按环境空气自动站通行的 μg/m³';

export const FACTORS: readonly FactorInfo[] = [
  // 废水 / 地表水 (w)
  { code: 'w00000', code2005: 'B01', name: '污水流量', unit: 'L/s', couUnit: 'm³' },
  { code: 'w01001', code2005: '001', name: 'pH值', unit: '无量纲' },
  { code: 'w01002', code2005: '002', name: '色度', unit: '度' },
  { code: 'w01003', name: '浊度', unit: 'NTU', note: NOT_IN_TABLE },
  { code: 'w01009', name: '溶解氧', unit: 'mg/L' },
  { code: 'w01010', name: '水温', unit: '℃' },
  { code: 'w01012', code2005: '003', name: '悬浮物', unit: 'mg/L', couUnit: 'kg' },
  { code: 'w01014', name: '电导率', unit: 'μS/cm' },
  { code: 'w01017', code2005: '010', name: '五日生化需氧量', unit: 'mg/L', couUnit: 'kg' },
  { code: 'w01018', code2005: '011', name: '化学需氧量', unit: 'mg/L', couUnit: 'kg' },
  { code: 'w01019', name: '高锰酸盐指数', unit: 'mg/L', couUnit: 'kg' },
  { code: 'w01020', code2005: '015', name: '总有机碳', unit: 'mg/L', couUnit: 'kg' },
  { code: 'w20111', code2005: '020', name: '总汞', unit: 'μg/L', couUnit: 'g' },
  { code: 'w20115', code2005: '022', name: '总镉', unit: 'μg/L', couUnit: 'g' },
  { code: 'w20116', code2005: '023', name: '总铬', unit: 'mg/L', couUnit: 'kg' },
  { code: 'w20117', code2005: '024', name: '六价铬', unit: 'μg/L', couUnit: 'g' },
  { code: 'w20119', code2005: '026', name: '总砷', unit: 'μg/L', couUnit: 'g' },
  { code: 'w20120', code2005: '027', name: '总铅', unit: 'μg/L', couUnit: 'g' },
  { code: 'w20121', code2005: '028', name: '总镍', unit: 'mg/L', couUnit: 'kg' },
  { code: 'w20122', code2005: '029', name: '总铜', unit: 'mg/L', couUnit: 'kg' },
  { code: 'w20123', code2005: '030', name: '总锌', unit: 'mg/L', couUnit: 'kg' },
  { code: 'w21001', code2005: '065', name: '总氮', unit: 'mg/L', couUnit: 'kg' },
  { code: 'w21003', code2005: '060', name: '氨氮', unit: 'mg/L', couUnit: 'kg' },
  { code: 'w21011', code2005: '101', name: '总磷', unit: 'mg/L', couUnit: 'kg' },
  { code: 'w21016', code2005: '070', name: '氰化物', unit: 'mg/L', couUnit: 'kg' },
  { code: 'w21017', code2005: '072', name: '氟化物', unit: 'mg/L', couUnit: 'kg' },
  { code: 'w21019', code2005: '071', name: '硫化物', unit: 'mg/L', couUnit: 'kg' },
  { code: 'w22001', code2005: '080', name: '石油类', unit: 'mg/L', couUnit: 'kg' },
  { code: 'w23002', code2005: '110', name: '挥发酚', unit: 'mg/L', couUnit: 'kg' },
  // 废气 / 环境空气 (a)
  { code: 'a00000', code2005: 'B02', name: '废气流量', unit: 'm³/s', couUnit: 'm³' },
  { code: 'a01001', name: '温度', unit: '℃' },
  { code: 'a01002', name: '湿度', unit: '%' },
  { code: 'a01006', name: '气压', unit: 'kPa' },
  { code: 'a01007', name: '风速', unit: 'm/s' },
  { code: 'a01008', name: '风向', unit: '°' },
  { code: 'a01011', code2005: 'S02', name: '烟气流速', unit: 'm/s' },
  { code: 'a01012', code2005: 'S03', name: '烟气温度', unit: '℃' },
  { code: 'a01013', code2005: 'S08', name: '烟气压力', unit: 'kPa' },
  { code: 'a01014', code2005: 'S05', name: '烟气湿度', unit: '%' },
  { code: 'a01015', code2005: 'S06', name: '制冷温度', unit: '℃' },
  { code: 'a01016', code2005: 'S07', name: '烟道截面积', unit: 'm²' },
  { code: 'a01017', code2005: 'S04', name: '烟气动压', unit: 'kPa' },
  { code: 'a05024', name: '臭氧', unit: 'μg/m³', note: NOT_IN_TABLE },
  { code: 'a19001', code2005: 'S01', name: '氧气含量', unit: '%' },
  { code: 'a21002', code2005: '03', name: '氮氧化物', unit: 'mg/m³', couUnit: 'kg' },
  { code: 'a21003', name: '一氧化氮', unit: 'mg/m³', couUnit: 'kg' },
  { code: 'a21004', name: '二氧化氮', unit: 'mg/m³', couUnit: 'kg', ambientUnit: 'μg/m³' },
  { code: 'a21005', code2005: '04', name: '一氧化碳', unit: 'mg/m³', couUnit: 'kg' },
  { code: 'a21024', code2005: '08', name: '氯化氢', unit: 'mg/m³', couUnit: 'kg' },
  { code: 'a21026', code2005: '02', name: '二氧化硫', unit: 'mg/m³', couUnit: 'kg', ambientUnit: 'μg/m³' },
  { code: 'a21028', code2005: '05', name: '硫化氢', unit: 'mg/m³', couUnit: 'kg' },
  { code: 'a24088', name: '非甲烷总烃', unit: 'mg/m³', couUnit: 'kg' },
  { code: 'a25002', name: '苯', unit: 'mg/m³', couUnit: 'kg' },
  { code: 'a25003', code2005: '17', name: '甲苯', unit: 'mg/m³', couUnit: 'kg' },
  { code: 'a25005', code2005: '18', name: '二甲苯', unit: 'mg/m³', couUnit: 'kg' },
  { code: 'a34001', name: '总悬浮颗粒物', unit: 'μg/m³', note: PM_UNIT_NOTE },
  { code: 'a34002', name: '可吸入颗粒物 PM10', unit: 'μg/m³', note: PM_UNIT_NOTE },
  { code: 'a34004', name: '细颗粒物 PM2.5', unit: 'μg/m³', note: PM_UNIT_NOTE },
  { code: 'a34013', code2005: '01', name: '烟尘', unit: 'mg/m³', couUnit: 'kg' },
  // 噪声
  { code: 'LA', name: 'A 声级', unit: 'dB' },
  { code: 'Leq', name: '等效声级', unit: 'dB' },
  { code: 'L10', name: '累计百分声级 L10', unit: 'dB' },
  { code: 'L50', name: '累计百分声级 L50', unit: 'dB' },
  { code: 'L90', name: '累计百分声级 L90', unit: 'dB' },
  { code: 'Ld', name: '昼间等效声级', unit: 'dB' },
  { code: 'Ln', name: '夜间等效声级', unit: 'dB' },
  { code: 'Ldn', name: '昼夜等效声级', unit: 'dB' },
  { code: 'LMx', name: '最大瞬时声级', unit: 'dB' },
  { code: 'LMn', name: '最小瞬时声级', unit: 'dB' },
];

const BY_CODE = new Map<string, FactorInfo>();
for (const factor of FACTORS) {
  BY_CODE.set(factor.code, factor);
  if (factor.code2005 !== undefined) BY_CODE.set(factor.code2005, factor);
}

/**
 * A factor by its 2017 or its 2005 code (codes are case-sensitive, as on the wire).
 *
 * @example lookupFactor('011')?.code //=> 'w01018'
 * @example lookupFactor('a21026')?.name //=> '二氧化硫'
 */
export function lookupFactor(code: string): FactorInfo | undefined {
  return BY_CODE.get(code);
}

/** One AQI category (空气质量指数级别与类别). */
export interface AqiCategory {
  /** Highest AQI of the category (integer AQI, so the class test is `aqi <= maxAqi`); null for 六级 (> 300). */
  maxAqi: number | null;
  /** 级别: 一级 … 六级. */
  level: string;
  /** 类别: 优, 良, 轻度污染, 中度污染, 重度污染, 严重污染. */
  name: string;
  /** 表示颜色. */
  colour: string;
  rgb: readonly [number, number, number];
  hex: string;
  cmyk: readonly [number, number, number, number];
  /** 对健康影响情况 (HJ 633-2012 表2). */
  healthEffect2012: string;
  /** 建议采取的措施 (HJ 633-2012 表2). */
  advice2012: string;
}

/**
 * The six categories, identical in both editions (levels, names and colours).
 * Source: HJ 633-2012 表2 + 附录A 表A.1; HJ 633-2026 表1 + 附录A 表A.1 (standards.md §1.6, CONFIRMED).
 *
 * HJ 633-2026 表1 says 优 is AQI "1～50"; an AQI of 0 (all concentrations 0) is still 优 here
 * [INTERPRETATION, standards.md §1.3].
 *
 * Only the 2012 health texts are held: standards.md lists the 2026 wording changes but not the full 2026 text.
 */
export const AQI_CATEGORIES: readonly AqiCategory[] = [
  {
    maxAqi: 50,
    level: '一级',
    name: '优',
    colour: '绿色',
    rgb: [0, 228, 0],
    hex: '#00E400',
    cmyk: [40, 0, 100, 0],
    healthEffect2012: '空气质量令人满意，基本无空气污染',
    advice2012: '各类人群可正常活动',
  },
  {
    maxAqi: 100,
    level: '二级',
    name: '良',
    colour: '黄色',
    rgb: [255, 255, 0],
    hex: '#FFFF00',
    cmyk: [0, 0, 100, 0],
    healthEffect2012: '空气质量可接受，但某些污染物可能对极少数异常敏感人群健康有较弱影响',
    advice2012: '极少数异常敏感人群应减少户外活动',
  },
  {
    maxAqi: 150,
    level: '三级',
    name: '轻度污染',
    colour: '橙色',
    rgb: [255, 126, 0],
    hex: '#FF7E00',
    cmyk: [0, 52, 100, 0],
    healthEffect2012: '易感人群症状有轻度加剧，健康人群出现刺激症状',
    advice2012: '儿童、老年人及心脏病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼',
  },
  {
    maxAqi: 200,
    level: '四级',
    name: '中度污染',
    colour: '红色',
    rgb: [255, 0, 0],
    hex: '#FF0000',
    cmyk: [0, 100, 100, 0],
    healthEffect2012: '进一步加剧易感人群症状，可能对健康人群心脏、呼吸系统有影响',
    advice2012: '儿童、老年人及心脏病、呼吸系统疾病患者避免长时间、高强度的户外锻练，一般人群适量减少户外运动',
  },
  {
    maxAqi: 300,
    level: '五级',
    name: '重度污染',
    colour: '紫色',
    rgb: [153, 0, 76],
    hex: '#99004C',
    cmyk: [10, 100, 40, 30],
    healthEffect2012: '心脏病和肺病患者症状显著加剧，运动耐受力降低，健康人群普遍出现症状',
    advice2012: '儿童、老年人和心脏病、肺病患者应停留在室内，停止户外运动，一般人群减少户外运动',
  },
  {
    maxAqi: null,
    level: '六级',
    name: '严重污染',
    colour: '褐红色',
    rgb: [126, 0, 35],
    hex: '#7E0023',
    cmyk: [30, 100, 100, 30],
    healthEffect2012: '健康人群运动耐受力降低，有明显强烈症状，提前出现某些疾病',
    advice2012: '儿童、老年人和病人应当留在室内，避免体力消耗，一般人群应避免户外活动',
  },
];

/**
 * HJ 633-2026 表2: sensitive groups per pollutant whose IAQI exceeds 100 (standards.md §1.6, CONFIRMED).
 * Keyed by pollutant; PM10 and PM2.5 share one row.
 */
export const SENSITIVE_GROUPS_2026: Readonly<Record<'so2' | 'no2' | 'co' | 'o3' | 'pm10' | 'pm25', string>> = {
  so2: '患有哮喘的人、青少年儿童以及老年人',
  no2: '患有呼吸系统疾病（如哮喘）的人、青少年儿童以及老年人',
  co: '患有心血管系统疾病的人',
  o3: '患有呼吸系统疾病（如哮喘）的人、青少年儿童、户外活动频繁的人以及老年人',
  pm10: '患有心血管系统疾病或呼吸系统疾病（如哮喘）的人、青少年儿童、户外活动频繁的人以及老年人',
  pm25: '患有心血管系统疾病或呼吸系统疾病（如哮喘）的人、青少年儿童、户外活动频繁的人以及老年人',
};

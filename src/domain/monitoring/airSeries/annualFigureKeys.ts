/**
 * 录入的年度空气质量数据: the figures a user may enter where only an annual figure exists (a city station's bulletin):
 * their key, name as a report prints it and unit. goodRate is a percentage as printed (90.2 = 90.2 %).
 */
export const AIR_ANNUAL_FIGURES = [
  { key: 'goodDays', name: '优良天数', unit: '天', decimals: 0 },
  { key: 'goodRate', name: '优良天数比例', unit: '%', decimals: 1 },
  { key: 'mean.pm25', name: 'PM2.5年均浓度', unit: 'μg/m³', decimals: 0 },
  { key: 'mean.pm10', name: 'PM10年均浓度', unit: 'μg/m³', decimals: 0 },
  { key: 'mean.o3', name: 'O3浓度', unit: 'μg/m³', decimals: 0 },
  { key: 'mean.no2', name: 'NO2年均浓度', unit: 'μg/m³', decimals: 0 },
  { key: 'mean.so2', name: 'SO2年均浓度', unit: 'μg/m³', decimals: 0 },
  { key: 'mean.co', name: 'CO浓度', unit: 'mg/m³', decimals: 1 },
] as const;

export type AirAnnualFigureKey = (typeof AIR_ANNUAL_FIGURES)[number]['key'];

export const AIR_ANNUAL_FIGURE_KEYS: readonly AirAnnualFigureKey[] = AIR_ANNUAL_FIGURES.map((f) => f.key);

/** The key's entry, or undefined for an unknown key. */
export function airAnnualFigure(key: string): (typeof AIR_ANNUAL_FIGURES)[number] | undefined {
  return AIR_ANNUAL_FIGURES.find((f) => f.key === key);
}

/** A value as entered: a non-negative decimal (goodDays a whole number of days, goodRate at most 100). */
export function annualFigureValueError(key: AirAnnualFigureKey, value: string): string | null {
  if (!/^\d{1,6}(\.\d{1,4})?$/.test(value)) return '非负数（如 57、0.748、90.2）';
  if (key === 'goodDays' && (!/^\d+$/.test(value) || Number(value) > 366)) return '0～366 的整数天数';
  if (key === 'goodRate' && Number(value) > 100) return '0～100 的百分数（90.2 表示 90.2%）';
  return null;
}

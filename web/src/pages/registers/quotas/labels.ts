import { POLLUTANT_NAMES } from '../../../../../src/domain/registers/quota/pollutants';

/** The pollutant choices of a quota or an emission row: the five quota pollutants, then 其他. */
export const POLLUTANT_OPTIONS = [
  ...Object.entries(POLLUTANT_NAMES).map(([value, label]) => ({ value: value as keyof typeof POLLUTANT_NAMES, label })),
  { value: 'other' as const, label: '其他（填写名称）' },
];

export const SOURCE_LABELS: Readonly<Record<string, string>> = { entered: '录入', imported: '导入', enterprise: '企业填报' };

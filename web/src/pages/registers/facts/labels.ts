import type { ManagementFacts } from '../../../api/managementFacts';

type Plant = ManagementFacts['water']['plants'][number];
type WaterClass = NonNullable<ManagementFacts['water']['controlSection']['waterClass']>;

/** 污水处理厂类型: the park's own, or a town plant it relies on. */
export const PLANT_KIND_OPTIONS: { value: NonNullable<Plant['kind']>; label: string }[] = [
  { value: 'town', label: '依托城镇污水处理厂' },
  { value: 'own', label: '园区自建' },
];

/** GB 3838-2002 水功能区划 classes. */
export const WATER_CLASS_OPTIONS: { value: WaterClass; label: string }[] = (['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ'] as const).map((c) => ({ value: c, label: `${c}类` }));

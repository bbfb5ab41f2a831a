/** Class labels 1–6 of surface water (GB 3838) and groundwater (GB/T 14848); 6 = 劣Ⅴ (surface water only). */
export const WATER_CLASS_LABELS = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '劣Ⅴ'] as const;

/** A water quality class: 1 = Ⅰ … 5 = Ⅴ, 6 = 劣Ⅴ. */
export type WaterClass = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Qualitative grade (水质状况) and colour of a surface-water section by its class, 《地表水环境质量评价办法（试行）》
 * (环办〔2011〕22号): Ⅰ–Ⅱ 优, Ⅲ 良好, Ⅳ 轻度污染, Ⅴ 中度污染, 劣Ⅴ 重度污染 [CONFIRMED-2 grades; MEMORY colours]
 * (standards.md §4.3).
 */
export const SURFACE_WATER_GRADES: Readonly<Record<WaterClass, { name: string; colour: string }>> = {
  1: { name: '优', colour: '蓝色' },
  2: { name: '优', colour: '蓝色' },
  3: { name: '良好', colour: '绿色' },
  4: { name: '轻度污染', colour: '黄色' },
  5: { name: '中度污染', colour: '橙色' },
  6: { name: '重度污染', colour: '红色' },
};

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

/**
 * GB 3838-2002 §3 functional classes of surface water (水域环境功能) [CONFIRMED, standards.md §4.2].
 */
export const SURFACE_WATER_FUNCTIONS: Readonly<Record<1 | 2 | 3 | 4 | 5, string>> = {
  1: '主要适用于源头水、国家自然保护区',
  2: '主要适用于集中式生活饮用水地表水源地一级保护区、珍稀水生生物栖息地、鱼虾类产卵场、仔稚幼鱼的索饵场等',
  3: '主要适用于集中式生活饮用水地表水源地二级保护区、鱼虾类越冬场、洄游通道、水产养殖区等渔业水域及游泳区',
  4: '主要适用于一般工业用水区及人体非直接接触的娱乐用水区',
  5: '主要适用于农业用水区及一般景观要求水域',
};

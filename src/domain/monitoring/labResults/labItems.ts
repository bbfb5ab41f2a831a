import { GB14848_ITEMS, GB15618_ITEMS, GB36600_ITEMS, GB3838_ITEMS } from '../../standards/index.js';
import type { UnitDimension } from './units.js';

/** An item a lab report may name, with every name and code it goes by. */
export interface LabItem {
  /** The item's id in the standards engine ('NH3-N', 'CODMn', 'Cr6+', 'BaP' …) or our own id for items without limits. */
  id: string;
  /** Chinese name as printed. */
  name: string;
  /** Every name, code and alias (the standards' own plus those of lab sheets). */
  names: readonly string[];
  /** A physical item no table limits (水温 ℃, 电导率 µS/cm …): its unit is kept as written, not checked. */
  freeUnit?: true;
  /** The one kind of unit the item is measured in (ambient-air items: µg/m³, mg/m³; 臭气浓度: 无量纲). */
  dimension?: UnitDimension;
}

/** Noise items of GB 3096 by period; their engine item is leq or lmax with the period as an option. */
export const NOISE_ITEMS = {
  leqDay: { engineItem: 'leq', period: 'day' },
  leqNight: { engineItem: 'leq', period: 'night' },
  lmaxNight: { engineItem: 'lmax', period: 'night' },
} as const;

/** Names of lab sheets beyond those the standards' tables carry, by engine id. */
const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  'NH3-N': ['NH₃-N', 'NH4+-N', 'NH₄⁺-N', '氨氮（以N计）'],
  COD: ['CODcr', 'COD(Cr)', 'CODCr', '化学耗氧量'],
  CODMn: ['COD(Mn)', '高锰酸盐指数', '耗氧量', '高锰酸钾指数'],
  TP: ['总磷（以P计）', 'T-P'],
  TN: ['总氮（以N计）', 'T-N'],
  'Cr6+': ['Cr⁶⁺', 'Cr(Ⅵ)', '铬(六价)', '六价铬'],
  petroleum: ['石油类', '油类'],
  phenol: ['挥发酚', '挥发性酚类', '挥发酚类'],
  LAS: ['阴离子合成洗涤剂'],
  fecalColiform: ['粪大肠杆菌', '粪大肠菌群数'],
  totalColiform: ['总大肠杆菌'],
  DO: ['溶氧'],
  BOD5: ['BOD₅', '生化需氧量'],
  BaP: ['苯并（a）芘', 'B[a]P', 'B(a)P'],
  TPH: ['石油烃(C10~C40)', '石油烃C10-C40'],
  Cr: ['总铬'],
  totalHardness: ['硬度'],
  sulfate: ['SO4²⁻', 'SO₄²⁻'],
  F: ['F⁻', '氟化物（以F⁻计）'],
  CN: ['CN⁻', '总氰化物'],
};

/** Items lab sheets carry that no transcribed table limits (水温 is a man-made change in GB 3838, not a class). */
const UNLIMITED: readonly LabItem[] = [
  { id: 'waterTemp', name: '水温', names: ['水温', 'WT', '温度'], freeUnit: true },
  { id: 'conductivity', name: '电导率', names: ['电导率', 'EC'], freeUnit: true },
  { id: 'SS', name: '悬浮物', names: ['悬浮物', 'SS'] },
  { id: 'turbidity', name: '浑浊度', names: ['浑浊度', '浊度'], freeUnit: true },
  { id: 'chlorophyllA', name: '叶绿素a', names: ['叶绿素a', 'Chl-a'] },
  { id: 'transparency', name: '透明度', names: ['透明度', 'SD'], freeUnit: true },
  { id: 'leqDay', name: '昼间等效声级', names: ['昼间等效声级', '昼间', '昼间噪声', 'Ld', 'Leq(昼)', 'Leq昼', '昼间Leq', '昼间LAeq', 'LAeq(昼间)'] },
  { id: 'leqNight', name: '夜间等效声级', names: ['夜间等效声级', '夜间', '夜间噪声', 'Ln', 'Leq(夜)', 'Leq夜', '夜间Leq', '夜间LAeq', 'LAeq(夜间)'] },
  { id: 'lmaxNight', name: '夜间最大声级', names: ['夜间最大声级', '夜间突发噪声', 'Lmax', '夜间Lmax', '最大声级'] },
];

/**
 * Ambient-air items of the park's self-monitoring campaigns (seed 000 表3: SO2、NOX、PM10、TSP、VOCs、甲苯、二甲苯, and at an
 * added point 氨（氨气）、硫化氢、臭气浓度、甲烷), with the other pollutants of GB 3095 表1–表2 a lab may report. 甲苯, 铅 and
 * 苯并[a]芘 are the items of the water and soil tables: one item, whatever the medium; the unit tells which.
 * "CO" folds to the key "co" that 钴 (Co) would have: no transcribed table has cobalt yet, and the catalogue refuses to
 * build if one adds it, so the two cannot be confused silently.
 */
const AIR: readonly LabItem[] = (
  [
    ['SO2', '二氧化硫', ['SO2', 'SO₂']],
    ['NO2', '二氧化氮', ['NO2', 'NO₂']],
    ['NOx', '氮氧化物', ['NOx', 'NOₓ', '氮氧化物（以NO2计）']],
    ['CO', '一氧化碳', ['CO']],
    ['O3', '臭氧', ['O3', 'O₃']],
    ['PM10', 'PM10', ['可吸入颗粒物', 'PM₁₀']],
    ['PM2.5', 'PM2.5', ['细颗粒物', 'PM₂.₅']],
    ['TSP', '总悬浮颗粒物', ['TSP']],
    ['VOCs', '挥发性有机物', ['VOCs', 'VOC', '挥发性有机化合物']],
    ['NMHC', '非甲烷总烃', ['NMHC']],
    ['xylene', '二甲苯', ['二甲苯（总量）']],
    ['NH3', '氨', ['氨气', '氨（氨气）', 'NH3', 'NH₃']],
    ['H2S', '硫化氢', ['H2S', 'H₂S']],
    ['CH4', '甲烷', ['CH4', 'CH₄']],
  ] as const
).map(([id, name, aliases]) => ({ id, name, names: [name, ...aliases], dimension: 'airMass' as const }));

/** 臭气浓度 (odour concentration, GB 14554 / HJ 1262): a dilution ratio, 无量纲. */
const ODOUR: LabItem = { id: 'odour', name: '臭气浓度', names: ['臭气浓度', '臭气', 'OU'], dimension: 'dimensionless' };

/** Case, width, subscripts, spaces and brackets folded: 'NH₃-N', 'nh3-n' and 'NH3－N' give one key. */
export function itemKey(s: string): string {
  return String(s ?? '')
    .normalize('NFKC')
    .replace(/[\s_（）()·\[\]［］【】]/g, '')
    .replace(/[－—–]/g, '-')
    .toLowerCase();
}

function buildCatalogue(): { items: LabItem[]; byKey: Map<string, LabItem> } {
  const byId = new Map<string, { name: string; names: Set<string> }>();
  const tables = [GB3838_ITEMS, GB14848_ITEMS, GB36600_ITEMS, GB15618_ITEMS] as const;
  for (const table of tables) {
    for (const i of table) {
      const entry = byId.get(i.id) ?? { name: i.name, names: new Set<string>() };
      for (const n of [i.id, i.name, ...(i.aliases ?? []), ...(EXTRA_NAMES[i.id] ?? [])]) entry.names.add(n);
      byId.set(i.id, entry);
    }
  }
  const items: LabItem[] = [...[...byId].map(([id, e]) => ({ id, name: e.name, names: [...e.names] })), ...UNLIMITED, ...AIR, ODOUR];
  const byKey = new Map<string, LabItem>();
  for (const item of items) {
    for (const n of item.names) {
      const k = itemKey(n);
      const other = byKey.get(k);
      if (other && other.id !== item.id) throw new Error(`项目名称"${n}"同时指向 ${other.id} 和 ${item.id}`);
      byKey.set(k, item);
    }
  }
  return { items, byKey };
}

const CATALOGUE = buildCatalogue();

/** Every item lab sheets may name. */
export const LAB_ITEMS: readonly LabItem[] = CATALOGUE.items;

/** The item named `text` (name, code or alias; case, width, sub/superscripts and brackets ignored), or null. */
export function findLabItem(text: string): LabItem | null {
  return CATALOGUE.byKey.get(itemKey(text)) ?? null;
}

/**
 * Names close to `text`, for "unknown item" errors: names containing it or contained in it, then those within a
 * small edit distance, nearest first; at most `max`.
 */
export function nearItemNames(text: string, max = 5): string[] {
  const k = itemKey(text);
  if (k === '') return [];
  const scored: { name: string; score: number }[] = [];
  for (const item of LAB_ITEMS) {
    let best = Infinity;
    for (const n of item.names) {
      const nk = itemKey(n);
      const d = nk.includes(k) || k.includes(nk) ? Math.abs(nk.length - k.length) * 0.1 : editDistance(k, nk);
      best = Math.min(best, d);
    }
    if (best <= Math.max(1, Math.floor(k.length / 3))) scored.push({ name: item.name, score: best });
  }
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, max)
    .map((s) => s.name);
}

function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length];
}

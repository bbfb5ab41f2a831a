import { Dec } from '../../../standards/_lib/decimal.js';
import { formatFigure, formatNumber } from '../../figures.js';
import type { Figure, ReportDocument } from '../../reportModel.js';
import { QUOTA_POLLUTANTS } from '../../sections/registers/requirementSections.js';
import { tableGrid, type GridRow } from '../tableGrid.js';
import type { LintFinding, LintRule } from '../types.js';
import { placeOf, quote, tablesOf } from '../walk.js';

/** The columns holding a requirement's implementation text (tables 1, 2: 落实情况; table 5: 落地应用情况). */
const IMPLEMENTATION_COLUMNS = ['落实情况', '落地应用情况'];

/** How implementation texts name each pollutant (the seed writes S02 for SO2). */
const POLLUTANT_NAMES: Record<(typeof QUOTA_POLLUTANTS)[number], { names: string[] }> = {
  COD: { names: ['化学需氧量', 'CODcr', 'CODCr', 'COD'] },
  'NH3-N': { names: ['氨氮', 'NH3-N', 'NH₃-N'] },
  SO2: { names: ['二氧化硫', 'SO2', 'SO₂', 'S02'] },
  NOx: { names: ['氮氧化物', 'NOx', 'NOX', 'NOₓ'] },
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A pollutant's name, a few words (≤, 为, 排放量), then tonnes: 化学需氧量90.59t/a, COD≤300t/a. */
const tonnesAfter = (names: string[]) =>
  new RegExp(`(?:${names.map(escape).join('|')})[^\\d，。；,;、\\n]{0,10}?(\\d+(?:\\.\\d+)?)\\s*(?:t/a|吨/年|吨|t)(?![A-Za-z])`, 'g');
/** A daily volume: 10000m³/d, 1万吨/日, 50t/d. */
const VOLUME = /(\d+(?:\.\d+)?)\s*(万)?\s*(?:m³\/d|m3\/d|立方米\/日|立方米\/天|吨\/日|吨\/天|t\/d)/g;

/** Whether a quoted number is what a figure holds or prints. */
const quotes = (value: string, f: Figure) => new Dec(value).eq(f.value) || formatNumber(f.value, f.format) === value;

const implementationText = (row: GridRow, header: string[]) => {
  const col = header.findIndex((h) => IMPLEMENTATION_COLUMNS.includes(h));
  return col < 0 ? '' : (row.cells[col]?.text ?? '');
};

function quotaFindings(text: string, report: ReportDocument): string[] {
  const said: string[] = [];
  for (const key of QUOTA_POLLUTANTS) {
    const { names } = POLLUTANT_NAMES[key];
    const figures = [report.figures[`quota.${key}`], report.figures[`emission.${report.year}.${key}`]].filter((f): f is Figure => !!f);
    if (figures.length === 0) continue;
    for (const m of text.matchAll(tonnesAfter(names))) {
      if (figures.some((f) => quotes(m[1]!, f))) continue;
      said.push(`${quote(m[0])}与报告的${figures.map((f) => `${f.label}${formatFigure(f)}`).join('、')}不符`);
    }
  }
  return said;
}

function capacityFindings(text: string, report: ReportDocument): string[] {
  // A text may quote the plant's design or its actual daily volume (设计处理规模10000m³/d，实际处理规模4000m³/d).
  const plants = Object.values(report.figures).filter((f) => /^facts\.plant\.\d+\.(designCapacity|actualCapacity)$/.test(f.id));
  if (plants.length === 0) return [];
  const said: string[] = [];
  for (const m of text.matchAll(VOLUME)) {
    const value = m[2] ? new Dec(m[1]!).times(10000).toString() : m[1]!;
    if (plants.some((f) => quotes(value, f))) continue;
    said.push(`${quote(m[0])}与报告的${plants.map((f) => `${f.label}${formatFigure(f)}`).join('、')}不符`);
  }
  return said;
}

/**
 * The implementation text of a requirement linked to a figure the platform holds, quoting a different number: a
 * requirement linked to the quota (its row speaks of `quota.<key>` and `emission.<year>.<key>`) whose text gives a
 * pollutant's tonnes that are neither its quota nor the year's total; one linked to the wastewater plant's capacity
 * (`facts.plant.<n>.designCapacity`) whose text gives a daily volume that is no plant's design or actual capacity
 * (`facts.plant.<n>.actualCapacity`). Figures the report does not hold are not
 * judged.
 */
export const requirementLinkedFigure: LintRule = {
  id: 'requirement.linkedFigure',
  description: '要求的落实情况引用的总量控制指标、排放量或污水处理厂规模与报告数据不符',
  check({ report }) {
    const findings: LintFinding[] = [];
    for (const { section, block } of tablesOf(report)) {
      for (const row of tableGrid(block)) {
        const ids = row.source.figureIds ?? [];
        const quota = ids.some((id) => id.startsWith('quota.') || id.startsWith('emission.'));
        const capacity = ids.some((id) => id.startsWith('facts.plant.'));
        if (!quota && !capacity) continue;
        const text = implementationText(row, block.header);
        const said = [...(quota ? quotaFindings(text, report) : []), ...(capacity ? capacityFindings(text, report) : [])];
        for (const s of said) {
          findings.push({
            rule: this.id,
            severity: 'error',
            message: `${block.caption.split(' ')[0]}第${row.row}行的落实情况${s}`,
            where: placeOf(section, block, row.row),
            links: row.record ? [row.record] : [],
          });
        }
      }
    }
    return findings;
  },
};

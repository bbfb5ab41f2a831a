import { annualReportSection, sectionNumber } from '../../annualReportSections.js';
import type { EnteredText, Figure, ParagraphBlock, ReportBlock, ReportSection, SumRelation } from '../../reportModel.js';
import type { SectionBuild } from '../profileSection.js';
import { airStationFigures } from './airStations.js';
import { buildAirSection } from './airSection.js';
import { buildEvaluationParagraph, EVALUATION_ORDER } from './evaluationParagraph.js';
import { labMediumFigures, type LabMediumFigures } from './labMediumFigures.js';
import { buildGroundwaterParagraph, buildSoilParagraph, buildSurfaceWaterParagraph } from './mediumParagraphs.js';
import type { MonitoringMedium, MonitoringReportInput } from './monitoringInput.js';
import { buildPlanTable } from './monitoringPlanTable.js';
import { buildRegionalAirParagraph } from './regionalAirParagraph.js';

export interface MonitoringSectionsInput {
  year: number;
  parkName: string;
  monitoring: MonitoringReportInput;
  /** Edited text of the year by paragraph key. */
  texts: Readonly<Record<string, EnteredText>>;
}

export interface MonitoringBuild {
  /** Chapter 二 with the monitoring parts of （一）, （三）, （四）, （五）, and every monitoring figure (三（一）'s too). */
  build: SectionBuild;
  /** Paragraphs that open a narrative chapter, by chapter key: 三（一）'s air quality before the park's own text. */
  leads: Record<string, ParagraphBlock[]>;
}

/** The media the lab figures are computed for: those with points or plan items, and those the sections always speak of. */
function mediaOf(m: MonitoringReportInput): MonitoringMedium[] {
  const present = new Set<MonitoringMedium>(['air', 'surfaceWater', 'groundwater', 'soil']);
  for (const p of m.labPoints) present.add(p.medium);
  for (const p of m.plan) if (p.medium !== 'pollutionSource') present.add(p.medium);
  return EVALUATION_ORDER.filter((x) => present.has(x));
}

/**
 * The monitoring sections of the annual report from plain data: table 3 with the paragraphs around it (二（一）),
 * the surface-water and groundwater sentences (二（三）), the air paragraphs and table 6 (二（四）), the soil sentence
 * (二（五）) and the regional air quality that opens chapter 三. Every paragraph takes the year's edited text by key.
 */
export function buildMonitoringSections(input: MonitoringSectionsInput): MonitoringBuild {
  const { year, parkName, monitoring, texts } = input;
  const figures: Record<string, Figure> = {};
  const relations: SumRelation[] = [];
  const withText = <B extends ReportBlock>(b: B): B => {
    const edited = b.kind === 'paragraph' ? texts[b.key] : undefined;
    return edited ? { ...b, edited } : b;
  };

  const media = new Map<MonitoringMedium, LabMediumFigures>(
    mediaOf(monitoring).map((medium) => [medium, labMediumFigures(medium, monitoring.labPoints.filter((p) => p.medium === medium))]),
  );
  for (const m of media.values()) {
    Object.assign(figures, m.figures);
    relations.push(m.relation);
  }
  const lab = (medium: MonitoringMedium) => media.get(medium)!;
  const evaluated = [...media.values()].filter((m) => m.points.length > 0 || monitoring.plan.some((p) => p.medium === m.medium));

  const plan = buildPlanTable(monitoring.plan, year, parkName);
  Object.assign(figures, plan.figures);
  relations.push(...plan.relations);

  const stations = airStationFigures(monitoring.airStations);
  const air = buildAirSection({ year, parkName, stationInputs: monitoring.airStations, stations, lab: lab('air') });
  Object.assign(figures, air.figures);

  const section = (key: string, blocks: ReportBlock[]): ReportSection => ({
    key,
    level: key.includes('.') ? 2 : 1,
    number: sectionNumber(key),
    title: annualReportSection(key).title,
    blocks: blocks.map(withText),
  });
  const sections = [
    section('2', []),
    section('2.1', [plan.paragraph, ...(plan.table ? [plan.table] : []), buildEvaluationParagraph(evaluated)]),
    section('2.3', [buildSurfaceWaterParagraph(lab('surfaceWater')), buildGroundwaterParagraph(lab('groundwater'))]),
    section('2.4', air.blocks),
    section('2.5', [buildSoilParagraph(lab('soil'), year)]),
  ];

  const leads: Record<string, ParagraphBlock[]> = {};
  if (monitoring.regionalAir) {
    const regional = buildRegionalAirParagraph(monitoring.regionalAir);
    Object.assign(figures, regional.figures);
    leads['3'] = [withText(regional.paragraph)];
  }
  return { build: { sections, figures, relations }, leads };
}

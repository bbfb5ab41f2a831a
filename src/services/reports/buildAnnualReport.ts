import { ANNUAL_REPORT_SECTIONS } from '../../domain/report/annualReportSections.js';
import { assembleReport } from '../../domain/report/assembleReport.js';
import type { ReportDocument } from '../../domain/report/reportModel.js';
import { buildMonitoringSections } from '../../domain/report/sections/monitoring/monitoringSections.js';
import { buildNarrativeSections } from '../../domain/report/sections/narrativeSections.js';
import { buildProfileSection, type SectionInput } from '../../domain/report/sections/profileSection.js';
import { buildFactsSections } from '../../domain/report/sections/registers/factsSections.js';
import { buildQuotaSections } from '../../domain/report/sections/registers/quotaSections.js';
import { buildRequirementSections } from '../../domain/report/sections/registers/requirementSections.js';
import { buildWasteSection } from '../../domain/report/sections/registers/wasteSection.js';
import { buildCreditSection } from '../../domain/report/sections/registers/creditSection.js';
import type { ServiceContext } from '../context.js';
import { loadAnnualReportData } from './loadAnnualReportData.js';

/** The annual report from its loaded data: the section builders in the order of the report. */
export function annualReportFromData(data: SectionInput): ReportDocument {
  const monitoring = data.monitoring
    ? buildMonitoringSections({ year: data.year, parkName: data.park.name, monitoring: data.monitoring, texts: data.texts })
    : null;
  const facts = buildFactsSections(data.facts, data.texts);
  const builds = [
    buildProfileSection(data),
    ...(data.requirements ? [buildRequirementSections({ year: data.year, parkName: data.park.name, requirements: data.requirements, texts: data.texts })] : []),
    // 二（三）as the seed has it: the plants and wastewater, the water totals, then the control section and the rest.
    facts.lead,
    ...(data.quotas ? [buildQuotaSections({ year: data.year, quotas: data.quotas, texts: data.texts })] : []),
    facts.afterEmissions,
    ...(monitoring ? [monitoring.build] : []),
    ...(data.waste ? [buildWasteSection({ year: data.year, waste: data.waste, texts: data.texts })] : []),
    ...(data.credit ? [buildCreditSection({ year: data.year, credit: data.credit, texts: data.texts })] : []),
    facts.trail,
    buildNarrativeSections(data.texts, monitoring?.leads),
  ];
  // What the report leaves out: sections the platform does not write, and those it writes but has no data for yet.
  const built = new Set(builds.flatMap((b) => b.sections.map((s) => s.key)));
  return assembleReport(
    {
      title: `${data.park.name}${data.year}年度生态环境管理自评估报告`,
      coverLines: [`园区代码：${data.park.code}`, data.park.divisionName ?? ''].filter(Boolean),
      parkCode: data.park.code,
      year: data.year,
      comparedYears: [data.year - 1],
      leftOut: ANNUAL_REPORT_SECTIONS.filter((s) => !built.has(s.key)).map((s) => s.key),
    },
    builds,
  );
}

/**
 * Builds the annual self-assessment report (园区生态环境管理年度自评估报告) of a park for a year, as the
 * structure of shared/seeds/000 has it: the data is loaded once, then each section comes from its pure builder.
 * Later capabilities add their builders here and mark their sections produced in annualReportSections.ts.
 */
export async function buildAnnualReport(ctx: ServiceContext, parkCode: string, year: unknown): Promise<ReportDocument> {
  return annualReportFromData(await loadAnnualReportData(ctx, parkCode, year));
}

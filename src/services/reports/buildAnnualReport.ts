import { annualReportContents } from '../../domain/report/annualReportSections.js';
import { assembleReport } from '../../domain/report/assembleReport.js';
import type { ReportDocument } from '../../domain/report/reportModel.js';
import { buildMonitoringSections } from '../../domain/report/sections/monitoring/monitoringSections.js';
import { buildNarrativeSections } from '../../domain/report/sections/narrativeSections.js';
import { buildProfileSection, type SectionInput } from '../../domain/report/sections/profileSection.js';
import type { ServiceContext } from '../context.js';
import { loadAnnualReportData } from './loadAnnualReportData.js';

/** The annual report from its loaded data: the section builders in the order of the report. */
export function annualReportFromData(data: SectionInput): ReportDocument {
  const monitoring = data.monitoring
    ? buildMonitoringSections({ year: data.year, parkName: data.park.name, monitoring: data.monitoring, texts: data.texts })
    : null;
  return assembleReport(
    {
      title: `${data.park.name}${data.year}年度生态环境管理自评估报告`,
      coverLines: [`园区代码：${data.park.code}`, data.park.divisionName ?? ''].filter(Boolean),
      parkCode: data.park.code,
      year: data.year,
      comparedYears: [data.year - 1],
      leftOut: annualReportContents().missing.map((s) => s.key),
    },
    [buildProfileSection(data), ...(monitoring ? [monitoring.build] : []), buildNarrativeSections(data.texts, monitoring?.leads)],
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

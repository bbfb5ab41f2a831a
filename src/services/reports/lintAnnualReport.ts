import { LINT_RULES, lintReport, type LintFinding } from '../../domain/report/lint/index.js';
import type { ReportDocument } from '../../domain/report/reportModel.js';
import type { ServiceContext } from '../context.js';
import { annualReportFromData } from './buildAnnualReport.js';
import type { LintReport } from './lintReportSchema.js';
import { loadAnnualReportData } from './loadAnnualReportData.js';

/** The lint's findings of a built report as the API, the CLI and the export list them. */
function lintSummary(report: ReportDocument, findings: LintFinding[]): LintReport {
  return {
    parkCode: report.parkCode,
    year: report.year,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    findings,
    rules: LINT_RULES.map((r) => ({ id: r.id, description: r.description })),
  };
}

/** Builds the annual report from one snapshot of its data, and the lint's findings over it. */
export async function buildAndLintAnnualReport(ctx: ServiceContext, parkCode: string, year: unknown) {
  const data = await loadAnnualReportData(ctx, parkCode, year);
  const report = annualReportFromData(data);
  return { report, lint: lintSummary(report, lintReport({ report, enterprises: data.enterprises })) };
}

/** The report lint (报告检查) of a park's annual report for a year. */
export async function lintAnnualReport(ctx: ServiceContext, parkCode: string, year: unknown): Promise<LintReport> {
  return (await buildAndLintAnnualReport(ctx, parkCode, year)).lint;
}

import { renderReportDocx } from '../../render/docx/renderReportDocx.js';
import type { ServiceContext } from '../context.js';
import { buildAndLintAnnualReport } from './lintAnnualReport.js';

/**
 * The annual report as .docx bytes, with a file name for downloads and the lint's findings: export works with
 * findings and says what they are. `onStage` follows the work (for a progress bar).
 */
export async function renderAnnualReport(
  ctx: ServiceContext,
  parkCode: string,
  year: unknown,
  onStage: (stage: 'built' | 'rendered') => void = () => {},
) {
  const { report, lint } = await buildAndLintAnnualReport(ctx, parkCode, year);
  onStage('built');
  const bytes = await renderReportDocx(report);
  onStage('rendered');
  return { fileName: `${report.title}.docx`, bytes, lint };
}

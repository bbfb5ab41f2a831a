import { renderReportDocx } from '../../render/docx/renderReportDocx.js';
import type { ServiceContext } from '../context.js';
import { buildAnnualReport } from './buildAnnualReport.js';

/** The annual report as .docx bytes, with a file name for downloads. */
export async function renderAnnualReport(ctx: ServiceContext, parkCode: string, year: unknown) {
  const doc = await buildAnnualReport(ctx, parkCode, year);
  return { fileName: `${doc.title}.docx`, bytes: await renderReportDocx(doc) };
}

import type { ReportDocument } from '../../domain/report/reportModel.js';
import type { ServiceContext } from '../context.js';
import { buildAnnualReport } from './buildAnnualReport.js';
import type { ReportPreview } from './reportModelSchema.js';

/** The report model as JSON for the web's preview: the same model the .docx prints, images as data URLs. */
export function reportPreview(doc: ReportDocument): ReportPreview {
  return {
    ...doc,
    sections: doc.sections.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) =>
        b.kind === 'image'
          ? { kind: 'image', key: b.key, caption: b.caption, widthMm: b.widthMm, heightMm: b.heightMm, dataUrl: `data:image/png;base64,${Buffer.from(b.png).toString('base64')}` }
          : b,
      ),
    })),
  };
}

export async function previewAnnualReport(ctx: ServiceContext, parkCode: string, year: unknown): Promise<ReportPreview> {
  return reportPreview(await buildAnnualReport(ctx, parkCode, year));
}

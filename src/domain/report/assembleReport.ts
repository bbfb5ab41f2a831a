import type { ReportDocument } from './reportModel.js';
import type { SectionBuild } from './sections/profileSection.js';

/** A report from the builds of its sections, in order: one figure table and relation list for the whole. */
export function assembleReport(
  head: Pick<ReportDocument, 'title' | 'coverLines' | 'parkCode' | 'year' | 'comparedYears' | 'leftOut'>,
  builds: readonly SectionBuild[],
): ReportDocument {
  const figures: ReportDocument['figures'] = {};
  for (const b of builds) {
    for (const [id, f] of Object.entries(b.figures)) {
      if (figures[id]) throw new Error(`report figure ${id} is built twice`);
      figures[id] = f;
    }
  }
  return {
    ...head,
    sections: builds.flatMap((b) => b.sections),
    figures,
    relations: builds.flatMap((b) => b.relations),
  };
}

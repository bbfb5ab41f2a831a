import type { ReportDocument, ReportSection } from './reportModel.js';
import type { SectionBuild } from './sections/profileSection.js';

/**
 * The sections of several builds as one list: sections with the same key (二（三）gets the ledgers' water facts and
 * the monitoring's water sentences) become one, their blocks in build order; sections keep the order in which their
 * keys first appear, a key placed after those it follows in the numbering (2.10 after 2.9).
 */
function mergeSections(builds: readonly SectionBuild[]): ReportSection[] {
  const byKey = new Map<string, ReportSection>();
  for (const s of builds.flatMap((b) => b.sections)) {
    const seen = byKey.get(s.key);
    if (seen) byKey.set(s.key, { ...seen, blocks: [...seen.blocks, ...s.blocks] });
    else byKey.set(s.key, s);
  }
  const order = (key: string) => key.split('.').map(Number);
  return [...byKey.values()].sort((a, b) => {
    const x = order(a.key);
    const y = order(b.key);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const d = (x[i] ?? -1) - (y[i] ?? -1);
      if (d) return d;
    }
    return 0;
  });
}

/** A report from the builds of its sections: one figure table and relation list for the whole. */
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
    sections: mergeSections(builds),
    figures,
    relations: builds.flatMap((b) => b.relations),
  };
}

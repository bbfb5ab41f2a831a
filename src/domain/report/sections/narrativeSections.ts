import { annualReportSection, sectionNumber } from '../annualReportSections.js';
import type { EnteredText, ReportSection } from '../reportModel.js';
import type { SectionBuild } from './profileSection.js';

/** The narrative chapters of the annual report: text the park writes each year, not computed from data. */
export const NARRATIVE_KEYS = ['3', '4', '5'] as const;

/**
 * Chapters 三 成效, 四 问题和难题, 五 下一步工作计划 from the year's text (or last year's, carried over and marked so):
 * each one paragraph of entered text with no generated content, so the lint reads it as written text. A chapter
 * without any text is left out, and the report's contents say so.
 */
export function buildNarrativeSections(texts: Readonly<Record<string, EnteredText>>): SectionBuild {
  const sections: ReportSection[] = NARRATIVE_KEYS.flatMap((key) => {
    const entered = texts[key];
    if (!entered || entered.text.trim() === '') return [];
    const { title } = annualReportSection(key);
    return [{ key, level: 1, number: sectionNumber(key), title, blocks: [{ kind: 'paragraph', key, content: [], edited: entered }] }];
  });
  return { sections, figures: {}, relations: [] };
}

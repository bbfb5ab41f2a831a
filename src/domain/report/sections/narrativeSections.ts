import { annualReportSection, sectionNumber } from '../annualReportSections.js';
import type { EnteredText, ParagraphBlock, ReportSection } from '../reportModel.js';
import type { SectionBuild } from './profileSection.js';

/** The narrative chapters of the annual report: text the park writes each year, not computed from data. */
export const NARRATIVE_KEYS = ['3', '4', '5'] as const;

/**
 * Chapters 三 成效, 四 问题和难题, 五 下一步工作计划 from the year's text (or last year's, carried over and marked so):
 * each one paragraph of entered text with no generated content, so the lint reads it as written text. `leads` are
 * generated paragraphs that open a chapter before the park's text (三（一）'s air quality). A chapter with neither
 * is left out, and the report's contents say so.
 */
export function buildNarrativeSections(
  texts: Readonly<Record<string, EnteredText>>,
  leads: Readonly<Record<string, readonly ParagraphBlock[]>> = {},
): SectionBuild {
  const sections: ReportSection[] = NARRATIVE_KEYS.flatMap((key) => {
    const entered = texts[key];
    const written = entered && entered.text.trim() !== '' ? [{ kind: 'paragraph' as const, key, content: [], edited: entered }] : [];
    const blocks = [...(leads[key] ?? []), ...written];
    if (blocks.length === 0) return [];
    const { title } = annualReportSection(key);
    return [{ key, level: 1, number: sectionNumber(key), title, blocks }];
  });
  return { sections, figures: {}, relations: [] };
}

/**
 * The chapters of the annual self-assessment report (园区生态环境管理年度自评估报告) as shared/seeds/000 has them,
 * and which of them the platform writes from its data. `buildAnnualReport` writes exactly the sections marked
 * `produced` (the monitoring parts once the year's monitoring data is loaded), so what the web says the report
 * leaves out cannot disagree with the document. Chapters 三 to 五 are narrative the park writes each year (entered
 * text, starting from last year's); chapter 三 opens with the air quality the platform computes.
 */
export interface AnnualReportSection {
  /** Stable key, e.g. `1` for 一、园区概况, `2.3` for （三）水环境管理. */
  key: string;
  /** As printed: 一、园区概况. */
  heading: string;
  /** Without the number: 园区概况. */
  title: string;
  /** 1 for a chapter (一、…), 2 for its parts (（一）…). */
  level: 1 | 2;
  /** Whether the platform writes this section from its own data. */
  produced: boolean;
  /** What a produced section does not hold yet (the park adds it in Word); null when it holds everything. */
  partial: string | null;
  /** A narrative chapter the park writes each year; the report holds it once it is written. */
  narrative: boolean;
}

const section = (key: string, title: string, source: { produced?: boolean; narrative?: boolean; partial?: string } = {}): AnnualReportSection => ({
  key,
  heading: sectionNumber(key) + title,
  title,
  level: key.includes('.') ? 2 : 1,
  produced: source.produced ?? false,
  partial: source.partial ?? null,
  narrative: source.narrative ?? false,
});

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The number a section prints before its title: 一、 for chapter 1, （三） for part 2.3. */
export function sectionNumber(key: string): string {
  const parts = key.split('.').map(Number);
  const n = parts[parts.length - 1]!;
  const numeral = n <= 10 ? NUMERALS[n] : n < 20 ? `十${NUMERALS[n - 10]}` : `${NUMERALS[Math.floor(n / 10)]}十${NUMERALS[n % 10]}`;
  return parts.length === 1 ? `${numeral}、` : `（${numeral}）`;
}

/** In the seed the last part of chapter 二 is numbered （九） a second time; it is the tenth. */
export const ANNUAL_REPORT_SECTIONS: readonly AnnualReportSection[] = [
  section('1', '园区概况', { produced: true }),
  section('2', '环境管理情况', { produced: true }),
  section('2.1', '规划环评批复要求落实情况', { produced: true }),
  section('2.2', '“三线一单”落地应用情况', { produced: true }),
  section('2.3', '水环境管理', { produced: true }),
  section('2.4', '大气环境管理', { produced: true }),
  section('2.5', '土壤环境管理', { produced: true }),
  section('2.6', '固体废物管理', { produced: true }),
  section('2.7', '投诉及督察整改'),
  section('2.8', '污染减排、绿色创新示范工作', { produced: true, partial: '绿色创新示范工作' }),
  section('2.9', '园区信用评价', { produced: true }),
  section('2.10', '园区第三方治理情况'),
  section('3', '园区环保工作成效、主要措施做法', { produced: true, narrative: true }),
  section('4', '园区生态环境管理存在主要问题和难题', { narrative: true }),
  section('5', '下一步工作计划', { narrative: true }),
];

export function annualReportSection(key: string): AnnualReportSection {
  const s = ANNUAL_REPORT_SECTIONS.find((x) => x.key === key);
  if (!s) throw new Error(`no annual report section ${key}`);
  return s;
}

/** What the annual report holds and leaves out: every section, and those neither computed nor written by the park. */
export function annualReportContents(): { sections: AnnualReportSection[]; missing: AnnualReportSection[] } {
  const sections = [...ANNUAL_REPORT_SECTIONS];
  return { sections, missing: sections.filter((s) => !s.produced && !s.narrative) };
}

/**
 * The chapters of the annual self-assessment report (园区生态环境管理年度自评估报告) as shared/seeds/000 has them,
 * and which of them the platform writes from its data. `buildAnnualReport` writes exactly the sections marked
 * `produced`, so what the web says the report leaves out cannot disagree with the document.
 */
export interface AnnualReportSection {
  /** Stable key, e.g. `1` for 一、园区概况, `2.3` for （三）水环境管理. */
  key: string;
  heading: string;
  /** 1 for a chapter (一、…), 2 for its parts (（一）…). */
  level: 1 | 2;
  /** Whether the platform writes this section from its own data. */
  produced: boolean;
}

const section = (key: string, heading: string, produced = false): AnnualReportSection => ({
  key,
  heading,
  level: key.includes('.') ? 2 : 1,
  produced,
});

/** In the seed the last part of chapter 二 is numbered （九） a second time; it is the tenth. */
export const ANNUAL_REPORT_SECTIONS: readonly AnnualReportSection[] = [
  section('1', '一、园区概况', true),
  section('2', '二、环境管理情况'),
  section('2.1', '（一）规划环评批复要求落实情况'),
  section('2.2', '（二）“三线一单”落地应用情况'),
  section('2.3', '（三）水环境管理'),
  section('2.4', '（四）大气环境管理'),
  section('2.5', '（五）土壤环境管理'),
  section('2.6', '（六）固体废物管理'),
  section('2.7', '（七）投诉及督察整改'),
  section('2.8', '（八）污染减排、绿色创新示范工作'),
  section('2.9', '（九）园区信用评价'),
  section('2.10', '（十）园区第三方治理情况'),
  section('3', '三、园区环保工作成效、主要措施做法'),
  section('4', '四、园区生态环境管理存在主要问题和难题'),
  section('5', '五、下一步工作计划'),
];

export function annualReportSection(key: string): AnnualReportSection {
  const s = ANNUAL_REPORT_SECTIONS.find((x) => x.key === key);
  if (!s) throw new Error(`no annual report section ${key}`);
  return s;
}

/** What the annual report holds and leaves out: every section with whether the platform produces it. */
export function annualReportContents(): { sections: AnnualReportSection[]; missing: AnnualReportSection[] } {
  const sections = [...ANNUAL_REPORT_SECTIONS];
  return { sections, missing: sections.filter((s) => !s.produced) };
}

import { annualReportSection, sectionNumber } from '../annualReportSections.js';
import { buildLedgerTable } from '../../ledger/buildLedgerTable.js';
import { datum, enteredFigure } from '../figures.js';
import type { EnteredText, Figure, Inline, ParagraphBlock, Provenance, RecordRef, ReportSection, SumRelation } from '../reportModel.js';
import type { MonitoringReportInput } from './monitoring/monitoringInput.js';
import type { WasteReportInput } from './registers/wasteSection.js';
import type { FactsReportInput } from './registers/factsInput.js';
import type { RequirementReportInput } from './registers/requirementInput.js';
import type { QuotaReportInput } from './registers/quotaInput.js';
import type { CreditReportInput } from './registers/creditInput.js';
import { buildLedgerParagraph, LEDGER_TABLE_KEY, mergeText, type StoredEnterprise } from './ledgerParagraph.js';

/** The park's file as section 一 prints it (plain data the service loads). */
export interface ParkProfileData {
  id: number;
  code: string;
  name: string;
  level: string;
  location: string | null;
  divisionName: string | null;
  leadingIndustries: string[];
  approvedAreaKm2: string | null;
  extendedAreaKm2: string | null;
  extensionDocument: string | null;
  history: string | null;
  approvals: { title: string; documentNumber: string | null; approvedOn: string | null; authority: string | null }[];
  yearlyFigures: { year: number; industrialOutputYiYuan: string | null; industrialAddedValueYiYuan: string | null }[];
  /** The last change of the park's file: who entered what section 一 prints, and when. */
  lastChange: { by: string; at: string } | null;
}

export interface SectionInput {
  year: number;
  park: ParkProfileData;
  enterprises: readonly StoredEnterprise[];
  /** Edited text of the year by paragraph key. */
  texts: Readonly<Record<string, EnteredText>>;
  /** The monitoring plan, results and air figures of the year; the monitoring sections are built when present. */
  monitoring?: MonitoringReportInput;
  /** The year's solid and hazardous waste ledger (section 二（六）and table 10); built when present. */
  waste?: WasteReportInput;
  /** The year's 环境管理情况 (water, air, soil facts) with the emission ledger's counts; absent when none is entered. */
  facts?: FactsReportInput;
  /** The requirement registers with the year's implementations (tables 1, 2, 4, 5); built when present. */
  requirements?: RequirementReportInput;
  /** The quotas and the emission rows of the year and the year before (一 quota paragraph, 二（三）（四）（八）); built when present. */
  quotas?: QuotaReportInput;
  /** The year's credit self-evaluation with its scheme, result and proposals (二（九）); built when present. */
  credit?: CreditReportInput;
}

/** What a section builder returns: its sections, every figure it computed, and the sums they obey. */
export interface SectionBuild {
  sections: ReportSection[];
  figures: Record<string, Figure>;
  relations: SumRelation[];
}

/** The paragraph keys of section 一, in order, for edited text. */
export const PROFILE_PARAGRAPH_KEYS = {
  profile: '1.profile',
  approvals: '1.approvals',
  history: '1.history',
  output: '1.output',
} as const;

/** "2014年8月" from "2014-08", "2013年" from "2013". */
function when(partialDate: string): string {
  const [y, m] = partialDate.split('-');
  return m ? `${y}年${Number(m)}月` : `${y}年`;
}

/**
 * Section 一、园区概况 of the annual report: the park's profile, approvals, history and output as entered, the
 * statistics paragraph counted from the ledger, and table 1.3-1 with one row per EIA approval.
 */
export function buildProfileSection(input: SectionInput): SectionBuild {
  const { park, year } = input;
  const parkRecord: RecordRef = { entity: 'park', id: park.id, label: park.name };
  const entered = (source: string): Extract<Provenance, { kind: 'entered' }> => ({
    kind: 'entered',
    source,
    records: [parkRecord],
    by: park.lastChange?.by ?? null,
    at: park.lastChange?.at ?? null,
  });
  const d = (id: string, label: string, text: string, source = '园区信息') => datum(`1.${id}`, label, text, entered(source));
  const figures: Record<string, Figure> = {};
  const fig = (f: Figure) => ((figures[f.id] = f), f);

  const paragraphs: ParagraphBlock[] = [];
  const paragraph = (key: string, runs: Inline[]) => {
    const edited = input.texts[key];
    paragraphs.push({ kind: 'paragraph', key, content: mergeText(runs), ...(edited ? { edited } : {}) });
  };

  const area: Inline[][] = [];
  if (park.approvedAreaKm2) {
    area.push(['核准规划面积', fig(enteredFigure('1.approvedArea', '核准规划面积', park.approvedAreaKm2, 'km²', entered('园区信息：核准规划面积'), {
        cues: { terms: ['规划面积'] },
      }))]);
  }
  if (park.extendedAreaKm2) {
    area.push([
      '拓展范围',
      fig(enteredFigure('1.extendedArea', '拓展范围', park.extendedAreaKm2, 'km²', entered('园区信息：拓展范围'), {
        cues: { terms: ['拓展范围', '扩区面积'] },
      })),
      ...(park.extensionDocument ? ['（', d('extensionDocument', '拓展范围批复文号', park.extensionDocument), '）'] : []),
    ]);
  }
  paragraph(PROFILE_PARAGRAPH_KEYS.profile, [
    d('name', '园区名称', park.name), '位于',
    d('location', '园区位置', park.location ?? park.divisionName ?? ''), '，园区代码为',
    d('code', '园区代码', park.code), '，园区级别为',
    d('level', '园区级别', park.level), '。',
    ...(park.leadingIndustries.length ? ['主导产业为', d('industries', '主导产业', park.leadingIndustries.join('、')), '等。'] : []),
    ...(area.length ? ['园区', ...area.flatMap((a, i) => (i > 0 ? ['，', ...a] : a)), '。'] : []),
  ]);

  if (park.approvals.length) {
    paragraph(PROFILE_PARAGRAPH_KEYS.approvals, [
      ...park.approvals.flatMap((a, i): Inline[] => [
        ...(i > 0 ? ['；'] : []),
        ...(a.approvedOn ? [d(`approval.${i + 1}.date`, '批复时间', when(a.approvedOn), '园区信息：批复文件'), '，'] : []),
        d(`approval.${i + 1}.title`, '批复文件', a.title, '园区信息：批复文件'),
        a.authority ? `获得${a.authority}批复` : '获得批复',
        ...(a.documentNumber ? ['（', d(`approval.${i + 1}.number`, '批复文号', a.documentNumber, '园区信息：批复文件'), '）'] : []),
      ]),
      '。',
    ]);
  }
  if (park.history) paragraph(PROFILE_PARAGRAPH_KEYS.history, [d('history', '园区沿革', park.history)]);

  const y = park.yearlyFigures.find((f) => f.year === year);
  if (y && (y.industrialOutputYiYuan || y.industrialAddedValueYiYuan)) {
    const source = `园区信息：${year}年经济指标`;
    const parts: Inline[][] = [];
    if (y.industrialOutputYiYuan) {
      parts.push(['工业总产值', fig(enteredFigure('1.industrialOutput', '工业总产值', y.industrialOutputYiYuan, '亿元', entered(source), { cues: { terms: ['工业总产值'] } }))]);
    }
    if (y.industrialAddedValueYiYuan) {
      parts.push(['工业增加值', fig(enteredFigure('1.industrialAddedValue', '工业增加值', y.industrialAddedValueYiYuan, '亿元', entered(source), {
          cues: { terms: ['工业增加值'] },
        }))]);
    }
    paragraph(PROFILE_PARAGRAPH_KEYS.output, [`${year}年园区`, ...parts.flatMap((p, i) => (i > 0 ? ['，', ...p] : p)), '。']);
  }

  const ledger = buildLedgerParagraph(input.enterprises, year);
  const edited = input.texts[ledger.paragraph.key];
  paragraphs.push(edited ? { ...ledger.paragraph, edited } : ledger.paragraph);

  return {
    sections: [
      {
        key: '1',
        level: 1,
        number: sectionNumber('1'),
        title: annualReportSection('1').title,
        blocks: [...paragraphs, buildLedgerTable(input.enterprises, { key: LEDGER_TABLE_KEY, caption: '表1.3-1 园区企业环保执行情况汇总表' })],
      },
    ],
    figures: { ...figures, ...ledger.figures },
    relations: ledger.relations,
  };
}

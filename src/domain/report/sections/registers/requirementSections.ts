import { CONTROL_DIMENSIONS, NEGATIVE_VERDICTS, type LinkedFigure } from '../../../registers/requirements/requirementTerms.js';
import { annualReportSection, sectionNumber } from '../../annualReportSections.js';
import { countFigure, datum } from '../../figures.js';
import type { EnteredText, Figure, Inline, ParagraphBlock, Provenance, RecordRef, ReportBlock, ReportSection, TableBlock, TableCell, TableRow } from '../../reportModel.js';
import { mergeText } from '../ledgerParagraph.js';
import type { SectionBuild } from '../profileSection.js';
import type { ReportImplementation, ReportRequirement, ReportRequirementSource, RequirementReportInput } from './requirementInput.js';

/** Keys of 二（二）'s paragraphs that are not per source: the lead above table 4 and the closing text the park writes. */
export const UNIT_LEAD_KEY = '2.2.lead';
export const UNIT_CLOSING_KEY = '2.2.closing';

/** Paragraph and table keys of a source (by its database id, so they stay put when sources are added or reordered). */
export const requirementKeys = (sourceId: number) => ({
  lead: `2.1.source.${sourceId}`,
  table: `requirements.${sourceId}`,
  unitTable: `requirements.unit.${sourceId}`,
  implementationLead: `2.2.unit.${sourceId}.implementation`,
  implementationTable: `requirements.unit.${sourceId}.implementation`,
});

/** The figure ids of the register's counts (not printed; the lint and the duty report read them). */
export const REQUIREMENT_FIGURES = {
  total: 'requirements.total',
  missing: 'requirements.missing',
  carried: 'requirements.carried',
  notMet: 'requirements.notMet',
} as const;

/** The pollutants whose quota and yearly total a requirement linked to 'quota' may quote. */
export const QUOTA_POLLUTANTS = ['COD', 'NH3-N', 'SO2', 'NOx'] as const;

/**
 * The figures a requirement linked to platform data speaks of, by id: each pollutant's quota (`quota.<key>`) and the
 * year's total (`emission.<year>.<key>`); for a wastewater plant, its design capacity (`facts.plant.<n>.designCapacity`,
 * the first plant named; the lint reads every plant's). They come from other builders and may be absent.
 */
export function linkedFigureIds(linked: LinkedFigure, year: number): string[] {
  if (linked === 'quota') return QUOTA_POLLUTANTS.flatMap((k) => [`quota.${k}`, `emission.${year}.${k}`]);
  return ['facts.plant.1.designCapacity'];
}

export interface RequirementSectionsInput {
  year: number;
  parkName: string;
  requirements: RequirementReportInput;
  /** Edited text of the year by paragraph key. */
  texts: Readonly<Record<string, EnteredText>>;
}

/** "2014年8月" from "2014-08", "2022年4月8日" from "2022-04-08", "2013年" from "2013". */
function when(partialDate: string): string {
  const [y, m, d] = partialDate.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

const sourceRef = (s: ReportRequirementSource): RecordRef => ({ entity: 'requirementSource', id: s.id, label: s.documentNumber ? `${s.title}（${s.documentNumber}）` : s.title });
const requirementRef = (s: ReportRequirementSource, r: ReportRequirement, position: string): RecordRef => ({
  entity: 'requirement',
  id: r.id,
  label: `${s.documentNumber ?? s.title} ${position}`,
});
const implementationRef = (s: ReportRequirementSource, i: ReportImplementation, position: string): RecordRef => ({
  entity: 'requirementImplementation',
  id: i.id,
  label: `${s.documentNumber ?? s.title} ${position}的落实情况`,
});

/** The row's record: the implementation when written, else the requirement (so a finding opens what to fill in). */
const rowRecord = (s: ReportRequirementSource, r: ReportRequirement, position: string) =>
  r.implementation ? implementationRef(s, r.implementation, position) : requirementRef(s, r, position);

const LEAD_SUBJECT: Record<ReportRequirementSource['kind'], string> = {
  planEia: '园区规划环评批复落实情况',
  followUp: '园区环境影响跟踪评价报告书批复落实情况',
  controlUnit: '“三线一单”落地应用情况',
  other: '落实情况',
};

/**
 * 二（一）规划环评批复要求落实情况 (tables 1 and 2: each approval's lead paragraph and its opinions with their
 * implementation) and 二（二）“三线一单”落地应用情况 (table 4, the control unit with its requirements by dimension;
 * table 5, their implementation; the park's closing text), from the register and the year's implementations.
 * Approvals are numbered 表1, 表2 …; control units' tables follow 表3 (the monitoring plan in 二（一）).
 */
export function buildRequirementSections(input: RequirementSectionsInput): SectionBuild {
  const { year, parkName, texts } = input;
  const sources = input.requirements.sources;
  const withText = <B extends ReportBlock>(b: B): B => {
    const edited = b.kind === 'paragraph' ? texts[b.key] : undefined;
    return edited ? { ...b, edited } : b;
  };
  const entered = (s: ReportRequirementSource): Extract<Provenance, { kind: 'entered' }> => ({
    kind: 'entered',
    source: '要求与落实台账',
    records: [sourceRef(s)],
    by: s.by,
    at: s.at,
  });
  const d = (s: ReportRequirementSource, name: string, label: string, text: string) => datum(`requirements.${s.id}.${name}`, label, text, entered(s));

  const approvals = sources.filter((s) => s.kind !== 'controlUnit');
  const units = sources.filter((s) => s.kind === 'controlUnit');
  const all: { source: ReportRequirementSource; requirement: ReportRequirement; record: RecordRef; position: string }[] = [];

  // ---- 二（一）: one lead paragraph and one table per approval ----
  const approvalBlocks: ReportBlock[] = approvals.flatMap((s, i) => {
    const n = i + 1;
    const keys = requirementKeys(s.id);
    const lead: ParagraphBlock = {
      kind: 'paragraph',
      key: keys.lead,
      content: mergeText([
        ...(s.issued ? [d(s, 'issued', '批复时间', when(s.issued)), '，'] : []),
        '《', d(s, 'title', '批复文件', s.title), '》',
        s.authority ? ['获得', d(s, 'authority', '批复机关', s.authority), '批复'] : ['获得批复'],
        ...(s.documentNumber ? ['（', d(s, 'number', '批复文号', s.documentNumber), '）'] : []),
        '。',
        ...(s.requirements.length ? [`${LEAD_SUBJECT[s.kind]}见表${n}。`] : []),
      ].flat() as Inline[]),
    };
    if (s.requirements.length === 0) return [withText(lead)];
    const year0 = s.issued ? `${s.issued.slice(0, 4)}年` : '';
    const caption =
      s.kind === 'planEia'
        ? `表${n} ${year0}园区环评审查意见及落实情况表${s.documentNumber ? `（${s.documentNumber}）` : ''}`
        : s.kind === 'followUp'
          ? `表${n} ${year0}园区环境影响跟踪评价报告书批复落实情况表${s.documentNumber ? `（${s.documentNumber}）` : ''}`
          : `表${n} 《${s.title}》要求及落实情况表${s.documentNumber ? `（${s.documentNumber}）` : ''}`;
    const rows: TableRow[] = s.requirements.map((r, k) => {
      const position = `第${k + 1}条`;
      const record = rowRecord(s, r, position);
      all.push({ source: s, requirement: r, record, position });
      return {
        record,
        ...(r.linkedFigure ? { figureIds: linkedFigureIds(r.linkedFigure, year) } : {}),
        cells: [
          { text: String(k + 1) },
          { text: r.text, align: 'left' },
          { text: r.implementation?.text ?? '', align: 'left' },
          { text: r.implementation?.verdict ?? '' },
        ],
      };
    });
    const table: TableBlock = {
      kind: 'table',
      key: keys.table,
      caption,
      header: ['序号', s.kind === 'other' ? '要求' : '环评审查意见', '落实情况', '与审查意见符合性'],
      columnWidths: [1.2, 9, 9, 2.2],
      rows,
    };
    return [withText(lead), table];
  });

  // ---- 二（二）: the lead, then per control unit table 4, its implementation lead and table 5; the closing text ----
  const unitBlocks: ReportBlock[] = [];
  if (units.length) {
    // After the approvals' tables and table 3, which the monitoring plan prints with that number whatever comes
    // before it. UNCONFIRMED: with fewer than two approval tables this leaves a gap rather than renumbering table 3.
    const first = Math.max(4, approvals.filter((a) => a.requirements.length).length + 2);
    const numbers = units.map((_, i) => first + i * 2);
    unitBlocks.push(
      withText({
        kind: 'paragraph',
        key: UNIT_LEAD_KEY,
        content: mergeText([
          '根据',
          ...units.flatMap((s, i): Inline[] => [...(i > 0 ? ['、'] : []), '《', d(s, 'title', '管控要求文件', s.title), '》']),
          `等相关文件，明确了${parkName}“三线一单”生态环境管控要求，见${numbers.map((n) => `表${n}`).join('、')}。`,
        ]),
      }),
    );
    units.forEach((s, i) => {
      const keys = requirementKeys(s.id);
      const unit = s.unit!;
      const n = numbers[i]!;
      // 行政区划 spans 省/市/县 in the seed's two-row header; one header row names the three columns alone.
      const header = ['环境管控单元编码', '单元名称', '省', '市', '县', '单元分类', '单元面积（km²）', '涉及乡镇（街道）', '区域主体功能定位', '主导产业', '重要敏感目标和主要环境问题'];
      const byDimension = CONTROL_DIMENSIONS.map((dim) => ({ dim, reqs: s.requirements.filter((r) => r.dimension === dim) })).filter((g) => g.reqs.length);
      const label = (r: ReportRequirement) => (r.number ? `（${r.number}）` : '');
      unitBlocks.push({
        kind: 'table',
        key: keys.unitTable,
        caption: `表${n}“三线一单”生态环境管控要求`,
        header,
        columnWidths: [2.4, 2, 1.1, 1.1, 1.1, 1.6, 2.6, 1.6, 2.4, 6.2, 3.4],
        compact: true,
        rows: [
          {
            record: sourceRef(s),
            cells: [
              { text: unit.code },
              { text: unit.name },
              { text: unit.division.province },
              { text: unit.division.city },
              { text: unit.division.county },
              { text: unit.class },
              { text: unit.areaText, align: 'left' },
              { text: unit.towns.join('\n') },
              { text: unit.mainFunctions, align: 'left' },
              { text: unit.leadingIndustries, align: 'left' },
              { text: `重要敏感目标：${unit.sensitiveTargets}\n主要环境问题：${unit.mainProblems}`, align: 'left' },
            ],
          },
          { cells: [{ text: '管控维度', colSpan: 2, bold: true }, { text: '管控要求', colSpan: 9, bold: true }] },
          ...byDimension.map(({ dim, reqs }) => ({
            cells: [
              { text: dim, colSpan: 2 },
              { text: reqs.map((r) => `${label(r)}${r.text}`).join('\n'), colSpan: 9, align: 'left' as const },
            ],
          })),
        ],
      });
      unitBlocks.push(
        withText({
          kind: 'paragraph',
          key: keys.implementationLead,
          content: [`${year}年，${parkName}“三线一单”落地应用情况见表${n + 1}。`],
        }),
      );
      const rows: TableRow[] = [];
      byDimension.forEach(({ dim, reqs }, g) => {
        reqs.forEach((r, k) => {
          const position = r.number ? `（${r.number}）` : `${dim}第${k + 1}条`;
          const record = rowRecord(s, r, position);
          all.push({ source: s, requirement: r, record, position });
          const merged: TableCell[] = k === 0 ? [{ text: String(g + 1), ...(reqs.length > 1 ? { rowSpan: reqs.length } : {}) }, { text: dim, ...(reqs.length > 1 ? { rowSpan: reqs.length } : {}) }] : [];
          rows.push({
            record,
            ...(r.linkedFigure ? { figureIds: linkedFigureIds(r.linkedFigure, year) } : {}),
            cells: [
              ...merged,
              { text: r.text, align: 'left' },
              { text: r.implementation?.text ?? '', align: 'left' },
              { text: r.implementation?.verdict ?? '' },
            ],
          });
        });
      });
      unitBlocks.push({
        kind: 'table',
        key: keys.implementationTable,
        caption: `表${n + 1} ${parkName}“三线一单”落地应用情况一览表`,
        header: ['序号', '管控维度', '管控要求', '落地应用情况', '是否落实'],
        columnWidths: [1.2, 2.4, 8, 9, 1.6],
        rows,
      });
    });
    const closing = texts[UNIT_CLOSING_KEY];
    // Entered text only: the park's account of the year; empty (and printed as nothing) until written.
    unitBlocks.push({ kind: 'paragraph', key: UNIT_CLOSING_KEY, content: [], ...(closing ? { edited: closing } : {}) });
  }

  // ---- The register's counts ----
  const count = (id: string, label: string, description: string, records: RecordRef[]) =>
    countFigure(id, label, '条', { rule: id, description }, records);
  const figures: Record<string, Figure> = {};
  for (const f of [
    count(REQUIREMENT_FIGURES.total, '环评批复及管控单元要求', '要求与落实台账中各批复、管控单元的要求', all.map((x) => requirementRef(x.source, x.requirement, x.position))),
    count(REQUIREMENT_FIGURES.missing, `未填写${year}年落实情况的要求`, `没有${year}年落实情况的要求`, all.filter((x) => !x.requirement.implementation).map((x) => x.record)),
    count(REQUIREMENT_FIGURES.carried, `沿用上年未修改的落实情况`, `${year}年的落实情况沿用往年文字、尚未修改的要求`, all.filter((x) => x.requirement.implementation?.carriedFromYear != null).map((x) => x.record)),
    count(REQUIREMENT_FIGURES.notMet, '不符合或未落实的要求', `${year}年落实情况判为不符合、未落实或否的要求`, all.filter((x) => x.requirement.implementation && NEGATIVE_VERDICTS.includes(x.requirement.implementation.verdict)).map((x) => x.record)),
  ]) figures[f.id] = f;

  const section = (key: string, blocks: ReportBlock[]): ReportSection => ({
    key,
    level: 2,
    number: sectionNumber(key),
    title: annualReportSection(key).title,
    blocks,
  });
  // Chapter 二's heading, in case no other build opens it (its blocks merge with theirs).
  const sections: ReportSection[] = [{ key: '2', level: 1, number: sectionNumber('2'), title: annualReportSection('2').title, blocks: [] }];
  if (approvalBlocks.length) sections.push(section('2.1', approvalBlocks));
  if (unitBlocks.length) sections.push(section('2.2', unitBlocks));
  return { sections, figures, relations: [] };
}

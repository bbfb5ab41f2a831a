import { Dec } from '../../../standards/_lib/decimal.js';
import { wasteTotals } from '../../../registers/waste/wasteTotals.js';
import type { WasteKind, WasteQuantities, WasteRow } from '../../../registers/waste/types.js';
import { annualReportSection, sectionNumber } from '../../annualReportSections.js';
import { countFigure, formatFigure, valueFigure } from '../../figures.js';
import type { EnteredText, Figure, Inline, NumberFormat, ParagraphBlock, RecordRef, SumRelation, TableBlock, TableRow } from '../../reportModel.js';
import { mergeText } from '../ledgerParagraph.js';
import type { SectionBuild } from '../profileSection.js';
import { MANIFEST_MARK, WASTE_QUANTITY_COLUMNS, WASTE_TABLE_CAPTION, WASTE_TABLE_HEADER, WASTE_TABLE_KEY, wasteQuantityHeader } from './wasteTable.js';

/** One row of the year's waste ledger as the report reads it: the row, its enterprise, and where it came from. */
export interface WasteReportRow extends WasteRow {
  enterpriseId: number;
  /** The name as the imported table wrote it, when it is not the enterprise file's name; null when the same. */
  nameInTable: string | null;
  /** The file it was imported from, who imported it and when (ISO). */
  source: string;
  importedBy: string;
  importedAt: string;
}

/** The year's solid and hazardous waste ledger (固体废物台账), in table order. */
export interface WasteReportInput {
  rows: WasteReportRow[];
}

export const WASTE_PARAGRAPH_KEY = '2.6.waste';

const SECTION_KEY = '2.6';
const KINDS = ['general', 'hazardous'] as const;
const KIND_WORDS: Readonly<Record<WasteKind, string>> = { general: '一般工业固体废物', hazardous: '危险废物' };
/** The words the paragraph puts before each quantity (seed line 933), and the other ways a park writes them. */
const QUANTITY_TERMS: Readonly<Record<keyof WasteQuantities, { says: string; terms: string[] }>> = {
  generatedTonnes: { says: '产生量', terms: ['产生量'] },
  selfUtilisedTonnes: { says: '自行综合利用', terms: ['自行综合利用', '综合利用'] },
  selfDisposedTonnes: { says: '自行处置', terms: ['自行处置', '自行处理'] },
  entrustedTonnes: { says: '外委处置', terms: ['外委处置', '委托处置', '委托处理', '外售'] },
};

/** Tonnes as table 10 prints them: to 0.01 t (GB/T 8170), and a zero as 0. */
const tonnesFormat = (value: string): NumberFormat => (new Dec(value).isZero() ? {} : { decimals: 2 });

/** The zero of a quantity as the table prints it ({@link tonnesFormat}), for tallies of the rows above zero. */
const PRINTED_ZEROS = ['0'];

/**
 * Section 二（六）固体废物管理 from the year's waste ledger: the paragraph of seed line 933 (producing enterprises,
 * each kind's generated, self-utilised, self-disposed and entrusted tonnes) and table 10 with its 合计 row.
 * The counts are tallied on table 10 (rows whose 产生量 is not 0), the totals obey generated = utilised + disposed +
 * entrusted, and every quantity of the table is a figure of the row's import.
 */
export function buildWasteSection(input: { year: number; waste: WasteReportInput; texts: Readonly<Record<string, EnteredText>> }): SectionBuild {
  const { year, waste, texts } = input;
  const figures: Record<string, Figure> = {};
  const fig = (f: Figure) => ((figures[f.id] = f), f);
  const relations: SumRelation[] = [];
  const recordOf = (r: WasteReportRow): RecordRef => ({ entity: 'enterprise', id: r.enterpriseId, label: r.enterpriseName, code: r.creditCode });
  const all = waste.rows.map(recordOf);
  const totals = wasteTotals(waste.rows);

  const kindFigures = (kind: WasteKind) => {
    const scope = kind === 'hazardous' ? { scope: [KIND_WORDS.hazardous] } : {};
    const producers = fig({
      ...countFigure(
        `${SECTION_KEY}.waste.${kind}.enterprises`,
        `${KIND_WORDS[kind]}产生企业数量`,
        '个',
        { rule: `waste.${kind}.producers`, description: `${year}年度${KIND_WORDS[kind]}产生量大于0的企业（固体废物台账）` },
        waste.rows.filter((r) => new Dec(r[kind].generatedTonnes).greaterThan(0)).map(recordOf),
      ),
      cues: { terms: ['产生企业数量', '产生企业'], ...scope },
      tally: { table: WASTE_TABLE_KEY, where: [{ column: wasteQuantityHeader(kind, 'generatedTonnes'), except: PRINTED_ZEROS }] },
    });
    const sums = Object.fromEntries(
      WASTE_QUANTITY_COLUMNS.map(({ key }) => {
        const value = totals[kind][key];
        const f = fig(
          valueFigure(
            `${SECTION_KEY}.waste.${kind}.${key}`,
            `${KIND_WORDS[kind]}${QUANTITY_TERMS[key].says}`,
            value,
            't/a',
            { kind: 'rule', rule: `waste.${kind}.${key}`, description: `${year}年度固体废物台账各企业${KIND_WORDS[kind]}${QUANTITY_TERMS[key].says}之和`, records: all },
            { format: tonnesFormat(value), aggregate: 'sum', cues: { terms: QUANTITY_TERMS[key].terms, ...scope } },
          ),
        );
        return [key, f];
      }),
    ) as Record<keyof WasteQuantities, Figure>;
    relations.push({
      kind: 'sum',
      id: `${SECTION_KEY}.waste.${kind}.balance`,
      description: `${KIND_WORDS[kind]}产生量 = 自行综合利用 + 自行处置 + 外委处置`,
      whole: sums.generatedTonnes.id,
      parts: [sums.selfUtilisedTonnes.id, sums.selfDisposedTonnes.id, sums.entrustedTonnes.id],
    });
    return { producers, sums };
  };
  const general = kindFigures('general');
  const hazardous = kindFigures('hazardous');

  const quantities = (k: ReturnType<typeof kindFigures>): Inline[] => [
    '产生量', k.sums.generatedTonnes, '，其中，',
    '自行综合利用', k.sums.selfUtilisedTonnes, '，',
    '自行处置', k.sums.selfDisposedTonnes, '，',
    '外委处置', k.sums.entrustedTonnes, '。',
  ];
  const allEntrusted = new Dec(totals.hazardous.generatedTonnes).greaterThan(0) && new Dec(totals.hazardous.generatedTonnes).eq(totals.hazardous.entrustedTonnes);
  const runs: Inline[] =
    waste.rows.length === 0
      ? [`园区${year}年度固体废物台账尚无记录。`]
      : [
          '园区一般工业固体废物产生企业数量', general.producers, `。${year}年度`, ...quantities(general),
          '危险废物产生企业数量', hazardous.producers, '，', ...quantities(hazardous),
          ...(allEntrusted ? ['各企业产生的危险废物全部外委处置。'] : []),
        ];
  const edited = texts[WASTE_PARAGRAPH_KEY];
  const paragraph: ParagraphBlock = {
    kind: 'paragraph',
    key: WASTE_PARAGRAPH_KEY,
    content: mergeText(runs),
    figureIds: [general, hazardous].flatMap((k) => [k.producers.id, ...Object.values(k.sums).map((f) => f.id)]),
    ...(edited ? { edited } : {}),
  };

  const rows: TableRow[] = waste.rows.map((r, i) => {
    const record = recordOf(r);
    // The name column prints the file's name; the row's record keeps the table's own, for the lint to name it.
    const rowRecord: RecordRef = r.nameInTable ? { ...record, nameInSource: r.nameInTable } : record;
    const cells = KINDS.flatMap((kind) =>
      WASTE_QUANTITY_COLUMNS.map(({ key }) => {
        const value = r[kind][key];
        const f = fig(
          valueFigure(
            `${SECTION_KEY}.waste.row.${r.enterpriseId}.${kind}.${key}`,
            `${r.enterpriseName}${wasteQuantityHeader(kind, key)}`,
            value,
            't/a',
            { kind: 'entered', source: `固体废物台账：${r.source}`, records: [record], by: r.importedBy, at: r.importedAt },
            { format: tonnesFormat(value), showUnit: false },
          ),
        );
        return { text: formatFigure(f), figure: f };
      }),
    );
    return {
      record: rowRecord,
      cells: [
        { text: String(i + 1) },
        { text: r.enterpriseName, align: 'left' as const },
        ...cells,
        { text: r.transferManifest ? MANIFEST_MARK.yes : MANIFEST_MARK.no },
      ],
    };
  });
  if (rows.length > 0) {
    const totalCell = (f: Figure) => ({ text: formatFigure({ ...f, showUnit: false }), figure: { ...f, showUnit: false } });
    rows.push({
      role: 'total',
      cells: [
        { text: '合计', colSpan: 2, bold: true },
        ...[general, hazardous].flatMap((k) => WASTE_QUANTITY_COLUMNS.map(({ key }) => totalCell(k.sums[key]))),
        { text: '' },
      ],
    });
  }
  const table: TableBlock = {
    kind: 'table',
    key: WASTE_TABLE_KEY,
    caption: WASTE_TABLE_CAPTION,
    header: [...WASTE_TABLE_HEADER],
    columnWidths: [4, 30, 7, 7, 7, 7, 7, 7, 7, 7, 6],
    rows,
    compact: true,
  };

  return {
    sections: [
      {
        key: SECTION_KEY,
        level: 2,
        number: sectionNumber(SECTION_KEY),
        title: annualReportSection(SECTION_KEY).title,
        blocks: rows.length > 0 ? [paragraph, table] : [paragraph],
      },
    ],
    figures,
    relations,
  };
}

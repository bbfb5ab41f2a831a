import { describe, expect, it } from 'vitest';
import { SEED000_WASTE_PARAGRAPH, SEED000_WASTE_TABLE_AS_FILED } from '../../../../services/demo/qidongWaste2024.js';
import { documentOf } from '../../../../../test/helpers/reportDocument.js';
import { parseWasteTable } from '../../../registers/waste/parseWasteTable.js';
import { generatedText } from '../../figures.js';
import { lintReport } from '../../lint/index.js';
import { countVsTable } from '../../lint/rules/countVsTable.js';
import { editedFigures } from '../../lint/rules/editedFigures.js';
import { enterpriseNames } from '../../lint/rules/enterpriseNames.js';
import { figureUnits } from '../../lint/rules/figureUnits.js';
import { sumParts } from '../../lint/rules/sumParts.js';
import { tableTotals } from '../../lint/rules/tableTotals.js';
import { unitFragments } from '../../lint/rules/unitFragments.js';
import { wasteBalance } from '../../lint/rules/wasteBalance.js';
import { wasteManifest } from '../../lint/rules/wasteManifest.js';
import type { EnteredText, ParagraphBlock, ReportDocument, TableBlock } from '../../reportModel.js';
import { buildWasteSection, WASTE_PARAGRAPH_KEY, type WasteReportRow } from './wasteSection.js';

const RULES = [sumParts, countVsTable, tableTotals, editedFigures, figureUnits, unitFragments, enterpriseNames, wasteBalance, wasteManifest];

function seedRows(): WasteReportRow[] {
  const parsed = parseWasteTable(SEED000_WASTE_TABLE_AS_FILED, 2024);
  if (!parsed.ok) throw new Error('seed table 10 does not parse');
  return parsed.rows.map((r, i) => ({ ...r, enterpriseId: i + 1, nameInTable: null, source: '表10.xlsx', importedBy: '专员', importedAt: '2025-01-10T08:00:00.000Z' }));
}

function report(rows: WasteReportRow[], edited?: string): ReportDocument {
  const texts: Record<string, EnteredText> = edited === undefined ? {} : { [WASTE_PARAGRAPH_KEY]: { text: edited, by: '专员', at: null } };
  const build = buildWasteSection({ year: 2024, waste: { rows }, texts });
  return { ...documentOf('测试', [], build.sections), figures: build.figures, relations: build.relations };
}
const lint = (doc: ReportDocument) =>
  lintReport({ report: doc, enterprises: [] }, RULES).map((f) => [f.rule, f.where.row ?? null, f.message] as const);

describe('二（六）固体废物管理 and table 10', () => {
  it('computes seed line 933 from table 10: 35 and 14 producers, 80.6 = 7.05 + 51.40 + 22.15 t/a, 18.04 t/a all entrusted', () => {
    const doc = report(seedRows());
    const [paragraph, table] = doc.sections[0]!.blocks as [ParagraphBlock, TableBlock];
    expect(doc.sections[0]).toMatchObject({ key: '2.6', number: '（六）', title: '固体废物管理' });
    // Counted by hand from table 10: general waste in every row but 12 (卫瀚, 0); hazardous waste in rows 1–8, 10–14 and 16.
    expect(generatedText(paragraph)).toBe(
      '园区一般工业固体废物产生企业数量35个。2024年度产生量80.60t/a，其中，自行综合利用7.05t/a，自行处置51.40t/a，外委处置22.15t/a。' +
        '危险废物产生企业数量14个，产生量18.04t/a，其中，自行综合利用0t/a，自行处置0t/a，外委处置18.04t/a。各企业产生的危险废物全部外委处置。',
    );
    const hazardousProducers = doc.figures['2.6.waste.hazardous.enterprises']!;
    expect(hazardousProducers.provenance.records.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 16]);
    expect(doc.relations.map((r) => r.id)).toEqual(['2.6.waste.general.balance', '2.6.waste.hazardous.balance']);

    expect(table.caption).toBe('表10 企业固体废物处置清单');
    expect(table.header).toEqual([
      '序号', '企业名称',
      '一般工业固体废物产生量（t/a）', '一般工业固体废物自行综合利用（t/a）', '一般工业固体废物自行处置（t/a）', '一般工业固体废物委托处理（外售）（t/a）',
      '危险废物产生量（t/a）', '危险废物自行综合利用（t/a）', '危险废物自行处置（t/a）', '危险废物委托处理（t/a）',
      '涉危废转移清单企业',
    ]);
    expect(table.rows).toHaveLength(37);
    expect(table.rows[5]!.cells.map((c) => c.text)).toEqual(['6', '湖南领湃新能源科技有限公司', '43.10', '0', '43.10', '0', '4.00', '0', '0', '4.00', '√']);
    expect(table.rows[36]).toMatchObject({ role: 'total' });
    expect(table.rows[36]!.cells.map((c) => c.text)).toEqual(['合计', '80.60', '7.05', '51.40', '22.15', '18.04', '0', '0', '18.04', '']);
  });

  it('lints the generated section: only the two manifest flags on rows without hazardous waste', () => {
    expect(lint(report(seedRows()))).toEqual([
      ['waste.manifest', 9, '表10第9行湖南荣晟昌新材料科技有限公司标为涉危废转移清单企业（√），但危险废物产生量为0'],
      ['waste.manifest', 15, '表10第15行湖南省中亚光电科技有限公司标为涉危废转移清单企业（√），但危险废物产生量为0'],
    ]);
  });

  it('prints the file\'s name for a row whose table wrote another, and the lint names the table\'s (seed 000 rows 13, 26, 30)', () => {
    const rows = seedRows();
    const asPrinted: Record<number, string> = { 12: '湖南新建汉新材料科技有限公司', 25: '祁东县泰豪食品有限公司', 29: '祁东晶褀机械有限公司' };
    for (const [i, name] of Object.entries(asPrinted)) rows[Number(i)] = { ...rows[Number(i)]!, nameInTable: name };
    const doc = report(rows);
    const table = doc.sections[0]!.blocks[1] as TableBlock;
    expect(table.rows[29]!.cells[1]!.text).toBe('祁东晶祺机械有限公司');
    expect(table.rows[29]!.record).toMatchObject({ label: '祁东晶祺机械有限公司', nameInSource: '祁东晶褀机械有限公司' });
    expect(lint(doc)).toEqual([
      ['waste.manifest', 9, '表10第9行湖南荣晟昌新材料科技有限公司标为涉危废转移清单企业（√），但危险废物产生量为0'],
      ['enterprise.names', 13, '表10第13行企业名称“湖南新建汉新材料科技有限公司”与企业档案名称“湖南新建汉科技建材有限公司”不一致（导入时已确认为同一企业）'],
      ['waste.manifest', 15, '表10第15行湖南省中亚光电科技有限公司标为涉危废转移清单企业（√），但危险废物产生量为0'],
      ['enterprise.names', 26, '表10第26行企业名称“祁东县泰豪食品有限公司”与企业档案名称“祁东县泰豪科技发展有限公司”不一致（导入时已确认为同一企业）'],
      ['enterprise.names', 30, '表10第30行企业名称“祁东晶褀机械有限公司”与企业档案名称“祁东晶祺机械有限公司”不一致（导入时已确认为同一企业）'],
    ]);
  });

  it('lints seed 000\'s own paragraph: 36 and 16 producers against the table\'s 35 and 14, and 18.04/a without its t', () => {
    const findings = lint(report(seedRows(), SEED000_WASTE_PARAGRAPH));
    expect(findings.filter(([rule]) => rule !== 'waste.manifest')).toEqual([
      ['count.table', null, '编写的文字“园区一般工业固体废物产生企业数量36个”中一般工业固体废物产生企业数量为36个，而表10中“一般工业固体废物产生量（t/a）”不为“0”的记录共35个'],
      ['count.table', null, '编写的文字“危险废物产生企业数量16个”中危险废物产生企业数量为16个，而表10中“危险废物产生量（t/a）”不为“0”的记录共14个'],
      ['figure.unitFragment', null, '“产生量18.04/a”中的危险废物产生量18.04单位“/a”不完整（应为t/a）'],
    ]);
  });

  it('finds an unbalanced row and a total that is not the sum of its rows', () => {
    const rows = seedRows();
    rows[0] = { ...rows[0]!, general: { ...rows[0]!.general, entrustedTonnes: '0.30' } };
    const doc = report(rows);
    expect(lint(doc).filter(([rule]) => rule === 'waste.balance')).toEqual([
      ['waste.balance', 1, '表10第1行衡阳市富比德科学仪器有限公司的一般工业固体废物产生量为0.4t/a，而自行综合利用、自行处置、委托处理之和为0.3t/a，相差0.1t/a'],
    ]);
    // A balance within 0.02 t/a is rounding, not a finding.
    rows[0] = { ...rows[0]!, general: { ...rows[0]!.general, entrustedTonnes: '0.38' } };
    expect(lint(report(rows)).filter(([rule]) => rule === 'waste.balance')).toEqual([]);
    // The 合计 row is computed, so table.total stays silent until it is changed.
    expect(lint(doc).filter(([rule]) => rule === 'table.total')).toEqual([]);
    const changed = report(seedRows());
    (changed.sections[0]!.blocks[1] as TableBlock).rows[36]!.cells[1] = { text: '80.70' };
    expect(lint(changed).filter(([rule]) => rule === 'table.total')).toEqual([
      ['table.total', 37, '表10“一般工业固体废物产生量（t/a）”列合计为80.70，而各行之和为80.6'],
    ]);
  });

  it('says so when the year has no ledger, with no table', () => {
    const doc = report([]);
    expect(doc.sections[0]!.blocks.map((b) => b.kind)).toEqual(['paragraph']);
    expect(generatedText(doc.sections[0]!.blocks[0] as ParagraphBlock)).toBe('园区2024年度固体废物台账尚无记录。');
  });
});

import { describe, expect, it } from 'vitest';
import { parseLedgerTable } from '../../ledger/parseLedgerTable.js';
import { DEMO_LEDGER_ROWS } from '../../../services/demo/qidongPark2024.js';
import { SEED_LEDGER_PARAGRAPH } from '../../../../test/fixtures/seed000Paragraphs.js';
import { figureOf, paragraphOf, reportOf } from '../../../../test/helpers/reportDocument.js';
import { buildLedgerParagraph } from '../sections/ledgerParagraph.js';
import { numbersOfText, printedParagraph, readNumbers } from './readNumbers.js';


describe('numbersOfText', () => {
  it('reads quantities with their units, normalised', () => {
    const read = numbersOfText('规划面积为2.4km2，拓展范围5.99平方公里，工业总产值40.25亿元，优良率95.1％，共3个');
    expect(read.map((n) => [n.value, n.unit])).toEqual([['2.4', 'km²'], ['5.99', 'km²'], ['40.25', '亿元'], ['95.1', '%'], ['3', '个']]);
  });

  it('leaves out years, months, document numbers and identifiers', () => {
    const text = '截止到2024年底，2014年8月获得批复（湘环评函[2014]89号），备案编号430426-2022-062-M，许可证91430426MA4QA91117001U，第3号文，总体规划（2012-2020年）';
    expect(numbersOfText(text)).toEqual([]);
  });

  it('reads 没有 as a zero said in words', () => {
    expect(numbersOfText('没有无环评批复的企业')).toEqual([{ value: '0', unit: null, inWords: true, start: 0, end: 2 }]);
  });
});

describe('readNumbers', () => {
  const demo = parseLedgerTable(DEMO_LEDGER_ROWS).enterprises.map((e, i) => ({ ...e, id: i + 1 }));
  const ledger = buildLedgerParagraph(demo, 2024);
  const figures = Object.values(ledger.figures);

  it("reads the seed's paragraph above table 1.3-1 back to the ledger's figures, number by number", () => {
    const read = readNumbers(SEED_LEDGER_PARAGRAPH, figures).map((n) => [n.value, n.figure?.id.replace('ledger.', '') ?? null]);
    expect(read).toEqual([
      ['50', 'total'],
      ['50', 'movement.atPreviousYearEnd'],
      ['0', 'movement.enteredInYear'],
      ['0', 'movement.clearedInYear'],
      ['44', 'byStatus.operating'],
      ['6', 'byStatus.construction'],
      ['50', 'eia.withApproval'],
      ['0', 'eia.newInYear'],
      ['0', 'eia.withoutApproval'], // 没有无环评批复的企业
      ['39', 'acceptance.done'],
      ['0', 'acceptance.newInYear'],
      ['10', 'acceptance.notDone'],
      ['6', 'acceptance.notDoneUnderConstruction'], // 在建 in the 验收 sentence
      ['2', 'acceptance.notDoneTrial'],
      ['2', 'acceptance.notApplicable'],
      ['26', 'emergencyPlan.required'],
      ['18', 'emergencyPlan.filed'],
      ['8', 'emergencyPlan.notFiled'],
      ['18', 'emergencyPlan.noRiskSource'],
      ['6', 'emergencyPlan.underConstruction'], // 在建 in the 应急预案 sentence
      ['44', 'permit.held'],
      ['6', 'permit.notHeldUnderConstruction'], // 在建 in the 排污许可 sentence
      ['1', 'permit.byClass.key'],
      ['10', 'permit.byClass.simplified'],
      ['39', 'permit.byClass.registration'],
    ]);
  });

  it('reads the generated paragraph back to the figures it printed, with their values', () => {
    const generated = printedParagraph(ledger.paragraph, reportOf([ledger.paragraph], figures));
    const reread = readNumbers(generated.text, figures);
    expect(reread.map((n) => [n.figure?.id, n.value])).toEqual(
      reread.map((n) => [n.figure?.id, n.figure ? ledger.figures[n.figure.id]!.value : 'unread']),
    );
    expect(reread.every((n) => n.figure)).toBe(true);
  });

  it('leaves a number unread when two figures name it equally', () => {
    const a = figureOf('a', '甲类企业', '3', '家', { cues: { terms: ['企业'] } });
    const b = figureOf('b', '乙类企业', '4', '家', { cues: { terms: ['企业'] } });
    expect(readNumbers('企业3家', [a, b])[0]!.figure).toBeNull();
  });

  it('reads last year\'s values listed after this year\'s by the words before them in the sentence', () => {
    // Seed 000 三（一）: this year's means, then 2023年数据为： the same names with last year's.
    const now = figureOf('now', '2024年PM2.5累计均值浓度', '57', 'μg/m³', { cues: { terms: ['PM2.5累计均值浓度', 'PM2.5'] } });
    const then = figureOf('then', '2023年PM2.5累计均值浓度', '45', 'μg/m³', { cues: { terms: ['PM2.5累计均值浓度', 'PM2.5', '2023年为'], scope: ['PM2.5'], after: ['2023年'] } });
    const text = 'PM2.5累计均值浓度57μg/m3；2023年数据为：PM2.5累计均值浓度45μg/m3。PM2.5累计均值浓度57μg/m³，2023年为45μg/m³。';
    expect(readNumbers(text, [now, then]).map((n) => [n.value, n.figure?.id])).toEqual([['57', 'now'], ['45', 'then'], ['57', 'now'], ['45', 'then']]);
  });

  it('does not read a number in one unit as a figure in another', () => {
    const area = figureOf('area', '规划面积', '2.4', 'km²');
    expect(readNumbers('规划面积2.4亿元', [area])[0]!.figure).toBeNull();
    expect(readNumbers('规划面积2.4平方公里', [area])[0]!.figure?.id).toBe('area');
  });

  it('prints a generated paragraph as its runs, each figure where it stands', () => {
    const f = figureOf('n', '企业', '12', '家');
    const p = printedParagraph(paragraphOf('p', ['园区共有', f, '企业。']), reportOf([]));
    expect(p).toEqual({ text: '园区共有12家企业。', source: 'generated', numbers: [{ figure: f, value: '12', unit: '家', start: 4, end: 7 }] });
  });
});

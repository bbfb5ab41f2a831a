import { describe, expect, it } from 'vitest';
import { parseLedgerTable } from '../../ledger/parseLedgerTable.js';
import { DEMO_LEDGER_ROWS } from '../../../services/demo/qidongPark2024.js';
import { enterprise } from '../../../../test/helpers/enterprise.js';
import { contentFigures, generatedText } from '../figures.js';
import { buildLedgerParagraph } from './ledgerParagraph.js';

const demo = parseLedgerTable(DEMO_LEDGER_ROWS).enterprises.map((e, i) => ({ ...e, id: i + 1 }));

describe('buildLedgerParagraph', () => {
  const built = buildLedgerParagraph(demo, 2024);

  it('writes the paragraph above table 1.3-1 with the figures counted from the table', () => {
    // Figures from the hand counts in ledgerStats.test.ts; sentences after the seed report's paragraph.
    expect(generatedText(built.paragraph)).toBe(
      '截止到2024年底园区已入园企业50家，上一年度末已签约入园企业数量50家，本年度内新入园企业数量0家，本年度清退企业数量0家，' +
        '正常生产企业44家，在建企业6家。' +
        '其中园区内已完成环评批复手续企业数量50个（环评批复及登记表备案共56份），本年度新增项目环评批复0个，没有无环评批复的企业。' +
        '园区内已完成环保竣工验收手续企业数量35个，本年度新增环保竣工验收企业数量0个，' +
        '未完成验收的有9家（5家企业处于在建状态，4家企业已投产但尚未完成验收）；另有6家企业为建设项目环境影响登记表项目，无需办理验收手续。' +
        '园区内应完成应急预案备案企业19家，已完成应急预案备案手续企业数量19个，没有应备案未备案的企业（6家企业处于在建状态，暂无需办理应急预案）。' +
        '另有25家企业未备案且尚未确定是否涉及环境风险源，需核实。' +
        '园区内已取得排污许可证（含排污登记）企业数量42个，其中重点管理企业数量1个，简化管理企业数量11个，登记管理企业数量30个；' +
        '未取得排污许可证（登记）的企业8家（其中6家企业处于在建状态，暂无需办理）。',
    );
  });

  it('names the enterprises each count counted', () => {
    const notDone = built.figures['ledger.acceptance.notDoneOther']!;
    // Producing enterprises whose 验收 column says 否: #17, #33, #39, #44 (ledgerStats.test.ts).
    expect(notDone.provenance.kind === 'rule' && notDone.provenance.records.map((r) => r.id)).toEqual([17, 33, 39, 44]);
    expect(notDone.provenance).toMatchObject({ rule: 'ledger.acceptance.notDoneOther' });
    for (const f of Object.values(built.figures)) {
      expect(f.provenance.kind === 'rule' && f.provenance.records.length).toBe(Number(f.value));
    }
  });

  it('counts approvals, not enterprises, where the sentence says 份', () => {
    const approvals = built.figures['ledger.eia.approvals']!;
    expect(approvals.value).toBe('56');
    expect(approvals.provenance.kind === 'rule' && approvals.provenance.records[1]!.label).toBe('湖南领湃新能源科技有限公司：祁环评[2021]23号');
  });

  it('keeps figures of clauses left out for being zero, and the sums they obey', () => {
    const printed = contentFigures(built.paragraph).map((f) => f.id);
    expect(printed).not.toContain('ledger.byStatus.trial');
    expect(built.figures['ledger.byStatus.trial']!.value).toBe('0');
    for (const r of built.relations) {
      const sum = r.parts.reduce((n, p) => n + Number(built.figures[p]!.value), 0);
      expect([r.description, sum]).toEqual([r.description, Number(built.figures[r.whole]!.value)]);
    }
  });

  it('names trial and suspended enterprises only when there are some', () => {
    const text = generatedText(buildLedgerParagraph([enterprise({ status: 'trial' }), enterprise({ status: 'trial' })].map((e, i) => ({ ...e, id: i + 1 })), 2024).paragraph);
    expect(text).toContain('试生产企业2家');
    expect(text).not.toContain('停产企业');
  });
});

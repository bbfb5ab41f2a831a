import { describe, expect, it } from 'vitest';
import { seed000CreditInput } from '../../../../../test/fixtures/creditSeed000.js';
import { documentOf } from '../../../../../test/helpers/reportDocument.js';
import { HUNAN_2024_SCHEME, proposeScores, scoreEvaluation, type CreditFacts, type ItemScore } from '../../../credit/index.js';
import type { EnteredText, ReportDocument } from '../../reportModel.js';
import type { CreditReportInput } from '../../sections/registers/creditInput.js';
import { buildCreditSection } from '../../sections/registers/creditSection.js';
import { lintReport } from '../index.js';
import { creditProposals } from './creditProposals.js';
import { creditTotal } from './creditTotal.js';

function report(credit: CreditReportInput, texts: Record<string, EnteredText> = {}): ReportDocument {
  const built = buildCreditSection({ year: 2024, credit, texts });
  return { ...documentOf('测试', [], built.sections), figures: built.figures };
}
const check = (doc: ReportDocument) => creditProposals.check({ report: doc, enterprises: [] });

describe('credit.proposal', () => {
  it('warns at items 12 and 19, which seed 000 scored 0 against its own stations and award', () => {
    const found = check(report(seed000CreditInput()));
    expect(found.map((f) => [f.severity, f.where.row, f.message])).toEqual([
      ['warning', 12, '湖南省产业园区环保信用自评表第12行（信用自评第12项（环境信息管理））自评分为0分，平台根据记录建议+1分：园区3个监测站点2024年向平台报送了数据'],
      ['warning', 19, '湖南省产业园区环保信用自评表第19行（信用自评第19项（创新与示范））自评分为0分，平台根据记录建议+2分：园区2024年获得省级表彰：全省绿色制造体系示范单位'],
    ]);
    // The item's score, then the proposal's records (a document named only is not a link).
    expect(found[1]!.links).toEqual([
      { entity: 'creditItemScore', id: '2024:19', label: '信用自评第19项（创新与示范）' },
      { entity: 'parkHonour', id: 5, label: '全省绿色制造体系示范单位' },
    ]);
    expect(found[0]!.links.slice(1).map((l) => l.entity)).toEqual(['station', 'station', 'station']);
    expect(found[0]!.where).toMatchObject({ sectionKey: '2.9', blockKey: 'credit.table', table: '湖南省产业园区环保信用自评表' });
  });

  it('is silent once the scores follow the proposals, and for items the platform cannot see', () => {
    expect(check(report(seed000CreditInput({ '12': 1, '19': 2 }, { rawTotal: 13, total: 12 })))).toEqual([]);
    // Item 4 is proposed 0: a deduction entered against it is a finding; item 1 is unseen: a deduction is not.
    const found = check(report(seed000CreditInput({ '12': 1, '19': 2, '4': -1, '1': -1 }, { rawTotal: 11, total: 11 })));
    expect(found.map((f) => [f.where.row, f.message.replace(/^.*自评分/, '自评分')])).toEqual([[4, '自评分为-1分，平台根据记录建议0分：档案中的企业均有环评批复和排污许可']]);
  });

  it('is the only finding the whole lint makes about the demo-like section', () => {
    // (A report of 二（九）alone: the numbering before it is missing.)
    const found = lintReport({ report: report(seed000CreditInput()), enterprises: [] }).filter((f) => f.rule !== 'section.numbers');
    expect(found.map((f) => [f.rule, f.where.row])).toEqual([
      ['credit.proposal', 12],
      ['credit.proposal', 19],
    ]);
  });
});

describe('credit.proposal over the built-in scheme and the platform\'s proposals', () => {
  it('finds exactly items 12 and 19 for the demo park\'s records and seed 000\'s scores (all 0)', () => {
    const facts: CreditFacts = {
      year: 2024,
      honours: [{ id: 1, title: '全省绿色制造体系示范单位', level: 'provincial', awardedOn: '2024-12-01' }],
      connectedStations: [
        { id: 11, name: '微站1', kind: 'micro' },
        { id: 12, name: '微站2', kind: 'micro' },
        { id: 13, name: '微站3', kind: 'micro' },
      ],
      enterprisesWithoutEia: [],
      enterprisesWithoutPermit: [],
      pollutantsOverQuota: [],
      selfMonitoring: { planned: 4, implemented: 4, notImplemented: [] },
    };
    const scores: ItemScore[] = HUNAN_2024_SCHEME.items.map((i) => ({ number: i.number, score: 0, comment: null, evidence: [] }));
    const doc = report({ scheme: HUNAN_2024_SCHEME, scores, result: scoreEvaluation(HUNAN_2024_SCHEME, scores), proposals: proposeScores(HUNAN_2024_SCHEME, facts) });
    const found = lintReport({ report: doc, enterprises: [] }).filter((f) => f.rule.startsWith('credit.'));
    expect(found.map((f) => [f.rule, f.where.row, f.links.map((l) => `${l.entity}:${l.id}`)])).toEqual([
      ['credit.proposal', 12, ['creditItemScore:2024:12', 'station:11', 'station:12', 'station:13']],
      ['credit.proposal', 19, ['creditItemScore:2024:19', 'parkHonour:1']],
    ]);
    expect(found[1]!.message).toMatch(/^湖南省产业园区环保信用自评表第19行（信用自评第19项（创新与示范））自评分为0分，平台根据记录建议\+2分：/);
  });
});

describe('credit.total', () => {
  const edited = (text: string) => report(seed000CreditInput(), { '2.9.credit': { text, by: '专员', at: null } });

  it('finds a grade in edited text that is not the computed one; the short name of the right grade is fine', () => {
    expect(creditTotal.check({ report: edited('园区2024年度自评总分10分，等级为诚信园区。'), enterprises: [] })).toEqual([]);
    const found = creditTotal.check({ report: edited('园区2024年度自评总分10分，等级为环保合格园区。'), enterprises: [] });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/^编写的文字“.*”中等级为环保合格园区，按方案计算为环保诚信园区（《湖南省产业园区环保信用评价管理办法》（未注明文号，版本1）：初始分10分加各项自评分，超过满分12分按满分计；直接评定等级的项目优先）$/);
    expect(found[0]!.links[0]).toMatchObject({ entity: 'reportText', id: '2.9.credit' });
  });

  it('leaves a wrong total to edited.figure, which reads it through the total\'s cues', () => {
    const found = lintReport({ report: edited('园区2024年度自评总分11分，等级为诚信园区。'), enterprises: [] });
    expect(found.filter((f) => f.rule !== 'credit.proposal' && f.rule !== 'section.numbers').map((f) => [f.rule, f.message])).toEqual([
      ['edited.figure', expect.stringContaining('中2024年度信用自评总分为11，平台计算为10（') as string],
    ]);
  });
});

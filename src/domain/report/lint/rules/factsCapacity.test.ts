import { describe, expect, it } from 'vitest';
import { DEMO_FACTS_2024 } from '../../../../services/demo/seedDemoFacts.js';
import { ManagementFactsInput } from '../../../../services/registers/managementFactsSchemas.js';
import { assembleReport } from '../../assembleReport.js';
import type { ReportDocument } from '../../reportModel.js';
import type { YearFacts } from '../../sections/registers/factsInput.js';
import { buildFactsSections } from '../../sections/registers/factsSections.js';
import { factsCapacity } from './factsCapacity.js';

const RECORD = { entity: 'managementFacts' as const, id: 3, label: '2024年环境管理情况' };

function report(change: (f: YearFacts) => void = () => {}): ReportDocument {
  const facts: YearFacts = ManagementFactsInput.parse(DEMO_FACTS_2024);
  change(facts);
  const b = buildFactsSections(
    { year: 2024, record: RECORD, facts, by: 'officer', at: null, carriedFromYear: null, ledger: { wastewaterEnterprises: null, wasteGasEnterprises: null } },
    {},
  );
  return assembleReport({ title: '测试', coverLines: [], parkCode: 'S437012', year: 2024, comparedYears: [2023] }, [b.lead, b.afterEmissions, b.trail]);
}
const check = (doc: ReportDocument) => factsCapacity.check({ report: doc, enterprises: [] });

describe('facts.capacity', () => {
  it('is silent on seed 000\'s facts (4000 of 10000 m³/d, 8 of 8 connected, every rate 100 %)', () => {
    expect(check(report())).toEqual([]);
  });

  it('finds a plant treating more than its design capacity', () => {
    const [f, ...rest] = check(report((x) => (x.water.plants[0]!.actualCapacityM3PerDay = '12000')));
    expect(rest).toEqual([]);
    expect(f).toEqual({
      rule: 'facts.capacity',
      severity: 'error',
      message: '归阳镇污水处理厂实际处理规模12000m³/d大于设计处理规模10000m³/d',
      where: { sectionKey: '2.3', section: '（三）水环境管理', blockKey: '2.3.facts.plants' },
      links: [RECORD],
    });
  });

  it('finds more enterprises connected to the sewer than discharge industrial wastewater', () => {
    expect(check(report((x) => (x.water.sewerConnectedEnterprises = 9))).map((f) => [f.message, f.where.blockKey])).toEqual([
      ['外排污水纳管企业数量9个多于园区内涉及工业废水外排企业数量8个', '2.3.facts.wastewater'],
    ]);
  });

  it('finds a share or coverage above 100 % (the form refuses it; a report model from elsewhere may not)', () => {
    const doc = report();
    const share = doc.figures['facts.water.centralisedShare']!;
    doc.figures['facts.water.centralisedShare'] = { ...share, value: '105' };
    expect(check(doc).map((f) => f.message)).toEqual(['污水集中处理比例（按外排水量计）105%超过100%']);
  });
});

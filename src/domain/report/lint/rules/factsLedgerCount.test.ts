import { describe, expect, it } from 'vitest';
import { DEMO_FACTS_2024 } from '../../../../services/demo/seedDemoFacts.js';
import { ManagementFactsInput } from '../../../../services/registers/managementFactsSchemas.js';
import { assembleReport } from '../../assembleReport.js';
import type { RecordRef, ReportDocument } from '../../reportModel.js';
import { buildFactsSections } from '../../sections/registers/factsSections.js';
import { factsLedgerCount } from './factsLedgerCount.js';

const RECORD: RecordRef = { entity: 'managementFacts', id: 3, label: '2024年环境管理情况' };
const enterprises = (...names: string[]): RecordRef[] => names.map((label, i) => ({ entity: 'enterprise', id: i + 1, label }));

function report(ledger: { wastewaterEnterprises: RecordRef[] | null; wasteGasEnterprises: RecordRef[] | null }): ReportDocument {
  const facts = ManagementFactsInput.parse(DEMO_FACTS_2024);
  const b = buildFactsSections({ year: 2024, record: RECORD, facts, by: 'officer', at: null, carriedFromYear: null, ledger }, {});
  return assembleReport({ title: '测试', coverLines: [], parkCode: 'S437012', year: 2024, comparedYears: [2023] }, [b.lead, b.afterEmissions, b.trail]);
}
const check = (doc: ReportDocument) => factsLedgerCount.check({ report: doc, enterprises: [] });

describe('facts.ledgerCount', () => {
  it('is silent where the ledger has no enterprise rows (seed 000), and where it agrees with the entered count', () => {
    expect(check(report({ wastewaterEnterprises: null, wasteGasEnterprises: null }))).toEqual([]);
    const eight = enterprises('甲', '乙', '丙', '丁', '戊', '己', '庚', '辛');
    expect(check(report({ wastewaterEnterprises: eight, wasteGasEnterprises: null }))).toEqual([]);
  });

  it('warns where the entered count differs from the ledger\'s, naming the ledger\'s enterprises', () => {
    const ledger = enterprises('企业甲', '企业乙');
    const [f, ...rest] = check(report({ wastewaterEnterprises: null, wasteGasEnterprises: ledger }));
    expect(rest).toEqual([]);
    expect(f).toEqual({
      rule: 'facts.ledgerCount',
      severity: 'warning',
      message: '环境管理情况中填报的园区内涉及工业废气外排企业数量9个与排放台账统计的2个不一致（台账中的企业：企业甲、企业乙）',
      where: { sectionKey: '2.4', section: '（四）大气环境管理', blockKey: '2.4.facts.wasteGas' },
      links: [RECORD, ...ledger],
    });
  });
});

import { Dec } from '../../../standards/_lib/decimal.js';
import { enteredTwinId, FACTS_LEDGER_RULES } from '../../sections/registers/factsSections.js';
import type { LintFinding, LintRule } from '../types.js';
import { placeOfFigure, withUnit } from './factsCapacity.js';

const LEDGER_RULES = new Set<string>(Object.values(FACTS_LEDGER_RULES));

/**
 * An entered count of discharging enterprises (涉及工业废水/废气外排企业数量) that differs from the count the emission
 * ledger gives: the report prints the ledger's count, the park's form says another.
 */
export const factsLedgerCount: LintRule = {
  id: 'facts.ledgerCount',
  description: '填报的排放企业数量与排放台账统计的企业数不一致',
  check({ report }) {
    const findings: LintFinding[] = [];
    for (const counted of Object.values(report.figures)) {
      if (counted.provenance.kind !== 'rule' || !LEDGER_RULES.has(counted.provenance.rule)) continue;
      const entered = report.figures[enteredTwinId(counted.id)];
      if (!entered || new Dec(entered.value).eq(counted.value)) continue;
      const names = counted.provenance.records.map((r) => r.label);
      findings.push({
        rule: this.id,
        severity: 'warning',
        message: `环境管理情况中填报的${entered.label}${withUnit(entered)}与排放台账统计的${withUnit(counted)}不一致（台账中的企业：${names.join('、')}）`,
        where: placeOfFigure(report, counted.id),
        links: [...entered.provenance.records, ...counted.provenance.records],
      });
    }
    return findings;
  },
};

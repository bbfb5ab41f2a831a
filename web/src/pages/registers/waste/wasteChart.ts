import type { ChartOption } from '../../../components/EChart';
import type { WasteLedgerYear } from '../../../api/wasteLedger';
import { KIND_LABELS } from './wasteCells';

/**
 * Waste by enterprise: a horizontal bar per enterprise, general and hazardous waste stacked (t/a), the largest
 * producers on top. The ledger's exact values are plotted as numbers, which is only a picture of them.
 */
export function wasteByEnterpriseChart(ledger: WasteLedgerYear): ChartOption {
  const rows = [...ledger.rows].sort(
    (a, b) => Number(a.general.generatedTonnes) + Number(a.hazardous.generatedTonnes) - (Number(b.general.generatedTonnes) + Number(b.hazardous.generatedTonnes)),
  );
  return {
    // A static picture of the ledger: no animation, so what a screenshot or print shows is the final chart.
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${String(v)} t/a` },
    legend: { top: 0 },
    grid: { left: 8, right: 48, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: 't/a' },
    yAxis: { type: 'category', data: rows.map((r) => r.enterpriseName), axisLabel: { fontSize: 11 } },
    series: (['general', 'hazardous'] as const).map((kind) => ({
      type: 'bar' as const,
      name: `${KIND_LABELS[kind]}产生量`,
      stack: 'waste',
      data: rows.map((r) => Number(r[kind].generatedTonnes)),
      itemStyle: { color: kind === 'general' ? '#5b8ff9' : '#f4664a' },
    })),
  };
}

/**
 * This year against last year per pollutant, with each quota as a mark line over its pollutant's bars. A log axis:
 * COD (about 90 t/a) and NH3-N (about 1 t/a) share the chart with quotas of hundreds of t/a.
 */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { EmissionSummary } from '../../../api/quotas';

echarts.use([BarChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

/** The chart's option: bars of both years per pollutant, a dashed red segment at each pollutant's quota. */
export function emissionChartOption(s: EmissionSummary) {
  const keys = [...new Set([...s.totals.map((t) => t.key), ...s.previousTotals.map((t) => t.key)])];
  const name = (k: string) => (s.totals.find((t) => t.key === k) ?? s.previousTotals.find((t) => t.key === k))!.name;
  const value = (list: EmissionSummary['totals'], k: string) => {
    const t = list.find((x) => x.key === k);
    return t ? Number(t.tonnesPerYear) : null;
  };
  const quotas = keys.flatMap((k, i) => {
    const v = s.verdict?.verdicts.find((x) => x.key === k);
    return v ? [{ i, quota: Number(v.quotaTonnesPerYear), label: `指标${v.quotaTonnesPerYear}` }] : [];
  });
  return {
    tooltip: { trigger: 'axis' as const, valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : `${String(v)} t/a`) },
    legend: { data: [`${s.previousYear}年`, `${s.year}年`, '总量控制指标'] },
    grid: { left: 60, right: 30, top: 40, bottom: 30 },
    xAxis: { type: 'category' as const, data: keys.map(name) },
    yAxis: { type: 'log' as const, name: 't/a（对数坐标）', min: 0.1 },
    series: [
      { name: `${s.previousYear}年`, type: 'bar' as const, data: keys.map((k) => value(s.previousTotals, k)), itemStyle: { color: '#91caff' }, label: { show: true, position: 'top' as const } },
      {
        name: `${s.year}年`,
        type: 'bar' as const,
        data: keys.map((k) => value(s.totals, k)),
        itemStyle: { color: '#1677ff' },
        label: { show: true, position: 'top' as const },
        markLine: {
          symbol: 'none',
          lineStyle: { color: '#cf1322', type: 'dashed' as const, width: 2 },
          label: { formatter: (p: { data?: { name?: string } }) => p.data?.name ?? '', position: 'end' as const, color: '#cf1322' },
          data: quotas.map((q) => [
            { name: q.label, coord: [q.i - 0.4, q.quota] },
            { coord: [q.i + 0.4, q.quota] },
          ]),
        },
      },
      // The legend's entry for the quota lines.
      { name: '总量控制指标', type: 'bar' as const, data: [], itemStyle: { color: '#cf1322' } },
    ],
  };
}

export function EmissionChart({ summary }: { summary: EmissionSummary }) {
  return <ReactEChartsCore echarts={echarts} option={emissionChartOption(summary)} notMerge style={{ height: 320, width: '100%' }} />;
}

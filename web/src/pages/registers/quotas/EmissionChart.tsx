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
  // The log axis ends at the power of ten above the largest bar or quota, so every quota line shows.
  const largest = Math.max(1, ...quotas.map((q) => q.quota), ...keys.flatMap((k) => [value(s.totals, k) ?? 0, value(s.previousTotals, k) ?? 0]));
  const max = 10 ** Math.ceil(Math.log10(largest * 1.2));
  return {
    tooltip: { trigger: 'axis' as const, valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : `${String(v)} t/a`) },
    legend: { top: 0, right: 10, data: [`${s.previousYear}年`, `${s.year}年`, '总量控制指标'] },
    grid: { left: 60, right: 30, top: 50, bottom: 30 },
    xAxis: [
      { type: 'category' as const, data: keys.map(name) },
      { type: 'value' as const, min: -0.5, max: keys.length - 0.5, show: false },
    ],
    yAxis: { type: 'log' as const, name: 't/a（对数坐标）', min: 0.1, max, axisLine: { show: true, onZero: false } },
    series: [
      { name: `${s.previousYear}年`, type: 'bar' as const, data: keys.map((k) => value(s.previousTotals, k)), itemStyle: { color: '#91caff' }, label: { show: true, position: 'top' as const } },
      { name: `${s.year}年`, type: 'bar' as const, data: keys.map((k) => value(s.totals, k)), itemStyle: { color: '#1677ff' }, label: { show: true, position: 'top' as const } },
      // The quotas: a dashed segment over each pollutant's bars, drawn on a hidden value axis laid over the categories
      // (a category axis places mark lines at whole categories only).
      {
        name: '总量控制指标',
        type: 'bar' as const,
        xAxisIndex: 1,
        data: [],
        itemStyle: { color: '#cf1322' },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: '#cf1322', type: 'dashed' as const, width: 2 },
          label: { formatter: (p: { data?: { name?: string } }) => p.data?.name ?? '', position: 'insideStartTop' as const, color: '#cf1322' },
          data: quotas.map((q) => [
            { name: q.label, coord: [q.i - 0.4, q.quota] },
            { coord: [q.i + 0.4, q.quota] },
          ]),
        },
      },
    ],
  };
}

export function EmissionChart({ summary }: { summary: EmissionSummary }) {
  return <ReactEChartsCore echarts={echarts} option={emissionChartOption(summary)} notMerge style={{ height: 320, width: '100%' }} />;
}

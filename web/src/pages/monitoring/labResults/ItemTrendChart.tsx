/**
 * One item of one point across the year's sampling dates: values as a line (one per unit), exceeding samples as red
 * dots, below-detection samples as hollow circles at their detection limit, and the limit judged by as a dashed red
 * mark line. Its own tree-shaken ECharts parts, as SeriesChart has.
 */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { LineChart, ScatterChart } from 'echarts/charts';
import type { LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import type { ItemTrend, TrendPoint } from './sampleCells';

echarts.use([LineChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<LineSeriesOption | ScatterSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TooltipComponentOption>;

const COLOR_VALUE = '#1677ff';
const COLOR_BAD = '#ff4d4f';
const COLORS = [COLOR_VALUE, '#13c2c2', '#722ed1'];

/** A round number at or above x: 165 → 180, 1.1 → 1.2. */
function niceCeil(x: number): number {
  const mag = 10 ** Math.floor(Math.log10(x));
  const step = mag / (x / mag < 2 ? 10 : 2);
  return Number((Math.ceil(x / step) * step).toPrecision(12));
}

const day = (date: string) => Date.parse(`${date}T00:00:00+08:00`);

function pointText(p: TrendPoint, unit: string): string {
  const state = p.belowDetection ? `低于检出限（${p.text}）` : p.exceeds ? `<span style="color:${COLOR_BAD}">超标${p.multiple === null ? '' : ` ${p.multiple}倍`}</span>` : '';
  return `${p.date}：<b>${p.belowDetection ? p.text : p.value}</b> ${unit}${state ? `，${state}` : ''}`;
}

export function ItemTrendChart({ trend, year, height = 320 }: { trend: ItemTrend; year: number; height?: number }) {
  const option = useMemo<Option>(() => {
    const byKey = new Map(trend.series.flatMap((s) => s.points.map((p) => [`${s.unit}|${day(p.date)}|${p.value}`, { p, unit: s.unit }] as const)));
    const multi = trend.series.length > 1;
    const limitTop = Math.max(...trend.limits.map((l) => l.value), 0);
    return {
      grid: { left: 64, right: 120, top: 48, bottom: 36 },
      legend: { top: 4 },
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const one = (Array.isArray(params) ? params[0] : params) as { seriesId?: string; value?: [number, number] };
          const unit = one.seriesId?.split('|')[1] ?? '';
          const hit = one.value ? byKey.get(`${unit}|${one.value[0]}|${one.value[1]}`) : undefined;
          return hit ? `${trend.name}<br/>${pointText(hit.p, hit.unit)}` : '';
        },
      },
      xAxis: {
        type: 'time',
        min: day(`${year}-01-01`),
        max: day(`${year}-12-31`),
        axisLabel: { formatter: '{M}月', hideOverlap: true },
        splitLine: { show: false },
      },
      yAxis: {
        type: 'value',
        name: multi ? trend.name : `${trend.name}（${trend.series[0]?.unit ?? ''}）`,
        nameTextStyle: { align: 'left' },
        // Mark lines do not widen the axis: take a limit above the values in (undefined: automatic).
        max: (v: { max: number }) => (limitTop > 0 && Number.isFinite(v.max) ? niceCeil(Math.max(v.max, limitTop) * 1.1) : undefined) as number,
        splitLine: { lineStyle: { type: 'dashed', color: '#eee' } },
      },
      series: trend.series.flatMap((s, i): (LineSeriesOption | ScatterSeriesOption)[] => {
        const label = multi ? `${trend.name}（${s.unit}）` : trend.name;
        const color = COLORS[i % COLORS.length];
        const limits = trend.limits.filter((l) => l.unit === s.unit);
        return [
          {
            id: `line|${s.unit}`,
            name: label,
            type: 'line',
            color,
            symbol: 'circle',
            symbolSize: 7,
            data: s.points.map((p) => [day(p.date), p.value]),
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: COLOR_BAD, type: 'dashed', width: 1.5 },
              label: { position: 'end', color: COLOR_BAD, formatter: (p: { value?: unknown }) => `限值 ${String(p.value)} ${s.unit}` },
              data: limits.map((l) => ({ yAxis: l.value, name: '限值' })),
            },
          },
          {
            id: `exceeds|${s.unit}`,
            name: '超标',
            type: 'scatter',
            color: COLOR_BAD,
            symbolSize: 11,
            z: 3,
            data: s.points.filter((p) => p.exceeds).map((p) => [day(p.date), p.value]),
          },
          {
            id: `below|${s.unit}`,
            name: '低于检出限',
            type: 'scatter',
            color: '#8c8c8c',
            symbol: 'emptyCircle',
            symbolSize: 10,
            itemStyle: { borderWidth: 1.5 },
            z: 4,
            data: s.points.filter((p) => p.belowDetection).map((p) => [day(p.date), p.value]),
          },
        ];
      }),
    };
  }, [trend, year]);
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height, width: '100%' }} />;
}

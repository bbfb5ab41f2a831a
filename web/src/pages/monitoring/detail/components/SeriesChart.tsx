/**
 * The line chart of one factor of one station: valid values as a line, invalid ones as hollow red circles,
 * values beyond the limit as red dots, and the limits as dashed red mark lines. Its own tree-shaken ECharts parts
 * (line, scatter, mark lines, time axis) so the other pages' charts do not carry them.
 */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { LineChart, ScatterChart } from 'echarts/charts';
import type { LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import type {
  DataZoomComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import type { DataCn, SeriesPoint, StationLimit } from '../../../../api/monitoring';
import { flagShort, markLabel, readingValue } from '../../labels';

echarts.use([LineChart, ScatterChart, DataZoomComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<
  | LineSeriesOption
  | ScatterSeriesOption
  | DataZoomComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

export const COLOR_VALID = '#1677ff';
export const COLOR_BAD = '#ff4d4f';

export interface ChartPoint {
  t: number;
  v: number;
  valid: boolean;
  exceeds: boolean;
  flag?: string;
  marks: string[];
}

/** The points of one factor: only values that are numbers; `exceeds` for valid values beyond the limit. */
export function chartPoints(points: SeriesPoint[], cn: DataCn, factorCode: string, limit: StationLimit | undefined): ChartPoint[] {
  const upper = limit?.upper != null ? Number(limit.upper) : null;
  const lower = limit?.lower != null ? Number(limit.lower) : null;
  const out: ChartPoint[] = [];
  for (const p of points) {
    const f = p.factors[factorCode];
    const text = readingValue(cn, f);
    if (!f || text === undefined) continue;
    const v = Number(text);
    if (!Number.isFinite(v)) continue;
    const exceeds = f.valid && ((upper !== null && v > upper) || (lower !== null && v < lower));
    out.push({ t: Date.parse(p.dataTime), v, valid: f.valid, exceeds, flag: f.flag, marks: f.marks });
  }
  return out;
}

/** A round number at or above x (for the value axis to take in a limit above the data): 57 → 60, 1.23 → 1.3. */
function niceCeil(x: number): number {
  if (x <= 0) return 0;
  const mag = 10 ** Math.floor(Math.log10(x));
  const step = mag / (x / mag < 2 ? 10 : 2);
  return Math.ceil(x / step) * step;
}

function timeFormat(cn: DataCn, spanMs: number): string {
  if (cn === '2031') return 'MM-DD';
  return spanMs > 20 * 3600_000 ? 'MM-DD HH:mm' : 'HH:mm:ss';
}

export function SeriesChart({
  points,
  cn,
  from,
  to,
  limit,
  factorLabel,
  unit,
  height = 380,
}: {
  points: ChartPoint[];
  cn: DataCn;
  from: number;
  to: number;
  limit: StationLimit | undefined;
  factorLabel: string;
  unit: string;
  height?: number;
}) {
  const option = useMemo<Option>(() => {
    const upper = limit?.upper != null ? Number(limit.upper) : null;
    const lower = limit?.lower != null ? Number(limit.lower) : null;
    const byTime = new Map(points.map((p) => [p.t, p]));
    const withUnit = (v: number) => `${v}${unit ? ` ${unit}` : ''}`;
    const markLines = [
      ...(upper !== null ? [{ yAxis: upper, name: '上限', label: { formatter: `上限 ${limit!.upper}` } }] : []),
      ...(lower !== null ? [{ yAxis: lower, name: '下限', label: { formatter: `下限 ${limit!.lower}` } }] : []),
    ];
    const fmt = timeFormat(cn, to - from);
    return {
      animationDurationUpdate: 300,
      grid: { left: 56, right: 72, top: 48, bottom: 72 },
      // Zoom into part of the window (wheel or the slider); the choice survives the refreshes.
      dataZoom: [
        { type: 'inside', xAxisIndex: 0, filterMode: 'none' },
        {
          type: 'slider',
          xAxisIndex: 0,
          filterMode: 'none',
          height: 20,
          bottom: 12,
          // The shadow would draw the values against their index, not their time: misleading on a time axis.
          showDataShadow: false,
          labelFormatter: (v: number) => dayjs(v).format(fmt),
        },
      ],
      legend: { top: 4, data: ['有效数据', ...(markLines.length > 0 ? ['超标'] : []), '无效数据'] },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'line' },
        formatter: (params) => {
          const list = Array.isArray(params) ? params : [params];
          const first = list[0] as { value?: [number, number] } | undefined;
          const t = first?.value?.[0];
          const p = t !== undefined ? byTime.get(t) : undefined;
          if (!p) return '';
          const flag = p.flag ? `${p.flag} ${flagShort(p.flag)}` : '未上报';
          const marks = p.marks.length ? `<br/>质量标记：${p.marks.map(markLabel).join('、')}` : '';
          const state = p.valid ? (p.exceeds ? '<span style="color:#ff4d4f">超标</span>' : '有效') : '<span style="color:#ff4d4f">无效</span>';
          return `${dayjs(p.t).format('YYYY-MM-DD HH:mm:ss')}<br/>${factorLabel}：<b>${withUnit(p.v)}</b>（${state}）<br/>数据标记：${flag}${marks}`;
        },
      },
      xAxis: {
        type: 'time',
        min: from,
        max: to,
        axisLabel: { formatter: (v: number) => dayjs(v).format(fmt), hideOverlap: true },
        splitLine: { show: false },
      },
      yAxis: {
        type: 'value',
        name: unit ? `${factorLabel}（${unit}）` : factorLabel,
        nameTextStyle: { align: 'left' },
        // Mark lines do not widen the axis: take the limits in so they are always on the chart. Functions either way
        // (undefined: automatic), so that a merged update from a factor with a limit to one without resets the axis.
        max: (v: { max: number }) => (upper !== null && Number.isFinite(v.max) ? niceCeil(Math.max(v.max, upper) * 1.08) : undefined) as number,
        min: (v: { min: number }) =>
          (lower !== null && Number.isFinite(v.min) && Math.min(v.min, lower) < 0 ? -niceCeil(-Math.min(v.min, lower) * 1.08) : undefined) as number,
        splitLine: { lineStyle: { type: 'dashed', color: '#eee' } },
      },
      series: [
        {
          id: 'valid',
          name: '有效数据',
          type: 'line',
          data: points.filter((p) => p.valid).map((p) => [p.t, p.v]),
          showSymbol: points.length <= 150,
          symbol: 'circle',
          symbolSize: 5,
          color: COLOR_VALID,
          lineStyle: { width: 1.6 },
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: COLOR_BAD, type: 'dashed', width: 1.5 },
            label: { position: 'end', color: COLOR_BAD },
            data: markLines,
          },
        },
        {
          id: 'exceeds',
          name: '超标',
          type: 'scatter',
          data: points.filter((p) => p.exceeds).map((p) => [p.t, p.v]),
          symbol: 'circle',
          symbolSize: 7,
          color: COLOR_BAD,
          z: 3,
        },
        {
          id: 'invalid',
          name: '无效数据',
          type: 'scatter',
          data: points.filter((p) => !p.valid).map((p) => [p.t, p.v]),
          symbol: 'emptyCircle',
          symbolSize: 8,
          color: COLOR_BAD,
          itemStyle: { borderWidth: 1.5 },
          z: 4,
        },
      ],
    };
  }, [points, cn, from, to, limit, factorLabel, unit]);

  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      // Merged, not replaced: a refresh moves the line instead of redrawing the chart from nothing.
      notMerge={false}
      lazyUpdate
      style={{ height, width: '100%' }}
    />
  );
}

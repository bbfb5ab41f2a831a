/**
 * 点位分布图: the park's points on longitude/latitude axes, true to the ground (a metre east is as long as a metre
 * north, src/domain/geo/plotFrame.ts), each labelled, coloured by role; upwind and downwind drawn larger with their
 * own symbols, and an arrow from the upwind to the downwind points. No map tiles: a north mark and a scale bar
 * stand in for them. Its own tree-shaken ECharts parts, drawn as SVG: a few points, and their labels are text in the
 * page (a browser test and a screen reader find them).
 */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { ScatterChart } from 'echarts/charts';
import type { ScatterSeriesOption } from 'echarts/charts';
import { GraphicComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import type {
  GraphicComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { Empty } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatDms } from '../../../../../src/domain/geo/formatCoordinate';
import { plotFrame, scaleBar } from '../../../../../src/domain/geo/plotFrame';
import { POINT_ROLES, POINT_ROLE_LABELS, type PointRole } from '../../../../../src/domain/geo/pointKinds';
import type { PointView } from '../../../api/monitoringPoints';
import { ROLE_COLORS, ROLE_SYMBOLS, roleKey } from './labels';

echarts.use([ScatterChart, GraphicComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

type Option = ComposeOption<
  ScatterSeriesOption | GraphicComponentOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TooltipComponentOption
>;

const GRID = { left: 100, right: 24, top: 44, bottom: 44 };
const HEIGHT = 460;
const WIND_SERIES = '上风向 → 下风向';

type Datum = { value: [number, number]; name: string; point: PointView };

const roleName = (role: PointRole | 'none') => (role === 'none' ? '无' : POINT_ROLE_LABELS[role]);

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Tick steps of whole seconds, minutes or degrees, so the axis labels read 112°12′30″, not 112°12′17″. */
const DMS_STEPS_S = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 18_000, 36_000];

/**
 * Tick values between `min` and `max` (degrees) at whole multiples of the smallest step that gives at most `ticks`
 * of them: the axis keeps its exact range (the ground scale), the labels fall on round values.
 */
function dmsTicks(min: number, max: number, ticks: number): number[] {
  const step = DMS_STEPS_S.find((s) => ((max - min) * 3600) / s <= ticks) ?? DMS_STEPS_S.at(-1)!;
  const values: number[] = [];
  for (let k = Math.ceil((min * 3600) / step); k * step <= max * 3600; k++) values.push((k * step) / 3600);
  return values;
}

function buildOption(points: PointView[], width: number): Option {
  const coords = points.map((p) => ({ lon: Number(p.longitude), lat: Number(p.latitude) }));
  const gridW = width - GRID.left - GRID.right;
  const gridH = HEIGHT - GRID.top - GRID.bottom;
  const frame = plotFrame(coords, gridW, gridH);
  const bar = scaleBar(frame.metresPerPx, Math.min(160, gridW / 3));

  const roles = [...POINT_ROLES, 'none'] as const;
  const series: ScatterSeriesOption[] = roles
    .map((role) => ({ role, data: points.filter((p) => roleKey(p.role) === role) }))
    .filter((g) => g.data.length > 0)
    .map(({ role, data }) => ({
      type: 'scatter',
      name: roleName(role),
      symbol: ROLE_SYMBOLS[role].symbol,
      symbolSize: ROLE_SYMBOLS[role].size,
      itemStyle: { color: ROLE_COLORS[role], borderColor: '#fff', borderWidth: 1.5, shadowBlur: 3, shadowColor: 'rgba(0,0,0,0.25)' },
      z: role === 'upwind' || role === 'downwind' ? 4 : 3,
      label: {
        show: true,
        position: 'right',
        distance: 8,
        formatter: (p) => {
          const d = p.data as unknown as Datum;
          return d.point.role ? `{name|${d.name}}\n{role|${d.point.roleLabel}}` : `{name|${d.name}}`;
        },
        rich: {
          name: { fontSize: 13, fontWeight: 'bold', color: '#262626', lineHeight: 18 },
          role: { fontSize: 12, color: ROLE_COLORS[role], lineHeight: 16 },
        },
        backgroundColor: 'rgba(255,255,255,0.85)',
        borderRadius: 3,
        padding: [2, 4],
      },
      labelLayout: { moveOverlap: 'shiftY' },
      data: data.map((p): Datum => ({ value: [Number(p.longitude), Number(p.latitude)], name: p.name, point: p })),
    }));

  const up = points.filter((p) => p.role === 'upwind');
  const down = points.filter((p) => p.role === 'downwind');
  if (up.length > 0 && down.length > 0) {
    const a = [mean(up.map((p) => Number(p.longitude))), mean(up.map((p) => Number(p.latitude)))];
    const b = [mean(down.map((p) => Number(p.longitude))), mean(down.map((p) => Number(p.latitude)))];
    // Stop short of both ends, so the arrow does not cover the markers.
    const along = (t: number) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    const [from, to] = [along(0.1), along(0.9)];
    series.push({
      type: 'scatter',
      name: WIND_SERIES,
      data: [],
      silent: true,
      z: 2,
      markLine: {
        silent: true,
        symbol: ['none', 'arrow'],
        symbolSize: 14,
        lineStyle: { color: '#595959', type: 'dashed', width: 2 },
        label: { show: true, position: 'middle', formatter: WIND_SERIES, color: '#595959', fontSize: 12 },
        data: [[{ coord: from }, { coord: to }]],
      },
    });
  }

  const lonTicks = dmsTicks(frame.lonMin, frame.lonMax, 6);
  const latTicks = dmsTicks(frame.latMin, frame.latMax, 5);
  const axisLabel = (axis: 'longitude' | 'latitude', values: number[]) => ({
    formatter: (v: number) => formatDms(v, axis, { hemisphere: true }),
    customValues: values,
    color: '#595959',
  });
  const barX = GRID.left + 16;
  const barY = HEIGHT - GRID.bottom - 18;
  return {
    animation: false,
    grid: GRID,
    legend: {
      top: 8,
      data: series.map((s) => ({
        name: s.name as string,
        icon: s.name === WIND_SERIES ? 'path://M0,4 L18,4 L18,1 L24,5 L18,9 L18,6 L0,6 Z' : (s.symbol as string),
        itemStyle: s.name === WIND_SERIES ? { color: '#595959' } : undefined,
      })),
    },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const d = (p as { data?: Datum }).data;
        if (!d?.point) return '';
        const x = d.point;
        const lines = [
          `<b>${x.name}</b>（${x.kindLabel}，${x.roleLabel}）`,
          `经度 ${x.longitudeDms}（${x.longitude}）`,
          `纬度 ${x.latitudeDms}（${x.latitude}）`,
        ];
        if (x.stationMn) lines.push(`站点 MN ${x.stationMn}`);
        return lines.join('<br/>');
      },
    },
    xAxis: {
      type: 'value',
      name: '经度',
      nameLocation: 'middle',
      nameGap: 28,
      min: frame.lonMin,
      max: frame.lonMax,
      axisTick: { customValues: lonTicks },
      axisLabel: axisLabel('longitude', lonTicks),
      splitLine: { lineStyle: { color: '#f0f0f0' } },
    },
    yAxis: {
      type: 'value',
      name: '纬度',
      nameLocation: 'middle',
      nameGap: 84,
      min: frame.latMin,
      max: frame.latMax,
      axisTick: { customValues: latTicks },
      axisLabel: axisLabel('latitude', latTicks),
      splitLine: { lineStyle: { color: '#f0f0f0' } },
    },
    graphic: [
      // North mark, top right of the grid.
      {
        type: 'group',
        right: GRID.right + 14,
        top: GRID.top + 10,
        children: [
          { type: 'polygon', shape: { points: [[10, 0], [20, 26], [10, 20], [0, 26]] }, style: { fill: '#262626' } },
          { type: 'text', x: 5, y: 30, style: { text: '北', fill: '#262626', font: 'bold 13px sans-serif' } },
        ],
      },
      // Scale bar, bottom left of the grid.
      {
        type: 'group',
        left: barX,
        top: barY - 16,
        children: [
          { type: 'rect', shape: { x: -6, y: -4, width: bar.px + 12, height: 28 }, style: { fill: 'rgba(255,255,255,0.85)' } },
          { type: 'text', x: 0, y: 0, style: { text: bar.label, fill: '#262626', font: '12px sans-serif' } },
          {
            type: 'polyline',
            shape: { points: [[0, 12], [0, 20], [bar.px, 20], [bar.px, 12]] },
            style: { stroke: '#262626', lineWidth: 2, fill: 'none' },
          },
        ],
      },
    ],
    series,
  };
}

/** The plot, as wide as its container. */
export function PointPlot({ points }: { points: PointView[] }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(Math.floor(el.clientWidth)));
    observer.observe(el);
    setWidth(Math.floor(el.clientWidth));
    return () => observer.disconnect();
  }, []);
  const option = useMemo(() => (width > 0 && points.length > 0 ? buildOption(points, width) : null), [points, width]);
  return (
    <div ref={box} data-testid="point-plot" style={{ width: '100%', minHeight: HEIGHT }}>
      {points.length === 0 ? (
        <Empty description="暂无点位坐标" style={{ paddingTop: 120 }} />
      ) : option ? (
        <ReactEChartsCore echarts={echarts} option={option} notMerge opts={{ renderer: 'svg' }} style={{ height: HEIGHT, width }} />
      ) : null}
    </div>
  );
}

/**
 * 日均值变化: one factor's daily values over the year (24-hour means, O3 the daily maximum 8-hour mean) with the
 * GB 3095 limit of the point's zone class drawn as a dashed red line; days above it are red dots.
 */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { LineChart, ScatterChart } from 'echarts/charts';
import type { LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import { DataZoomComponent, GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import type { DataZoomComponentOption, GridComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import type { AirChartField, AirChartLimit, AirDailyView } from '../../../api/airEvaluation';

echarts.use([LineChart, ScatterChart, GridComponent, MarkLineComponent, TooltipComponent, DataZoomComponent, CanvasRenderer]);

type Option = ComposeOption<LineSeriesOption | ScatterSeriesOption | GridComponentOption | MarkLineComponentOption | TooltipComponentOption | DataZoomComponentOption>;

const day = (date: string) => Date.parse(`${date}T00:00:00+08:00`);

export function DailySeriesChart({ daily, field, limit }: { daily: AirDailyView[]; field: AirChartField; limit: AirChartLimit }) {
  const option = useMemo<Option>(() => {
    const values = daily.map((d) => [day(d.date), d.values[field]] as [number, number | null]);
    const above = values.filter(([, v]) => v !== null && v > limit.value);
    return {
      grid: { left: 56, right: 110, top: 24, bottom: 56 },
      tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '无效' : `${v} ${limit.unit}`) },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', name: limit.unit, max: (v) => Math.ceil(Math.max(v.max, limit.value) * 1.1) },
      dataZoom: [{ type: 'slider', bottom: 8, height: 18 }],
      series: [
        {
          type: 'line',
          name: limit.name,
          showSymbol: false,
          connectNulls: false,
          lineStyle: { width: 1.2, color: '#1677ff' },
          data: values,
          markLine: {
            symbol: 'none',
            lineStyle: { color: '#ff4d4f', type: 'dashed' },
            label: { formatter: `${limit.field === 'o3_8h' ? '8小时' : '24小时'}限值 ${limit.value}`, color: '#ff4d4f' },
            data: [{ yAxis: limit.value }],
          },
        },
        { type: 'scatter', name: '超标', symbolSize: 5, itemStyle: { color: '#ff4d4f' }, data: above },
      ],
    };
  }, [daily, field, limit]);
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 260, width: '100%' }} />;
}

/**
 * AQI 日历: one cell per day of the year coloured by its AQI category (HJ 633 表示颜色: 优 绿, 良 黄, 轻度污染 橙 …),
 * grey where the day has no AQI. Its own tree-shaken ECharts parts.
 */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { HeatmapChart } from 'echarts/charts';
import type { HeatmapSeriesOption } from 'echarts/charts';
import { CalendarComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import type { CalendarComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import type { AirDailyView, AirEvaluationOfYear } from '../../../api/airEvaluation';

echarts.use([HeatmapChart, CalendarComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

type Option = ComposeOption<HeatmapSeriesOption | CalendarComponentOption | TooltipComponentOption | VisualMapComponentOption>;

export function AqiCalendar({ daily, year, categories }: { daily: AirDailyView[]; year: number; categories: AirEvaluationOfYear['aqiCategories'] }) {
  const option = useMemo<Option>(() => {
    const byDate = new Map(daily.map((d) => [d.date, d]));
    let min = 0;
    const pieces = categories.map((c) => {
      const piece = { min, ...(c.maxAqi === null ? {} : { max: c.maxAqi }), color: c.hex, label: `${c.name}（${c.maxAqi === null ? `>${min - 1}` : `${min}～${c.maxAqi}`}）` };
      min = (c.maxAqi ?? 0) + 1;
      return piece;
    });
    return {
      tooltip: {
        formatter: (p) => {
          const date = ((p as { value?: [string, number] }).value ?? [''])[0];
          const d = byDate.get(date);
          if (!d) return `${date}：无数据`;
          if (d.aqi === null) return `${date}：AQI 无效（有指标数据不足）`;
          return `${date}<br/>AQI <b>${d.aqi}</b> ${d.level}（${d.category}）${d.primaryPollutants.length ? `<br/>首要污染物：${d.primaryPollutants.join('、')}` : ''}`;
        },
      },
      visualMap: { type: 'piecewise', orient: 'horizontal', left: 'center', bottom: 0, pieces, textStyle: { fontSize: 11 } },
      calendar: {
        top: 30,
        left: 40,
        right: 20,
        cellSize: ['auto', 15],
        range: String(year),
        dayLabel: { nameMap: 'ZH', firstDay: 1 },
        monthLabel: { nameMap: 'ZH' },
        yearLabel: { show: false },
        itemStyle: { color: '#f0f0f0', borderColor: '#fff', borderWidth: 1 },
      },
      series: [{ type: 'heatmap', coordinateSystem: 'calendar', data: daily.filter((d) => d.aqi !== null).map((d) => [d.date, d.aqi as number]) }],
    };
  }, [daily, year, categories]);
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 200, width: '100%' }} />;
}

import { describe, expect, it } from 'vitest';
import { fitChartWindow } from '../../web/src/pages/monitoring/detail/components/chartWindow.js';

const t = (hhmmss: string) => Date.parse(`2026-12-03T${hhmmss}Z`);
const hour = { from: t('09:30:00'), to: t('10:30:00') };
const TEN_MIN = 600_000;

describe('fitChartWindow', () => {
  it('widens a minute of data to the minimum span, centred on it, instead of a sliver of the hour', () => {
    // 10:00:00–10:01:00: padding 3 s each side is 66 s, less than 10 min, so 10 min around 10:00:30.
    const r = fitChartWindow([t('10:00:00'), t('10:00:30'), t('10:01:00')], hour, TEN_MIN);
    expect(r).toEqual({ from: t('09:55:30'), to: t('10:05:30') });
  });

  it('pads a longer series by 5 % of its span each side', () => {
    // 09:40–10:20 is 40 min; 2 min padding each side.
    const r = fitChartWindow([t('10:20:00'), t('09:40:00'), t('10:00:00')], hour, TEN_MIN);
    expect(r).toEqual({ from: t('09:38:00'), to: t('10:22:00') });
  });

  it('keeps the range inside the window: data at its end shifts the range left', () => {
    // The last minute before 10:30: 10 min wide, ending at the window's end.
    const r = fitChartWindow([t('10:29:00'), t('10:29:50')], hour, TEN_MIN);
    expect(r).toEqual({ from: t('10:20:00'), to: t('10:30:00') });
  });

  it('shows the whole window when the padded data would be as wide, or when there is no data', () => {
    expect(fitChartWindow([t('09:31:00'), t('10:29:00')], hour, TEN_MIN)).toEqual(hour);
    expect(fitChartWindow([], hour, TEN_MIN)).toEqual(hour);
  });

  it('gives one point the minimum span around it', () => {
    expect(fitChartWindow([t('10:00:00')], hour, TEN_MIN)).toEqual({ from: t('09:55:00'), to: t('10:05:00') });
  });
});

import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { o3DailyMax8h } from './o3DailyMax8h.js';

const day = '2024-07-01';

describe('o3DailyMax8h — HJ 663 §6.1.2 (standards.md §2.5, §3.3)', () => {
  it('takes the highest 8-hour mean of the windows ending 08:00 … 24:00', () => {
    const hours = Array.from({ length: 24 }, (_, h) => (h >= 12 && h < 20 ? 180 : 60));
    const r = o3DailyMax8h(hours, { date: day });
    expect(r).toMatchObject({ validWindows: 17, valid: true, value: '180', limit: 160 });
  });

  it('a window needs 6 valid hours; the day needs 14 valid windows', () => {
    // hours 0–3 missing: windows ending 08:00–10:00 have 4, 5, 6 → the first two invalid → 15 valid
    const r = o3DailyMax8h([null, null, null, null, ...Array(20).fill(50)], { date: day });
    expect(r.validWindows).toBe(15);
    expect(r.valid).toBe(true);
    // hours 0–5 missing: windows ending 08:00–11:00 have 2–5 → 13 valid → invalid unless above the limit
    const s = o3DailyMax8h([...Array(6).fill(null), ...Array(18).fill(50)], { date: day });
    expect(s).toMatchObject({ validWindows: 13, valid: false, value: null });
  });

  it('with fewer than 14 windows, valid only when it exceeds the limit of the zone class', () => {
    const hours = [...Array(12).fill(null), ...Array(12).fill(170)];
    expect(o3DailyMax8h(hours, { date: day })).toMatchObject({ validWindows: 7, valid: true, validByExceedance: true, value: '170' });
    expect(o3DailyMax8h(hours, { date: day, zoneClass: 1 }).limit).toBe(100);
    const at = [...Array(12).fill(null), ...Array(12).fill(160)];
    expect(o3DailyMax8h(at, { date: day })).toMatchObject({ valid: false, value: null }); // 160 does not exceed 160
  });

  it('refuses bad input', () => {
    expect(() => o3DailyMax8h(Array(23).fill(1), { date: day })).toThrow(StandardInputError);
    expect(() => o3DailyMax8h([...Array(23).fill(1), -5], { date: day })).toThrow('hourly[23] 的值"-5"无效');
    expect(() => o3DailyMax8h(Array(24).fill(1), { date: 'yesterday' })).toThrow('date 的值"yesterday"无效');
  });
});

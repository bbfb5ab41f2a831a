import { describe, expect, it } from 'vitest';
import { findLabItem, type LabItem } from './labItems.js';
import { labStandard, standardItemFor } from './standardItems.js';

const item = (name: string) => findLabItem(name) as LabItem;

describe('standardItemFor: the item and unit of the standard a result is judged by', () => {
  it('GB 3838: mg/L, 个/L for fecal coliform, none for 水温', () => {
    expect(standardItemFor('GB3838', item('氨氮'))).toEqual({ engineItem: 'NH3-N', unit: 'mg/L' });
    expect(standardItemFor('GB3838', item('粪大肠菌群'))).toEqual({ engineItem: 'fecalColiform', unit: '个/L' });
    expect(standardItemFor('GB3838', item('水温'))).toBeNull();
    expect(standardItemFor('GB3838', item('苯并[a]芘'))).toBeNull();
  });
  it('GB/T 14848: organics in µg/L; 石油类 has no limit', () => {
    expect(standardItemFor('GB14848', item('苯'))).toEqual({ engineItem: 'benzene', unit: 'µg/L' });
    expect(standardItemFor('GB14848', item('石油类'))).toBeNull();
  });
  it('soil: mg/kg; pH is the band option of GB 15618', () => {
    expect(standardItemFor('GB36600', item('苯并[a]芘'))).toEqual({ engineItem: 'BaP', unit: 'mg/kg' });
    expect(standardItemFor('GB36600', item('铬'))).toBeNull();
    expect(standardItemFor('GB15618', item('pH'))).toEqual({ engineItem: 'pH', unit: '无量纲', option: 'pH' });
  });
  it('GB 3096: leq and lmax by period', () => {
    expect(standardItemFor('GB3096', item('夜间'))).toEqual({ engineItem: 'leq', unit: 'dB(A)', period: 'night' });
    expect(standardItemFor('GB3096', item('氨氮'))).toBeNull();
  });
  it('GB 3095: the pollutant of 表1–表2, in µg/m³ (CO mg/m³); none for VOCs, 甲苯, 臭气浓度', () => {
    expect(standardItemFor('GB3095', item('SO2'))).toEqual({ engineItem: 'so2', unit: 'µg/m³' });
    expect(standardItemFor('GB3095', item('NOX'))).toEqual({ engineItem: 'nox', unit: 'µg/m³' });
    expect(standardItemFor('GB3095', item('PM2.5'))).toEqual({ engineItem: 'pm25', unit: 'µg/m³' });
    expect(standardItemFor('GB3095', item('一氧化碳'))).toEqual({ engineItem: 'co', unit: 'mg/m³' });
    expect(standardItemFor('GB3095', item('苯并[a]芘'))).toEqual({ engineItem: 'bap', unit: 'µg/m³' });
    for (const n of ['VOCs', '甲苯', '二甲苯', '氨', '硫化氢', '臭气浓度', '甲烷', '氨氮']) expect(standardItemFor('GB3095', item(n))).toBeNull();
    expect(standardItemFor('GB3838', item('SO2'))).toBeNull();
  });
  it('labStandard reads codes as written', () => {
    expect(labStandard('gb/t 14848-2017')).toBe('GB14848');
    expect(labStandard('GB3838')).toBe('GB3838');
    expect(labStandard('GB 3095-2012')).toBe('GB3095');
    expect(labStandard('GB18918')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { LabCellError } from './labResultsError.js';
import { convertUnit, parseUnit } from './units.js';

describe('parseUnit: spellings of lab sheets', () => {
  it.each([
    ['mg/L', 'mg/L'],
    ['mg/l', 'mg/L'],
    ['MG/L', 'mg/L'],
    ['ｍｇ／Ｌ', 'mg/L'],
    ['μg/L', 'µg/L'], // Greek mu
    ['µg/L', 'µg/L'], // micro sign
    ['ug/L', 'µg/L'],
    ['ug/l', 'µg/L'],
    ['mg/kg', 'mg/kg'],
    ['μg/m³', 'µg/m³'],
    ['ug/m3', 'µg/m³'],
    ['mg/m3', 'mg/m³'],
    ['dB(A)', 'dB(A)'],
    ['dB（A）', 'dB(A)'],
    ['dBA', 'dB(A)'],
    ['无量纲', '无量纲'],
    ['', '无量纲'],
    ['/', '无量纲'],
    ['MPN/L', 'MPN/L'],
    ['个/L', '个/L'],
    ['MPN/100mL', 'MPN/100mL'],
    ['CFU/mL', 'CFU/mL'],
  ])('%s → %s', (text, symbol) => expect(parseUnit(text)?.symbol).toBe(symbol));

  it('does not know ppm, %, ℃', () => {
    for (const u of ['ppm', '%', '℃']) expect(parseUnit(u)).toBeNull();
  });
});

describe('convertUnit: exact decimal conversions to the unit of the standard', () => {
  it.each([
    ['50', 'µg/L', 'mg/L', '0.05'],
    ['50', 'μg/L', 'mg/L', '0.05'],
    ['50', 'ug/L', 'mg/L', '0.05'],
    ['0.15', 'mg/l', 'mg/L', '0.15'],
    ['0.0005', 'mg/L', 'µg/L', '0.5'], // GB/T 14848 organics are in µg/L
    ['1.2', 'g/L', 'mg/L', '1200'],
    ['300', 'ng/L', 'µg/L', '0.3'],
    ['0.3', 'ng/L', 'mg/L', '0.0000003'],
    ['550', 'µg/kg', 'mg/kg', '0.55'],
    ['0.55', 'µg/g', 'mg/kg', '0.55'],
    ['1.5', 'g/kg', 'mg/kg', '1500'],
    ['12', 'ng/g', 'mg/kg', '0.012'],
    ['0.075', 'mg/m³', 'µg/m³', '75'],
    ['15000', 'MPN/L', '个/L', '15000'],
    ['15', 'MPN/mL', '个/L', '15000'],
    ['350', 'MPN/L', 'MPN/100mL', '35'],
    ['2', 'CFU/mL', 'MPN/100mL', '200'],
    ['58.4', 'dBA', 'dB(A)', '58.4'],
    ['7.6', '无量纲', '无量纲', '7.6'],
    ['7.6', '', '无量纲', '7.6'],
    ['0.5', 'Bq/L', 'Bq/L', '0.5'],
    ['100', 'mBq/L', 'Bq/L', '0.1'],
  ])('%s %s → %s: %s', (value, from, to, expected) => expect(convertUnit(value, from, to)).toBe(expected));

  it('0.1 + float noise never appears: 0.3 µg/L → 0.0003 mg/L exactly', () => {
    expect(convertUnit('0.3', 'µg/L', 'mg/L')).toBe('0.0003');
  });

  it.each([
    ['mg/kg', 'mg/L'],
    ['µg/m³', 'mg/L'],
    ['ppm', 'mg/L'],
    ['%', 'mg/kg'],
    ['mg/L', '无量纲'],
    ['', 'mg/L'],
    ['mg/L', 'dB(A)'],
  ])('refuses %s for an item in %s, naming it and what converts', (from, to) => {
    try {
      convertUnit('1', from, to);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LabCellError);
      expect((e as LabCellError).value).toBe(from);
      expect((e as LabCellError).expected).toContain(`可换算为 ${to} 的单位`);
    }
  });
});

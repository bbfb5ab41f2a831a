import { describe, expect, it } from 'vitest';
import { FACTORS, lookupFactor } from './factors.js';

describe('lookupFactor', () => {
  it.each([
    // 2017 code, 2005 code, name (hj212.md §1.2; srdgame/lua-HJ212 hj212.csv)
    ['w01018', '011', '化学需氧量'],
    ['w21003', '060', '氨氮'],
    ['w21011', '101', '总磷'],
    ['w21001', '065', '总氮'],
    ['w01001', '001', 'pH值'],
    ['w00000', 'B01', '污水流量'],
    ['a00000', 'B02', '废气流量'],
    ['a21026', '02', '二氧化硫'],
    ['a21002', '03', '氮氧化物'],
    ['a34013', '01', '烟尘'],
  ])('%s ↔ %s %s', (code2017, code2005, name) => {
    expect(lookupFactor(code2017)?.name).toBe(name);
    expect(lookupFactor(code2005)?.code).toBe(code2017);
  });

  it.each([
    ['a01001', '温度', '℃'],
    ['a01002', '湿度', '%'],
    ['a01006', '气压', 'kPa'],
    ['a01007', '风速', 'm/s'],
    ['a01008', '风向', '°'],
    ['a21004', '二氧化氮', 'mg/m³'],
    ['a21005', '一氧化碳', 'mg/m³'],
    ['a05024', '臭氧', 'μg/m³'],
    ['a34002', '可吸入颗粒物 PM10', 'μg/m³'],
    ['a34004', '细颗粒物 PM2.5', 'μg/m³'],
    ['w01010', '水温', '℃'],
    ['w01009', '溶解氧', 'mg/L'],
    ['w01003', '浊度', 'NTU'],
    ['w01014', '电导率', 'μS/cm'],
    ['LA', 'A 声级', 'dB'],
  ])('%s is %s in %s', (code, name, unit) => {
    expect(lookupFactor(code)).toMatchObject({ name, unit });
  });

  it('gives the ambient unit where stations differ from the source table (SO2, NO2 in μg/m³)', () => {
    expect(lookupFactor('a21026')?.ambientUnit).toBe('μg/m³');
    expect(lookupFactor('a21004')?.ambientUnit).toBe('μg/m³');
  });

  it('returns undefined for unknown codes and is case-sensitive', () => {
    expect(lookupFactor('x99999')).toBeUndefined();
    expect(lookupFactor('A21026')).toBeUndefined();
    expect(lookupFactor('constructor')).toBeUndefined();
  });

  it('has no code used twice across 2017 and 2005 codes', () => {
    const codes = FACTORS.flatMap((f) => (f.code2005 === undefined ? [f.code] : [f.code, f.code2005]));
    expect(new Set(codes).size).toBe(codes.length);
  });
});

import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { constructionLandSoil } from './constructionLandSoil.js';

const at = { date: '2024-04-01' };

// standards.md §6.3 S1–S4.
describe('constructionLandSoil — S1–S4', () => {
  it('S1: class 2, As 119 → above screening 60, below intervention 140; multiple 0.98; background note', () => {
    const r = constructionLandSoil({ As: 119 }, { ...at, landClass: 2 });
    expect(r.items[0]).toMatchObject({ screening: '60', intervention: '140', verdict: 'aboveScreening', exceeds: true, multiple: '0.98' });
    expect(r.items[0].note).toContain('背景值');
  });

  it('S2: class 1, Cd 70 → above intervention 47', () => {
    expect(constructionLandSoil({ Cd: 70 }, { ...at, landClass: 1 }).verdict).toBe('aboveIntervention');
  });

  it('S3: class 1, Pb 400 = screening → not exceeded', () => {
    const r = constructionLandSoil({ 铅: 400 }, { ...at, landClass: 1 });
    expect(r.items[0]).toMatchObject({ verdict: 'belowScreening', exceeds: false, multiple: null });
  });

  it('S4: planned use unknown → class 1: Ni 500 above screening 150, below intervention 600', () => {
    const r = constructionLandSoil({ Ni: 500 }, { ...at, landClass: 'unknown' });
    expect(r.landClass).toBe(1);
    expect(r.items[0]).toMatchObject({ screening: '150', intervention: '600', verdict: 'aboveScreening' });
  });
});

describe('constructionLandSoil — rules', () => {
  it('As above screening but within the local background is not managed as contaminated (注①)', () => {
    const r = constructionLandSoil({ 砷: 70 }, { ...at, landClass: 2, background: { As: 75 } });
    expect(r.items[0]).toMatchObject({ verdict: 'withinBackground', exceeds: false });
    expect(constructionLandSoil({ 砷: 80 }, { ...at, landClass: 2, background: { As: 75 } }).items[0].verdict).toBe('aboveScreening');
  });

  it('the sample takes its worst verdict; organics and 表2 items', () => {
    const r = constructionLandSoil({ '苯并[a]芘': 0.6, TPH: 5100, Cu: 100 }, { ...at, landClass: 1 });
    expect(r.items.map((i) => i.verdict)).toEqual(['aboveScreening', 'aboveIntervention', 'belowScreening']);
    expect(r.verdict).toBe('aboveIntervention');
    expect(r.exceedingItems).toEqual(['BaP', 'TPH']);
  });

  it('a not-detected result is below screening', () => {
    expect(constructionLandSoil({ 苯: '0.0019L' }, { ...at, landClass: 1 }).verdict).toBe('belowScreening');
  });
});

describe('constructionLandSoil — bad input', () => {
  it('names the field and value', () => {
    expect(() => constructionLandSoil({ As: 'x' }, { ...at, landClass: 1 })).toThrow('As 的值"x"无效');
    expect(() => constructionLandSoil({ As: 1 }, { ...at, landClass: 3 as never })).toThrow('landClass 的值"3"无效');
    expect(() => constructionLandSoil({ 锌: 1 }, { ...at, landClass: 1 })).toThrow('item 的值"锌"无效');
    expect(() => constructionLandSoil({ As: 1 }, { ...at, landClass: 1, background: { As: -1 } })).toThrow('background.As 的值"-1"无效');
    expect(() => constructionLandSoil({ As: 1 }, { date: '2018-07-31', landClass: 1 })).toThrow(StandardInputError);
  });
});

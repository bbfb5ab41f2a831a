import { describe, expect, it } from 'vitest';
import { findLabItem, LAB_ITEMS, nearItemNames } from './labItems.js';

describe('findLabItem: names, codes and aliases of lab sheets', () => {
  it.each([
    ['氨氮', 'NH3-N'],
    ['NH3-N', 'NH3-N'],
    ['NH₃-N', 'NH3-N'],
    ['nh3-n', 'NH3-N'],
    ['ＮＨ３－Ｎ', 'NH3-N'],
    ['氨氮（以N计）', 'NH3-N'],
    ['化学需氧量', 'COD'],
    ['COD', 'COD'],
    ['CODcr', 'COD'],
    ['CODCr', 'COD'],
    ['COD(Cr)', 'COD'],
    ['高锰酸盐指数', 'CODMn'],
    ['CODMn', 'CODMn'],
    ['耗氧量', 'CODMn'],
    ['总磷', 'TP'],
    ['TP', 'TP'],
    ['六价铬', 'Cr6+'],
    ['Cr6+', 'Cr6+'],
    ['Cr⁶⁺', 'Cr6+'],
    ['铬（六价）', 'Cr6+'],
    ['石油类', 'petroleum'],
    ['苯并[a]芘', 'BaP'],
    ['苯并(a)芘', 'BaP'],
    ['苯并（a）芘', 'BaP'],
    ['BaP', 'BaP'],
    ['石油烃（C10-C40）', 'TPH'],
    ['铬', 'Cr'],
    ['总铬', 'Cr'],
    ['溶解氧', 'DO'],
    ['pH', 'pH'],
    ['PH', 'pH'],
    ['粪大肠菌群', 'fecalColiform'],
    ['四氯乙烯', 'PCE'],
    ['水温', 'waterTemp'],
    ['昼间等效声级', 'leqDay'],
    ['Ld', 'leqDay'],
    ['夜间', 'leqNight'],
    ['Lmax', 'lmaxNight'],
    // Ambient air, as seed 000 表3 writes them
    ['SO2', 'SO2'],
    ['SO₂', 'SO2'],
    ['二氧化硫', 'SO2'],
    ['NOX', 'NOx'],
    ['氮氧化物', 'NOx'],
    ['NO2', 'NO2'],
    ['PM10', 'PM10'],
    ['可吸入颗粒物', 'PM10'],
    ['PM2.5', 'PM2.5'],
    ['PM₂.₅', 'PM2.5'],
    ['细颗粒物', 'PM2.5'],
    ['TSP', 'TSP'],
    ['总悬浮颗粒物', 'TSP'],
    ['CO', 'CO'],
    ['一氧化碳', 'CO'],
    ['臭氧', 'O3'],
    ['VOCs', 'VOCs'],
    ['非甲烷总烃', 'NMHC'],
    ['甲苯', 'toluene'],
    ['二甲苯', 'xylene'],
    ['氨（氨气）', 'NH3'],
    ['氨气', 'NH3'],
    ['氨', 'NH3'],
    ['硫化氢', 'H2S'],
    ['H₂S', 'H2S'],
    ['臭气浓度', 'odour'],
    ['甲烷', 'CH4'],
  ])('%s → %s', (text, id) => expect(findLabItem(text)?.id).toBe(id));

  it('air items are measured in air units, 臭气浓度 in none; 氨 (air) and 氨氮 (water) are different items', () => {
    expect(['SO2', 'VOCs', '甲烷', '硫化氢'].map((n) => findLabItem(n)?.dimension)).toEqual(['airMass', 'airMass', 'airMass', 'airMass']);
    expect(findLabItem('臭气浓度')?.dimension).toBe('dimensionless');
    // 甲苯 is also a water and soil item: its unit tells the medium.
    expect(findLabItem('甲苯')?.dimension).toBeUndefined();
    expect(findLabItem('氨')?.id).not.toBe(findLabItem('氨氮')?.id);
  });

  it('六价铬 and 铬 (total chromium, GB 15618) are different items', () => {
    expect(findLabItem('六价铬')?.id).not.toBe(findLabItem('铬')?.id);
  });

  it('every name points to one item only (the catalogue is built without conflicts)', () => {
    expect(LAB_ITEMS.length).toBeGreaterThan(50);
  });

  it('an unknown item is null, with near names to offer', () => {
    expect(findLabItem('氨氨')).toBeNull();
    expect(nearItemNames('氨氨')).toContain('氨氮');
    expect(nearItemNames('总憐')).toEqual(expect.arrayContaining(['总磷']));
    expect(nearItemNames('化学需氧')).toContain('化学需氧量');
    expect(nearItemNames('CODMN指数')).toContain('高锰酸盐指数');
    expect(nearItemNames('')).toEqual([]);
  });
});

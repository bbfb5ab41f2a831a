import { describe, expect, it } from 'vitest';
import { airYear, labPoint, samples, SEED_STATIONS } from '../../../../../test/fixtures/seed000Monitoring.js';
import { generatedText } from '../../figures.js';
import type { ParagraphBlock, TableBlock } from '../../reportModel.js';
import { buildAirSection } from './airSection.js';
import { airStationFigures } from './airStations.js';
import { labMediumFigures } from './labMediumFigures.js';
import type { AirStationInput } from './monitoringInput.js';

const noLab = labMediumFigures('air', []);
const build = (stationInputs: AirStationInput[], lab = noLab) =>
  buildAirSection({ year: 2024, parkName: '祁东高新技术产业开发区', stationInputs, stations: airStationFigures(stationInputs), lab });

describe('buildAirSection', () => {
  it('gives each station 达标率 = 达标天数 / 有效监测天数 with two decimals', () => {
    // 352 of 366 monitoring days: 0.961748… → 96.17%.
    const s = airStationFigures([{ ...SEED_STATIONS[0]!, current: airYear(2024, 366, 352) }]);
    expect(s.stations[0]!.rate).toMatchObject({ format: { percent: true, decimals: 2 }, ratio: { numerator: 'air.station.1.compliantDays', denominator: 'air.station.1.monitoringDays' } });
    const table = build([{ ...SEED_STATIONS[0]!, current: airYear(2024, 366, 352) }]).blocks[2] as TableBlock;
    expect(table.rows[0]!.cells[4]!.text).toBe('96.17%');
  });

  it('prints table 6 of seed 000: coordinates as 112°12′58″, 达标率, role, factors merged', () => {
    const table = build(SEED_STATIONS).blocks[2] as TableBlock;
    expect(table.caption).toBe('表6 祁东高新技术产业开发区空气质量监测站点位布设情况表');
    expect(table.header).toEqual(['序号', '监测点位', '经度（E）', '纬度（N）', '达标率', '监测点位性质', '监测项目']);
    expect(table.rows.map((r) => r.cells.slice(0, 6).map((c) => c.text))).toEqual([
      ['1', '张家岭路', '112°12′58″', '26°34′9″', '96.13%', '园区内'],
      ['2', '美皇制衣', '112°11′56″', '26°33′32″', '95.18%', '下风向'],
      ['3', '成章学校', '112°12′18″', '26°34′15″', '94.59%', '上风向'],
    ]);
    expect(table.rows[0]!.cells[6]).toMatchObject({ text: '二氧化硫、氮氧化物、臭氧、一氧化碳、颗粒物PM2.5、颗粒物PM10', rowSpan: 3 });
    expect(table.rows[1]!.cells).toHaveLength(6);
  });

  it('writes the air paragraphs from the stations and the lab air samples, naming the exceeding factors', () => {
    // Lab: 2 samples, 1 exceeding (TSP 0.32 mg/m³ vs 0.30 → 0.067). Stations: 1066 monitoring days, 1016 compliant.
    const lab = labMediumFigures('air', [
      labPoint(11, '上风向1000m', 'air', '环境空气质量标准（GB 3095-2012）', '二级', ['2024-05-10', '2024-11-12'], {
        exceedingSamples: samples(11, '上风向1000m', ['2024-05-10']),
        exceedingItems: [{ item: 'tsp', name: 'TSP', samples: 1, maxMultiple: '0.067', date: '2024-05-10' }],
      }),
    ]);
    const [quality, stations] = build(SEED_STATIONS, lab).blocks as ParagraphBlock[];
    // (1016 + 1) / (1066 + 2) = 1017 / 1068 = 0.95224… → 95.2%; the largest multiple is PM2.5's 0.600.
    expect(generatedText(quality!)).toBe(
      '2024年度园区空气质量监测站有效监测天数1066天，达标天数1016天；环境空气自行监测评价样品2个，达标样品1个；' +
        '大气质量监测达标率95.2%，超标因子为O3、PM10、PM2.5、TSP，最大超标倍数0.600倍。',
    );
    // PM2.5 12 + 17 + 17 = 46 days; 14 + 17 + 19 = 50 exceeding station-days (a day on two factors counts once).
    expect(generatedText(stations!)).toBe(
      '园区已建成空气质量监测站3个（表6），监测因子包括二氧化硫、氮氧化物、臭氧、一氧化碳、颗粒物PM2.5、颗粒物PM10，' +
        '本年度各站超标天数合计50天，超标因子为O3（超标3天，最大超标倍数0.131倍）、PM10（超标2天，最大超标倍数0.093倍）、PM2.5（超标46天，最大超标倍数0.600倍）。',
    );
  });

  it('says 无超标 only when nothing exceeds, and marks simulated data', () => {
    const clean = SEED_STATIONS.map((s) => ({ ...s, current: airYear(2024, 366, 366), simulated: true }));
    const [quality, stations, table] = build(clean).blocks as [ParagraphBlock, ParagraphBlock, TableBlock];
    expect(generatedText(quality)).toBe('2024年度园区空气质量监测站有效监测天数1098天，达标天数1098天；大气质量监测达标率100.0%，无超标因子（模拟数据）。');
    expect(generatedText(stations)).toContain('本年度无超标现象（模拟数据）。');
    expect(table.caption).toContain('（模拟数据）');
  });

  it('prints 无数据 for a station without the year, and says so', () => {
    const blocks = build([SEED_STATIONS[0]!, { ...SEED_STATIONS[1]!, current: null }]).blocks;
    expect((blocks[2] as TableBlock).rows[1]!.cells[4]!.text).toBe('无数据');
    expect(generatedText(blocks[1] as ParagraphBlock)).toContain('其中美皇制衣本年度无监测数据');
    expect(generatedText(build([]).blocks[0] as ParagraphBlock)).toBe('2024年度无大气质量监测数据。');
  });
});

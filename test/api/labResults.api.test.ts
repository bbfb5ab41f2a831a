import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseError } from '../../src/server/errors.js';
import { systemContext } from '../../src/services/context.js';
import { createPoint } from '../../src/services/monitoring/points.js';
import { createPark } from '../../src/services/parks/parkProfile.js';
import type { Store } from '../../src/store/client.js';
import { createDemoApp, loginAs, type Client } from '../helpers/demoApp.js';
import { storeKinds } from '../helpers/testStore.js';

const P = '/api/parks/S437012';
// The demo park holds its synthetic 2024 campaigns (services/demo/qidongLabResults.ts); these tests work in 2023.
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SECTION = '归阳镇下游断面';
const HEADER = '点位,采样日期,监测项目,监测结果,单位,检出限';

/**
 * Surface water, GB 3838-2002 表1, the section's own class Ⅲ, river. Hand calculation:
 * 2023-05-10: 氨氮 2.5 > Ⅴ 2.0 → 劣Ⅴ, (2.5 − 1.0)/1.0 = 1.500; COD 18 ≤ Ⅲ 20; 总磷 150 µg/L = 0.15 mg/L ≤ Ⅲ 0.2;
 *             石油类 0.01L (below the detection limit 0.01) ≤ Ⅰ 0.05. Sample 劣Ⅴ, exceeds.
 * 2023-08-10: 氨氮 0.62: Ⅱ 0.5 < 0.62 ≤ Ⅲ 1.0 → Ⅲ, meets the target.
 */
const WATER_CSV = [
  HEADER,
  `${SECTION},2023-05-10,氨氮,2.5,mg/L,0.025`,
  `${SECTION},2023-05-10,CODcr,18,mg/l,4`,
  `${SECTION},2023-05-10,总磷,150,μg/L,`,
  `${SECTION},2023-05-10,石油类,0.01L,mg/L,`,
  `${SECTION},2023/8/10,NH3-N,0.62,mg/L,`,
].join('\n');

/**
 * A workbook for the section and the demo micro-station 张家岭路 (GB 3095 二级: a noise level there has no limit).
 * 2023-09-15: 高锰酸盐指数 7: Ⅲ 6 < 7 ≤ Ⅳ 10 → Ⅳ, (7 − 6)/6 = 0.1666… → 0.167; 溶解氧 "—" not measured.
 */
async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').addRow(['本表为模拟数据，仅用于测试']);
  const ws = wb.addWorksheet('监测结果');
  ws.addRow(['点位', '采样日期', '检测项目', '检测结果', '单位', '检出限']);
  const day = new Date(Date.UTC(2023, 8, 15));
  ws.addRow([SECTION, day, '高锰酸盐指数', 7, 'mg/L', 0.5]);
  ws.addRow(['', '', '溶解氧', '—', 'mg/L', '']);
  ws.addRow(['张家岭路', day, '昼间等效声级', 58.4, 'dB(A)', '']);
  // The section's point and date merged over its two rows, as lab reports do.
  ws.mergeCells('A2:A3');
  ws.mergeCells('B2:B3');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(await storeKinds())('lab results per park and year through the HTTP API on %s', (kind) => {
  let store: Store;
  let app: FastifyInstance;
  let officer: Client;
  let reviewer: Client;
  let sectionId: number;

  const importCsv = (client: Client, csv: string, year = 2023, file = 'water.csv') =>
    client.inject({ method: 'POST', url: `${P}/lab-results/import?year=${year}&file=${encodeURIComponent(file)}`, headers: { 'content-type': 'text/csv' }, payload: Buffer.from(csv) });
  const stored = async () =>
    ((await store.db.execute(
      sql`SELECT p.name AS point, r.year, r.sampled_on::text AS date, r.item, r.value_kind, r.value, r.detection_limit, r.unit, r.source, r.imported_by
          FROM lab_results r JOIN monitoring_points p ON p.id = r.point_id WHERE r.year = 2023 ORDER BY r.sampled_on, p.name, r.item`,
    )) as unknown as { rows: Record<string, unknown>[] }).rows;
  const imports = async () =>
    ((await store.db.execute(sql`SELECT action, actor, before, after FROM change_log WHERE entity = 'lab_results' AND after->>'year' = '2023' ORDER BY id`)) as unknown as {
      rows: { action: string; actor: string; before: { replaced: Record<string, unknown>[] } | null; after: Record<string, unknown> }[];
    }).rows;

  beforeAll(async () => {
    ({ store, app } = await createDemoApp(kind));
    const ctx = systemContext(store.db, 'test');
    sectionId = (
      await createPoint(ctx, 'S437012', {
        name: SECTION,
        kind: 'surface_water',
        role: 'downstream',
        longitude: '112°13′5″',
        latitude: '26°33′50″',
        standardCode: 'GB3838',
        standardClass: 'Ⅲ类',
        items: ['化学需氧量', '氨氮', '总磷'],
      })
    ).id;
    officer = await loginAs(app, 'officer');
    reviewer = await loginAs(app, 'hunan');
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('imports a CSV: every row stored as the reader gives it, one change-log entry for the import', async () => {
    const res = await importCsv(officer, WATER_CSV);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      file: 'water.csv',
      year: 2023,
      results: 5,
      replaced: 0,
      points: [{ pointId: sectionId, point: SECTION, results: 5, replaced: 0, samples: 2, firstDate: '2023-05-10', lastDate: '2023-08-10' }],
      decisions: [],
    });
    const row = (point: string, date: string, item: string, valueKind: string, value: string | null, limit: string | null, unit: string, source = 'water.csv') =>
      ({ point, year: 2023, date, item, value_kind: valueKind, value, detection_limit: limit, unit, source, imported_by: 'officer' });
    expect(await stored()).toEqual([
      row(SECTION, '2023-05-10', 'COD', 'number', '18', null, 'mg/L'),
      row(SECTION, '2023-05-10', 'NH3-N', 'number', '2.5', null, 'mg/L'),
      row(SECTION, '2023-05-10', 'TP', 'number', '150', null, 'µg/L'),
      row(SECTION, '2023-05-10', 'petroleum', 'belowDetection', null, '0.01', 'mg/L'),
      row(SECTION, '2023-08-10', 'NH3-N', 'number', '0.62', null, 'mg/L'),
    ]);
    const log = await imports();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: 'import', actor: 'officer', before: null, after: { file: 'water.csv', year: 2023, results: 5, points: [{ point: SECTION, results: 5, samples: 2 }] } });
  });

  it('imports an exceljs workbook for the section and the demo micro-station; merged cells are filled down and reported', async () => {
    const res = await officer.inject({ method: 'POST', url: `${P}/lab-results/import?year=2023&file=${encodeURIComponent('三季度监测报告.xlsx')}`, headers: { 'content-type': XLSX }, payload: await workbook() });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect([r.results, r.replaced, r.points.map((p: { point: string; results: number; samples: number }) => [p.point, p.results, p.samples])]).toEqual([
      3,
      0,
      [
        ['张家岭路', 1, 1],
        [SECTION, 2, 1],
      ],
    ]);
    expect(r.decisions).toEqual([
      { sheet: '监测结果', row: 3, column: '点位', takenAs: SECTION, fromRow: 2 },
      { sheet: '监测结果', row: 3, column: '采样日期', takenAs: '2023-09-15', fromRow: 2 },
    ]);
    const september = (await stored()).filter((s) => s.date === '2023-09-15');
    expect(september.map((s) => [s.point, s.item, s.value_kind, s.value, s.unit, s.source])).toEqual([
      ['张家岭路', 'leqDay', 'number', '58.4', 'dB(A)', '三季度监测报告.xlsx'],
      [SECTION, 'CODMn', 'number', '7', 'mg/L', '三季度监测报告.xlsx'],
      [SECTION, 'DO', 'notMeasured', null, 'mg/L', '三季度监测报告.xlsx'],
    ]);
    expect(await imports()).toHaveLength(2);
  });

  it('lists the year per point with the verdicts of the point’s own standard and class (reviewers read)', async () => {
    const res = await reviewer.get(`${P}/lab-results?year=2023`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.points.map((p: { point: string }) => p.point)).toEqual(['张家岭路', SECTION]);
    const [air, water] = body.points;
    expect(air).toMatchObject({ kindLabel: '微站', standardCode: 'GB3095', standardName: 'GB 3095 环境空气质量标准', evaluationNote: null });
    expect(air.samples).toEqual([
      {
        date: '2023-09-15',
        results: [expect.objectContaining({ item: 'leqDay', name: '昼间等效声级', valueKind: 'number', value: '58.4', unit: 'dB(A)' })],
        verdict: {
          compliant: null,
          summary: '无可评价项目（GB 3095 环境空气质量标准无所测项目的限值或均未测）',
          waterClassLabel: null,
          items: [],
          exceedingItems: [],
          maxMultiple: null,
          noLimit: [{ item: 'leqDay', name: '昼间等效声级', reason: 'GB 3095 环境空气质量标准无此项目限值' }],
        },
      },
    ]);
    expect(air.summary).toEqual({ samples: 1, evaluatedSamples: 0, exceedingSamples: 0, compliant: null, worstClassLabel: null, maxMultiple: null, exceedingItems: [], noLimitItems: ['昼间等效声级'] });

    expect(water.standardName).toBe('GB 3838-2002 地表水环境质量标准');
    expect(water.samples.map((s: { date: string; verdict: { waterClassLabel: string; compliant: boolean } }) => [s.date, s.verdict.waterClassLabel, s.verdict.compliant])).toEqual([
      ['2023-05-10', '劣Ⅴ', false],
      ['2023-08-10', 'Ⅲ', true],
      ['2023-09-15', 'Ⅳ', false],
    ]);
    const may = water.samples[0];
    expect(may.results.map((x: { name: string; value: string; unit: string }) => `${x.name} ${x.value} ${x.unit}`)).toEqual([
      '氨氮 2.5 mg/L',
      '化学需氧量 18 mg/L',
      '总磷 150 µg/L',
      '石油类 0.01L mg/L',
    ]);
    expect(may.verdict.exceedingItems).toEqual([{ item: 'NH3-N', name: '氨氮', multiple: '1.500', excessDb: null }]);
    const tp = may.verdict.items.find((i: { item: string }) => i.item === 'TP');
    expect([tp.value, tp.unit, tp.class, tp.exceeds]).toEqual(['0.15', 'mg/L', 'Ⅲ', false]);
    const oil = may.verdict.items.find((i: { item: string }) => i.item === 'petroleum');
    expect([oil.value, oil.class, oil.exceeds]).toEqual(['0.01L', 'Ⅰ', false]);
    expect(water.samples[2].verdict.exceedingItems).toEqual([{ item: 'CODMn', name: '高锰酸盐指数', multiple: '0.167', excessDb: null }]);
    expect(water.samples[2].results.find((x: { item: string }) => x.item === 'DO')).toMatchObject({ valueKind: 'notMeasured', value: '未测' });
    expect(water.summary).toEqual({
      samples: 3,
      evaluatedSamples: 3,
      exceedingSamples: 2,
      compliant: false,
      worstClassLabel: '劣Ⅴ',
      maxMultiple: { item: 'NH3-N', name: '氨氮', multiple: '1.500', date: '2023-05-10' },
      exceedingItems: [
        { item: 'NH3-N', name: '氨氮', samples: 1, maxMultiple: '1.500', maxExcessDb: null, date: '2023-05-10' },
        { item: 'CODMn', name: '高锰酸盐指数', samples: 1, maxMultiple: '0.167', maxExcessDb: null, date: '2023-09-15' },
      ],
      noLimitItems: [],
    });
    // Another year holds nothing.
    expect((await reviewer.get(`${P}/lab-results?year=2022`)).json()).toEqual({ park: 'S437012', year: 2022, points: [] });
  });

  it('a re-import replaces that point-date-item’s earlier value, and the change log keeps the old one', async () => {
    // 氨氮 0.8 on 2023-05-10: Ⅱ 0.5 < 0.8 ≤ Ⅲ 1.0 → the sample is Ⅲ now (COD Ⅲ, TP Ⅲ, 石油类 Ⅰ) and meets the target.
    const res = await importCsv(officer, `${HEADER}\n${SECTION},2023-05-10,氨氮,0.8,mg/L,`, 2023, '复测.csv');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ results: 1, replaced: 1, points: [{ point: SECTION, results: 1, replaced: 1, samples: 1 }] });
    const nh3 = (await stored()).filter((s) => s.item === 'NH3-N');
    expect(nh3.map((s) => [s.date, s.value, s.source])).toEqual([
      ['2023-05-10', '0.8', '复测.csv'],
      ['2023-08-10', '0.62', 'water.csv'],
    ]);
    const log = await imports();
    expect(log).toHaveLength(3);
    expect(log[2].before).toEqual({ replaced: [{ point: SECTION, date: '2023-05-10', item: 'NH3-N', value: '2.5', unit: 'mg/L', year: 2023, source: 'water.csv' }] });
    const water = (await officer.get(`${P}/lab-results?year=2023`)).json().points[1];
    expect([water.samples[0].verdict.waterClassLabel, water.samples[0].verdict.compliant, water.summary.worstClassLabel, water.summary.maxMultiple.multiple]).toEqual(['Ⅲ', true, 'Ⅳ', '0.167']);
  });

  it('an air point (张家岭路, GB 3095 二级) is judged against the 24-hour limits; items without a limit are listed as such', async () => {
    // SO2 0.162 mg/m³ = 162 µg/m³ > 150 → (162 − 150)/150 = 0.080; NOX 0.007L mg/m³ below detection, ≤ 100 µg/m³;
    // TSP 0.28 mg/m³ = 280 ≤ 300; VOCs and 臭气浓度: GB 3095 gives no limit.
    const csv = [
      HEADER,
      '张家岭路,2023-05-10,SO2,0.162,mg/m³,0.007',
      '张家岭路,2023-05-10,NOX,0.007L,mg/m3,',
      '张家岭路,2023-05-10,TSP,0.28,mg/m³,',
      '张家岭路,2023-05-10,VOCs,0.41,mg/m³,',
      '张家岭路,2023-05-10,臭气浓度,12,无量纲,',
    ].join('\n');
    const res = await importCsv(officer, csv, 2023, '大气监测（模拟数据）.csv');
    expect(res.statusCode, res.body).toBe(200);
    const air = (await reviewer.get(`${P}/lab-results?year=2023`)).json().points[0];
    const may = air.samples.find((s: { date: string }) => s.date === '2023-05-10');
    expect(may.verdict.items.map((i: { item: string; value: string; unit: string; limit: string; exceeds: boolean; multiple: string | null }) => [i.item, i.value, i.unit, i.limit, i.exceeds, i.multiple])).toEqual([
      ['SO2', '162', 'µg/m³', '150', true, '0.080'],
      ['NOx', '7L', 'µg/m³', '100', false, null],
      ['TSP', '280', 'µg/m³', '300', false, null],
    ]);
    expect(may.verdict.items[0].note).toContain('24小时平均');
    expect(may.verdict.summary).toBe('GB 3095-2012 环境空气质量标准（含2018年修改单） 二类区24小时平均：超标（二氧化硫）');
    expect(may.verdict.noLimit.map((n: { name: string }) => n.name)).toEqual(['挥发性有机物', '臭气浓度']);
    expect(may.results.map((r: { name: string; value: string; unit: string }) => `${r.name} ${r.value} ${r.unit}`)).toEqual([
      '二氧化硫 0.162 mg/m³',
      '氮氧化物 0.007L mg/m³',
      '总悬浮颗粒物 0.28 mg/m³',
      '挥发性有机物 0.41 mg/m³',
      '臭气浓度 12 无量纲',
    ]);
    expect(air.summary).toMatchObject({
      samples: 2,
      evaluatedSamples: 1,
      exceedingSamples: 1,
      compliant: false,
      maxMultiple: { item: 'SO2', name: '二氧化硫', multiple: '0.080', date: '2023-05-10' },
      exceedingItems: [{ item: 'SO2', name: '二氧化硫', samples: 1, maxMultiple: '0.080', maxExcessDb: null, date: '2023-05-10' }],
      noLimitItems: ['挥发性有机物', '臭气浓度', '昼间等效声级'],
    });
  });

  it('the store refuses a result naming another park’s point (the foreign key is on park and point)', async () => {
    const ctx = systemContext(store.db, 'test');
    await createPark(ctx, { code: 'S500101', name: '重庆万州测试园区', level: '市级', divisionCode: '500101' });
    const other = await createPoint(ctx, 'S500101', { name: '万州断面', kind: 'surface_water', longitude: '108.4', latitude: '30.8', standardCode: 'GB3838', standardClass: 'Ⅲ类' });
    const insert = sql`INSERT INTO lab_results (park_id, point_id, year, sampled_on, item, value_kind, value, unit, source, imported_by)
      SELECT id, ${other.id}, 2023, '2023-06-01', 'NH3-N', 'number', '0.5', 'mg/L', 'x.csv', 'test' FROM parks WHERE code = 'S437012'`;
    const refusedInsert: unknown = await store.db.execute(insert).then(() => null, (e: unknown) => e);
    expect(databaseError(refusedInsert)?.sqlstate).toBe('23503'); // foreign_key_violation
    const byName = await importCsv(officer, `${HEADER}\n万州断面,2023-06-01,氨氮,0.5,mg/L,`);
    expect(byName.json().error.issues[0]).toMatchObject({ column: '点位', value: '万州断面' });
  });

  describe('refusals write nothing and name file, row, column and value', () => {
    const refused = async (csv: string, year = 2023) => {
      const before = JSON.stringify([await stored(), await imports()]);
      const res = await importCsv(officer, csv, year, 'bad.csv');
      expect(res.statusCode, res.body).toBe(400);
      expect(JSON.stringify([await stored(), await imports()])).toBe(before);
      expect(res.json().error.code).toBe('IMPORT_INVALID');
      return res.json().error as { message: string; issues: Record<string, unknown>[] };
    };

    it('an unknown point, listing the park’s points', async () => {
      const e = await refused(`${HEADER}\n${SECTION},2023-06-01,氨氮,0.3,mg/L,\n归阳镇上游断面,2023-06-01,氨氮,0.4,mg/L,`);
      expect(e.message).toBe('bad.csv：1处错误，未导入任何结果');
      // Every point of the park, as 监测点位 lists them: the demo's (table 6's micro-stations first), then the section.
      const names = ((await officer.get(`${P}/monitoring-points`)).json() as { name: string }[]).map((p) => p.name);
      expect(names.slice(0, 3)).toEqual(['张家岭路', '美皇制衣', '成章学校']);
      expect(names.at(-1)).toBe(SECTION);
      const expected = `园区 S437012 的监测点位之一：${names.join('、')}`;
      expect(e.issues).toEqual([
        {
          severity: 'error',
          file: 'bad.csv',
          row: 3,
          column: '点位',
          value: '归阳镇上游断面',
          expected,
          message: `文件 bad.csv 第3行 点位列：值"归阳镇上游断面"，应为${expected}`,
        },
      ]);
    });

    it('a sampling date outside the year', async () => {
      const e = await refused(`${HEADER}\n${SECTION},2023-06-01,氨氮,0.3,mg/L,\n${SECTION},2022-12-31,氨氮,0.4,mg/L,`);
      expect(e.issues).toEqual([expect.objectContaining({ file: 'bad.csv', row: 3, column: '采样日期', value: '2022-12-31', expected: '2023年内的采样日期（2023-01-01～2023-12-31）' })]);
      // The same file for 2022 is refused on its other row.
      const e2022 = await refused(`${HEADER}\n${SECTION},2023-06-01,氨氮,0.3,mg/L,\n${SECTION},2022-12-31,氨氮,0.4,mg/L,`, 2022);
      expect(e2022.issues.map((i) => [i.row, i.value])).toEqual([[2, '2023-06-01']]);
    });

    it('an air item in a water unit names the unit cell', async () => {
      const e = await refused(`${HEADER}\n张家岭路,2023-05-10,二氧化硫,0.1,mg/L,`);
      expect(e.issues).toEqual([expect.objectContaining({ file: 'bad.csv', row: 2, column: 'E（单位）', value: 'mg/L', expected: '二氧化硫的单位（mg/m³、µg/m³、ng/m³）' })]);
    });

    it('a bad cell', async () => {
      const e = await refused(`${HEADER}\n${SECTION},2023-06-01,氨氮,0.3,mg/L,\n${SECTION},2023-06-01,总磷,abc,mg/L,`);
      expect(e.issues).toEqual([expect.objectContaining({ file: 'bad.csv', row: 3, column: 'D（监测结果）', value: 'abc' })]);
      expect(String(e.issues[0].expected)).toContain('非负数值');
    });

    it('a file that is not a workbook, and a name that does not match the content type', async () => {
      const before = JSON.stringify(await stored());
      const notXlsx = await officer.inject({ method: 'POST', url: `${P}/lab-results/import?year=2023`, headers: { 'content-type': XLSX }, payload: Buffer.from('not a workbook') });
      expect([notXlsx.statusCode, notXlsx.json().error.code]).toEqual([400, 'IMPORT_INVALID']);
      const mismatch = await officer.inject({ method: 'POST', url: `${P}/lab-results/import?year=2023&file=a.xlsx`, headers: { 'content-type': 'text/csv' }, payload: Buffer.from(WATER_CSV) });
      expect([mismatch.statusCode, mismatch.json().error.issues[0].field]).toEqual([400, 'file']);
      const noYear = await officer.inject({ method: 'POST', url: `${P}/lab-results/import`, headers: { 'content-type': 'text/csv' }, payload: Buffer.from(WATER_CSV) });
      expect(noYear.statusCode).toBe(400);
      expect(JSON.stringify(await stored())).toBe(before);
    });

    it('a reviewer may read but not import', async () => {
      const before = JSON.stringify([await stored(), await imports()]);
      const res = await importCsv(reviewer, `${HEADER}\n${SECTION},2023-06-01,氨氮,0.3,mg/L,`);
      expect(res.statusCode).toBe(403);
      expect(JSON.stringify([await stored(), await imports()])).toBe(before);
    });
  });
});

import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LEDGER_ROWS } from '../../src/services/demo/qidongPark2024.js';
import type { Store } from '../../src/store/client.js';
import { createDemoApp, loginAs, type Client } from '../helpers/demoApp.js';
import { storeKinds } from '../helpers/testStore.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const P = '/api/parks/S437012';

/** The ledger header and its first demo enterprise (or `row`) on sheet 1; sheet 2 is replaced by `filler`. */
async function ledgerWorkbook(filler: string, row: readonly string[] = DEMO_LEDGER_ROWS[1]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业档案');
  ws.addRow(DEMO_LEDGER_ROWS[0]);
  ws.addRow([...row]);
  wb.addWorksheet('附表').getCell('A1').value = 1;
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.file('xl/worksheets/sheet2.xml', filler);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

/** `rows` × `columns` numeric cells with their references: a large sheet within the limits. */
function fillerSheet(rows: number, columns: number): string {
  const letters = Array.from({ length: columns }, (_, c) => (c < 26 ? '' : String.fromCharCode(64 + Math.floor(c / 26))) + String.fromCharCode(65 + (c % 26)));
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) body.push(`<row r="${r}">${letters.map((l) => `<c r="${l}${r}"><v>${r}</v></c>`).join('')}</row>`);
  return `${HEAD}<sheetData>${body.join('')}</sheetData></worksheet>`;
}

describe.each(await storeKinds())('workbook import: limits, the event loop and what it decided on %s', (kind) => {
  let store: Store;
  let app: FastifyInstance;
  let officer: Client;
  const total = async () => (await officer.get(`${P}/enterprises`)).json().total as number;
  const importing = (payload: Buffer) => officer.inject({ method: 'POST', url: `${P}/enterprises/import`, headers: { 'content-type': XLSX }, payload });

  beforeAll(async () => {
    ({ store, app } = await createDemoApp(kind));
    officer = await loginAs(app, 'officer');
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('refuses a zip bomb at once, saying which limit and the figure found, and writes nothing', async () => {
    // 1.6 million cells, 24 MB of sheet XML, in a file of a few tens of KB.
    const bomb = await ledgerWorkbook(`${HEAD}<sheetData><row r="1">${'<c><v>1</v></c>'.repeat(1_600_000)}</row></sheetData></worksheet>`);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const started = performance.now();
    const res = await importing(bomb);
    expect(performance.now() - started).toBeLessThan(500);
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.message).toMatch(/^工作簿超出导入限制：解压后总大小为 22\.\d MB，上限 20\.0 MB/);
    expect(error.issues).toEqual([
      { field: 'file', value: expect.stringMatching(/^22\.\d MB$/), expected: '解压后总大小不超过 20.0 MB', message: error.message },
    ]);
    expect(await total()).toBe(50);
  });

  it('keeps /api/health answering while a large legal workbook is parsed', async () => {
    // 9,000 rows × 40 columns = 360,000 cells: within every limit, seconds of exceljs.
    const big = await ledgerWorkbook(fillerSheet(9000, 40));
    let settled = false;
    const imported = importing(big).finally(() => {
      settled = true;
    });
    const latencies: number[] = [];
    while (!settled) {
      const started = performance.now();
      const health = await app.inject({ method: 'GET', url: '/api/health' });
      if (settled) break; // answered only after the import: not a measurement during it
      latencies.push(performance.now() - started);
      expect(health.json()).toEqual({ ok: true });
      await sleep(50);
    }
    const res = await imported;
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ created: 0, updated: 1 });
    // Parsing 360,000 cells takes seconds; in the event loop every health check would wait for all of it.
    expect(Math.max(...latencies)).toBeLessThan(500);
    expect(latencies.length).toBeGreaterThan(10);
  }, 120_000);

  it('lists each decision it took on its own (待核对) with sheet, row, column, text and reading', async () => {
    // The first demo enterprise, written as a new officer might: a product for the industry, 已完成, 是 for the permit.
    const row = [...DEMO_LEDGER_ROWS[1]];
    row[2] = '新能源汽车';
    row[4] = '已完成';
    row[6] = '是';
    const res = await importing(await ledgerWorkbook(fillerSheet(1, 1), row));
    expect(res.statusCode).toBe(200);
    expect(res.json().decisions).toEqual([
      expect.objectContaining({ sheet: '企业档案', row: 2, column: 'C 行业类别', value: '新能源汽车', takenAs: 'C3612 新能源车整车制造' }),
      expect.objectContaining({ sheet: '企业档案', row: 2, column: 'G 是否取得排污许可证', value: '是', takenAs: '已取得排污许可证（编号未填）' }),
      expect.objectContaining({ sheet: '企业档案', row: 2, column: 'E 是否验收', value: '已完成', takenAs: '是' }),
    ]);
  });
});

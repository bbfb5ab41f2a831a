/**
 * 监测结果 in a real browser: the park officer imports a small hand-made workbook of ambient-air results for the demo
 * micro-station 张家岭路 (GB 3095 二级) and sees the verdicts computed by hand; then a CSV with a bad cell is refused
 * with its row, column and value named, and nothing is written.
 *
 * The year is 2023 so that the demo's own results (if any) do not mix with these. The built web app is served by the
 * real server on a loopback port over a PGlite store holding the demo park. This file skips itself without web/dist or
 * Debian's chromium. Screenshots: test-output/screenshots/lab-results-*.png.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/services/context.js';
import { createPoint } from '../../src/services/monitoring/points.js';
import type { Store } from '../../src/store/client.js';
import { type Browser, canRunBrowser, openBrowser, openFromMenu, screenshots, signIn, webRoot } from '../helpers/browser.js';
import { createDemoApp, TEST_PASSWORD } from '../helpers/demoApp.js';

const POINT = '张家岭路';
const SECTION = '归阳镇下游断面';
const WORKBOOK = '大气自行监测2023（模拟数据）.xlsx';

/**
 * Hand calculation, GB 3095-2012 (含2018年修改单) 24-hour limits, 二类区:
 * 2023-05-10: SO2 0.162 mg/m³ = 162 µg/m³ > 150 → (162 − 150)/150 = 0.080; NOX 0.007L mg/m³ = 7L µg/m³ ≤ 100;
 *             臭气浓度 12 无量纲: no limit in GB 3095.
 * 2023-05-11: SO2 0.1 mg/m³ = 100 µg/m³ ≤ 150.
 * The section (GB 3838-2002 Ⅲ类, river), sheet 地表水: 氨氮 0.62 mg/L, Ⅱ 0.5 < 0.62 ≤ Ⅲ 1.0 → Ⅲ; 石油类 0.01L ≤ Ⅰ 0.05 → Ⅰ;
 * the sample Ⅲ, meeting its target.
 */
async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('监测结果');
  ws.addRow(['点位', '采样日期', '监测项目', '监测结果', '单位', '检出限']);
  ws.addRow([POINT, '2023-05-10', 'SO2', 0.162, 'mg/m³', 0.007]);
  ws.addRow(['', '', 'NOX', '0.007L', 'mg/m3', '']);
  ws.addRow(['', '', '臭气浓度', 12, '无量纲', '']);
  ws.addRow([POINT, '2023-05-11', '二氧化硫', 0.1, 'mg/m³', 0.007]);
  // Point and date merged over the first sample's rows, as lab reports do: rows 3–4 take them from row 2 (待核对).
  ws.mergeCells('A2:A4');
  ws.mergeCells('B2:B4');
  const water = wb.addWorksheet('地表水');
  water.addRow(['点位', '采样日期', '监测项目', '监测结果', '单位', '检出限']);
  water.addRow([SECTION, '2023-05-10', 'NH3-N', 0.62, 'mg/L', 0.025]);
  water.addRow([SECTION, '2023-05-10', '石油类', '0.01L', 'mg/L', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Row 2 is valid, row 3 is not: nothing may be written. */
const BAD_CSV = ['点位,采样日期,监测项目,监测结果,单位,检出限', `${POINT},2023-06-01,SO2,0.05,mg/m³,`, `${POINT},2023-06-01,PM10,很高,mg/m³,`].join('\n');

describe.skipIf(!canRunBrowser)('监测结果 in the browser', () => {
  let store: Store;
  let app: FastifyInstance;
  let page: Page;
  let baseUrl: string;
  let browser: Browser;

  const card = (point = POINT) => page.getByTestId(`lab-point-${point}`);
  const sampleRow = (date: string, point = POINT) => card(point).locator('.ant-table-tbody tr.ant-table-row', { hasText: date });
  const stored = async () =>
    ((await store.db.execute(sql`SELECT r.sampled_on::text AS date, r.item, r.value, r.detection_limit, r.unit, r.source FROM lab_results r WHERE r.year = 2023 ORDER BY 1, 2`)) as unknown as {
      rows: Record<string, unknown>[];
    }).rows;
  const shot = async (name: string, settle = 600) => {
    await page.waitForTimeout(settle);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(screenshots, `lab-results-${name}.png`), fullPage: true });
  };
  /** Picks 2023 in the year chooser, again if a click during the dropdown's opening animation was lost. */
  const chooseYear2023 = async () => {
    const year = page.locator('.ant-select', { has: page.getByRole('combobox', { name: '监测年度' }) });
    await expect
      .poll(async () => {
        if ((await year.innerText()).includes('2023年')) return true;
        await year.click({ timeout: 3000 });
        await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: /^2023年$/ }).click({ timeout: 3000 });
        return (await year.innerText()).includes('2023年');
      })
      .toBe(true);
  };
  const upload = async (name: string, mimeType: string, buffer: Buffer) => {
    await page.locator('input[type=file]').setInputFiles({ name, mimeType, buffer });
  };

  beforeAll(async () => {
    ({ store, app } = await createDemoApp('pglite', webRoot));
    await createPoint(systemContext(store.db, 'test'), 'S437012', {
      name: SECTION,
      kind: 'surface_water',
      role: 'downstream',
      longitude: '112°13′5″',
      latitude: '26°33′50″',
      standardCode: 'GB3838',
      standardClass: 'Ⅲ类',
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await openBrowser();
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  it('opens 在线监测 → 监测结果 and chooses 2023, which has no results yet', async () => {
    await page.goto(`${baseUrl}/`);
    await signIn(page, 'officer', TEST_PASSWORD);
    await openFromMenu(page, '在线监测', '监测结果', /\/monitoring\/lab-results$/);
    await chooseYear2023();
    await expect.poll(() => page.getByText('2023年尚无监测结果').count()).toBe(1);
  });

  it('imports the workbook: summary and 待核对, then the verdicts and the multiple computed by hand', async () => {
    await upload(WORKBOOK, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', await workbook());
    const summary = page.getByTestId('lab-import-summary');
    await summary.waitFor();
    const text = await summary.innerText();
    for (const t of [`已导入 ${WORKBOOK}`, '模拟数据', '2023年 6 条结果', POINT, SECTION, '2023-05-10～2023-05-11', '待核对（4 处）', '已按此记录']) expect(text).toContain(t);

    await card().waitFor();
    const head = await card().locator('.ant-card-head').innerText();
    expect(head).toContain('模拟数据');
    expect(head).toContain('执行标准：GB 3095 环境空气质量标准 二级');

    const may10 = await sampleRow('2023-05-10').innerText();
    for (const t of ['162', 'µg/m³', '超标 0.080 倍', '7L', '12 无量纲', '标准无限值', '超标']) expect(may10).toContain(t);
    expect(await sampleRow('2023-05-10').locator('[data-verdict="exceeds"]').innerText()).toContain('162');
    expect(await sampleRow('2023-05-10').locator('[data-verdict="noLimit"]').innerText()).toContain('标准无限值');
    const may11 = await sampleRow('2023-05-11').innerText();
    expect(may11).toContain('100');
    expect(may11).toContain('达标');
    expect(await sampleRow('2023-05-11').locator('[data-verdict="exceeds"]').count()).toBe(0);

    const pointSummary = await card().getByTestId('lab-point-summary').innerText();
    for (const t of ['超标', '2 个（可评价 2 个，超标 1 个）', '二氧化硫（1个样品，最大超标倍数 0.080，2023-05-10）', '臭气浓度']) expect(pointSummary).toContain(t);

    // The trend opens on the exceeding item, with the 24-hour limit 150 µg/m³ as a mark line.
    expect(await card().locator('.ant-select', { has: page.getByRole('combobox', { name: `${POINT}趋势项目` }) }).innerText()).toContain('二氧化硫');
    await expect.poll(() => card().locator('canvas').count()).toBeGreaterThan(0);
    await shot('imported', 1000);
    await card().locator('canvas').first().screenshot({ path: join(screenshots, 'lab-results-chart.png') });

    // The section: its class shown in each cell and as the point's worst class.
    const water = await sampleRow('2023-05-10', SECTION).innerText();
    for (const t of ['0.62', 'Ⅲ类', '0.01L', 'Ⅰ类', '达标']) expect(water).toContain(t);
    expect(await card(SECTION).locator('.ant-descriptions-item', { hasText: '最差水质类别' }).innerText()).toContain('Ⅲ类');
    expect(await card(SECTION).locator('.ant-card-head').innerText()).toContain('GB 3838-2002 地表水环境质量标准 Ⅲ类');

    const rows = (await stored()).map((r) => [r.date, r.item, r.value ?? `${r.detection_limit}L`, r.unit, r.source].join(' '));
    expect(rows.sort()).toEqual(
      [
        `2023-05-10 NOx 0.007L mg/m³ ${WORKBOOK}`,
        `2023-05-10 SO2 0.162 mg/m³ ${WORKBOOK}`,
        `2023-05-10 odour 12 无量纲 ${WORKBOOK}`,
        `2023-05-11 SO2 0.1 mg/m³ ${WORKBOOK}`,
        `2023-05-10 NH3-N 0.62 mg/L ${WORKBOOK}`,
        `2023-05-10 petroleum 0.01L mg/L ${WORKBOOK}`,
      ].sort(),
    );
  });

  it('refuses a CSV with a bad cell: the error names file, row, column and value, and nothing is written', async () => {
    const before = await stored();
    await upload('bad.csv', 'text/csv', Buffer.from(BAD_CSV));
    const errors = page.getByTestId('lab-import-errors');
    await errors.waitFor();
    const text = await errors.innerText();
    for (const t of ['导入失败', 'bad.csv', '未导入任何结果', '3', 'D（监测结果）', '很高']) expect(text).toContain(t);
    const issueRow = await errors.locator('.ant-table-tbody tr.ant-table-row').first().innerText();
    expect(issueRow.split(/\t|\n/).map((c) => c.trim()).filter(Boolean).slice(0, 5)).toEqual(['bad.csv', '—', '3', 'D（监测结果）', '很高']);
    expect(await stored()).toEqual(before);
    // The page still shows only the workbook's two samples.
    expect(await card().locator('.ant-table-tbody tr.ant-table-row').count()).toBe(2);
    expect(await sampleRow('2023-06-01').count()).toBe(0);
    await shot('refused');
  });

  it('shows a reviewer the verdicts without the import', async () => {
    // A fresh session rather than the user menu's 退出登录, whose animated menu a loaded machine can miss.
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/`);
    await signIn(page, 'hunan', TEST_PASSWORD);
    await page.goto(`${baseUrl}/monitoring/lab-results`);
    await chooseYear2023();
    await expect.poll(() => sampleRow('2023-05-10').count()).toBe(1);
    expect(await sampleRow('2023-05-10').innerText()).toContain('超标 0.080 倍');
    expect(await page.getByRole('button', { name: /导入监测报告/ }).count()).toBe(0);
  });

  it('raised no uncaught errors in the page', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});

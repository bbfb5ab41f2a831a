/**
 * 监测点位 in a real browser: the park officer finds the demo park's three micro-stations of table 6 in the table and
 * on the plot, adds a point with degrees-minutes-seconds coordinates (after a refused 61 minutes), sees it in both,
 * edits it, deletes another; a reviewer sees the points without 新增, 编辑 or 删除.
 *
 * The built web app is served by the real server on a loopback port over a PGlite store holding the demo park. This
 * file skips itself without web/dist or Debian's chromium. Screenshots: test-output/screenshots/points-*.png.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/client.js';
import { type Browser, canRunBrowser, openBrowser, openFromMenu, screenshots, signIn, webRoot } from '../helpers/browser.js';
import { createDemoApp, TEST_PASSWORD } from '../helpers/demoApp.js';

const NEW_POINT = '归阳镇中心小学';

describe.skipIf(!canRunBrowser)('监测点位 in the browser', () => {
  let store: Store;
  let app: FastifyInstance;
  let page: Page;
  let baseUrl: string;
  let browser: Browser;

  const rows = () => page.locator('.ant-table-tbody tr.ant-table-row');
  const row = (name: string) => rows().filter({ hasText: name });
  const plot = () => page.getByTestId('point-plot');
  /** Labels of the plot: SVG text, one per line of a label. */
  const plotTexts = async () => (await plot().locator('svg text').allTextContents()).map((t) => t.trim());
  const modal = () => page.locator('.ant-modal-content', { has: page.locator('.ant-modal-title', { hasText: /新增监测点位|编辑点位/ }) });
  /**
   * Picks an option of a form select and waits until the select shows it; on a loaded machine a click during the
   * dropdown's opening animation can be lost, so it is tried again until the choice shows.
   */
  const choose = async (label: string, option: string) => {
    const field = modal().locator('.ant-form-item', { has: page.getByRole('combobox', { name: label }) });
    const shown = field.locator('.ant-select-selection-item');
    const showing = async () => ((await shown.count()) > 0 ? await shown.innerText() : '');
    await expect
      .poll(async () => {
        if ((await showing()) === option) return option;
        await field.locator('.ant-select-selector').click({ timeout: 3000 });
        await page
          .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: new RegExp(`^${option}$`) })
          .click({ timeout: 3000 });
        return showing();
      })
      .toBe(option);
  };
  const fieldError = (label: string) => modal().locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) }).locator('.ant-form-item-explain-error');
  const shot = async (name: string, settle = 500) => {
    await page.waitForTimeout(settle);
    // The header is sticky: a full-page shot of a scrolled page would draw it over the plot.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(screenshots, `points-${name}.png`), fullPage: true });
  };

  beforeAll(async () => {
    ({ store, app } = await createDemoApp('pglite', webRoot));
    // The page is tested on the three micro-stations: the demo's other points (the 2024 plan's, the city station)
    // would spread the table over two pages.
    await store.db.execute(sql`DELETE FROM monitoring_points WHERE kind <> 'micro_station'`);
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

  it('shows the officer the micro-stations of table 6 under 在线监测 → 监测点位, in the table and on the plot', async () => {
    await page.goto(`${baseUrl}/`);
    await signIn(page, 'officer', TEST_PASSWORD);
    await openFromMenu(page, '在线监测', '监测点位', /\/monitoring\/points$/);
    await expect.poll(() => rows().count()).toBe(3);
    const first = await row('张家岭路').innerText();
    for (const text of ['微站', '园区内', '112°12′58″', '112.216111', '26°34′9″', '26.569167', 'QDGY00000000000000AIR001', 'GB 3095 二级', 'PM2.5']) expect(first).toContain(text);
    expect(await row('美皇制衣').innerText()).toContain('下风向');
    expect(await row('成章学校').innerText()).toContain('上风向');
    await expect.poll(plotTexts).toEqual(expect.arrayContaining(['张家岭路', '美皇制衣', '成章学校', '上风向', '下风向', '上风向 → 下风向', '北']));
    await shot('list', 800);
  });

  it('adds a point typed in degrees, minutes and seconds, after refusing 61 minutes', async () => {
    await page.getByRole('button', { name: /新增点位/ }).click();
    await modal().waitFor();
    await modal().getByLabel('点位名称').fill(NEW_POINT);
    await choose('点位类型', '噪声点');
    await choose('点位性质', '敏感点');
    await modal().getByLabel('经度（E）').fill('112°61′40″');
    await modal().getByLabel('纬度（N）').fill('26度34分30秒');
    await page.getByRole('button', { name: /新\s*增/ }).last().click();
    await expect.poll(() => fieldError('经度（E）').innerText()).toBe('经度“112°61′40″”有误：分应在0至59之间，实际为61');
    await shot('form-error');
    await modal().getByLabel('经度（E）').fill('112°12′40″');
    // 112 + 12/60 + 40/3600 = 112.211111; 26 + 34/60 + 30/3600 = 26.575
    await expect.poll(() => modal().getByTestId('longitude-reading').innerText()).toBe('读作 112°12′40″E ＝ 112.211111°');
    await expect.poll(() => modal().getByTestId('latitude-reading').innerText()).toBe('读作 26°34′30″N ＝ 26.575000°');
    await shot('form');
    await page.getByRole('button', { name: /新\s*增/ }).last().click();
    await modal().waitFor({ state: 'detached' });
    await expect.poll(() => rows().count()).toBe(4);
    const added = await row(NEW_POINT).innerText();
    for (const text of ['噪声点', '敏感点', '112°12′40″', '112.211111', '26°34′30″', '26.575000', '未关联']) expect(added).toContain(text);
    await expect.poll(plotTexts).toEqual(expect.arrayContaining([NEW_POINT, '敏感点']));
    await shot('added', 800);
  });

  it('edits the point: its DMS shown in the form, a decimal latitude typed over it', async () => {
    await row(NEW_POINT).getByRole('button', { name: /编\s*辑/ }).click();
    await modal().waitFor();
    expect(await modal().getByLabel('经度（E）').inputValue()).toBe('112°12′40″');
    await modal().getByLabel('纬度（N）').fill('26.5745');
    // 26.5745: 0.5745 × 60 = 34.47′; 0.47 × 60 = 28.2″ → 26°34′28″
    await expect.poll(() => modal().getByTestId('latitude-reading').innerText()).toBe('读作 26°34′28″N ＝ 26.574500°');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await modal().waitFor({ state: 'detached' });
    await expect.poll(() => row(NEW_POINT).innerText()).toContain('26°34′28″');
    const edited = await row(NEW_POINT).innerText();
    expect(edited).toContain('26.574500');
    expect(edited).toContain('112.211111'); // the longitude, left as shown, keeps its decimal
  });

  it('deletes a point once the officer confirms, from the table and the plot', async () => {
    await page.getByRole('button', { name: /新增点位/ }).click();
    await modal().waitFor();
    await modal().getByLabel('点位名称').fill('临时噪声点');
    await choose('点位类型', '噪声点');
    await modal().getByLabel('经度（E）').fill('E112.21');
    await modal().getByLabel('纬度（N）').fill('北纬26°33′50″');
    await page.getByRole('button', { name: /新\s*增/ }).last().click();
    await modal().waitFor({ state: 'detached' });
    await expect.poll(() => rows().count()).toBe(5);
    await expect.poll(plotTexts).toContain('临时噪声点');
    await row('临时噪声点').getByRole('button', { name: /删\s*除/ }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /删\s*除/ }).click();
    await expect.poll(() => rows().count()).toBe(4);
    await expect.poll(plotTexts).not.toContain('临时噪声点');
  });

  it('shows the reviewer the points and the plot without 新增, 编辑 or 删除', async () => {
    // A fresh session rather than the user menu's 退出登录, whose animated menu a loaded machine can miss.
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/`);
    await signIn(page, 'hunan', TEST_PASSWORD);
    await page.goto(`${baseUrl}/monitoring/points`);
    await expect.poll(() => rows().count()).toBe(4);
    await expect.poll(plotTexts).toEqual(expect.arrayContaining([NEW_POINT, '张家岭路']));
    expect(await page.getByRole('button', { name: /新增点位/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /编\s*辑/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /删\s*除/ }).count()).toBe(0);
    await shot('reviewer', 800);
  });

  it('raised no uncaught errors in the page', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});

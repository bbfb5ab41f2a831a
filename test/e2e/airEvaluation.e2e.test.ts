/**
 * 空气质量评价 in a real browser: the park officer opens 在线监测 → 空气质量评价 for 2024 and finds each micro-station's
 * figures marked 模拟数据, its AQI calendar and its daily PM2.5 against the 75 µg/m³ line, and the city station's
 * figures of seed 000 三(一) as entered; enters the 2023 优良天数 and sees it; a reviewer reads without 录入.
 *
 * The built web app is served by the real server on a loopback port over a PGlite store holding the demo park. This
 * file skips itself without web/dist or Debian's chromium. Screenshots: test-output/screenshots/air-*.png.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/client.js';
import { canRunBrowser, openBrowser, screenshots, signIn, webRoot, type Browser } from '../helpers/browser.js';
import { createDemoApp, TEST_PASSWORD } from '../helpers/demoApp.js';

describe.skipIf(!canRunBrowser)('空气质量评价 in the browser', () => {
  let store: Store;
  let app: FastifyInstance;
  let page: Page;
  let baseUrl: string;
  let browser: Browser;

  const card = (name: string) => page.getByTestId(`air-point-${name}`);
  const regional = () => page.getByTestId('regional-air');
  const shot = async (name: string, settle = 800) => {
    await page.waitForTimeout(settle);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(screenshots, `air-${name}.png`), fullPage: true });
  };
  /**
   * Makes 2024 the year the pages open with, as choosing it in the header's select would remember it (web
   * reportYear.ts): the select's dropdown animates, and on a loaded machine a click on it can be lost.
   */
  const open2024 = () =>
    page.evaluate(() => {
      for (let id = 1; id <= 20; id++) window.localStorage.setItem(`parkeco:reportYear:${id}`, '2024');
    });

  beforeAll(async () => {
    ({ store, app } = await createDemoApp('pglite', webRoot, { simulatedYear: true }));
    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await openBrowser();
    page = browser.page;
    // The demo park with its two simulated years of hourly air data takes 15 s to load on an idle machine.
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  it('shows the officer each micro-station of 2024 with its figures, 模拟数据, its AQI calendar and daily values', async () => {
    await page.goto(`${baseUrl}/`);
    await signIn(page, 'officer', TEST_PASSWORD);
    await open2024();
    await page.getByRole('menuitem', { name: '在线监测' }).click();
    await page.getByRole('link', { name: '空气质量评价' }).click();
    await expect.poll(() => page.getByRole('combobox', { name: '评价年度' }).locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').innerText()).toContain('2024');
    for (const name of ['张家岭路', '美皇制衣', '成章学校']) {
      await expect.poll(() => card(name).innerText(), { timeout: 60_000 }).toContain('模拟数据');
      const text = await card(name).innerText();
      expect(text).toContain('数据来源：HJ 212 小时数据');
      expect(text).toMatch(/有效监测天数\s*3\d\d 天/);
      expect(text).toMatch(/达标率\s*\d{2}\.\d%/);
      expect(text).toContain('PM2.5（24小时平均）');
    }
    await expect.poll(() => page.getByText('标有“模拟数据”的站点数据为演示用的模拟数据').count()).toBe(1);
    // The calendar is drawn on a canvas.
    expect(await card('张家岭路').locator('canvas').count()).toBeGreaterThan(0);
    await shot('stations');
    await card('张家岭路').getByRole('tab', { name: '日均值变化' }).click();
    await expect.poll(() => card('张家岭路').locator('canvas').count()).toBeGreaterThan(1);
    await card('张家岭路').scrollIntoViewIfNeeded();
    await page.waitForTimeout(800);
    await card('张家岭路').screenshot({ path: join(screenshots, 'air-series.png') });
  });

  it('shows the city station’s figures as entered and lets the officer enter the 2023 优良天数', async () => {
    const text = await regional().innerText();
    expect(text).toContain('区域空气质量（祁东县城市站）');
    expect(text).toMatch(/优良天数\s*330 天\s*录入/);
    expect(text).toMatch(/PM2\.5年均浓度\s*57 μg\/m³\s*录入\s*45 μg\/m³\s*录入/);
    expect(text).toContain('SO2年均浓度12μg/m³，与上年持平');
    await regional().getByRole('button', { name: '录入2023年数据' }).click();
    const modal = page.locator('.ant-modal-content', { has: page.locator('.ant-modal-title', { hasText: '录入祁东县城市站 2023年数据' }) });
    await modal.getByLabel('优良天数（天）').fill('300');
    await modal.getByLabel('来源').fill('祁东县2023年空气质量通报');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => regional().innerText()).toMatch(/优良天数\s*330 天\s*录入\s*300 天\s*录入/);
    await expect.poll(() => regional().innerText()).toContain('优良天数330天，较上年（300天）增加30天');
    await shot('regional');
  });

  it('lets a reviewer read the page without 录入', async () => {
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/`);
    await signIn(page, 'hunan', TEST_PASSWORD);
    await open2024();
    await page.goto(`${baseUrl}/monitoring/air`);
    await expect.poll(() => regional().innerText(), { timeout: 60_000 }).toContain('330 天');
    expect(await regional().getByRole('button', { name: /录入/ }).count()).toBe(0);
  });
});

/**
 * The enterprise file (一企一档) in a real browser: the built web app (web/dist) served by the real server on a
 * loopback port, over a migrated PGlite store holding the demo park (祁东高新区, 2024, 50 enterprises).
 *
 * `npm test` builds the web app first (`npm run build:web`); this file skips itself when web/dist or Debian's
 * chromium is missing. Screenshots land in test-output/screenshots/ for a person to look at.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/client.js';
import { canRunBrowser, openBrowser, screenshots, webRoot, type Browser } from '../helpers/browser.js';
import { createDemoApp, TEST_PASSWORD } from '../helpers/demoApp.js';


const SHUNLONG = '湖南顺隆能源有限公司';

describe.skipIf(!canRunBrowser)('企业档案 in the browser', () => {
  let store: Store;
  let app: FastifyInstance;
  let context: BrowserContext;
  let page: Page;
  let baseUrl: string;
  let browser: Browser;

  /** Rows of the enterprise table (antd renders a placeholder row when empty, without .ant-table-row). */
  const rows = () => page.locator('.ant-table-tbody tr.ant-table-row');

  beforeAll(async () => {
    ({ store, app } = await createDemoApp('pglite', webRoot));
    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    browser = await openBrowser({ acceptDownloads: true });
    ({ context, page } = browser);
    // Mid-2025 in Shanghai: the default report year is 2024, the demo park's year, whatever today is.
    await page.clock.setSystemTime(new Date('2025-06-01T04:00:00Z'));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  it('asks the park officer to sign in, and signs in', async () => {
    await page.goto(`${baseUrl}/`);
    expect(await page.title()).toBe('园区生态环境管理平台');
    await page.getByLabel('用户名').fill('officer');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.locator('.ant-alert-error', { hasText: '用户名或密码错误' }).waitFor();
    await page.screenshot({ path: join(screenshots, 'login.png') });
    await page.getByLabel('密码').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByRole('button', { name: '当前用户' }).waitFor();
    expect(await page.getByRole('button', { name: '当前用户' }).innerText()).toContain('祁东园区环保专员');
  });

  it('shows the park overview of the latest year with its figures and the report paragraph', async () => {
    await page.getByText('年度报告统计段落').waitFor();
    // The last complete year in Shanghai on the test's clock (2025-06-01) is 2024.
    await page.locator('.ant-select-selection-item', { hasText: '2024年' }).waitFor();
    await page.locator('.ant-card', { hasText: '入园企业' }).getByText('50').first().waitFor();
    await expect.poll(() => page.locator('canvas').count()).toBe(2);
    await page.waitForTimeout(600); // let the charts finish their entry animation
    await page.screenshot({ path: join(screenshots, 'home.png'), fullPage: true });
  });

  it('lists the 50 enterprises of the demo park', async () => {
    await page.goto(`${baseUrl}/enterprises`);
    await page.getByText('共 50 家企业').waitFor();
    await expect.poll(() => rows().count()).toBe(20);
    await page.screenshot({ path: join(screenshots, 'list.png'), fullPage: true });
  });

  it('finds 湖南顺隆能源有限公司 by searching 顺隆', async () => {
    await page.getByLabel('搜索企业').fill('顺隆');
    await page.keyboard.press('Enter');
    await page.getByText('共 1 家企业').waitFor();
    await expect.poll(() => rows().count()).toBe(1);
    expect(await rows().first().innerText()).toContain(SHUNLONG);
  });

  it('filters the enterprises under construction (在建): 6', async () => {
    await page.getByLabel('搜索企业').fill('');
    await page.keyboard.press('Enter');
    await page.getByText('共 50 家企业').waitFor();
    await page.locator('.ant-select', { hasText: '全部状态' }).click();
    await page.locator('.ant-select-item-option', { hasText: '在建' }).click();
    await page.getByText('共 6 家企业').waitFor();
    await expect.poll(() => rows().count()).toBe(6);
    for (const text of await rows().allInnerTexts()) expect(text).toContain('在建');
  });

  it('opens the detail of 湖南顺隆能源有限公司 with its three EIA approvals', async () => {
    await page.getByRole('button', { name: /清除筛选/ }).click();
    await page.getByLabel('搜索企业').fill('顺隆');
    await page.keyboard.press('Enter');
    await page.getByText('共 1 家企业').waitFor();
    await page.getByRole('link', { name: SHUNLONG }).click();
    await page.waitForURL(/\/enterprises\/\d+$/);
    await page.getByRole('heading', { name: new RegExp(SHUNLONG) }).waitFor();
    const approvals = page.locator('.ant-card', { hasText: '环评批复（3）' });
    for (const doc of ['湘环评函[2014]27号', '衡环函[2014]97号', '祁环函[2015]54号']) {
      await approvals.getByText(doc, { exact: true }).waitFor();
    }
    await page.getByText('变更记录').waitFor();
    await page.screenshot({ path: join(screenshots, 'detail.png'), fullPage: true });
  });

  it('puts the server’s credit-code error under the field, then saves a valid code', async () => {
    await page.getByRole('button', { name: /编\s*辑/ }).click();
    await page.waitForURL(/\/enterprises\/\d+\/edit$/);
    const creditCode = page.getByLabel('统一社会信用代码');
    await creditCode.fill('91430426MA4QA9111'); // 17 characters
    await page.getByRole('button', { name: /保\s*存/ }).click();
    const error = page.locator('.ant-form-item', { has: creditCode }).locator('.ant-form-item-explain-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('18位');
    await page.waitForTimeout(300); // the error message animates in
    await page.screenshot({ path: join(screenshots, 'form-error.png'), fullPage: true });

    await creditCode.fill('914304267580286729');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('保存成功').waitFor();
    await page.waitForURL(/\/enterprises\/\d+$/);
    // Bordered Descriptions: the label cell is followed by its content cell.
    const label = page.locator('.ant-descriptions-item-label', { hasText: /^统一社会信用代码$/ });
    expect(await label.locator('xpath=following-sibling::td[1]').innerText()).toBe('914304267580286729');
    // The change is in the 变更记录, newest first.
    await page.locator('.ant-timeline-item', { hasText: '修改' }).first().waitFor();
    await page.screenshot({ path: join(screenshots, 'detail-after-save.png'), fullPage: true });
  });

  it('downloads the ledger workbook (导出工作簿) as an .xlsx', async () => {
    await page.goto(`${baseUrl}/enterprises`);
    await page.getByText('共 50 家企业').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /导出工作簿/ }).click()]);
    const path = await download.path();
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // an .xlsx is a zip
    expect(bytes.length).toBeGreaterThan(5 * 1024);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  });

  it('imports the exported workbook back (导入工作簿)', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /导出工作簿/ }).click()]);
    await page.locator('input[type=file]').setInputFiles(await download.path());
    await page.locator('.ant-message-notice', { hasText: /导入成功：新增0家，更新50家/ }).waitFor();
    // What the import decided on its own (待核对) and its warnings come in a dialog the user closes: the demo
    // ledger's 是 without a permit, filing or EIA number are four cells to check, each with what it was taken as.
    const dialog = page.locator('.ant-modal-confirm');
    await dialog.getByText('待核对（4 处）').waitFor();
    const decision = dialog.locator('tr', { hasText: 'G 是否取得排污许可证' });
    expect(await decision.locator('td').allInnerTexts()).toEqual(
      expect.arrayContaining(['企业档案', 'G 是否取得排污许可证', '是', '已取得排污许可证（编号未填）']),
    );
    await page.waitForTimeout(400); // the dialog zooms in
    await page.screenshot({ path: join(screenshots, 'import-warnings.png') });
    await dialog.getByRole('button', { name: /知道了/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('共 50 家企业').waitFor();
  });

  it('shows the park profile and offers the annual report for 2024', async () => {
    await page.getByRole('link', { name: '园区信息' }).click();
    await page.locator('.ant-card-head-title', { hasText: '规划及规划环评批复' }).waitFor();
    await page.waitForTimeout(400); // menu highlight and button colours animate
    await page.screenshot({ path: join(screenshots, 'park.png'), fullPage: true });

    await page.getByRole('link', { name: '报告' }).click();
    await page.locator('.ant-select-selection-item', { hasText: '2024年' }).waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(screenshots, 'reports.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /生成年度自评估报告/ }).click()]);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a .docx is a zip
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    await page.getByText('2024年度自评估报告已生成').waitFor();
  });

  it('raised no uncaught error in the page', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});

/**
 * What a new park officer and administrator meet first, in a real browser (issue 8, first use): 园区管理, one
 * default report year remembered per user, the report button's feedback and its list of missing sections, the
 * enterprise form that Enter does not save, and a change log that names the field that changed.
 * The page's clock is fixed at 2026-12-03 (Shanghai), so the default year is 2025 whatever today is.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/services/context.js';
import { getEnterprise, updateEnterprise } from '../../src/services/enterprises/enterpriseVerbs.js';
import { listEnterprises } from '../../src/services/enterprises/listEnterprises.js';
import type { Store } from '../../src/store/client.js';
import { canRunBrowser, openBrowser, screenshots, signIn, webRoot, type Browser } from '../helpers/browser.js';
import { createDemoApp, TEST_PASSWORD } from '../helpers/demoApp.js';

describe.skipIf(!canRunBrowser)('first use in the browser', () => {
  let store: Store;
  let app: FastifyInstance;
  let page: Page;
  let baseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ store, app } = await createDemoApp('pglite', webRoot));
    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await openBrowser({ acceptDownloads: true });
    page = browser.page;
    await page.clock.setSystemTime(new Date('2026-12-03T02:00:00Z'));
    await page.goto(`${baseUrl}/`);
    await signIn(page, 'admin', TEST_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  const shot = async (name: string) => {
    await page.waitForTimeout(400); // let animations settle
    await page.screenshot({ path: join(screenshots, name), fullPage: true });
  };

  it('creates a park under 系统管理 → 园区管理, edits it and retires it', async () => {
    await page.getByRole('menuitem', { name: '系统管理' }).click();
    await page.getByRole('menuitem', { name: '园区管理' }).click();
    await page.getByRole('row', { name: /S437012/ }).waitFor();

    await page.getByRole('button', { name: /新建园区/ }).click();
    const dialog = page.getByRole('dialog');
    // A code whose province digits do not match the division is refused before it is sent.
    await dialog.getByLabel('园区代码').fill('S507901');
    await dialog.getByLabel('园区名称').fill('衡阳测试工业园区');
    await dialog.locator('input#divisionCode').fill('石鼓');
    await page.locator('.ant-select-item-option', { hasText: '湖南省衡阳市石鼓区' }).click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('园区代码第2、3位"50"（重庆市）与所在行政区划（湖南省）不符').waitFor();
    await shot('admin-parks-form.png');
    await dialog.getByLabel('园区代码').fill('S437901');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('row', { name: /S437901.*衡阳测试工业园区.*湖南省衡阳市石鼓区/ }).waitFor();

    await page.getByRole('row', { name: /S437901/ }).getByRole('button', { name: /编\s*辑/ }).click();
    await dialog.getByLabel('园区名称').fill('衡阳石鼓测试园区');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('row', { name: /S437901.*衡阳石鼓测试园区/ }).waitFor();

    await page.getByRole('row', { name: /S437901/ }).getByRole('button', { name: /停\s*用/ }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /停\s*用/ }).click();
    await page.getByRole('row', { name: /S437901.*已停用 \d{4}-\d{2}-\d{2}/ }).waitFor();
    await shot('admin-parks.png');
    expect((await app.inject({ method: 'GET', url: '/api/parks/S437901' })).statusCode).toBe(401); // still there, behind sign-in
  });

  it('starts every page at 2025, the last complete year, and remembers the year the user picks', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByText('年度报告统计段落').waitFor();
    await page.locator('.ant-select-selection-item', { hasText: '2025年' }).waitFor();
    await page.locator('.ant-select', { has: page.getByRole('combobox', { name: '统计年度' }) }).click();
    await page.locator('.ant-select-item-option', { hasText: '2024年' }).click();
    await page.getByRole('menuitem', { name: '报告' }).click();
    await page.locator('.ant-select-selection-item', { hasText: '2024年' }).waitFor();
    await page.reload();
    await page.locator('.ant-select-selection-item', { hasText: '2024年' }).waitFor();
  });

  it('builds the report with feedback and lists the sections the report leaves out', async () => {
    const missing = page.getByTestId('report-missing-sections');
    await missing.getByText('（七）投诉及督察整改').waitFor();
    expect(await missing.innerText()).not.toContain('一、园区概况');
    // （八） holds its emission reduction; what it does not hold yet is listed apart.
    await page.getByTestId('report-partial-sections').getByText('（八）污染减排、绿色创新示范工作：绿色创新示范工作').waitFor();
    await shot('reports.png');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /生成年度自评估报告/ }).click()]);
    expect(download.suggestedFilename()).toBe('湖南祁东高新技术产业开发区2024年度生态环境管理自评估报告.docx');
    await page.getByText('2024年度自评估报告已生成').waitFor();
  });

  it('does not save the enterprise form when Enter is pressed in a date field, and wants the EIA type chosen', async () => {
    await page.goto(`${baseUrl}/enterprises/new`);
    await page.getByLabel('企业名称').fill('回车测试企业');
    await page.getByRole('button', { name: /添加环评批复/ }).click();
    const approval = page.locator('.ant-card', { hasText: '第 1 条' });
    await expect.poll(() => approval.locator('.ant-select-selection-placeholder', { hasText: '请选择' }).count()).toBe(1);
    const date = approval.getByPlaceholder('选择日期').first();
    await date.click();
    await date.fill('2024-05-06');
    await date.press('Enter');
    await page.waitForTimeout(800);
    expect(new URL(page.url()).pathname).toBe('/enterprises/new');
    const ctx = systemContext(store.db, 'test');
    expect((await listEnterprises(ctx, 'S437012', { q: '回车测试企业' })).total).toBe(0);

    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('请选择环评类型').waitFor();
    await shot('enterprise-form-eia-type.png');
    expect(new URL(page.url()).pathname).toBe('/enterprises/new');
  });

  it('shows in the change log which field of an approval changed', async () => {
    const ctx = systemContext(store.db, 'test');
    const [shunlong] = (await listEnterprises(ctx, 'S437012', { q: '顺隆' })).items;
    const e = await getEnterprise(ctx, 'S437012', shunlong.id);
    const eiaApprovals = e.eiaApprovals.map((a) => (a.documentNumber === '湘环评函[2014]27号' ? { ...a, authority: '湖南省生态环境厅' } : a));
    await updateEnterprise(ctx, 'S437012', shunlong.id, { ...e, eiaApprovals });
    await page.goto(`${baseUrl}/enterprises/${shunlong.id}`);
    await page.getByText(/环评批复 湘环评函\[2014\]27号：审批机关/).waitFor();
    const line = await page.locator('li li', { hasText: '湘环评函[2014]27号：审批机关' }).innerText();
    expect(line).toMatch(/环评批复 湘环评函\[2014\]27号：审批机关\s*（空）\s*→\s*湖南省生态环境厅/);
    await shot('enterprise-change-log.png');
  });

  it('raised no uncaught error in the page', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});

/**
 * 总量控制 in a real browser: the park officer opens 环境管理台账 → 总量控制 for 2024 and finds seed 000's quotas
 * (湘环评函[2014]89号), every pollutant within its quota, the changes from 2023 with the sentence the report prints,
 * and the chart; changes the published COD total to 312.5 t/a and sees the verdict turn to 超出; a reviewer reads the
 * page without 新增 or 导入.
 *
 * The built web app is served by the real server on a loopback port over a PGlite store holding the demo park. This
 * file skips itself without web/dist or Debian's chromium. Screenshots: test-output/screenshots/quotas-*.png.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, canRunBrowser, chooseOption, fullPageShot, openFromMenu, signIn } from '../helpers/browser.js';
import { TEST_PASSWORD } from '../helpers/demoApp.js';
import { serveDemo, type ServedDemo } from '../helpers/servedDemo.js';

describe.skipIf(!canRunBrowser)('总量控制 in the browser', () => {
  let page: Page;
  let baseUrl: string;
  let browser: Browser;
  let demo: ServedDemo;

  const choose = (field: Locator, option: string) => chooseOption(page, field, option);
  const card = (title: string) => page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: new RegExp(`^${title}$`) }) });
  const shot = (name: string, settle = 800) => fullPageShot(page, `quotas-${name}`, settle);

  beforeAll(async () => {
    demo = await serveDemo();
    ({ baseUrl, browser, page } = demo);
  });

  afterAll(() => demo?.close());

  it('shows the officer the quotas, the 2024 verdict and seed 000\'s changes from 2023', async () => {
    await page.goto(`${baseUrl}/`);
    await signIn(page, 'officer', TEST_PASSWORD);
    await openFromMenu(page, '环境管理台账', '总量控制', /\/registers\/quotas$/);
    await choose(page.locator('.ant-select', { has: page.getByRole('combobox', { name: '年度' }) }), '2024年');
    const quotas = card('总量控制指标');
    await expect.poll(() => quotas.locator('tr.ant-table-row').count()).toBe(4);
    expect(await quotas.innerText()).toContain('湘环评函[2014]89号');
    expect((await quotas.locator('tr.ant-table-row').allInnerTexts()).map((t) => t.split('\t').slice(0, 2).join(' '))).toEqual(['化学需氧量 300', '氨氮 40', '二氧化硫 500', '氮氧化物 750']);
    await expect.poll(() => page.getByTestId('quota-verdict').innerText()).toBe('2024年污染物排放量在总量控制范围以内');
    const cod = card('2024年总量控制情况').locator('tr.ant-table-row').first();
    // 90.59/300 = 30.20 %, 300 − 90.59 = 209.41
    for (const text of ['化学需氧量', '90.59', '园区公布总量', '300', '30.20%', '209.41', '在指标以内']) expect(await cod.innerText()).toContain(text);
    expect(await page.getByTestId('emission-sentence').innerText()).toBe('相较于2023年，2024年化学需氧量排放量下降5.96%、氨氮排放量下降4.86%、二氧化硫排放量下降7.21%、氮氧化物排放量下降6.20%。');
    expect(await card('与2023年比较').locator('.ant-tag').allInnerTexts()).toEqual(['下降 5.96%', '下降 4.86%', '下降 7.21%', '下降 6.20%']);
    await expect.poll(() => page.locator('canvas').count()).toBeGreaterThan(0);
    await shot('2024');
    expect(browser.pageErrors).toEqual([]);
  });

  it('turns the verdict to 超出 when the officer changes the published COD total to 312.5 t/a', async () => {
    await page.getByRole('button', { name: '修改园区公布总量化学需氧量' }).click();
    const modal = page.locator('.ant-modal-content', { has: page.locator('.ant-modal-title', { hasText: '修改2024年排放量' }) });
    await modal.getByLabel('排放量').fill('312.5');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => page.getByTestId('quota-verdict').innerText()).toBe('2024年超出总量控制指标的污染物：化学需氧量（超出12.5 t/a）');
    expect(await card('2024年总量控制情况').locator('tr.ant-table-row').first().innerText()).toContain('超出指标');
    // (312.5 − 96.33)/96.33 = 224.4057… % → 224.41
    expect(await page.getByTestId('emission-sentence').innerText()).toContain('化学需氧量排放量上升224.41%');
    await shot('over');
  });

  it("adds an enterprise row: the enterprises' sum becomes the park total, and its difference from the published one shows", async () => {
    await page.getByRole('button', { name: /新\s*增/ }).click();
    const modal = page.locator('.ant-modal-content', { has: page.locator('.ant-modal-title', { hasText: '新增2024年排放量' }) });
    // 50 enterprises: the list is virtual, so the officer searches.
    await modal.getByRole('combobox', { name: '企业' }).fill('顺隆');
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '湖南顺隆能源有限公司' }).click();
    await modal.getByLabel('排放量').fill('60');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    const pivot = page.getByTestId('enterprise-emissions');
    await expect.poll(() => pivot.locator('tr.ant-table-row').count()).toBe(3);
    expect((await pivot.locator('tr.ant-table-row').allInnerTexts()).map((t) => t.split('\t').map((c) => c.trim()).filter(Boolean).join(' '))).toEqual([
      '1 湖南顺隆能源有限公司 60',
      '企业合计（1家） 60',
      '园区公布总量 312.5 1.37 16.35 13.02',
    ]);
    // COD: one enterprise, 60 t/a; published 312.5 − 60 = 252.5
    const cod = await card('2024年总量控制情况').locator('tr.ant-table-row').first().innerText();
    for (const text of ['60', '1家企业合计', '与公布总量312.5相差252.5', '在指标以内']) expect(cod).toContain(text);
    await shot('enterprise');
  });

  it('lets a reviewer read the page without 新增 or 导入', async () => {
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/`);
    await signIn(page, 'hunan', TEST_PASSWORD);
    await page.goto(`${baseUrl}/registers/quotas`);
    await expect.poll(() => card('总量控制指标').locator('tr.ant-table-row').count()).toBe(4);
    expect(await page.getByRole('button', { name: /新增|导入排放量|修改指标/ }).count()).toBe(0);
  });
});

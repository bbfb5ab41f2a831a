/**
 * 监测计划 in a real browser: the park officer opens 在线监测 → 监测计划 for 2024 and finds table 3 of the demo park,
 * every row 已落实 from the synthetic lab results, with planned and done per point on hover and in the expanded row;
 * adds a pollution-source item counted per quarter (部分落实: two of four quarters sampled), after a frequency the
 * platform cannot read is refused; deletes it; copies 2024 to 2025 (all 未落实 there) and again with 替换; a reviewer
 * sees the plan without 新增, 编辑, 删除 or 复制.
 *
 * The built web app is served by the real server on a loopback port over a PGlite store holding the demo park. This
 * file skips itself without web/dist or Debian's chromium. Screenshots: test-output/screenshots/plan-*.png.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, canRunBrowser, chooseOption, fullPageShot, openFromMenu, signIn } from '../helpers/browser.js';
import { TEST_PASSWORD } from '../helpers/demoApp.js';
import { serveDemo, type ServedDemo } from '../helpers/servedDemo.js';

describe.skipIf(!canRunBrowser)('监测计划 in the browser', () => {
  let page: Page;
  let baseUrl: string;
  let browser: Browser;
  let demo: ServedDemo;

  /** Rows of the plan table (those with a 落实情况 tag), not of the per-point tables of expanded rows. */
  const rows = () => page.locator('tr.ant-table-row', { has: page.locator('[data-testid^="status-"]') });
  const row = (text: string) => rows().filter({ hasText: text });
  const statuses = async () => (await rows().locator('[data-testid^="status-"]').allInnerTexts()).map((t) => t.trim());
  const modal = () => page.locator('.ant-modal-content', { has: page.locator('.ant-modal-title', { hasText: /监测计划项/ }) });
  const choose = (field: Locator, option: string) => chooseOption(page, field, option);
  const formSelect = (label: string) => modal().locator('.ant-form-item', { has: page.locator('label', { hasText: label }) }).locator('.ant-select');
  const chooseYear = (year: number) => choose(page.locator('.ant-select', { has: page.getByRole('combobox', { name: '计划年度' }) }), `${year}年`);
  const shot = (name: string, settle = 500) => fullPageShot(page, `plan-${name}`, settle);

  beforeAll(async () => {
    demo = await serveDemo();
    ({ baseUrl, browser, page } = demo);
  });

  afterAll(() => demo?.close());

  it('shows the officer table 3 of 2024 under 在线监测 → 监测计划, every row 已落实, planned and done per point', async () => {
    await page.goto(`${baseUrl}/`);
    await signIn(page, 'officer', TEST_PASSWORD);
    await openFromMenu(page, '在线监测', '监测计划', /\/monitoring\/plan$/);
    await chooseYear(2024);
    await expect.poll(() => rows().count()).toBe(8);
    expect(await statuses()).toEqual(Array(8).fill('已落实'));
    const air = await rows().first().innerText();
    for (const text of ['环境空气', '园区上风向1000m、下风向500m、1000m各一个监测点', '每年监测两期，每次连续监测3-5天，每天1次', '每年2期（全年计）', 'GB3095-2012']) expect(air).toContain(text);
    expect(await row('1次/半年').first().innerText()).toContain('每年2期（每半年一期）');
    // 环境空气 spans its three rows, as table 3 prints it.
    expect(await rows().first().locator('td[rowspan="3"]').innerText()).toBe('环境空气');
    await rows().first().locator('[data-testid^="status-"]').hover();
    await expect.poll(() => page.locator('.ant-tooltip:not(.ant-tooltip-hidden)').innerText()).toContain('上风向1000m：计划2期，完成2期');
    await rows().first().locator('.ant-table-row-expand-icon').click();
    const expanded = page.locator('.ant-table-expanded-row').first();
    await expect.poll(() => expanded.innerText()).toContain('第1期：2024-04-15 至 2024-04-19（5天）');
    expect(await expanded.innerText()).toContain('第2期：2024-10-14 至 2024-10-18（5天）');
    await shot('list', 800);
    await rows().first().locator('.ant-table-row-expand-icon').click();
  });

  it('adds a pollution-source item counted per quarter (two of four quarters sampled: 部分落实), after refusing a frequency it cannot read', async () => {
    await page.getByRole('button', { name: /新增计划项/ }).click();
    await modal().waitFor();
    await choose(formSelect('监测对象'), '污染源');
    await choose(formSelect('监测点位（本园区点位）'), '工业污水处理厂');
    // A multiple select stays open after a choice: a click on the title closes it.
    await modal().locator('.ant-modal-title').click();
    await expect.poll(() => modal().getByLabel('监测点位（表中文字）').inputValue()).toBe('工业污水处理厂');
    await modal().getByLabel('监测项目').fill('氨、硫化氢、臭气浓度');
    await modal().getByLabel('监测频次').fill('按需监测');
    await expect.poll(() => modal().getByTestId('frequency-reading').innerText()).toBe('监测频次无法推算期数，请填写每年期数');
    await page.getByRole('button', { name: /新\s*增/ }).last().click();
    const frequencyError = modal().locator('.ant-form-item', { has: page.getByLabel('监测频次', { exact: true }) }).locator('.ant-form-item-explain-error');
    await expect.poll(() => frequencyError.innerText()).toContain('监测频次“按需监测”无法识别每年监测期数');
    await shot('form-error');
    await modal().getByLabel('监测频次').fill('每季度一次');
    await expect.poll(() => modal().getByTestId('frequency-reading').innerText()).toBe('按监测频次推算为每年 4 期；不填即采用');
    await page.getByRole('button', { name: /新\s*增/ }).last().click();
    await modal().waitFor({ state: 'detached' });
    await expect.poll(() => rows().count()).toBe(9);
    // The plant's campaigns begin 15 April (second quarter) and 14 October (fourth): 2 of 4.
    const added = row('氨、硫化氢、臭气浓度');
    expect(await added.innerText()).toContain('每年4期（每季度一期）');
    expect(await added.locator('[data-testid^="status-"]').innerText()).toBe('部分落实');
    await added.locator('.ant-table-row-expand-icon').click();
    await expect.poll(() => page.locator('.ant-table-expanded-row:visible', { hasText: '工业污水处理厂' }).innerText()).toMatch(/工业污水处理厂\s+4\s+2\s+部分落实/);
    await shot('added', 800);
  });

  it('deletes the item once the officer confirms', async () => {
    await row('氨、硫化氢、臭气浓度').getByRole('button', { name: /删\s*除/ }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /删\s*除/ }).click();
    await expect.poll(() => rows().count()).toBe(8);
  });

  it('copies 2024 to 2025, where nothing was sampled (未落实), and again only when told to replace', async () => {
    await chooseYear(2025);
    await expect.poll(() => page.locator('.ant-empty-description').innerText()).toContain('2025年尚无监测计划');
    await page.getByRole('button', { name: /从上一年复制/ }).click();
    await expect.poll(() => rows().count()).toBe(8);
    await expect.poll(statuses).toEqual(Array(8).fill('未落实'));
    await shot('copied', 800);
    await page.getByRole('button', { name: /从上一年复制/ }).click();
    const confirm = page.locator('.ant-modal-confirm');
    await expect.poll(() => confirm.innerText()).toContain('2025年已有监测计划（8项）');
    await confirm.getByRole('button', { name: /替\s*换/ }).click();
    await expect.poll(() => page.locator('.ant-message').innerText()).toContain('已从2024年复制8项监测计划（替换原有8项）');
    await expect.poll(() => rows().count()).toBe(8);
  });

  it('shows the reviewer the plan without 新增, 编辑, 删除 or 复制', async () => {
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/`);
    await signIn(page, 'hunan', TEST_PASSWORD);
    await page.goto(`${baseUrl}/monitoring/plan`);
    await chooseYear(2024);
    await expect.poll(() => rows().count()).toBe(8);
    for (const name of [/新增计划项/, /编\s*辑/, /删\s*除/, /从上一年复制/]) expect(await page.getByRole('button', { name }).count()).toBe(0);
    await shot('reviewer', 800);
  });

  it('raised no uncaught errors in the page', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});

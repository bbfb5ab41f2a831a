/**
 * 准入审核 in a real browser: the park officer opens 环境管理台账 → 准入审核, finds the demo park's seven rules
 * (seed 000 tables 1 and 4), screens a circuit-board project in 云鹤工业园 (不通过, the 云鹤 prohibition in red),
 * saves a furniture coating line with VOCs (附条件通过, the VOCs restriction in orange) and sees it counted in the
 * year; adds a rule and deletes it; a rules file with a bad trigger kind is refused naming the rule and field.
 *
 * The built web app is served by the real server on a loopback port over a PGlite store holding the demo park. This
 * file skips itself without web/dist or Debian's chromium. Screenshots: test-output/screenshots/admission-*.png.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiYear } from '../../src/domain/report/reportingYear.js';
import { type Browser, canRunBrowser, fullPageShot, openBrowser, openFromMenu, signIn, tick } from '../helpers/browser.js';
import { TEST_PASSWORD } from '../helpers/demoApp.js';
import { serveDemo, type ServedDemo } from '../helpers/servedDemo.js';

describe.skipIf(!canRunBrowser)('准入审核 in the browser', () => {
  let page: Page;
  let baseUrl: string;
  let browser: Browser;
  let demo: ServedDemo;
  const dir = mkdtempSync(join(tmpdir(), 'parkeco-admission-e2e-'));

  const rulesCard = () => page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: '园区准入条件' }) });
  const ruleRows = () => rulesCard().locator('tr.ant-table-row');
  const outcome = () => page.getByTestId('screening-outcome');
  const field = (label: string) => page.locator('.ant-form-item', { has: page.locator('label', { hasText: label }) });
  const shot = (name: string) => fullPageShot(page, `admission-${name}`, 400);
  /** Opens the select named `label` and picks an option by its text. */
  const pick = async (label: string, option: string) => {
    await page.getByRole('combobox', { name: label }).click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: option }).first().click();
    await page.keyboard.press('Escape');
  };
  const industry = () => page.getByRole('combobox', { name: '行业代码' });

  beforeAll(async () => {
    demo = await serveDemo();
    ({ baseUrl, browser, page } = demo);
  });

  afterAll(async () => {
    await demo?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the officer the demo park\'s seven rules under 环境管理台账 → 准入审核', async () => {
    await page.goto(`${baseUrl}/`);
    await signIn(page, 'officer', TEST_PASSWORD);
    await openFromMenu(page, '环境管理台账', '准入审核', /\/registers\/admission$/);
    await expect.poll(() => ruleRows().count()).toBe(7);
    expect(await ruleRows().first().innerText()).toContain('禁止涉重金属企业入驻');
    expect(await rulesCard().innerText()).toContain('云鹤工业园');
  });

  it('screens a circuit-board project in 云鹤工业园: 不通过, the prohibition in red with its source', async () => {
    await page.getByLabel('项目名称').fill('年产30万平方米印制电路板项目');
    await industry().fill('C3982');
    await page.keyboard.press('Tab');
    await pick('所在片区', '云鹤工业园');
    await page.getByRole('button', { name: /审\s*核$/ }).click();
    await expect.poll(() => outcome().innerText()).toContain('不通过');
    const hit = page.getByTestId('rule-hit-yunhe-electronic-components');
    expect(await hit.innerText()).toContain('云鹤工业园禁止引入电子元器件和印刷线路板产业');
    expect(await hit.innerText()).toContain('空间布局约束');
    expect(await hit.locator('.ant-tag').first().evaluate((e) => e.className)).toContain('ant-tag-red');
    await shot('fail');
  });

  it('saves a furniture coating line with VOCs: 附条件通过 in orange, counted in this year', async () => {
    await page.getByLabel('项目名称').fill('家具涂装生产线项目');
    await page.getByLabel('建设单位').fill('祁东某家具有限公司');
    await industry().fill('C2110');
    await page.keyboard.press('Tab');
    // Replace 云鹤工业园 by 归阳工业园.
    await field('所在片区').locator('.ant-select-selection-item-remove').first().click();
    await pick('所在片区', '归阳工业园');
    await tick(page.getByLabel('涉VOCs排放'));
    await page.getByRole('button', { name: '审核并保存记录' }).click();
    await expect.poll(() => outcome().innerText()).toContain('附条件通过');
    expect(await page.getByTestId('rule-hit-vocs').locator('.ant-tag').first().evaluate((e) => e.className)).toContain('ant-tag-orange');
    expect(await outcome().innerText()).toContain(`已保存为${shanghaiYear(new Date())}年审核记录`);
    await expect.poll(() => page.getByTestId('screening-sentence').innerText()).toContain('新引进的1个项目均通过了环保审核（其中1个附条件通过）');
    const record = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: '年度审核记录' }) }).locator('tr.ant-table-row');
    expect(await record.innerText()).toContain('家具涂装生产线项目');
    await shot('saved');
  });

  it('adds a rule through the form and deletes it; a rules file with a bad trigger kind is refused naming rule and field', async () => {
    await rulesCard().getByRole('button', { name: '新增规则' }).click();
    const modal = page.locator('.ant-modal-content', { has: page.locator('.ant-modal-title', { hasText: '新增准入规则' }) });
    await modal.getByLabel('规则编号').fill('chemicals');
    await modal.getByText('限制（附条件通过）').click();
    await modal.getByRole('combobox', { name: '行业代码' }).fill('C26');
    await page.keyboard.press('Enter');
    await modal.getByLabel('条文原文').fill('严格限制化学原料和化学制品制造项目');
    await modal.getByLabel('来源').fill('测试文件');
    await shot('rule-form');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => ruleRows().count()).toBe(8);
    expect(await ruleRows().nth(7).innerText()).toContain('行业 C26');

    await ruleRows().nth(7).getByRole('button', { name: /删\s*除/ }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /删\s*除/ }).click();
    await expect.poll(() => ruleRows().count()).toBe(7);

    const bad = join(dir, '准入条件.json');
    writeFileSync(bad, JSON.stringify({ subAreas: [], rules: [{ id: 'x', effect: 'prohibited', trigger: { kind: 'chemical' }, subArea: null, wording: '禁止', source: '文件' }] }));
    await rulesCard().locator('input[type=file]').setInputFiles(bad);
    const problems = page.getByTestId('rules-problems');
    await expect.poll(() => problems.innerText()).toContain('准入条件.json：准入条件有误，未保存任何修改');
    expect(await problems.innerText()).toContain('第1条规则 trigger.kind：触发条件类型应为 industry、heavyMetals、vocs、airPolluting、landClass 之一（值"chemical"）');
    expect(await ruleRows().count()).toBe(7);
    await shot('rules');

    // The saved screening, deleted as entered by mistake: the year has none left.
    const records = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: '年度审核记录' }) });
    await records.locator('tr.ant-table-row').getByRole('button', { name: /删\s*除/ }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /删\s*除/ }).click();
    await expect.poll(() => page.getByTestId('screening-sentence').innerText()).toContain('本年度无拟引进项目的环保审核');
    expect(browser.pageErrors).toEqual([]);
  });

  it('a reviewer (湖南省生态环境厅) screens and reads, with nothing to save or edit', async () => {
    const reviewer = await openBrowser();
    try {
      page = reviewer.page;
      await page.goto(`${baseUrl}/`);
      await signIn(page, 'hunan', TEST_PASSWORD);
      await page.goto(`${baseUrl}/registers/admission`);
      await expect.poll(() => ruleRows().count()).toBe(7);
      await industry().fill('C3360');
      await page.keyboard.press('Tab');
      await tick(page.getByLabel('涉重金属'));
      await page.getByRole('button', { name: /审\s*核$/ }).click();
      await expect.poll(() => outcome().innerText()).toContain('不通过');
      expect(await page.getByTestId('rule-hit-heavy-metals').innerText()).toContain('禁止涉重金属企业入驻');
      expect(await page.getByRole('button', { name: '审核并保存记录' }).count()).toBe(0);
      expect(await rulesCard().getByRole('button', { name: '新增规则' }).count()).toBe(0);
      expect(await ruleRows().first().getByRole('button', { name: /编\s*辑/ }).count()).toBe(0);
      await shot('reviewer');
      expect(reviewer.pageErrors).toEqual([]);
    } finally {
      await reviewer.close();
      page = browser.page;
    }
  });
});

/**
 * 环境管理情况 in a real browser: the park officer opens 环境管理台账 → 环境管理情况 for 2024 and finds seed 000's facts
 * (归阳镇污水处理厂, 一期10000 m³/d, 管山村断面 Ⅱ类, 9 waste-gas enterprises) with the emission ledger's note that it
 * has no enterprise rows; a coverage above 100 is refused beside its field; a changed count is saved and read back;
 * 2025 starts empty, is carried over from 2024 (marked until saved) and saved; a reviewer sees the form read-only.
 *
 * The built web app is served by the real server on a loopback port over a PGlite store holding the demo park. This
 * file skips itself without web/dist or Debian's chromium. Screenshots: test-output/screenshots/facts-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/client.js';
import { getParkRowByCode } from '../../src/store/queries/parks.js';
import { listEnterpriseIdentities } from '../../src/store/queries/wasteLedger.js';
import { emissionRecords } from '../../src/store/schema/index.js';
import { type Browser, canRunBrowser, fullPageShot, openFromMenu, signIn } from '../helpers/browser.js';
import { TEST_PASSWORD } from '../helpers/demoApp.js';
import { serveDemo, type ServedDemo } from '../helpers/servedDemo.js';

describe.skipIf(!canRunBrowser)('环境管理情况 in the browser', () => {
  let store: Store;
  let page: Page;
  let baseUrl: string;
  let browser: Browser;
  let demo: ServedDemo;

  const chooseYear = async (year: number) => {
    const field = page.locator('.ant-select', { has: page.getByRole('combobox', { name: '年度' }) });
    const shown = async () => ((await field.locator('.ant-select-selection-item').count()) ? await field.locator('.ant-select-selection-item').innerText() : '');
    await expect
      .poll(async () => {
        if ((await shown()).includes(`${year}年`)) return true;
        await field.locator('.ant-select-selector').click({ timeout: 3000 });
        await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: `${year}年` }).first().click({ timeout: 3000 });
        return (await shown()).includes(`${year}年`);
      })
      .toBe(true);
  };
  const plant = (n: number) => page.getByTestId(`plant-${n}`);
  const input = (label: string | RegExp) => page.getByLabel(label, { exact: typeof label === 'string' });
  const shot = (name: string) => fullPageShot(page, `facts-${name}`, 500);

  beforeAll(async () => {
    demo = await serveDemo();
    ({ store, baseUrl, browser, page } = demo);
  });

  afterAll(() => demo?.close());

  it('shows the officer seed 000\'s 2024 facts under 环境管理台账 → 环境管理情况, with the ledger\'s note', async () => {
    await page.goto(`${baseUrl}/`);
    await signIn(page, 'officer', TEST_PASSWORD);
    await openFromMenu(page, '环境管理台账', '环境管理情况', /\/registers\/facts$/);
    await chooseYear(2024);
    await expect.poll(() => plant(1).getByLabel('名称', { exact: true }).inputValue()).toBe('归阳镇污水处理厂');
    expect(await plant(1).getByLabel('设计规模期次').inputValue()).toBe('一期');
    expect(await plant(1).getByLabel('设计处理规模').inputValue()).toBe('10000');
    expect(await plant(1).getByLabel('实际处理规模').inputValue()).toBe('4000');
    expect(await plant(1).getByLabel('污水处理工艺').inputValue()).toBe('A/A/C氧化沟工艺');
    expect(await plant(1).innerText()).toContain('依托城镇污水处理厂');
    expect(await input('工业废水总排放量').inputValue()).toBe('2778');
    expect(await input('涉及工业废水外排企业数量（填报）').inputValue()).toBe('8');
    expect(await input('断面名称').inputValue()).toBe('管山村断面');
    expect(await page.getByTestId('facts-water').innerText()).toContain('Ⅱ类');
    expect(await page.getByLabel('无超标因子').isChecked()).toBe(true);
    expect(await input('涉及工业废气外排企业数量（填报）').inputValue()).toBe('9');
    expect(await input('污染地块数量').inputValue()).toBe('0');
    expect(await page.getByTestId('ledger-wastewater').innerText()).toBe('排放台账本年无企业的化学需氧量、氨氮排放量，报告采用填报数');
    expect(await page.getByTestId('last-saved').innerText()).toContain('最后保存：test');
    await shot('2024');
  });

  it('refuses a coverage above 100 beside its field, then saves a changed count and reads it back', async () => {
    await input('污水管网覆盖率').fill('120');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    const error = page.locator('.ant-form-item', { has: input('污水管网覆盖率') }).locator('.ant-form-item-explain-error');
    await expect.poll(() => error.innerText()).toBe('不能大于100');
    await shot('error');
    await input('污水管网覆盖率').fill('100');
    await input('涉及工业废气外排企业数量（填报）').fill('10');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => page.locator('.ant-message').innerText()).toContain('已保存2024年环境管理情况');
    await expect.poll(() => page.getByTestId('last-saved').innerText()).toContain('最后保存：officer');
    await page.getByRole('button', { name: /刷\s*新/ }).click();
    await expect.poll(() => input('涉及工业废气外排企业数量（填报）').inputValue()).toBe('10');
  });

  it('starts 2025 from 2024 (沿用上年), marked carried over until saved, with the ledger\'s 2025 count beside the entered one', async () => {
    // Two enterprises with 2025 COD/NH3-N rows in the emission ledger (and the park's published total, not counted).
    const park = (await getParkRowByCode(store.db, 'S437012'))!;
    const [a, b] = await listEnterpriseIdentities(store.db, park.id);
    const row = (enterpriseId: number | null, pollutantKey: string, pollutantName: string, tonnesPerYear: string) => ({
      parkId: park.id, year: 2025, enterpriseId, pollutantKey, pollutantName, tonnesPerYear, source: 'entered', updatedBy: 'test',
    });
    await store.db.insert(emissionRecords).values([row(a!.id, 'COD', '化学需氧量', '1.2'), row(b!.id, 'NH3-N', '氨氮', '0.1'), row(null, 'COD', '化学需氧量', '90.59')]);
    await chooseYear(2025);
    await expect.poll(() => page.getByTestId('not-entered').innerText()).toContain('2025年尚未填写环境管理情况');
    await page.getByRole('button', { name: /沿用2024年/ }).click();
    await expect.poll(() => page.getByTestId('carried-over').innerText()).toContain('以下为沿用2024年的数据，尚未确认');
    expect(await plant(1).getByLabel('名称', { exact: true }).inputValue()).toBe('归阳镇污水处理厂');
    expect(await input('涉及工业废气外排企业数量（填报）').inputValue()).toBe('10');
    expect(await page.getByTestId('ledger-wastewater').innerText()).toBe(`排放台账统计：2个（${a!.name}、${b!.name}），报告采用台账数\n与填报数8个不一致`);
    await shot('carried');
    await input('工业废水总排放量').fill('2900');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => page.getByTestId('carried-over').count()).toBe(0);
    expect(await input('工业废水总排放量').inputValue()).toBe('2900');
    expect(browser.pageErrors).toEqual([]);
  });

  it('shows a reviewer the facts read-only', async () => {
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/`);
    await signIn(page, 'hunan', TEST_PASSWORD);
    await page.goto(`${baseUrl}/registers/facts`);
    await chooseYear(2024);
    await expect.poll(() => plant(1).getByLabel('名称', { exact: true }).inputValue()).toBe('归阳镇污水处理厂');
    expect(await plant(1).getByLabel('名称', { exact: true }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /保\s*存/ }).count()).toBe(0);
    await shot('reviewer');
  });
});

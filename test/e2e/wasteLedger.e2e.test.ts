/**
 * 固体废物台账 in a real browser: the park officer opens 环境管理台账 → 固体废物台账 for 2024 and finds seed 000's table
 * 10 (36 enterprises, the 合计 row 80.60 / 7.05 / 51.40 / 22.15 and 18.04 t/a, the two manifest flags on rows without
 * hazardous waste marked), the totals and the bar chart; imports a workbook for 2023 whose first name is misspelled
 * and whose first row does not balance: the preview proposes the nearest enterprise, the import waits until the user
 * confirms it, then the row is in the table under the file's name with its unbalanced cells marked.
 *
 * The built web app is served by the real server on a loopback port over a PGlite store holding the demo park. This
 * file skips itself without web/dist or Debian's chromium. Screenshots: test-output/screenshots/waste-*.png.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED000_WASTE_TABLE_AS_FILED } from '../fixtures/seed000Waste.js';
import { type Browser, canRunBrowser, chooseOption, fullPageShot, openFromMenu, signIn } from '../helpers/browser.js';
import { TEST_PASSWORD } from '../helpers/demoApp.js';
import { wasteWorkbook } from '../helpers/wasteWorkbook.js';
import { serveDemo, type ServedDemo } from '../helpers/servedDemo.js';

describe.skipIf(!canRunBrowser)('固体废物台账 in the browser', () => {
  let page: Page;
  let baseUrl: string;
  let browser: Browser;
  let demo: ServedDemo;

  const table = () => page.getByTestId('waste-table');
  const bodyRows = () => table().locator('tr.ant-table-row');
  const modal = () => page.locator('.ant-modal-content', { has: page.locator('.ant-modal-title', { hasText: '导入固体废物处置清单' }) });
  const shot = (name: string) => fullPageShot(page, `waste-${name}`, 600);
  const choose = (field: Locator, option: string) => chooseOption(page, field, option);
  const chooseYear = (year: number) => choose(page.locator('.ant-select', { has: page.getByRole('combobox', { name: '台账年度' }) }), `${year}年`);

  beforeAll(async () => {
    demo = await serveDemo({ simulatedYear: false });
    ({ baseUrl, browser, page } = demo);
  });

  afterAll(() => demo?.close());

  it('shows the officer table 10 of 2024 with its 合计 row, the two manifest flags marked, the totals and the chart', async () => {
    await page.goto(`${baseUrl}/`);
    await signIn(page, 'officer', TEST_PASSWORD);
    await openFromMenu(page, '环境管理台账', '固体废物台账', /\/registers\/waste$/);
    await chooseYear(2024);
    await expect.poll(() => bodyRows().count()).toBe(36);
    // Row 6 of table 10 (seed line 1000–1010) and the 合计 row as the seed prints them, to 0.01 t.
    expect((await bodyRows().nth(5).locator('td').allInnerTexts()).map((t) => t.trim())).toEqual([
      '6', '湖南领湃新能源科技有限公司', '43.10', '0', '43.10', '0', '4.00', '0', '0', '4.00', '√', '—',
    ]);
    const total = (await table().locator('.waste-total-row td').allInnerTexts()).map((t) => t.trim());
    expect(total).toEqual(['合计', '80.60', '7.05', '51.40', '22.15', '18.04', '0', '0', '18.04', '16家', '']);
    // Rows 9 and 15: flagged 涉危废转移清单企业 with no hazardous waste.
    expect(await page.getByTestId('waste-manifest-flag').count()).toBe(2);
    expect(await bodyRows().nth(8).getByTestId('waste-manifest-flag').count()).toBe(1);
    expect(await page.getByTestId('waste-findings').innerText()).toContain('第9行 湖南荣晟昌新材料科技有限公司 标为涉危废转移清单企业，但危险废物产生量为 0');
    const cards = await page.locator('.ant-card').first().innerText();
    expect(cards).toContain('35');
    expect(await page.locator('canvas').count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: /导出表10/ }).getAttribute('href')).toBe('/api/parks/S437012/waste-ledger/export.xlsx?year=2024');
    await shot('2024');
  });

  it('imports a workbook with a misspelled name only once the proposed enterprise is confirmed; the unbalanced row is marked', async () => {
    await chooseYear(2023);
    await expect.poll(() => page.getByText('2023年尚无固体废物台账').count()).toBe(1);
    const rows = [
      ...SEED000_WASTE_TABLE_AS_FILED.slice(0, 3),
      ['1', '衡阳市富祺德科学仪器有限公司', '0.40', '0', '0', '0.30', '0.10', '0', '0', '0.10', '√'],
      SEED000_WASTE_TABLE_AS_FILED[4]!,
    ];
    await page.locator('input[type=file]').setInputFiles({
      name: '2023表10.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await wasteWorkbook(rows),
    });
    await expect.poll(() => modal().getByTestId('waste-name-links').locator('tr.ant-table-row').count()).toBe(2);
    const proposal = await modal().getByTestId('waste-name-links').locator('tr.ant-table-row').first().innerText();
    for (const text of ['衡阳市富祺德科学仪器有限公司', '待确认', '建议：衡阳市富比德科学仪器有限公司（相差一个字）']) expect(proposal).toContain(text);
    expect(await modal().innerText()).toContain('第1行 衡阳市富祺德科学仪器有限公司 的一般工业固体废物不平衡');
    const ok = modal().getByRole('button', { name: /确认名称并导入/ });
    expect(await ok.isDisabled()).toBe(true);
    await shot('preview');

    await choose(modal().locator('.ant-select', { has: page.getByRole('combobox', { name: '确认 衡阳市富祺德科学仪器有限公司' }) }), '衡阳市富比德科学仪器有限公司');
    expect(await modal().getByTestId('waste-name-links').locator('tr.ant-table-row').first().innerText()).toContain('已确认');
    await expect.poll(() => ok.isDisabled()).toBe(false);
    await ok.click();
    await expect.poll(() => page.getByTestId('waste-import-summary').count()).toBe(1);
    await expect.poll(() => bodyRows().count()).toBe(2);
    expect(await bodyRows().first().innerText()).toContain('衡阳市富比德科学仪器有限公司');
    // 0.40 generated, 0 + 0 + 0.30 handled: the general-waste cells of row 1 in red.
    expect(await bodyRows().first().locator('td.waste-cell-unbalanced').count()).toBe(4);
    expect(await page.getByTestId('waste-findings').innerText()).toContain('相差 0.1 t/a');
    expect(browser.pageErrors).toEqual([]);
    await shot('imported');
  });
});

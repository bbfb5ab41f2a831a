/**
 * The annual report in the browser (issue 9): the HTML preview rendered from the report model, each figure's
 * provenance on hover, a paragraph replaced by the officer's own words, the report check (报告检查) finding the
 * number those words get wrong and linking to them, and the way back to the generated paragraph. A reviewer reads
 * the same preview without edit buttons.
 *
 * The demo park's ledger (table 1.3-1 of seed 000) gives 35 enterprises with completed acceptance. The page's clock
 * is fixed at 2025-06-01 (Shanghai), so every page starts at the report year 2024.
 * Screenshots: test-output/screenshots/reports-*.png.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/services/context.js';
import { listEnterprises } from '../../src/services/enterprises/listEnterprises.js';
import { setReportText } from '../../src/services/reports/reportTexts.js';
import type { Store } from '../../src/store/client.js';
import { canRunBrowser, openBrowser, screenshots, signIn, webRoot, type Browser } from '../helpers/browser.js';
import { createDemoApp, TEST_PASSWORD } from '../helpers/demoApp.js';

const GENERATED_CLAUSE = '园区内已完成环保竣工验收手续企业数量35个';
const WRITTEN_CLAUSE = '园区内已完成环保竣工验收手续企业数量39个';
const LINGPAI = '湖南领湃新能源科技有限公司';

describe.skipIf(!canRunBrowser)('the annual report in the browser: preview, written text and report check', () => {
  let store: Store;
  let app: FastifyInstance;
  let page: Page;
  let baseUrl: string;
  let browser: Browser;

  /** The paragraph above table 1.3-1. */
  const ledgerParagraph = () => page.locator('[data-block="1.ledger"]');
  const dialog = () => page.getByRole('dialog');
  const shot = async (name: string, fullPage = true) => {
    await page.waitForTimeout(400); // popovers, dialogs and messages animate in
    await page.screenshot({ path: join(screenshots, `reports-${name}.png`), fullPage });
  };

  const signInAs = async (username: string) => {
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/`);
    await signIn(page, username, TEST_PASSWORD);
  };

  beforeAll(async () => {
    ({ store, app } = await createDemoApp('pglite', webRoot));
    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await openBrowser({ acceptDownloads: true });
    page = browser.page;
    await page.clock.setSystemTime(new Date('2025-06-01T02:00:00Z'));
    await signInAs('officer');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  it('previews the report as the .docx prints it, with each figure telling where it came from', async () => {
    await page.getByRole('menuitem', { name: '报告' }).click();
    await page.getByRole('tab', { name: '报告预览' }).click();
    expect(new URL(page.url()).pathname).toBe('/reports/preview');
    await page.getByRole('heading', { name: '湖南祁东高新技术产业开发区2024年度生态环境管理自评估报告' }).waitFor();
    await page.getByRole('heading', { name: '一、园区概况' }).waitFor();
    expect(await ledgerParagraph().innerText()).toContain(GENERATED_CLAUSE);

    // Table 1.3-1: an enterprise with two EIA approvals spans two rows; 在建企业 is a section row across all columns.
    const table = page.locator('[data-block="ledger"]');
    await table.getByText('表1.3-1 园区企业环保执行情况汇总表').waitFor();
    expect(await table.locator('td[rowspan="2"]', { hasText: LINGPAI }).count()).toBe(1);
    expect(await table.locator('tr.is-section td[colspan="8"]', { hasText: '在建企业' }).count()).toBe(1);

    // The narrative chapters are not written yet: the preview shows where they go.
    await page.getByRole('heading', { name: '三、园区环保工作成效、主要措施做法' }).waitFor();
    expect(await page.locator('[data-block="3"]').innerText()).toContain('本章尚未编写');

    const done = ledgerParagraph().locator('[data-run="ledger.acceptance.done"]');
    expect(await done.innerText()).toBe('35个');
    await done.hover();
    const card = page.locator('.ant-popover:visible');
    await card.getByText('应验收的环评批复均已验收的入园企业').waitFor();
    expect(await card.innerText()).toContain('计入的企业（35 家）');
    const ctx = systemContext(store.db, 'test');
    const [lingpai] = (await listEnterprises(ctx, 'S437012', { q: LINGPAI })).items;
    expect(await card.getByRole('link', { name: LINGPAI }).getAttribute('href')).toBe(`/enterprises/${lingpai.id}`);
    await shot('preview-provenance', false);
    await page.mouse.move(0, 0);
    await shot('preview');
  });

  it('prints the text the officer writes in place of the paragraph above table 1.3-1', async () => {
    await ledgerParagraph().getByRole('button', { name: /编\s*辑/ }).click();
    const text = dialog().getByLabel('段落文字');
    expect(await text.inputValue()).toContain(GENERATED_CLAUSE);
    // The server's own word on what it refuses, under the field.
    await text.fill('长'.repeat(20001));
    await dialog().getByRole('button', { name: /保\s*存/ }).click();
    await dialog().getByText('文字不能超过20000个字').waitFor();
    await dialog().getByRole('button', { name: '以此为起点' }).click();
    await text.fill((await text.inputValue()).replace(GENERATED_CLAUSE, WRITTEN_CLAUSE));
    await shot('editor', false);
    await dialog().getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('报告文字已保存').waitFor();

    await ledgerParagraph().getByText(WRITTEN_CLAUSE, { exact: false }).waitFor();
    const paragraph = await ledgerParagraph().innerText();
    expect(paragraph).not.toContain(GENERATED_CLAUSE);
    expect(paragraph).toContain('已编辑');
    expect(paragraph).toContain('祁东园区环保专员'); // who wrote it, by display name
    await ledgerParagraph().scrollIntoViewIfNeeded();
    await shot('preview-edited', false);
  });

  it('finds the written 39 against the 35 rows of the table, and opens the text from the finding', async () => {
    await page.getByRole('tab', { name: /报告检查/ }).click();
    // Read back from the written text, 39 disagrees with the figure; 39 also breaks the sum of the acceptance states.
    const finding = page.locator('.lint-finding[data-rule="edited.figure"]', { hasText: '39' });
    await finding.waitFor();
    expect(await finding.innerText()).toContain('35');
    expect(await finding.innerText()).toContain('错误');
    expect(await page.locator('[data-section="1"]').innerText()).toContain('一、园区概况');
    expect(await page.locator('.lint-finding[data-rule="sum.parts"]', { hasText: '39' }).count()).toBe(1);
    await shot('lint');

    // The count also stands next to the .docx button, and the report still downloads.
    await page.getByRole('tab', { name: '生成报告' }).click();
    await page.getByTestId('lint-counts').getByText(/\d+ 个错误/).waitFor();
    await shot('generate');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /生成年度自评估报告/ }).click()]);
    expect(download.suggestedFilename()).toBe('湖南祁东高新技术产业开发区2024年度生态环境管理自评估报告.docx');

    await page.getByRole('tab', { name: /报告检查/ }).click();
    await finding.getByRole('button', { name: /编写的段落/ }).click();
    expect(await dialog().getByLabel('段落文字').inputValue()).toContain(WRITTEN_CLAUSE);
    await shot('lint-editor', false);
  });

  it('goes back to the generated paragraph, and the finding is gone when checked again', async () => {
    await dialog().getByRole('button', { name: '恢复生成的文字' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText('已恢复生成的文字').waitFor();
    await page.getByRole('button', { name: /重新检查/ }).click();
    await expect.poll(() => page.locator('.lint-finding', { hasText: '39' }).count()).toBe(0);
    await shot('lint-after-reset');

    await page.getByRole('tab', { name: '报告预览' }).click();
    await ledgerParagraph().getByText(GENERATED_CLAUSE, { exact: false }).waitFor();
    expect(await ledgerParagraph().innerText()).not.toContain('已编辑');
  });

  it('writes a narrative chapter left empty, and marks the one carried over from last year', async () => {
    await setReportText(systemContext(store.db, 'test'), 'S437012', 2023, '4', { text: '园区环境监管能力仍需加强。' });
    await page.reload();
    const problems = page.locator('[data-block="4"]');
    await problems.getByText('园区环境监管能力仍需加强。').waitFor();
    expect(await problems.innerText()).toContain('沿用2023年文字');

    const results = page.locator('[data-block="3"]');
    await results.getByRole('button', { name: /编\s*辑/ }).click();
    expect(await dialog().getByLabel('段落文字').inputValue()).toBe('');
    await dialog().getByLabel('段落文字').fill('一是完成企业环保档案全覆盖。\n二是开展园区环境风险排查。');
    await dialog().getByRole('button', { name: /保\s*存/ }).click();
    await results.getByText('二是开展园区环境风险排查。').waitFor();
    // Each line a paragraph of its own, as the .docx prints it.
    expect(await results.locator('p').allInnerTexts()).toEqual(['一是完成企业环保档案全覆盖。', '二是开展园区环境风险排查。']);
    expect(await results.innerText()).toContain('已编辑');
    await results.scrollIntoViewIfNeeded();
    await shot('preview-narrative', false);
  });

  it('shows a reviewer the same report without edit buttons', async () => {
    await signInAs('hunan');
    await page.goto(`${baseUrl}/reports/preview`);
    await ledgerParagraph().getByText(GENERATED_CLAUSE, { exact: false }).waitFor();
    expect(await page.getByTestId('report-preview').getByRole('button', { name: /编\s*辑/ }).count()).toBe(0);
    await ledgerParagraph().scrollIntoViewIfNeeded();
    await shot('preview-reviewer', false);
  });

  it('raised no uncaught error in the page', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});

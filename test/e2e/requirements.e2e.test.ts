/**
 * 要求与落实 in a real browser: the park officer opens 环境管理台账 → 要求与落实 for 2024 and finds seed 000's table 1
 * (9 opinions of 湘环评函[2014]89号, each 符合), the control unit ZH43042620004 with its particulars and its 10
 * requirements under the four dimensions (each 是); in 2025 nothing is written, so it starts the year from 2024
 * (every text marked 沿用上年), edits one in place, and a verdict that is a sentence is refused with the server's
 * message; then it adds a control unit (a code that does not fit its class refused with the server's words) and a
 * requirement under a dimension.
 *
 * The built web app is served by the real server on a loopback port over a PGlite store holding the demo park. This
 * file skips itself without web/dist or Debian's chromium. Screenshots: test-output/screenshots/requirements-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRunBrowser, fullPageShot, openFromMenu, signIn } from '../helpers/browser.js';
import { TEST_PASSWORD } from '../helpers/demoApp.js';
import { serveDemo, type ServedDemo } from '../helpers/servedDemo.js';

describe.skipIf(!canRunBrowser)('要求与落实 in the browser', () => {
  let page: Page;
  let baseUrl: string;
  let demo: ServedDemo;

  const pane = () => page.locator('.ant-tabs-tabpane-active');
  const rows = () => pane().locator('tr.ant-table-row');
  const chooseYear = async (year: number) => {
    const field = page.locator('.ant-select', { has: page.getByRole('combobox', { name: '落实年度' }) });
    const shown = async () => (await field.locator('.ant-select-selection-item').allInnerTexts()).join('|');
    await expect
      .poll(async () => {
        if ((await shown()).includes(`${year}年`)) return true;
        await field.locator('.ant-select-selector').click({ timeout: 3000 });
        await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: `${year}年` }).first().click({ timeout: 3000 });
        return (await shown()).includes(`${year}年`);
      })
      .toBe(true);
  };
  const shot = (name: string) => fullPageShot(page, `requirements-${name}`, 500);

  beforeAll(async () => {
    demo = await serveDemo();
    ({ baseUrl, page } = demo);
  });

  afterAll(() => demo?.close());

  it('shows table 1 and the control unit of 2024, starts 2025 from 2024 and edits a carried text in place', async () => {
    await page.goto(`${baseUrl}/`);
    await signIn(page, 'officer', TEST_PASSWORD);
    await openFromMenu(page, '环境管理台账', '要求与落实', /\/registers\/requirements$/);
    await chooseYear(2024);

    expect(await page.locator('.ant-tabs-tab').allInnerTexts()).toEqual(['规划环评 湘环评函[2014]89号', '跟踪评价 湘环评函[2022]90号', '管控单元 ZH43042620004']);
    await expect.poll(() => rows().count()).toBe(9);
    expect(await rows().locator('.ant-tag', { hasText: /^符合$/ }).count()).toBe(9);
    expect(await rows().nth(8).innerText()).toContain('关联数据：污染物总量控制指标');
    expect(await page.getByText('2024年：共26条要求，未填写落实情况0条，沿用上年未修改0条').count()).toBe(1);
    await shot('2024-table1');

    await page.locator('.ant-tabs-tab', { hasText: '管控单元' }).click();
    await expect.poll(() => rows().count()).toBe(10);
    const card = await pane().locator('.ant-descriptions-bordered').innerText();
    for (const text of ['ZH43042620004', '湖南省 衡阳市 祁东县', '重点管控单元', '归阳镇、白鹤街道', '国家级农产品主产区']) expect(card).toContain(text);
    expect(await pane().locator('h5').allInnerTexts()).toEqual(['空间布局约束', '污染物排放管控', '环境风险防控', '资源开发效率要求']);
    expect(await rows().first().innerText()).toContain('（1.1）');
    expect(await rows().locator('.ant-tag', { hasText: /^是$/ }).count()).toBe(10);
    await shot('2024-unit');

    await chooseYear(2025);
    await expect.poll(() => page.getByText('2025年：共26条要求，未填写落实情况26条，沿用上年未修改0条').count()).toBe(1);
    await page.getByRole('button', { name: '从上一年开始本年' }).click();
    await expect.poll(() => page.getByText('2025年：共26条要求，未填写落实情况0条，沿用上年未修改26条').count()).toBe(1);
    expect(await rows().locator('.ant-tag', { hasText: '沿用上年' }).count()).toBe(10);

    // Edit (2.1) in place: a sentence as the verdict is refused, a word is kept.
    const row = rows().filter({ hasText: '（2.1）' });
    await row.getByRole('button', { name: '编辑', exact: true }).click();
    await row.getByLabel('落实情况').fill('2025年园区严格控制排放总量，化学需氧量排放量在总量控制指标以内。');
    const verdict = row.getByRole('combobox', { name: '符合性' });
    await verdict.fill('基本符合，个别企业仍在整改');
    await row.getByRole('button', { name: /保\s?存/ }).click();
    await expect.poll(() => row.getByText('符合性应为一个词').count()).toBe(1);
    await shot('2025-refused');
    await verdict.fill('基本符合');
    await row.getByLabel('佐证材料').fill('2025年总量核算报告｜祁东高新区〔2025〕3号');
    await row.getByRole('button', { name: /保\s?存/ }).click();
    await expect.poll(() => page.getByText('2025年：共26条要求，未填写落实情况0条，沿用上年未修改25条').count()).toBe(1);
    const edited = rows().filter({ hasText: '（2.1）' });
    expect(await edited.innerText()).toContain('化学需氧量排放量在总量控制指标以内');
    expect(await edited.locator('.ant-tag', { hasText: '沿用上年' }).count()).toBe(0);
    expect(await edited.locator('.ant-tag', { hasText: /^基本符合$/ }).count()).toBe(1);
    expect(await edited.innerText()).toContain('佐证：2025年总量核算报告（祁东高新区〔2025〕3号）');
    await shot('2025-edited');
  });

  it('adds a control unit, refusing a code that does not fit its class, and a requirement under a dimension', async () => {
    await page.getByRole('button', { name: '新增要求来源' }).click();
    const modal = page.locator('.ant-modal-content', { has: page.locator('.ant-modal-title', { hasText: '新增要求来源' }) });
    const field = (label: string) => modal.locator('.ant-form-item', { has: page.locator('label', { hasText: label }) });
    const choose = async (label: string, option: string) => {
      await field(label).locator('.ant-select-selector').click();
      await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: option }).first().click();
    };
    await choose('类型', '“三线一单”环境管控单元');
    await field('文件名称').locator('input').fill('衡阳市“三线一单”生态环境准入清单');
    await field('环境管控单元编码').locator('input').fill('YS43042610001');
    await field('单元名称').locator('input').fill('祁东县归阳镇一般生态空间');
    await field('行政区划（省）').locator('input').fill('湖南省');
    await field('行政区划（市）').locator('input').fill('衡阳市');
    await field('行政区划（县）').locator('input').fill('祁东县');
    await choose('单元分类', '一般管控单元');
    await field('单元面积').locator('textarea').fill('12.5');
    await field('涉及乡镇').locator('input').fill('归阳镇、白鹤街道');
    await modal.getByRole('button', { name: /保\s?存/ }).click();
    await expect.poll(() => modal.getByText('单元编码“YS43042610001”与单元分类“一般管控单元”不符：一般管控单元的编码以 YB 开头').count()).toBe(1);
    await shot('unit-refused');
    await field('环境管控单元编码').locator('input').fill('YB43042610001');
    await modal.getByRole('button', { name: /保\s?存/ }).click();
    await expect.poll(() => page.locator('.ant-tabs-tab-active').innerText()).toBe('管控单元 YB43042610001');
    expect(await pane().locator('.ant-descriptions-bordered').innerText()).toContain('归阳镇、白鹤街道');

    await pane().getByRole('button', { name: '新增要求' }).click();
    const form = page.locator('.ant-modal-content', { has: page.locator('.ant-modal-title', { hasText: '新增要求' }) });
    await form.locator('.ant-form-item', { has: page.locator('label', { hasText: '管控维度' }) }).locator('.ant-select-selector').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '空间布局约束' }).first().click();
    await form.locator('.ant-form-item', { has: page.locator('label', { hasText: '编号' }) }).locator('input').fill('1.1');
    await form.locator('.ant-form-item', { has: page.locator('label', { hasText: '要求内容' }) }).locator('textarea').fill('禁止新建涉重金属排放项目。');
    await form.getByRole('button', { name: /保\s?存/ }).click();
    await expect.poll(() => rows().count()).toBe(1);
    expect(await rows().first().innerText()).toContain('（1.1）');
    expect(await rows().first().innerText()).toContain('2025年尚未填写');
    expect(await pane().locator('h5').allInnerTexts()).toEqual(['空间布局约束']);
    await shot('unit-added');
  });
});

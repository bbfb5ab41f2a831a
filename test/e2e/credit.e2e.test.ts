/**
 * 信用自评 in a real browser: the park officer opens 环境管理台账 → 信用自评 for 2024 and finds seed 000's
 * evaluation as the park filed it (all 23 items 0, 总分 10, 环保诚信园区, submitted and locked), with items 12 (+1
 * 监测体系联网) and 19 (+2 省部级表彰) shown as differing from the platform's proposals, which name the stations and
 * the honour; the honour is listed under 园区荣誉. The administrator reopens the year; scoring item 19 +2 makes the
 * total 12 (the scheme's cap) at once, its comment and evidence (the honour's record, a document) are saved, and item
 * 17 (直接评为环保风险园区) turns the grade to 环保风险园区. An honour of the year is added, edited and deleted.
 *
 * The built web app is served by the real server on a loopback port over a PGlite store holding the demo park. This
 * file skips itself without web/dist or Debian's chromium. Screenshots: test-output/screenshots/credit-*.png.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, canRunBrowser, chooseOption, fullPageShot, openFromMenu, signIn, tick } from '../helpers/browser.js';
import { TEST_PASSWORD } from '../helpers/demoApp.js';
import { serveDemo, type ServedDemo } from '../helpers/servedDemo.js';

describe.skipIf(!canRunBrowser)('信用自评 in the browser', () => {
  let page: Page;
  let baseUrl: string;
  let browser: Browser;
  let demo: ServedDemo;

  const choose = (field: Locator, option: string) => chooseOption(page, field, option);
  const selectOf = (label: string) => page.locator('.ant-select', { has: page.getByRole('combobox', { name: label }) });
  const card = (title: string | RegExp) =>
    page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: typeof title === 'string' ? new RegExp(`^${title}$`) : title }) });
  const total = () => page.getByTestId('credit-total').locator('.ant-statistic-content').innerText();
  const grade = () => page.getByTestId('credit-grade').innerText();
  const differing = async () => ((await page.getByTestId('credit-differing').count()) ? (await page.getByTestId('credit-differing').locator('.ant-tag').allInnerTexts()) : []);
  const shot = (name: string, settle = 800) => fullPageShot(page, `credit-${name}`, settle);
  const open2024 = async () => {
    await page.goto(`${baseUrl}/registers/credit`);
    await choose(selectOf('年度'), '2024年');
  };

  beforeAll(async () => {
    // The demo's stations send 2024 data only with the simulated year: item 12's proposal needs it.
    demo = await serveDemo({ simulatedYear: true });
    ({ baseUrl, browser, page } = demo);
    await page.setViewportSize({ width: 1600, height: 1000 });
  });

  afterAll(() => demo?.close());

  it('shows the officer seed 000\'s filed evaluation with items 12 and 19 differing from the proposals', async () => {
    await page.goto(`${baseUrl}/`);
    await signIn(page, 'officer', TEST_PASSWORD);
    await openFromMenu(page, '环境管理台账', '信用自评', /\/registers\/credit$/);
    await choose(selectOf('年度'), '2024年');
    // Seed 000: 总分：10分 等级 诚信园区 (initial 10, every item 0).
    await expect.poll(total).toBe('10分');
    expect(await grade()).toBe('环保诚信园区');
    expect(await card('2024年自评结果').innerText()).toContain('已提交');
    expect(await differing()).toEqual(['第12项', '第19项']);
    // The table prints the 23 items as the report does; locked, no selects.
    const table = card('湖南省产业园区环保信用自评表');
    await expect.poll(() => table.locator('tr.ant-table-row').count()).toBe(23);
    expect(await table.getByRole('combobox').count()).toBe(0);
    const p12 = page.getByTestId('proposal-12');
    const p19 = page.getByTestId('proposal-19');
    expect(await p12.innerText()).toContain('建议 +1分');
    expect(await p12.innerText()).toContain('与自评分不一致');
    expect(await p19.innerText()).toContain('建议 +2分');
    expect(await p19.innerText()).toContain('与自评分不一致');
    expect(await p19.innerText()).toContain('全省绿色制造体系示范单位');
    // Item 4 is proposed 0 and scored 0: no difference shown.
    expect(await page.getByTestId('proposal-4').innerText()).not.toContain('不一致');
    // The scheme used, with its unconfirmed parts in a collapsible.
    expect(await card('评价方案').innerText()).toContain('未注明文号');
    expect(await card('评价方案').innerText()).toMatch(/方案中未经确认的内容（\d+项）/);
    // 园区荣誉 of 2024.
    expect(await card('2024年园区荣誉').innerText()).toContain('全省绿色制造体系示范单位');
    expect(await page.getByRole('button', { name: /退回修改/ }).count()).toBe(0);
    await shot('2024-filed');
  });

  it('lets the administrator reopen the year; item 19 at +2 makes the total 12, item 17 sets 环保风险园区', async () => {
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/`);
    await signIn(page, 'admin', TEST_PASSWORD);
    await open2024();
    await expect.poll(total).toBe('10分');
    await page.getByRole('button', { name: /退回修改/ }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /退\s*回/ }).click();
    await expect.poll(() => page.getByRole('combobox', { name: '第19项自评分' }).count()).toBe(1);
    expect(await card('2024年自评结果').innerText()).toContain('草稿');

    await choose(selectOf('第19项自评分'), '+2');
    // 10 + 2 = 12, the scheme's cap; 12 ≥ 10 stays 环保诚信园区.
    await expect.poll(total).toBe('12分');
    expect(await grade()).toBe('环保诚信园区');
    await expect.poll(differing).toEqual(['第12项']);
    await expect.poll(() => page.getByTestId('proposal-19').innerText()).not.toContain('不一致');
    // The item's comment and evidence: the honour behind the proposal attached, a document named.
    await page.getByRole('button', { name: '填写第19项说明' }).click();
    const modal = page.locator('.ant-modal', { hasText: '第19项说明与证明材料' });
    await modal.getByLabel('说明').fill('获评2024年度全省绿色制造体系示范单位');
    await modal.getByLabel('证明材料').fill('全省绿色制造体系示范单位名单');
    await tick(modal.getByRole('checkbox', { name: /全省绿色制造体系示范单位/ }));
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => modal.count()).toBe(0);
    const row19 = card('湖南省产业园区环保信用自评表').locator('tr.ant-table-row', { has: page.getByTestId('proposal-19') });
    await expect.poll(() => row19.innerText()).toContain('获评2024年度全省绿色制造体系示范单位');
    expect(await row19.innerText()).toContain('全省绿色制造体系示范单位名单');
    expect(await row19.locator('a[href="/registers/credit"]').count()).toBeGreaterThan(0);
    await shot('2024-item19');

    await choose(selectOf('第17项自评分'), '是');
    await expect.poll(grade).toBe('环保风险园区');
    expect(await total()).toBe('12分');
    expect(await card('2024年自评结果').innerText()).toContain('第17项直接评定等级');
    // 修改记录, newest first: the scores, the reopening, the filing of seed 000's evaluation.
    await page.getByRole('button', { name: /修改记录/ }).click();
    const drawer = page.locator('.ant-drawer', { hasText: '2024年自评修改记录' });
    await expect.poll(() => drawer.locator('.ant-timeline-item').count()).toBeGreaterThan(3);
    const changes = (await drawer.locator('.ant-timeline-item').allInnerTexts()).map((t) => t.split('\n')[0]);
    expect(changes.slice(0, 4)).toEqual(['第17项 不适用 → 适用', '第19项 +2分 → +2分（获评2024年度全省绿色制造体系示范单位）', '第19项 0分 → +2分', '退回修改']);
    expect(changes).toContain('提交（10分，环保诚信园区）');
    await shot('history', 400);
    await drawer.locator('.ant-drawer-close').click();
    // Saved: a reload shows the same.
    await page.reload();
    await choose(selectOf('年度'), '2024年');
    await expect.poll(grade).toBe('环保风险园区');
    expect(await total()).toBe('12分');
    await shot('2024-item17');
  });

  it('lets the park add, edit and delete an honour of the year', async () => {
    const honours = card('2024年园区荣誉');
    await honours.getByRole('button', { name: /登记荣誉/ }).click();
    let modal = page.locator('.ant-modal', { hasText: '登记2024年园区荣誉' });
    await modal.getByLabel('荣誉名称').fill('衡阳市生态文明建设示范园区');
    await choose(modal.locator('.ant-select', { has: page.getByRole('combobox', { name: '级别' }) }), '市级');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => honours.locator('tr.ant-table-row').count()).toBe(2);
    await honours.getByRole('button', { name: '修改衡阳市生态文明建设示范园区' }).click();
    modal = page.locator('.ant-modal', { hasText: '修改2024年园区荣誉' });
    await modal.getByLabel('授予单位').fill('衡阳市生态环境局');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => honours.innerText()).toContain('衡阳市生态环境局');
    await shot('honours');
    await honours.getByRole('button', { name: '删除衡阳市生态文明建设示范园区' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /删\s*除/ }).click();
    await expect.poll(() => honours.locator('tr.ant-table-row').count()).toBe(1);
    expect(await honours.innerText()).toContain('全省绿色制造体系示范单位');
    expect(browser.pageErrors).toEqual([]);
  });
});

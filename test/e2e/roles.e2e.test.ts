/**
 * Each role in a real browser (issue 3): the built web app (web/dist) served by the real server on a loopback port,
 * over a PGlite store holding the demo park (祁东高新区, 湖南省衡阳市祁东县) and a second, small park in 衡阳 so the
 * region view has two parks to compare. One browser signs in as each role in turn and checks what it sees — and,
 * for what it must not do, that the server refuses too.
 *
 * Skips itself when web/dist or Debian's chromium is missing (`npm test` builds the web app first).
 * Screenshots: test-output/screenshots/roles-*.png.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/services/context.js';
import { createEnterprise } from '../../src/services/enterprises/enterpriseVerbs.js';
import { listEnterprises } from '../../src/services/enterprises/listEnterprises.js';
import { createPark } from '../../src/services/parks/parkProfile.js';
import type { Store } from '../../src/store/client.js';
import { canRunBrowser, openBrowser, screenshots, signIn, webRoot, type Browser } from '../helpers/browser.js';
import { addTestUser, createDemoApp, TEST_PASSWORD } from '../helpers/demoApp.js';


const DEMO = { code: 'S437012', name: '湖南祁东高新技术产业开发区' };
/** A second park in 衡阳 (常宁市), only for this test. */
const SECOND = { code: 'S437900', name: '衡阳常宁测试工业园区', level: '市级', divisionCode: '430482' };
const SHUNLONG = '湖南顺隆能源有限公司';
const LINGPAI = '湖南领湃新能源科技有限公司';
const NEW_PASSWORD = 'Hengyang#Steward-2025';
const CHANGED_PASSWORD = 'Xiangjiang#Guanjia-29';

const USERS = {
  reviewer: { username: 'hn-reviewer', displayName: '湖南省生态环境厅审查员', role: 'reviewer', regionCode: '430000' },
  enterprise: { username: 'shunlong', displayName: '顺隆能源环保负责人', role: 'enterprise' },
  chongqing: { username: 'cq-reviewer', displayName: '重庆市生态环境局审查员', role: 'reviewer', regionCode: '500000' },
} as const;

describe.skipIf(!canRunBrowser)('each role in the browser', () => {
  let store: Store;
  let app: FastifyInstance;
  let context: BrowserContext;
  let page: Page;
  let baseUrl: string;
  let browser: Browser;
  let shunlongId: number;
  let lingpaiId: number;

  const rows = () => page.locator('.ant-table-tbody tr.ant-table-row');
  const menuItems = async () => (await page.locator('.ant-layout-sider .ant-menu-item').allInnerTexts()).map((t) => t.trim());
  /** A screenshot of the whole page, or (`dialog`) of the window only, where a dialog's mask covers it. */
  const shot = async (name: string, settle = 400, dialog = false) => {
    await page.waitForTimeout(settle); // menus, tags, dialogs and messages animate in
    await page.screenshot({ path: join(screenshots, `roles-${name}.png`), fullPage: !dialog });
  };
  /** Opens an antd Select by its aria-label (the selected item covers the input, so click the whole control). */
  const openSelect = (name: string) => page.locator('.ant-select', { has: page.getByRole('combobox', { name, exact: true }) }).click();
  /** The error under a form field, found by the field's label. */
  const fieldError = (label: string) =>
    page.locator('.ant-modal-content .ant-form-item', { has: page.getByLabel(label, { exact: true }) }).locator('.ant-form-item-explain-error');

  /** A write the UI does not offer, sent from the page itself with the session's CSRF token: what the server answers. */
  const tryWrite = (method: string, url: string, body: unknown) =>
    page.evaluate(
      async ({ method, url, body }) => {
        const csrf = decodeURIComponent(document.cookie.match(/(?:^|;\s*)parkeco_csrf=([^;]+)/)?.[1] ?? '');
        const res = await fetch(url, {
          method,
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: JSON.stringify(body),
        });
        return { status: res.status, body: (await res.json()) as { error?: { message: string } } };
      },
      { method, url, body },
    );

  const login = (username: string, password = TEST_PASSWORD) => signIn(page, username, password);

  /**
   * Picks an entry of the user menu (the dropdown under the user's name). Under a loaded machine a click on the
   * entry while the dropdown is still opening is now and then lost; the dropdown then stays open, so click again.
   */
  async function userMenu(entry: RegExp) {
    await page.getByRole('button', { name: '当前用户' }).click();
    const item = page.getByRole('menuitem', { name: entry });
    await item.click();
    const stillOpen = async () => (await item.count()) > 0 && (await item.isVisible());
    for (let i = 0; i < 10 && (await stillOpen()); i++) await page.waitForTimeout(100);
    if (await stillOpen()) await item.click();
  }

  async function logout() {
    await userMenu(/退出登录/);
    try {
      await page.getByRole('button', { name: /登\s*录/ }).waitFor({ timeout: 8000 });
    } catch (err) {
      // For whoever looks into it: what the page showed instead of 登录.
      await page.screenshot({ path: join(screenshots, 'roles-failed-logout.png'), fullPage: true });
      throw err;
    }
    expect(new URL(page.url()).pathname).toBe('/');
  }

  beforeAll(async () => {
    ({ store, app } = await createDemoApp('pglite', webRoot));
    const ctx = systemContext(store.db, 'test');
    await createPark(ctx, SECOND);
    for (const [name, status] of [
      ['常宁测试化工有限公司', 'operating'],
      ['常宁测试新材料有限公司', 'operating'],
      ['常宁测试电子科技有限公司', 'construction'],
    ] as const) {
      await createEnterprise(ctx, SECOND.code, { name, status });
    }
    const ledger = (await listEnterprises(ctx, DEMO.code)).items;
    shunlongId = ledger.find((e) => e.name === SHUNLONG)!.id;
    lingpaiId = ledger.find((e) => e.name === LINGPAI)!.id;
    await addTestUser(ctx, { ...USERS.reviewer, password: TEST_PASSWORD });
    await addTestUser(ctx, { ...USERS.enterprise, enterpriseId: shunlongId, password: TEST_PASSWORD });
    await addTestUser(ctx, { ...USERS.chongqing, password: TEST_PASSWORD });

    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    browser = await openBrowser();
    ({ context, page } = browser);
    await page.goto(`${baseUrl}/`);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  describe('管理员', () => {
    it('sees every menu entry, 用户管理 among them, and both parks in 辖区园区', async () => {
      await login('admin');
      await page.getByText('年度报告统计段落').waitFor();
      await page.getByRole('menuitem', { name: '系统管理' }).click(); // 用户管理 and 园区管理 sit under it
      await expect
        .poll(menuItems)
        .toEqual(expect.arrayContaining(['首页', '辖区园区', '企业档案（一企一档）', '园区信息', '报告', '用户管理', '园区管理']));
      await expect.poll(() => page.getByText('只读', { exact: true }).count()).toBe(0);

      await page.getByRole('link', { name: '辖区园区' }).click();
      await page.getByText('合计（2 个园区）').waitFor();
      expect(await rows().count()).toBe(2);
      await expect.poll(() => page.locator('canvas').count()).toBe(1);
      await shot('admin-region', 800);
    });

    it('lists the users with their parks, region or enterprise', async () => {
      await page.getByRole('link', { name: '用户管理' }).click();
      await page.getByText('共 6 个用户').waitFor();
      const row = (username: string) => rows().filter({ has: page.getByText(username, { exact: true }) });
      expect(await row('officer').innerText()).toContain(DEMO.name);
      expect(await row('hn-reviewer').innerText()).toContain('所辖区划：湖南省');
      expect(await row('cq-reviewer').innerText()).toContain('所辖区划：重庆市');
      await expect.poll(() => row('shunlong').innerText()).toContain(`所属企业：${SHUNLONG}`);
      expect(await row('admin').innerText()).toContain('当前账号');
      await shot('admin-users');
    });

    it('adds a 环保管家 for both 衡阳 parks; the server’s password rules show under the field', async () => {
      await page.getByRole('button', { name: /新增用户/ }).click();
      const modal = page.locator('.ant-modal-content', { hasText: '新增用户' });
      await modal.waitFor();
      await page.getByLabel('用户名', { exact: true }).fill('hy-steward');
      await page.getByLabel('姓名', { exact: true }).fill('衡阳环保管家');
      await openSelect('角色');
      await page.locator('.ant-select-item-option', { hasText: '环保管家' }).click();
      await openSelect('负责园区');
      await page.locator('.ant-select-item-option', { hasText: DEMO.code }).click();
      await page.locator('.ant-select-item-option', { hasText: SECOND.code }).click();
      await modal.locator('.ant-modal-title').click(); // closes the dropdown (Escape would close the dialog)
      await page.getByLabel('初始密码', { exact: true }).fill('hengyang1');
      await modal.getByRole('button', { name: /创建用户/ }).click();
      const error = fieldError('初始密码');
      await error.first().waitFor();
      const messages = await error.allInnerTexts();
      expect(messages.join('\n')).toContain('密码至少10位');
      expect(messages.join('\n')).toContain('密码应包含小写字母、大写字母、数字、符号中的至少三类');
      await shot('admin-add-user-weak-password', 400, true);

      await page.getByLabel('初始密码', { exact: true }).fill(TEST_PASSWORD);
      await modal.getByRole('button', { name: /创建用户/ }).click();
      await page.locator('.ant-message-notice', { hasText: '已创建用户 hy-steward（环保管家）' }).waitFor();
      await page.getByText('共 7 个用户').waitFor();
      const created = rows().filter({ has: page.getByText('hy-steward', { exact: true }) });
      expect(await created.innerText()).toContain(SECOND.name);
    });

    it('shows the division name when choosing a reviewer’s region', async () => {
      await page.getByRole('button', { name: /新增用户/ }).click();
      const modal = page.locator('.ant-modal-content', { hasText: '新增用户' });
      await openSelect('角色');
      await page.locator('.ant-select-item-option', { hasText: '生态环境局' }).click();
      await page.getByRole('combobox', { name: '所辖行政区划' }).fill('430400');
      // The search leaves one option, already active: Enter takes it (a click can miss while the list re-renders).
      await page.locator('.ant-select-item-option-active', { hasText: '湖南省衡阳市（430400）' }).waitFor();
      await page.keyboard.press('Enter');
      await modal.getByText('湖南省衡阳市（地级）：可查看该区划内全部园区的数据，不能修改').waitFor();
      await shot('admin-add-reviewer', 400, true);
      await modal.getByRole('button', { name: /取\s*消/ }).click();
      await modal.waitFor({ state: 'hidden' });
      await logout();
    });
  });

  describe('园区环保专员', () => {
    it('sees its park’s enterprise list with 新增企业, but neither 辖区园区 nor 用户管理', async () => {
      await login('officer');
      await page.getByText('年度报告统计段落').waitFor();
      const menu = await menuItems();
      expect(menu).toEqual(expect.arrayContaining(['首页', '企业档案（一企一档）', '园区信息', '报告']));
      expect(menu).not.toContain('辖区园区');
      expect(menu).not.toContain('用户管理');
      await page.getByRole('link', { name: '企业档案（一企一档）' }).click();
      await page.getByText('共 50 家企业').waitFor();
      for (const name of [/新增企业/, /导入工作簿/, /下载模板/]) await page.getByRole('button', { name }).or(page.getByRole('link', { name })).first().waitFor();
      // Its one park only.
      await openSelect('切换园区');
      expect(await page.locator('.ant-select-item-option').allInnerTexts()).toEqual([`${DEMO.name}（${DEMO.code}）`]);
      await page.keyboard.press('Escape');
      await shot('officer-list');

      await page.goto(`${baseUrl}/admin/users`);
      await page.getByText('无权访问此页面').waitFor();
      await logout();
    });
  });

  describe('生态环境局（湖南省）', () => {
    it('starts on 辖区园区 with the parks of Hunan side by side, read-only', async () => {
      await login(USERS.reviewer.username);
      await page.waitForURL(/\/region$/);
      const menu = await menuItems();
      expect(menu).toEqual(expect.arrayContaining(['首页', '辖区园区', '企业档案（一企一档）', '园区信息', '报告']));
      expect(menu).not.toContain('用户管理');
      await page.locator('.ant-layout-header').getByText('只读', { exact: true }).waitFor();
      await page.getByText('湖南省内的园区及其关键数字（只读）', { exact: false }).waitFor();
      await page.getByText('合计（2 个园区）').waitFor();
      const texts = await rows().allInnerTexts();
      expect(texts.some((t) => t.includes(DEMO.name) && t.includes('只读'))).toBe(true);
      expect(texts.some((t) => t.includes(SECOND.name))).toBe(true);
      await expect.poll(() => page.locator('canvas').count()).toBe(1);
      await shot('reviewer-region', 800);
    });

    it('opens the demo park from there: its home, for the year it compared', async () => {
      await page.getByRole('button', { name: new RegExp(DEMO.name) }).click();
      await page.waitForURL((u) => u.pathname === '/');
      await page.getByText('年度报告统计段落').waitFor();
      await page.locator('.ant-layout-header').getByText(DEMO.name, { exact: true }).waitFor();
      await page.locator('.ant-layout-header').getByText('只读', { exact: true }).waitFor();
      await shot('reviewer-home', 800);
    });

    it('reads the enterprise list and a file, with no 新增/编辑/删除/导入 anywhere', async () => {
      await page.getByRole('link', { name: '企业档案（一企一档）' }).click();
      await page.getByText('共 50 家企业').waitFor();
      await page.getByRole('link', { name: /导出工作簿/ }).waitFor();
      for (const name of [/新增企业/, /导入工作簿/, /下载模板/]) {
        await expect.poll(() => page.getByRole('button', { name }).count()).toBe(0);
        await expect.poll(() => page.getByRole('link', { name }).count()).toBe(0);
      }
      await shot('reviewer-list');

      await page.getByLabel('搜索企业').fill('顺隆');
      await page.keyboard.press('Enter');
      await page.getByText('共 1 家企业').waitFor();
      await page.getByRole('link', { name: SHUNLONG }).click();
      await page.getByRole('heading', { name: new RegExp(SHUNLONG) }).waitFor();
      await page.getByText('变更记录').waitFor();
      await expect.poll(() => page.getByRole('button', { name: /编\s*辑/ }).count()).toBe(0);
      await expect.poll(() => page.getByRole('button', { name: /删\s*除/ }).count()).toBe(0);
      await shot('reviewer-detail');

      await page.getByRole('link', { name: '园区信息' }).click();
      await page.locator('.ant-card-head-title', { hasText: '规划及规划环评批复' }).waitFor();
      await expect.poll(() => page.getByRole('button', { name: /编\s*辑/ }).count()).toBe(0);
    });

    it('gets no editable form at /enterprises/:id/edit, and the server refuses the write anyway', async () => {
      await page.goto(`${baseUrl}/enterprises/${shunlongId}/edit`);
      await page.getByText('无权修改该企业档案').waitFor();
      await expect.poll(() => page.locator('form input:not([type=hidden]):visible').count()).toBe(0);
      await expect.poll(() => page.getByRole('button', { name: /保\s*存/ }).count()).toBe(0);
      await shot('reviewer-edit');
      const res = await tryWrite('PUT', `/api/parks/${DEMO.code}/enterprises/${shunlongId}`, { name: SHUNLONG, status: 'operating' });
      expect(res.status).toBe(403);
      expect(res.body.error?.message).toBe('只读用户不能修改数据');
      await logout();
    });
  });

  describe('企业用户', () => {
    it(`lands on ${SHUNLONG}'s file; the menu offers only 本企业档案`, async () => {
      await login(USERS.enterprise.username);
      await page.waitForURL(new RegExp(`/enterprises/${shunlongId}$`));
      await page.getByRole('heading', { name: new RegExp(SHUNLONG) }).waitFor();
      expect(await menuItems()).toEqual(['本企业档案']);
      await expect.poll(() => page.getByRole('combobox', { name: '切换园区' }).count()).toBe(0);
      await expect.poll(() => page.getByRole('button', { name: /返回列表/ }).count()).toBe(0);
      await expect.poll(() => page.getByRole('button', { name: /删\s*除/ }).count()).toBe(0);
      await page.getByRole('button', { name: /编\s*辑/ }).waitFor();
      await page.getByText('变更记录').waitFor();
      await shot('enterprise-detail');
    });

    it('edits its own file; the change is on top of 变更记录 with who and when', async () => {
      await page.getByRole('button', { name: /编\s*辑/ }).click();
      await page.waitForURL(/\/edit$/);
      expect(await page.getByLabel('序号').isDisabled()).toBe(true); // the ledger order is the park's
      await page.getByLabel('联系人').fill('顺隆测试联系人');
      await page.getByRole('button', { name: /保\s*存/ }).click();
      await page.getByText('保存成功').waitFor();
      await page.waitForURL(new RegExp(`/enterprises/${shunlongId}$`));
      const first = page.locator('.ant-timeline-item').first();
      await first.getByText('修改').first().waitFor();
      expect(await first.innerText()).toContain('操作人：shunlong');
      expect(await first.innerText()).toMatch(/时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/);
      expect(await first.innerText()).toContain('顺隆测试联系人');
      // The older entry (the demo import) comes after.
      expect(await page.locator('.ant-timeline-item').last().innerText()).toContain('导入');
      await shot('enterprise-history');
    });

    it('is told 无权查看该企业档案 at another enterprise’s URL, and has no list, home or reports', async () => {
      await page.goto(`${baseUrl}/enterprises/${lingpaiId}`);
      await page.getByText('无权查看该企业档案').waitFor();
      await expect.poll(() => page.getByText(LINGPAI).count()).toBe(0);
      await shot('enterprise-forbidden');

      for (const path of ['/enterprises', '/', '/reports']) {
        await page.goto(`${baseUrl}${path}`);
        await page.waitForURL(new RegExp(`/enterprises/${shunlongId}$`));
        await page.getByRole('heading', { name: new RegExp(SHUNLONG) }).waitFor();
      }
      await page.goto(`${baseUrl}/region`);
      await page.getByText('无权访问此页面').waitFor();
      await logout();
    });
  });

  describe('生态环境局（重庆市）', () => {
    it('sees no park of Hunan: an empty 辖区园区 and nothing to switch to', async () => {
      await login(USERS.chongqing.username);
      await page.waitForURL(/\/region$/);
      await page.getByText('重庆市内暂无纳入本平台的园区').first().waitFor();
      // Without a park, the park pages are not offered at all.
      await expect.poll(menuItems).toEqual(['辖区园区']);
      await expect.poll(() => rows().count()).toBe(0);
      await expect.poll(() => page.getByText(DEMO.name).count()).toBe(0);
      await openSelect('切换园区');
      await page.locator('.ant-select-dropdown:visible').getByText('辖区内暂无园区').waitFor();
      await expect.poll(() => page.locator('.ant-select-item-option', { hasText: DEMO.code }).count()).toBe(0);
      await shot('chongqing-region');
      await page.keyboard.press('Escape');

      await page.goto(`${baseUrl}/enterprises/${shunlongId}`);
      await page.getByText('重庆市内暂无纳入本平台的园区').waitFor();
      await expect.poll(() => page.getByText(SHUNLONG).count()).toBe(0);
      const res = await page.evaluate(async (url) => (await fetch(url)).status, `/api/parks/${DEMO.code}/enterprises/${shunlongId}`);
      expect(res).toBe(403);
      await logout();
    });
  });

  describe('修改密码', () => {
    it('a 环保管家 added by the administrator must change its password at first login, then sees 辖区园区', async () => {
      await page.getByLabel('用户名').fill('hy-steward');
      await page.getByLabel('密码').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      const modal = page.locator('.ant-modal-content', { hasText: '首次登录，请修改密码' });
      await modal.waitFor();
      // It cannot be closed: no ×, and Escape leaves it open.
      expect(await modal.locator('.ant-modal-close').count()).toBe(0);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(300);
      expect(await modal.isVisible()).toBe(true);

      await page.getByLabel('当前密码', { exact: true }).fill('not-my-password');
      await page.getByLabel('新密码', { exact: true }).fill('short');
      await page.getByLabel('确认新密码', { exact: true }).fill('short');
      await modal.getByRole('button', { name: /确认修改/ }).click();
      await fieldError('当前密码').first().waitFor();
      expect(await fieldError('当前密码').innerText()).toBe('当前密码不正确');

      await page.getByLabel('当前密码', { exact: true }).fill(TEST_PASSWORD);
      await modal.getByRole('button', { name: /确认修改/ }).click();
      await fieldError('新密码').first().waitFor();
      expect((await fieldError('新密码').allInnerTexts()).join('\n')).toContain('密码至少10位');
      await shot('change-password-errors', 400, true);

      await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('确认新密码', { exact: true }).fill(NEW_PASSWORD);
      await modal.getByRole('button', { name: /确认修改/ }).click();
      await page.getByText('年度报告统计段落').waitFor();
      expect(await menuItems()).toContain('辖区园区');
    });

    it('changing the password from the user menu signs it out, and the new one signs in', async () => {
      await userMenu(/修改密码/);
      const modal = page.locator('.ant-modal-content', { hasText: '修改密码' });
      await modal.waitFor();
      await page.getByLabel('当前密码', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('新密码', { exact: true }).fill(CHANGED_PASSWORD);
      await page.getByLabel('确认新密码', { exact: true }).fill(CHANGED_PASSWORD);
      await modal.getByRole('button', { name: /确认修改/ }).click();
      await page.getByText('密码已修改，请使用新密码重新登录').waitFor();
      await page.getByRole('button', { name: /登\s*录/ }).waitFor();
      await shot('password-changed');

      await login('hy-steward', CHANGED_PASSWORD);
      await page.getByText('年度报告统计段落').waitFor();
    });
  });

  it('raised no uncaught error in the page', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});

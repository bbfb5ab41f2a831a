/**
 * First use (issue 8, item 11): `parkeco start` on an empty store creates the administrator with a one-time password.
 * Signing in with it in a real browser shows only 修改密码, which cannot be closed and survives a reload; once
 * changed, the administrator is in the app, on the home page, with its own password.
 *
 * Skips itself when web/dist or Debian's chromium is missing. Screenshots: test-output/screenshots/first-login-*.png.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { ensureInitialAdmin } from '../../src/services/auth/users.js';
import { systemContext } from '../../src/services/context.js';
import { seedDemoPark } from '../../src/services/demo/seedDemoPark.js';
import type { Store } from '../../src/store/client.js';
import { canRunBrowser, openBrowser, screenshots, webRoot, type Browser } from '../helpers/browser.js';
import { createTestStore } from '../helpers/testStore.js';

const OWN_PASSWORD = 'Xiangjiang#Guanli-29';
/** 253 characters: could once be set but never used to sign in (issue 8); the maximum is 128. */
const TOO_LONG = 'Qd-Hengyang#2024/'.repeat(15).slice(0, 253);

describe.skipIf(!canRunBrowser)('first login with the one-time administrator password', () => {
  let store: Store;
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  let oneTime: string;

  const shot = async (name: string) => {
    await page.waitForTimeout(400); // the dialog animates in
    await page.screenshot({ path: join(screenshots, `first-login-${name}.png`) });
  };
  const dialog = () => page.locator('.ant-modal-content', { hasText: '首次登录，请修改密码' });

  beforeAll(async () => {
    // What `parkeco start` does on an empty store.
    store = await createTestStore('pglite');
    const ctx = systemContext(store.db);
    await seedDemoPark(ctx, { simulatedYear: false });
    oneTime = (await ensureInitialAdmin(ctx))!.password!;
    app = await buildApp({ store, webRoot });
    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await openBrowser();
    page = browser.page;
    await page.goto(`${baseUrl}/`);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  it('shows only the change-password form, which neither Escape, the mask nor a reload dismisses', async () => {
    await page.getByLabel('用户名').fill('admin');
    // Longer than any password that can be set: the form says so before asking the server.
    await page.getByLabel('密码').fill(TOO_LONG);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.locator('.ant-form-item-explain-error', { hasText: '密码不能超过128位' }).waitFor();
    await page.getByLabel('密码').fill(oneTime);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await dialog().waitFor();
    await shot('forced');
    expect(await dialog().innerText()).toContain('账号 admin 的密码是一次性密码或由管理员设置');
    expect(await dialog().locator('.ant-modal-close').count()).toBe(0);
    expect(await page.getByRole('button', { name: '当前用户' }).count()).toBe(0);

    await page.keyboard.press('Escape');
    await page.mouse.click(20, 20); // on the mask
    await page.waitForTimeout(300);
    expect(await dialog().isVisible()).toBe(true);

    await page.reload();
    await dialog().waitFor();
    expect(await page.getByText('年度报告统计段落').count()).toBe(0);
  });

  it('refuses too long a password and the one-time one again, then takes the administrator to the home page', async () => {
    const error = dialog().locator('.ant-form-item', { has: page.getByLabel('新密码', { exact: true }) }).locator('.ant-form-item-explain-error');
    await page.getByLabel('当前密码', { exact: true }).fill(oneTime);
    await page.getByLabel('新密码', { exact: true }).fill(TOO_LONG);
    await page.getByLabel('确认新密码', { exact: true }).fill(TOO_LONG);
    await dialog().getByRole('button', { name: /确认修改/ }).click();
    await error.first().waitFor();
    expect(await error.innerText()).toBe('密码不能超过128位');

    await page.getByLabel('新密码', { exact: true }).fill(oneTime);
    await page.getByLabel('确认新密码', { exact: true }).fill(oneTime);
    await dialog().getByRole('button', { name: /确认修改/ }).click();
    await error.filter({ hasText: '新密码不能与当前密码相同' }).waitFor();
    expect(await error.innerText()).toBe('新密码不能与当前密码相同');

    await page.getByLabel('新密码', { exact: true }).fill(OWN_PASSWORD);
    await page.getByLabel('确认新密码', { exact: true }).fill(OWN_PASSWORD);
    await dialog().getByRole('button', { name: /确认修改/ }).click();
    await page.getByText('年度报告统计段落').waitFor();
    await page.getByRole('button', { name: '当前用户' }).waitFor();
    expect(await dialog().count()).toBe(0);
    await shot('home');

    // The one-time password is gone; the new one is the administrator's.
    const status = (password: string) =>
      page.evaluate(
        async (p) => (await fetch('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: p }) })).status,
        password,
      );
    expect(await status(oneTime)).toBe(401);
  });

  it('raised no uncaught error in the page', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});

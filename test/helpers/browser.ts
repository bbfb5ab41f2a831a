import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The built web app; `npm test` builds it first. */
export const webRoot = join(repoRoot, 'web', 'dist');
/** Where browser tests leave screenshots for a person to look at. */
export const screenshots = join(repoRoot, 'test-output', 'screenshots');
/** Debian's chromium: no browser is downloaded. */
export const CHROMIUM = '/usr/bin/chromium';
/** Browser tests skip themselves without the built web app or chromium. */
export const canRunBrowser = existsSync(join(webRoot, 'index.html')) && existsSync(CHROMIUM);

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors of the page, for a test to assert there were none. */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * Launches Debian's chromium with playwright-core as shared/domain/stack-probe.md found works here: headless, no
 * sandbox, and without the background networking this closed network refuses; a fresh profile each time.
 */
export async function openBrowser(options: { acceptDownloads?: boolean } = {}): Promise<Browser> {
  mkdirSync(screenshots, { recursive: true });
  const userDataDir = mkdtempSync(join(tmpdir(), 'parkeco-chr-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: options.acceptDownloads ?? false,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return {
    context,
    page,
    pageErrors,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Fills the sign-in form of the page it is on and waits until the signed-in layout shows. */
export async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByRole('button', { name: '当前用户' }).waitFor();
}

/** Picks `option` of an Ant Design select and waits until it shows, clicking again while the dropdown animates. */
export async function chooseOption(page: Page, field: Locator, option: string): Promise<void> {
  const shown = field.locator('.ant-select-selection-item');
  const showing = async () => ((await shown.count()) > 0 ? (await shown.allInnerTexts()).join('|') : '');
  await expect
    .poll(async () => {
      if ((await showing()).includes(option)) return true;
      await field.locator('.ant-select-selector').click({ timeout: 3000 });
      await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: option }).first().click({ timeout: 3000 });
      return (await showing()).includes(option);
    })
    .toBe(true);
}

/** A full-page screenshot test-output/screenshots/NAME.png, taken from the top once the page has settled. */
export async function fullPageShot(page: Page, name: string, settleMs = 800): Promise<void> {
  await page.waitForTimeout(settleMs);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

/**
 * Opens a page from a submenu of the left menu as a user does: opens the submenu when its link is hidden, clicks the
 * link, and tries again while the submenu's motion can swallow a click.
 */
export async function openFromMenu(page: Page, group: string, label: string, url: RegExp): Promise<void> {
  const link = page.getByRole('link', { name: label, exact: true });
  await expect
    .poll(async () => {
      if (url.test(page.url())) return true;
      if (!(await link.isVisible())) await page.getByRole('menuitem', { name: group }).click({ timeout: 3000 });
      await link.click({ timeout: 3000 }).catch(() => undefined);
      await page.waitForURL(url, { timeout: 3000 }).catch(() => undefined);
      return url.test(page.url());
    })
    .toBe(true);
}

/** Ticks a checkbox, clicking again when a closing dropdown or an opening dialog took the first click. */
export async function tick(box: Locator): Promise<void> {
  await expect
    .poll(async () => {
      if (!(await box.isChecked())) await box.click({ timeout: 3000 }).catch(() => undefined);
      return box.isChecked();
    })
    .toBe(true);
}

/**
 * 在线监测 in a real browser: the park officer registers a station through the UI, a simulated data logger sends
 * HJ 212 real-time data through real sockets to a receiver on the same store, and the pages show the station online,
 * its latest values with their flags, the live chart, the receiver's counters and the PM2.5 alarm.
 *
 * The built web app (web/dist) is served by the real server on a loopback port over a migrated PGlite store holding
 * the demo park. This file skips itself when web/dist or Debian's chromium is missing. Screenshots land in
 * test-output/screenshots/monitoring-*.png for a person to look at.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDataLoggerSimulator, type SimulatorResult } from '../../src/cli/hj212/dataLoggerSimulator.js';
import { createHj212Receiver, type Receiver } from '../../src/server/hj212/receiver.js';
import { DEMO_STATIONS } from '../../src/services/demo/qidongStations.js';
import { checkStationPassword } from '../../src/services/monitoring/stationPasswords.js';
import type { Store } from '../../src/store/client.js';
import { getStationByMn } from '../../src/store/queries/monitoring.js';
import { type Browser, canRunBrowser, openBrowser, openFromMenu, screenshots, signIn, webRoot } from '../helpers/browser.js';
import { createDemoApp, TEST_PASSWORD } from '../helpers/demoApp.js';


const MN = 'QD0000000000000000000777';
const STATION = '园区东门空气微站';
const PW = '123456';

describe.skipIf(!canRunBrowser)('在线监测 in the browser', () => {
  let store: Store;
  let app: FastifyInstance;
  let receiver: Receiver;
  let context: BrowserContext;
  let page: Page;
  let baseUrl: string;
  let browser: Browser;
  let sim: SimulatorResult;

  const rows = () => page.locator('.ant-table-tbody tr.ant-table-row');
  /** The station registered here, among the demo park's four. */
  const stationRow = () => rows().filter({ hasText: MN });
  const shot = async (name: string, settle = 500) => {
    await page.waitForTimeout(settle); // menus, tags, dialogs, messages and charts animate in
    await page.screenshot({ path: join(screenshots, `monitoring-${name}.png`), fullPage: true });
  };
  /** The station dialog (the 修改密码 dialog is always in the page, hidden). */
  const modal = () => page.locator('.ant-modal-content', { has: page.locator('.ant-modal-title', { hasText: '登记站点' }) });
  /** The error under a field of the dialog, found by the field's label. */
  const fieldError = (label: string) =>
    modal().locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) }).locator('.ant-form-item-explain-error');

  const login = (username: string) => signIn(page, username, TEST_PASSWORD);

  beforeAll(async () => {
    // The demo park and its users. The receiver publishes its counters to the store, where GET /api/receiver/stats
    // reads them; it listens only once the station is registered (below).
    ({ store, app } = await createDemoApp('pglite', webRoot));
    receiver = createHj212Receiver({ db: store.db, port: 0, host: '127.0.0.1', statusEveryMs: 200 });
    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    browser = await openBrowser();
    ({ context, page } = browser);
  });

  afterAll(async () => {
    await browser?.close();
    await receiver?.close();
    await app?.close();
    await store?.close();
  });

  it('offers 在线监测 to the park officer, with the demo park’s four stations', async () => {
    await page.goto(`${baseUrl}/`);
    await login('officer');
    // A closed submenu: its pages appear once it opens.
    expect(await page.locator('.ant-layout-sider .ant-menu-item', { hasText: '监测站点' }).count()).toBe(0);
    await openFromMenu(page, '在线监测', '监测站点', /\/monitoring\/stations$/);
    await expect.poll(() => rows().count()).toBe(DEMO_STATIONS.length);
    // Three air stations and the sewage works' outlet, with GB 18918-2002 一级B limits (COD 60 mg/L, pH 6–9), none heard yet.
    const outlet = await rows().filter({ hasText: '归阳镇污水处理厂总排口在线监测' }).innerText();
    expect(outlet).toContain('上限 60 mg/L');
    expect(outlet).toContain('未上报');
    await page.getByRole('link', { name: '超标报警' }).waitFor();
  });

  it('registers a station with a PM2.5 limit of 55 through 登记站点', async () => {
    await page.getByRole('button', { name: /登记站点/ }).click();
    await modal().waitFor();
    // 访问密码 is required for a new station.
    await page.getByLabel('MN（数采仪编码）').fill(MN);
    await page.getByLabel('站点名称').fill(STATION);
    await modal().getByRole('button', { name: /登\s*记/ }).click();
    await fieldError('访问密码（PW）').waitFor();
    expect(await fieldError('访问密码（PW）').innerText()).toContain('请输入访问密码');

    await page.getByLabel('访问密码（PW）').fill(PW);
    await page.getByLabel('位置').fill('园区管委会东门');
    await page.getByLabel('经度').fill('112.1234');
    await page.getByLabel('纬度').fill('26.7890');
    await modal().getByRole('button', { name: /添加报警限值/ }).click();
    await page.getByRole('combobox', { name: '报警限值第1行因子' }).fill('a34004');
    await page.locator('.ant-select-item-option', { hasText: '细颗粒物 PM2.5（a34004' }).click();
    await page.getByLabel('报警限值第1行上限').fill('55');
    await shot('register');
    await modal().getByRole('button', { name: /登\s*记/ }).click();
    await page.getByText(`已登记站点“${STATION}”`).waitFor();
    await modal().waitFor({ state: 'detached' });

    await expect.poll(() => rows().count()).toBe(DEMO_STATIONS.length + 1);
    const row = await stationRow().innerText();
    expect(row).toContain(STATION);
    expect(row).toContain(MN);
    expect(row).toContain('22 空气质量监测');
    expect(row).toContain('未上报');
    expect(row).toContain('上限 55 μg/m³');
  });

  it('shows the server’s 409 for a second station with the same MN under the MN field', async () => {
    await page.getByRole('button', { name: /登记站点/ }).click();
    await modal().waitFor();
    await page.getByLabel('MN（数采仪编码）').fill(MN);
    await page.getByLabel('站点名称').fill('重复的站点');
    await page.getByLabel('访问密码（PW）').fill(PW);
    await modal().getByRole('button', { name: /登\s*记/ }).click();
    await fieldError('MN（数采仪编码）').waitFor();
    expect(await fieldError('MN（数采仪编码）').innerText()).toContain(`MN ${MN} 已登记`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(screenshots, 'monitoring-duplicate-mn.png') });
    await modal().getByRole('button', { name: /取\s*消/ }).click();
    await modal().waitFor({ state: 'detached' });

    // 编辑 right after a cancelled 登记 shows the station, not the cancelled dialog's fields.
    await stationRow().getByRole('button', { name: /编\s*辑/ }).click();
    const dialog = page.locator('.ant-modal-content', { has: page.locator('.ant-modal-title', { hasText: `编辑站点：${STATION}` }) });
    await dialog.waitFor();
    expect(await page.getByLabel('MN（数采仪编码）').inputValue()).toBe(MN);
    expect(await page.getByLabel('站点名称').inputValue()).toBe(STATION);
    expect(await page.getByLabel('报警限值第1行上限').inputValue()).toBe('55');
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('receives a data logger’s real-time data over HJ 212 and shows the station 在线', async () => {
    const port = await receiver.listen();
    // Ten minutes ago, one second apart: inside the chart's window (the last hour of real-time data) and in the past.
    const startTime = new Date(Math.floor(Date.now() / 1000) * 1000 - 10 * 60_000);
    // PM2.5 is 20 + n % 40: frames 36 to 39 exceed 55, frame 40 ends the alarm.
    sim = await runDataLoggerSimulator({ host: '127.0.0.1', port, mns: [MN], pw: PW, rate: 20, frames: 60, startTime });
    expect(sim).toMatchObject({ sent: 60, acked: 60, failed: 0 });

    // The receiver writes last-heard times every 2 s; the list refreshes by itself every 10 s, 刷新 at once.
    await expect
      .poll(
        async () => {
          await page.getByRole('button', { name: /刷\s*新/ }).click();
          await page.waitForTimeout(500);
          return stationRow().innerText();
        },
        { timeout: 15_000, interval: 1000 },
      )
      .toContain('在线');
    const row = await stationRow().innerText();
    expect(row).not.toContain('未上报');
    expect(row).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/); // 最后上报时间
    await shot('stations');
  });

  it('shows the latest real-time values with their flags, the receiver counters and a live chart', async () => {
    await page.getByRole('link', { name: STATION }).click();
    await page.waitForURL(/\/monitoring\/stations\/\d+$/);
    await page.getByRole('heading', { name: new RegExp(STATION) }).waitFor();
    await page.locator('.ant-tabs-tab-active', { hasText: '实时数据（2011）' }).waitFor();

    const pm25 = page.locator('.ant-table-row', { hasText: '细颗粒物 PM2.5' });
    await pm25.waitFor();
    const cells = await pm25.innerText();
    expect(cells).toContain('a34004');
    expect(cells).toContain('μg/m³');
    expect(cells).toContain('N 正常');
    expect(cells).toContain('是'); // 有效
    // Six factors of an air station, each flagged N.
    expect(await page.locator('.ant-tabs-tabpane-active .ant-table-row').count()).toBe(6);
    expect(await page.locator('.ant-tabs-tabpane-active .ant-tag', { hasText: 'N 正常' }).count()).toBe(6);

    // 接收端: the running receiver, with what it stored (as it last wrote to the store; the page polls every 5 s).
    const receiverCard = page.locator('.ant-card', { hasText: '接收端（HJ 212）' });
    await receiverCard.waitFor();
    for (const t of ['帧/秒', '已存储', '错误分类']) await receiverCard.getByText(t).first().waitFor();
    await expect.poll(() => receiverCard.innerText(), { timeout: 15_000 }).toContain(String(sim.acked));
    expect(await receiverCard.locator('.ant-card-head-title').innerText()).toBe('接收端（HJ 212）'); // one receiver: no host:port

    // The chart starts with the factor that has a limit, over the last hour of real-time data.
    const summary = page.getByTestId('series-summary');
    await expect.poll(() => summary.innerText()).toMatch(new RegExp(`最近1小时实时数据：${sim.acked} 个数据点`));
    expect(await summary.innerText()).toContain('超标 4 个'); // 56 … 59 μg/m³
    const canvas = page.locator('.echarts-for-react canvas').first();
    await canvas.waitFor();
    await page.waitForTimeout(1200); // the line draws itself in
    // Pixels of the line's blue (#1677ff) and of the limit's red (#ff4d4f): the chart has drawn its data.
    const colours = await canvas.evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let blue = 0;
      let red = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        if (a < 200) continue;
        if (r < 90 && g > 90 && g < 150 && b > 220) blue++;
        if (r > 230 && g < 110 && b < 110) red++;
      }
      return { blue, red };
    });
    expect(colours.blue).toBeGreaterThan(200);
    expect(colours.red).toBeGreaterThan(50);

    // It refreshes by itself every 5 seconds.
    const updated = page.getByText(/^更新于 \d{2}:\d{2}:\d{2}$/).last();
    const first = await updated.innerText();
    await expect.poll(() => updated.innerText(), { timeout: 12_000 }).not.toBe(first);
    await shot('detail', 300);
  });

  it('lists the PM2.5 alarm with its limit of 55 in 超标报警', async () => {
    await page.getByRole('link', { name: '超标报警' }).click();
    await page.waitForURL(/\/monitoring\/alarms$/);
    await page.getByText(/^全部（1）$/).waitFor(); // the alarm page, not the station detail still on screen
    const alarm = rows().filter({ hasText: '细颗粒物 PM2.5' });
    await alarm.first().waitFor();
    expect(await rows().count()).toBe(1);
    const text = await alarm.first().innerText();
    expect(text).toContain(STATION);
    expect(text).toContain('实时数据');
    expect(text).toContain('上限 55 μg/m³');
    expect(text).toContain('59 μg/m³'); // the peak
    await shot('alarms');

    // Frame 40 (PM2.5 20) ended it: under 已结束, not 持续中.
    expect(text).not.toContain('持续中');
    await page.getByText(/^已结束（/).click();
    await expect.poll(() => rows().count()).toBe(1);
    await page.getByText(/^持续中（/).click();
    await expect.poll(() => rows().count()).toBe(0);
    await page.getByText(/^全部（/).click();
    await expect.poll(() => rows().count()).toBe(1);
  });

  it('edits the station without touching its password (留空不修改)', async () => {
    await page.getByRole('link', { name: STATION }).click();
    await page.waitForURL(/\/monitoring\/stations\/\d+$/);
    await page.getByRole('button', { name: /编\s*辑/ }).click();
    const dialog = page.locator('.ant-modal-content', { has: page.locator('.ant-modal-title', { hasText: '编辑站点' }) });
    await dialog.waitFor();
    expect(await page.getByLabel('访问密码（PW）').getAttribute('placeholder')).toBe('留空不修改');
    expect(await page.getByLabel('报警限值第1行上限').inputValue()).toBe('55');
    await page.getByLabel('位置').fill('园区管委会东门楼顶');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`已保存站点“${STATION}”`).waitFor();
    await dialog.waitFor({ state: 'detached' });
    const label = page.locator('.ant-descriptions-item-label', { hasText: /^位置$/ });
    await expect.poll(() => label.locator('xpath=following-sibling::td[1]').innerText()).toBe('园区管委会东门楼顶');
    // The logger's password is what it was.
    expect(await checkStationPassword((await getStationByMn(store.db, MN))!.passwordHash, PW)).toEqual({ ok: true, rehashed: null });
  });

  it('shows the reviewer the stations without 登记 or 编辑', async () => {
    // A fresh session rather than the user menu's 退出登录, whose animated menu a loaded machine can miss.
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/`);
    await login('hunan');
    await page.goto(`${baseUrl}/monitoring/stations`);
    await expect.poll(() => rows().count()).toBe(DEMO_STATIONS.length + 1);
    expect(await stationRow().innerText()).toContain(STATION);
    expect(await page.getByRole('button', { name: /登记站点/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /编\s*辑/ }).count()).toBe(0);
    await shot('reviewer');
    await page.getByRole('link', { name: STATION }).click();
    await page.locator('.ant-table-row', { hasText: '细颗粒物 PM2.5' }).waitFor();
    expect(await page.getByRole('button', { name: /编\s*辑/ }).count()).toBe(0);
  });

  it('raised no uncaught errors in the page', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});

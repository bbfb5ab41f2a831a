import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoApp } from '../helpers/demoApp.js';
import { CHROMIUM, openBrowser, screenshots } from '../helpers/browser.js';

describe.skipIf(!existsSync(CHROMIUM))('API docs in a browser', () => {
  it('load swagger-ui under the docs CSP without a refused script, style or request', { timeout: 60_000 }, async () => {
    const { store, app } = await createDemoApp('pglite');
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const browser = await openBrowser();
    const refused: string[] = [];
    browser.page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
    });
    try {
      const res = await browser.page.goto(`${address}/api/docs`);
      expect(res!.headers()['content-security-policy']).toContain("script-src 'self'");
      await browser.page.getByText('园区生态环境管理平台 API').first().waitFor();
      await browser.page.locator('.opblock').first().waitFor();
      await browser.page.screenshot({ path: join(screenshots, 'api-docs.png') });
      expect(refused).toEqual([]);
      expect(browser.pageErrors).toEqual([]);
    } finally {
      await browser.close();
      await app.close();
      await store.close();
    }
  });
});

import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import type { DemoOptions } from '../../src/services/demo/seedDemoPark.js';
import type { Store } from '../../src/store/client.js';
import { openBrowser, webRoot, type Browser } from './browser.js';
import { createDemoApp } from './demoApp.js';

/** The demo park served by the real server on a loopback port, and a browser to drive it. */
export interface ServedDemo {
  store: Store;
  app: FastifyInstance;
  baseUrl: string;
  browser: Browser;
  page: Page;
  /** Closes the browser, the server and the store. */
  close(): Promise<void>;
}

/** Serves the built web app and the API over a PGlite store holding the demo park, and opens chromium on nothing yet. */
export async function serveDemo(options: DemoOptions & { acceptDownloads?: boolean } = {}): Promise<ServedDemo> {
  const { store, app } = await createDemoApp('pglite', webRoot, { simulatedYear: options.simulatedYear ?? false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await openBrowser({ acceptDownloads: options.acceptDownloads ?? false });
  return {
    store,
    app,
    baseUrl,
    browser,
    page: browser.page,
    close: async () => {
      await browser.close();
      await app.close();
      await store.close();
    },
  };
}

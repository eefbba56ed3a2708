import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Page, test as base } from '@playwright/test';
import { type TestHost, startTestHost } from '../host/test-host';

interface Fixtures {
  /** A fresh data folder, removed after the test. */
  dataFolder: string;
  /** The test host on that folder; `restartHost` stops it and starts another on the same folder. */
  host: TestHost;
  restartHost: () => Promise<TestHost>;
  /** A page of the app, opened on the host's URL. */
  app: Page;
}

export const test = base.extend<Fixtures>({
  dataFolder: async ({}, use) => {
    const folder = await mkdtemp(join(tmpdir(), 'agendum-e2e-'));
    await use(folder);
    await rm(folder, { recursive: true, force: true });
  },
  host: async ({ dataFolder }, use) => {
    const hosts: TestHost[] = [await startTestHost(dataFolder)];
    await use(hosts[0] as TestHost);
    for (const host of hosts) await host.close();
  },
  restartHost: async ({ host, dataFolder }, use) => {
    let current = host;
    await use(async () => {
      await current.close();
      current = await startTestHost(dataFolder);
      return current;
    });
    if (current !== host) await current.close();
  },
  app: async ({ page, host }, use) => {
    await page.goto(host.url);
    await use(page);
  },
});

export { expect } from '@playwright/test';

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * Smoke test of the real Electron app. Electron's binary is downloaded on
 * first use; where it cannot be (no internet), the test is skipped and says so.
 */
function electronBinary(): string | null {
  const packageFolder = join(createRequire(import.meta.url).resolve('electron/package.json'), '..');
  const pathFile = join(packageFolder, 'path.txt');
  if (!existsSync(pathFile)) return null;
  return existsSync(join(packageFolder, 'dist')) ? packageFolder : null;
}

test('the packaged editor starts and shows the library', async () => {
  const installed = electronBinary();
  test.skip(
    installed === null,
    'Electron binary not available: node_modules/electron has no downloaded dist/ (no internet to fetch it)',
  );
  const app = await electron.launch({
    args: ['.'],
    env: { ...process.env, AGENDUM_DATA_DIR: '/tmp/agendum-electron-smoke' },
  });
  const window = await app.firstWindow();
  await expect(window.getByRole('heading', { name: 'Agendas' })).toBeVisible();
  await app.close();
});

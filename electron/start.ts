import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/**
 * `npm start`: runs the built app in Electron. Where Electron's binary cannot
 * be downloaded (no internet), says so and points to the browser test host.
 */
const require = createRequire(import.meta.url);

function electronBinary(): string | null {
  try {
    return require('electron') as string;
  } catch (error) {
    console.error(
      `Electron could not be started: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
}

const binary = electronBinary();
const result = binary ? spawnSync(binary, ['.'], { stdio: 'inherit' }) : null;
if (!result || result.error || result.status !== 0) {
  console.error('');
  console.error(
    'Electron’s binary is not available on this machine (it is downloaded on first use,',
  );
  console.error('and that needs internet access). Run the same editor in Chromium instead:');
  console.error('');
  console.error('    npm run start:browser');
  console.error('');
  process.exitCode = result?.status ?? 1;
}

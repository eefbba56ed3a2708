import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { startTestHost } from './test-host';

/**
 * `npm run start:browser`: the editor in Chromium, against the loopback test
 * host, for machines where Electron's binary cannot be had.
 */
const dataFolder = process.env.AGENDUM_DATA_DIR ?? join(homedir(), '.agendum-browser');
const port = Number(process.env.AGENDUM_PORT ?? 0);
const host = await startTestHost(dataFolder, port);
console.log(`Agendum is running at ${host.url}`);
console.log(`Data folder: ${dataFolder}`);

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (process.env.DISPLAY && existsSync(chromium)) {
  spawn(chromium, [`--app=${host.url}`, '--no-first-run', '--disable-background-networking'], {
    stdio: 'ignore',
    detached: true,
  }).unref();
} else {
  console.log('Open that address in Chromium (no display was found to open it for you).');
}
console.log('Press Ctrl+C to stop.');

const stop = () => void host.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

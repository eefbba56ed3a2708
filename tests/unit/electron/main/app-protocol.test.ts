import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveAppUrl, serveAppUrl } from '../../../../electron/main/app-protocol';

let bundle = '';
beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'agendum-protocol-'));
  bundle = join(root, 'renderer');
  await mkdir(join(bundle, 'assets'), { recursive: true });
  await writeFile(join(bundle, 'index.html'), '<!doctype html>');
  await writeFile(join(bundle, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'secret');
});

/** Attempts to read outside the bundle: every one must be refused. */
const TRAVERSALS = [
  'app://agendum/../secret.txt',
  'app://agendum/../../etc/passwd',
  'app://agendum/assets/../../secret.txt',
  'app://agendum/%2e%2e/secret.txt',
  'app://agendum/%2E%2E/secret.txt',
  'app://agendum/%2e%2e%2fsecret.txt',
  'app://agendum/%2e%2e%2Fsecret.txt',
  'app://agendum/assets/%2e%2e/%2e%2e/secret.txt',
  'app://agendum/..%2fsecret.txt',
  'app://agendum/..%2Fsecret.txt',
  'app://agendum/..%5csecret.txt',
  'app://agendum/..%5Csecret.txt',
  'app://agendum/%2e%2e%5csecret.txt',
  'app://agendum/..\\secret.txt',
  'app://agendum/assets\\..\\..\\secret.txt',
  'app://agendum/\\\\server\\share\\file.txt',
  'app://agendum/%5c%5cserver%5cshare%5cfile.txt',
  'app://agendum//server/share/file.txt',
  'app://agendum/C:/Windows/win.ini',
  'app://agendum/C:%5CWindows%5Cwin.ini',
  'app://agendum/c:\\windows\\win.ini',
  'app://agendum/%43%3A/Windows/win.ini',
  'app://agendum/D:secret.txt',
  'app://agendum/./../secret.txt',
  'app://agendum/assets/./../../secret.txt',
  'app://agendum/%2e/%2e%2e/secret.txt',
  'app://agendum/.%2e/secret.txt',
  'app://agendum/%2e./secret.txt',
  'app://agendum/assets/..%00/secret.txt',
  'app://agendum/index.html%00.png',
  'app://agendum/%00',
  'app://agendum/%252e%252e/secret.txt',
  'app://agendum/%c0%ae%c0%ae/secret.txt',
  'app://agendum/%uff0e%uff0e/secret.txt',
  'app://agendum/%e0%80%ae%e0%80%ae/secret.txt',
  'app://agendum/....//secret.txt',
  'app://agendum/assets/...//../secret.txt',
  'app://other-host/index.html',
  'app://agendum.evil/index.html',
  'app://evil@agendum/../secret.txt',
  'file:///etc/passwd',
  'file://agendum/index.html',
  'http://agendum/index.html',
  'https://example.com/index.html',
  'app:///etc/passwd',
  'app://agendum/%2F..%2F..%2Fsecret.txt',
  'app://agendum/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
  'app://agendum/%3f/../../secret.txt',
  'app://agendum/assets/%',
  'app://agendum/assets/%zz',
  'not a url at all',
  'app://agendum/\\..\\secret.txt',
  'app://agendum/assets/..;/secret.txt',
  'app://agendum/%2e%2e%3b/secret.txt',
];

describe('the app:// protocol', () => {
  it('serves the files of the bundle', async () => {
    expect(resolveAppUrl('app://agendum/', bundle)).toBe(join(bundle, 'index.html'));
    expect(resolveAppUrl('app://agendum/assets/app.js', bundle)).toBe(
      join(bundle, 'assets', 'app.js'),
    );
    const response = await serveAppUrl('app://agendum/assets/app.js', bundle);
    expect(response.status).toBe(200);
    expect(response.contentType).toMatch(/javascript/);
  });

  it(`refuses ${TRAVERSALS.length} path-traversal attempts`, async () => {
    expect(TRAVERSALS.length).toBeGreaterThanOrEqual(50);
    for (const url of TRAVERSALS) {
      const file = resolveAppUrl(url, bundle);
      if (file !== null) {
        // A few odd spellings resolve to a harmless name inside the bundle; none may leave it.
        expect(file.startsWith(`${bundle}/`), url).toBe(true);
      }
      const response = await serveAppUrl(url, bundle);
      expect(response.body.toString(), url).not.toBe('secret');
      expect(response.status, url).toBe(404);
    }
  });
});

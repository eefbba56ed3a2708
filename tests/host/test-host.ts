import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { createHandlers } from '../../electron/main/handlers';
import { chromiumPdfPrinter } from '../../electron/main/export/print-pdf-bytes-with-chromium';
import { LibraryStore } from '../../electron/main/library/library-store';
import { APP_ORIGIN, serveAppUrl } from '../../electron/main/app-protocol';
import { dispatch } from '../../shared/ipc/dispatch';
import { ScriptedDialogs } from './scripted-dialogs';

/**
 * The loopback test host: serves the built renderer and the very same handler
 * table as Electron's main process, over HTTP, to a Chromium driven by
 * Playwright. Every request must carry the per-run secret (in the first URL,
 * then in a cookie).
 */

const ROOT = resolve(import.meta.dirname, '../..');
const RENDERER_FOLDER = join(ROOT, 'dist/renderer');
const BRIDGE_FILE = join(ROOT, 'dist/test-host/bridge.js');
const COOKIE = 'agendum-test-host';
const MAX_BODY_BYTES = 50 * 1024 * 1024;

export interface TestHost {
  /** Open this URL: it carries the secret and sets the cookie. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly dataFolder: string;
  /** Answers of the folder and file dialogs, set by the test before it clicks. */
  readonly dialogs: ScriptedDialogs;
  close(): Promise<void>;
}

export async function startTestHost(dataFolder: string, port = 0): Promise<TestHost> {
  const token = randomBytes(24).toString('hex');
  const library = new LibraryStore(join(dataFolder, 'library'));
  const dialogs = new ScriptedDialogs();
  const handlers = createHandlers({
    library,
    appInfo: { version: '0.0.0-test', dataFolder, host: 'test-host' },
    dialogs,
    printPdf: chromiumPdfPrinter(),
  });

  const server = createServer((request, response) => {
    void route(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(error instanceof Error ? error.message : 'error');
    });
  });

  function authorised(request: IncomingMessage, url: URL): boolean {
    const offered =
      url.searchParams.get('token') ??
      request.headers.cookie
        ?.split(';')
        .map((part) => part.trim().split('='))
        .find(([name]) => name === COOKIE)?.[1];
    if (!offered || offered.length !== token.length) return false;
    return timingSafeEqual(Buffer.from(offered), Buffer.from(token));
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!authorised(request, url)) {
      response.writeHead(403, { 'content-type': 'text/plain' });
      response.end('Forbidden: this test host needs its secret token.');
      return;
    }
    const headers: Record<string, string> = {
      'set-cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      'cache-control': 'no-store',
    };
    if (url.pathname.startsWith('/ipc/') && request.method === 'POST') {
      const channel = decodeURIComponent(url.pathname.slice('/ipc/'.length));
      const body = await readBody(request);
      let args: unknown;
      try {
        args = JSON.parse(body);
      } catch {
        args = undefined;
      }
      const result = await dispatch(handlers, channel, args, true);
      response.writeHead(200, { ...headers, 'content-type': 'application/json' });
      response.end(JSON.stringify(result));
      return;
    }
    if (url.pathname === '/__test-host__/bridge.js') {
      response.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' });
      response.end(await readFile(BRIDGE_FILE));
      return;
    }
    const served = await serveAppUrl(`${APP_ORIGIN}${url.pathname}`, RENDERER_FOLDER);
    let body = served.body;
    if (served.status === 200 && served.contentType.startsWith('text/html')) {
      // The bridge must be in place before the app's module script runs.
      body = Buffer.from(served.body)
        .toString('utf8')
        .replace(
          '<script type="module"',
          '<script src="/__test-host__/bridge.js"></script>\n    <script type="module"',
        );
    }
    response.writeHead(served.status, { ...headers, 'content-type': served.contentType });
    response.end(body);
  }

  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: actualPort } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${actualPort}`;
  return {
    url: `${origin}/index.html?token=${token}`,
    origin,
    token,
    dataFolder,
    dialogs,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

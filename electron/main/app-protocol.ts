import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/** The renderer is served from `app://agendum/…`, never from `file://`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'agendum';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * Maps an `app://agendum/<path>` URL to a file of the renderer bundle, or
 * null when the URL tries to leave it (`..`, encoded dots, backslashes,
 * drive letters, UNC paths, another host).
 */
export function resolveAppUrl(url: string, bundleFolder: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path === '/' || path === '') path = '/index.html';
  // Anything a file system could read as "go elsewhere" is refused outright.
  if (/[\\:\0]/.test(path) || path.split('/').some((part) => part === '..' || part === '.')) {
    return null;
  }
  const root = resolve(bundleFolder);
  const target = resolve(root, `.${path}`);
  return target.startsWith(root + sep) ? target : null;
}

export interface AppResponse {
  readonly status: number;
  readonly body: Uint8Array | string;
  readonly contentType: string;
}

/** Reads a bundle file for the protocol handler; 404 for anything outside or missing. */
export async function serveAppUrl(url: string, bundleFolder: string): Promise<AppResponse> {
  const file = resolveAppUrl(url, bundleFolder);
  if (!file) return { status: 404, body: 'Not found', contentType: 'text/plain' };
  try {
    const body = await readFile(file);
    const contentType = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    return { status: 200, body, contentType };
  } catch {
    return { status: 404, body: 'Not found', contentType: 'text/plain' };
  }
}

import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The window's security baseline, read from the code that creates windows.
 * `electron` is mocked: importing the real module tries to download its binary.
 */
const electron = vi.hoisted(() => {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const created: {
    options: Record<string, unknown>;
    openHandler?: (details: { url: string }) => unknown;
  }[] = [];
  class BrowserWindow {
    webContents = {
      id: 7,
      on: (event: string, listener: (...args: unknown[]) => void) => listeners.set(event, listener),
      setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => {
        const record = created.at(-1);
        if (record) record.openHandler = handler;
      },
      closeDevTools: vi.fn(),
    };
    constructor(options: Record<string, unknown>) {
      created.push({ options });
    }
    maximize = vi.fn();
    once = vi.fn();
    on = vi.fn();
    loadURL = vi.fn(() => Promise.resolve());
    getNormalBounds = () => ({ x: 0, y: 0, width: 1000, height: 700 });
    isMaximized = () => false;
  }
  const permissionHandlers: { request?: (...args: unknown[]) => void; check?: () => boolean } = {};
  return {
    listeners,
    created,
    permissionHandlers,
    module: {
      BrowserWindow,
      app: { isPackaged: true },
      screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
      shell: { openExternal: vi.fn(() => Promise.resolve()) },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (handler: (...args: unknown[]) => void) => {
            permissionHandlers.request = handler;
          },
          setPermissionCheckHandler: (handler: () => boolean) => {
            permissionHandlers.check = handler;
          },
        },
      },
    },
  };
});
vi.mock('electron', () => electron.module);

const { createMainWindow, setupPermissions } = await import('../../../../electron/main/windows');
const { isSafeExternalUrl } = await import('../../../../electron/main/window-security');

describe('every window', () => {
  beforeEach(() => {
    electron.created.length = 0;
    electron.listeners.clear();
  });

  it('is sandboxed, isolated, without Node, with web security on', async () => {
    await createMainWindow('/nonexistent-data-folder');
    const options = electron.created[0]?.options as { webPreferences: Record<string, unknown> };
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String(options.webPreferences.preload)).toMatch(/preload\.cjs$/);
  });

  it('denies navigation away from app://, redirects, webviews and new windows', async () => {
    await createMainWindow('/nonexistent-data-folder');
    const navigate = electron.listeners.get('will-navigate');
    const blocked = { preventDefault: vi.fn() };
    navigate?.(blocked, 'https://evil.example/');
    expect(blocked.preventDefault).toHaveBeenCalled();
    const allowed = { preventDefault: vi.fn() };
    navigate?.(allowed, 'app://agendum/index.html');
    expect(allowed.preventDefault).not.toHaveBeenCalled();
    for (const event of ['will-redirect', 'will-attach-webview']) {
      const attempt = { preventDefault: vi.fn() };
      electron.listeners.get(event)?.(attempt);
      expect(attempt.preventDefault, event).toHaveBeenCalled();
    }
    const openHandler = electron.created[0]?.openHandler;
    expect(openHandler?.({ url: 'https://www.un.org/' })).toEqual({ action: 'deny' });
    expect(electron.module.shell.openExternal).toHaveBeenCalledWith('https://www.un.org/');
    electron.module.shell.openExternal.mockClear();
    expect(openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.module.shell.openExternal).not.toHaveBeenCalled();
  });

  it('closes DevTools in packaged builds', async () => {
    await createMainWindow('/nonexistent-data-folder');
    expect(electron.listeners.has('devtools-opened')).toBe(true);
  });

  it('denies every permission request and check', () => {
    setupPermissions();
    const callback = vi.fn();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      electron.permissionHandlers.request?.({}, permission, callback);
    }
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
    expect(electron.permissionHandlers.check?.()).toBe(false);
  });

  it('opens only https: and mailto: links externally', () => {
    expect(isSafeExternalUrl('https://documents.un.org/')).toBe(true);
    expect(isSafeExternalUrl('mailto:secretariat@un.org')).toBe(true);
    for (const url of [
      'http://un.org',
      'file:///c:/x',
      'javascript:alert(1)',
      'smb://share',
      'nonsense',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

import { join } from 'node:path';
import {
  BrowserWindow,
  type BrowserWindowConstructorOptions,
  type WebContents,
  app,
  screen,
  session,
  shell,
} from 'electron';
import { APP_ORIGIN } from './app-protocol';
import { loadWindowState, saveWindowState } from './window-state';
import { isSafeExternalUrl } from './window-security';

const ourWindows = new Set<number>();

/** True for a frame of a page that one of our windows loaded from app://. */
export function isOurWebContents(contents: WebContents): boolean {
  return ourWindows.has(contents.id);
}

/** No navigation away from the app, no new windows; links go to the system browser. */
function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // electronegativity-justified OPEN_EXTERNAL_JS_CHECK: only https: and mailto:, checked just before.
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  if (app.isPackaged) {
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
}

/** Camera, microphone, location, notifications…: an agenda editor needs none of them. */
export function setupPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/**
 * Every window of the app is made here, with the security baseline written
 * out in full so that a reader (and Electronegativity) sees it in one place.
 */
export function createSecureWindow(
  options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
  preloadPath?: string,
): BrowserWindow {
  const window = new BrowserWindow({
    ...options,
    webPreferences: {
      ...(preloadPath ? { preload: preloadPath } : {}),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  ourWindows.add(window.webContents.id);
  lockDown(window.webContents);
  const { id } = window.webContents;
  window.on('closed', () => ourWindows.delete(id));
  return window;
}

export async function createMainWindow(dataFolder: string): Promise<BrowserWindow> {
  const state = await loadWindowState(
    dataFolder,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = createSecureWindow(
    { ...state, minWidth: 800, minHeight: 560, show: false, title: 'Agendum' },
    join(__dirname, 'preload.cjs'),
  );
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    void saveWindowState(dataFolder, { ...bounds, maximized: window.isMaximized() });
  });
  await window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, powerMonitor, protocol, session } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../shared/ipc/contract';
import { APP_SCHEME, serveAppUrl } from './app-protocol';
import { createCloseGuard } from './close-guard';
import { createHandlers } from './handlers';
import { spellcheckerLanguagesFor } from './spellcheck';
import { printPdfWithElectron } from './export/print-pdf-with-electron';
import { electronDialogs } from './electron-dialogs';
import { isTrustedSender, setupIpc } from './ipc';
import { LibraryStore } from './library/library-store';
import { applicationMenuTemplate } from './menu';
import { createMainWindow, isOurWebContents, setupPermissions } from './windows';

/**
 * Agendum's main process: an ordered list of setup steps, the window last.
 * Everything with behaviour lives in modules that run without Electron.
 */

const RENDERER_FOLDER = join(__dirname, '..', 'renderer');

function dataFolder(): string {
  return process.env.AGENDUM_DATA_DIR ?? app.getPath('userData');
}

function setupSingleInstance(): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  return true;
}

function setupAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function setupAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const response = await serveAppUrl(request.url, RENDERER_FOLDER);
    return new Response(response.body, {
      status: response.status,
      headers: { 'content-type': response.contentType },
    });
  });
}

const closeGuard = createCloseGuard({
  confirmCloseAnyway: async (reason) => {
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      buttons: ['Keep the window open', 'Close without saving'],
      defaultId: 0,
      cancelId: 0,
      message: 'Your last changes are not saved.',
      detail: `They could not be written: ${reason}. Keep the window open to try again, or close and lose them.`,
    });
    return response === 1;
  },
});

let library: LibraryStore | undefined;

function setupHandlers(): void {
  library = new LibraryStore(join(dataFolder(), 'library'));
  const handlers = createHandlers({
    library,
    appInfo: { version: app.getVersion(), dataFolder: dataFolder(), host: 'electron' },
    dialogs: electronDialogs(),
    printPdf: printPdfWithElectron,
    onFlushed: (report) => closeGuard.onFlushed(report),
    onDocumentLanguage: (language) => {
      const { defaultSession } = session;
      defaultSession.setSpellCheckerLanguages(
        spellcheckerLanguagesFor(language, defaultSession.availableSpellCheckerLanguages),
      );
    },
  });
  setupIpc(handlers, (event) => isTrustedSender(event, () => isOurWebContents(event.sender)));
}

/** Pending edits reach the disk before a window closes, the app quits or the laptop sleeps. */
function setupFlushBeforeLeaving(window: BrowserWindow): void {
  window.on('close', (event) => {
    const waiting = closeGuard.onClose({
      requestFlush: () => window.webContents.send(MENU_COMMAND_CHANNEL, 'flush'),
      destroy: () => window.destroy(),
    });
    if (waiting) event.preventDefault();
  });
  const flushAll = () => {
    for (const open of BrowserWindow.getAllWindows()) {
      open.webContents.send(MENU_COMMAND_CHANNEL, 'flush');
    }
  };
  powerMonitor.on('suspend', flushAll);
  powerMonitor.on('shutdown', flushAll);
  powerMonitor.on('lock-screen', flushAll);
  app.on('will-quit', () => void library?.releaseAll());
}

function sendMenuCommand(command: MenuCommand): void {
  BrowserWindow.getFocusedWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function setupMenu(): void {
  const template = applicationMenuTemplate(
    {
      newAgenda: () => sendMenuCommand('new-agenda'),
      openLibrary: () => sendMenuCommand('open-library'),
      importAgenda: () => sendMenuCommand('import'),
      exportAgenda: () => sendMenuCommand('export'),
      undo: () => sendMenuCommand('undo'),
      redo: () => sendMenuCommand('redo'),
      about: () =>
        void dialog.showMessageBox({
          title: 'About Agendum',
          message: `Agendum ${app.getVersion()}`,
          detail: 'Drafting the provisional agenda and annotations of United Nations meetings.',
        }),
    },
    process.platform,
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function start(): Promise<void> {
  if (!setupSingleInstance()) return;
  setupAppScheme();
  await app.whenReady();
  setupAppProtocol();
  setupPermissions();
  setupHandlers();
  setupMenu();
  app.on('window-all-closed', () => app.quit());
  setupFlushBeforeLeaving(await createMainWindow(dataFolder()));
}

void start();

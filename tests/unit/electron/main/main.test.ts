import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../../shared/ipc/contract';

/** main.ts is an ordered list of setup steps; this records the order they reach Electron. */
const steps = vi.hoisted(() => [] as string[]);
vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => [];
    static getFocusedWindow = () => null;
    webContents = { id: 1, on: vi.fn(), setWindowOpenHandler: vi.fn() };
    constructor() {
      steps.push('window');
    }
    once = vi.fn();
    on = vi.fn();
    maximize = vi.fn();
    loadURL = (url: string) => {
      steps.push(`load ${url}`);
      return Promise.resolve();
    };
  }
  return {
    BrowserWindow,
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => {
        steps.push('single-instance lock');
        return true;
      },
      on: vi.fn(),
      whenReady: () => {
        steps.push('ready');
        return Promise.resolve();
      },
      getPath: () => '/tmp/agendum-main-test',
      getVersion: () => '0.1.0',
      quit: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: () => steps.push('app scheme'),
      handle: (scheme: string) => steps.push(`protocol ${scheme}`),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => steps.push('permissions'),
        setPermissionCheckHandler: vi.fn(),
      },
    },
    ipcMain: { handle: (channel: string) => steps.push(`ipc ${channel}`) },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: () => steps.push('menu'),
    },
    screen: { getAllDisplays: () => [] },
    shell: { openExternal: vi.fn() },
    dialog: { showMessageBox: vi.fn() },
    powerMonitor: { on: (event: string) => steps.push(`power ${event}`) },
  };
});

describe('main', () => {
  it('sets up in order: lock, scheme, ready, protocol, permissions, IPC, menu, then the window', async () => {
    process.env.AGENDUM_DATA_DIR = '/tmp/agendum-main-test';
    await import('../../../../electron/main/main');
    await vi.waitFor(() => expect(steps).toContain('load app://agendum/index.html'));
    const ipcSteps = steps.filter((step) => step.startsWith('ipc '));
    expect(ipcSteps).toHaveLength(CHANNELS.length);
    await vi.waitFor(() => expect(steps).toContain('power suspend'));
    // Before the laptop sleeps or shuts down, pending edits are written.
    expect(steps).toEqual(expect.arrayContaining(['power suspend', 'power shutdown']));
    const order = steps.filter((step) => !step.startsWith('ipc ') && !step.startsWith('power '));
    expect(order).toEqual([
      'single-instance lock',
      'app scheme',
      'ready',
      'protocol app',
      'permissions',
      'menu',
      'window',
      'load app://agendum/index.html',
    ]);
    expect(steps.indexOf('ipc app:info')).toBeLessThan(steps.indexOf('menu'));
  });
});

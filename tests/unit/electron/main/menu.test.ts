import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { applicationMenuTemplate } from '../../../../electron/main/menu';

function labels(menu: MenuItemConstructorOptions[]): string[] {
  return menu.map((entry) => (entry.label ?? entry.role ?? '').replace('&', ''));
}

function submenu(menu: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const found = menu.find((entry) => entry.label?.replace('&', '') === label);
  return (found?.submenu ?? []) as MenuItemConstructorOptions[];
}

describe('the application menu', () => {
  const actions = {
    newAgenda: vi.fn(),
    openLibrary: vi.fn(),
    importAgenda: vi.fn(),
    exportAgenda: vi.fn(),
    undo: vi.fn(),
    redo: vi.fn(),
    about: vi.fn(),
  };

  it('has File, Edit, View and Help, with the app menu first on macOS', () => {
    expect(labels(applicationMenuTemplate(actions, 'linux'))).toEqual([
      'File',
      'Edit',
      'View',
      'Help',
    ]);
    expect(labels(applicationMenuTemplate(actions, 'darwin'))[0]).toBe('appMenu');
  });

  it('File holds New, Open library, Import…, Export… and Quit; Edit holds Undo, Redo, Cut, Copy, Paste', () => {
    const menu = applicationMenuTemplate(actions, 'win32');
    expect(labels(submenu(menu, 'File')).filter(Boolean)).toEqual([
      'New agenda',
      'Open library',
      'Import…',
      'Export…',
      'Quit',
    ]);
    (submenu(menu, 'File')[2]?.click as () => void)();
    expect(actions.importAgenda).toHaveBeenCalledOnce();
    expect(labels(submenu(menu, 'Edit')).filter(Boolean)).toEqual([
      'Undo',
      'Redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it('sends Undo and Redo to the editor’s own history', () => {
    const edit = submenu(applicationMenuTemplate(actions, 'linux'), 'Edit');
    (edit[0]?.click as () => void)();
    (edit[1]?.click as () => void)();
    expect(actions.undo).toHaveBeenCalledOnce();
    expect(actions.redo).toHaveBeenCalledOnce();
    expect(edit[0]?.accelerator).toBe('CmdOrCtrl+Z');
    expect(edit[1]?.accelerator).toBe('CmdOrCtrl+Shift+Z');
  });
});

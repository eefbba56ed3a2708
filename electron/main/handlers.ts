import type { AppInfo, HandlerTable } from '../../shared/ipc/contract';
import type { LibraryStore } from './library/library-store';

export interface HandlerContext {
  readonly library: LibraryStore;
  readonly appInfo: AppInfo;
}

/**
 * Every channel's implementation, as plain data.
 *
 * Electron's ipcMain and the loopback test host serve this same table; only
 * the transport differs.
 */
export function createHandlers({ library, appInfo }: HandlerContext): HandlerTable {
  return {
    'app:info': () => Promise.resolve(appInfo),
    'library:list': () => library.list(),
    'library:create': (request) => library.create(request.name, request.template),
    'library:duplicate': (id) => library.duplicate(id),
    'library:rename': (id, name) => library.rename(id, name),
    'library:delete': async (id) => {
      await library.delete(id);
      return null;
    },
    'agenda:load': (id) => library.load(id),
    'agenda:save': (agenda) => library.save(agenda),
  };
}

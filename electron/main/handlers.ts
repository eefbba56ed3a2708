import type { AppInfo, FlushReport, HandlerTable } from '../../shared/ipc/contract';
import type { Language } from '../../shared/model/agenda';
import type { LibraryStore } from './library/library-store';
import { ExportService } from './export/export-service';
import type { HostDialogs } from './host-dialogs';
import type { PrintPdf } from './export/render-export-file';
import { importFileIntoLibrary, importTextIntoLibrary } from './import/import-into-library';

export interface HandlerContext {
  readonly library: LibraryStore;
  readonly appInfo: AppInfo;
  /** Folder and file dialogs: paths to write to or read from come from these, never the renderer. */
  readonly dialogs: HostDialogs;
  readonly printPdf: PrintPdf;
  /** Called when the renderer has written (or failed to write) its pending edits. */
  readonly onFlushed?: (report: FlushReport) => void;
  /** The system spellchecker follows the language of the agenda being edited. */
  readonly onDocumentLanguage?: (language: Language) => void;
}

/**
 * Every channel's implementation, as plain data.
 *
 * Electron's ipcMain and the loopback test host serve this same table; only
 * the transport differs.
 */
export function createHandlers({
  library,
  appInfo,
  dialogs,
  printPdf,
  onFlushed,
  onDocumentLanguage,
}: HandlerContext): HandlerTable {
  const exports = new ExportService({ dataFolder: appInfo.dataFolder, dialogs, printPdf });
  return {
    'app:info': () => Promise.resolve(appInfo),
    'app:flushed': (report) => {
      onFlushed?.(report);
      return Promise.resolve(null);
    },
    'library:list': () => library.list(),
    'library:create': (request) => library.create(request.name, request.template),
    'library:duplicate': (id) => library.duplicate(id),
    'library:rename': (id, name) => library.rename(id, name),
    'library:delete': async (id) => {
      await library.delete(id);
      return null;
    },
    'trash:list': () => library.listTrash(),
    'trash:restore': (trashId) => library.restoreFromTrash(trashId),
    'trash:delete': async (trashId) => {
      await library.deleteFromTrash(trashId);
      return null;
    },
    'agenda:open-for-editing': (id) => library.openForEditing(id),
    'agenda:release': async (id) => {
      await library.release(id);
      return null;
    },
    'history:list': (id) => library.listVersions(id),
    'history:read': (id, versionId) => library.readVersion(id, versionId),
    'history:restore': (id, versionId) => library.restoreVersion(id, versionId),
    'history:name-version': (id, name) => library.nameVersion(id, name),
    'history:list-named': (id) => library.listNamedVersions(id),
    'history:read-named': (id, versionId) => library.readNamedVersion(id, versionId),
    'history:delete-named': async (id, versionId) => {
      await library.deleteNamedVersion(id, versionId);
      return null;
    },
    'library:start-next-session': (id, request) => library.startNextSession(id, request),
    'library:revise-issuance': (id, kind) => library.reviseIssuance(id, kind),
    'compare:export': (request) => exports.exportComparison(request),
    'agenda:load': async (id) => {
      const agenda = await library.load(id);
      onDocumentLanguage?.(agenda.header.documentLanguage);
      return agenda;
    },
    'agenda:save': (agenda) => {
      onDocumentLanguage?.(agenda.header.documentLanguage);
      return library.save(agenda);
    },
    'library:import-file': async () => {
      const path = await dialogs.chooseAgendaFile();
      return path === null ? null : importFileIntoLibrary(library, path);
    },
    'library:import-text': (text) => importTextIntoLibrary(library, text),
    'export:choose-folder': () => exports.chooseFolder(),
    'export:list-recent-folders': () => exports.recentFolders(),
    'export:preview-file-names': (request) => exports.previewFileNames(request),
    'export:write-files': (request) => exports.export(request),
  };
}

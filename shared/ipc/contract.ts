import { z } from 'zod';
import { AgendaSchema, IdSchema } from '../model/agenda';
import { LibraryEntrySchema, LibraryListingSchema } from '../library/library-entry';
import { ImportedAgendaSchema, PastedAgendaTextSchema } from '../library/imported-agenda';
import {
  AgendaVersionSchema,
  EditingAccessSchema,
  NamedVersionSchema,
  VersionNameSchema,
  RestoredVersionSchema,
  TrashEntrySchema,
} from '../library/history';
import {
  ExportOutcomeSchema,
  ExportRequestSchema,
  FileNamesPreviewSchema,
  FileNamesRequestSchema,
  RecentFolderSchema,
} from '../export/export-request';
import {
  ComparisonExportRequestSchema,
  IssuanceKindSchema,
  NextSessionRequestSchema,
} from '../revisions/revision-requests';

/**
 * The one IPC contract: channel name (`domain:verb`) → argument and result schemas.
 *
 * Main parses every argument list with `args` before a handler sees it; the
 * preload and the test host's bridge derive their methods from this map.
 */

export const AGENDA_TEMPLATES = ['blank', 'standard'] as const;

export const CreateAgendaRequestSchema = z.object({
  name: z.string().max(500),
  template: z.enum(AGENDA_TEMPLATES),
});
export type CreateAgendaRequest = z.infer<typeof CreateAgendaRequestSchema>;

export const SaveReceiptSchema = z.object({
  savedAt: z.string(),
  /**
   * The agenda is saved, but its history could not keep this version: why, in
   * the user's words. The next save tries again.
   */
  historyProblem: z.string().max(2_000).optional(),
});
export type SaveReceipt = z.infer<typeof SaveReceiptSchema>;

export const AppInfoSchema = z.object({
  version: z.string(),
  dataFolder: z.string(),
  host: z.enum(['electron', 'test-host']),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const FlushReportSchema = z.object({
  saved: z.boolean(),
  /** Why the last save failed, in the user's words. */
  error: z.string().max(2_000).nullable(),
});
export type FlushReport = z.infer<typeof FlushReportSchema>;

export const ipcContract = {
  'app:info': { args: z.tuple([]), result: AppInfoSchema },
  /** The renderer's answer to a 'flush' command: whether every edit is on disk. */
  'app:flushed': { args: z.tuple([FlushReportSchema]), result: z.null() },
  'library:list': { args: z.tuple([]), result: LibraryListingSchema },
  'library:create': { args: z.tuple([CreateAgendaRequestSchema]), result: LibraryEntrySchema },
  'library:duplicate': { args: z.tuple([IdSchema]), result: LibraryEntrySchema },
  'library:rename': {
    args: z.tuple([IdSchema, z.string().trim().min(1).max(500)]),
    result: LibraryEntrySchema,
  },
  'library:delete': { args: z.tuple([IdSchema]), result: z.null() },
  'trash:list': { args: z.tuple([]), result: z.array(TrashEntrySchema) },
  'trash:restore': { args: z.tuple([TrashEntrySchema.shape.trashId]), result: LibraryEntrySchema },
  'trash:delete': { args: z.tuple([TrashEntrySchema.shape.trashId]), result: z.null() },
  /** Takes the agenda for editing, or says who edits it elsewhere (then the window is read-only). */
  'agenda:open-for-editing': { args: z.tuple([IdSchema]), result: EditingAccessSchema },
  'agenda:release': { args: z.tuple([IdSchema]), result: z.null() },
  'history:list': { args: z.tuple([IdSchema]), result: z.array(AgendaVersionSchema) },
  'history:read': {
    args: z.tuple([IdSchema, AgendaVersionSchema.shape.versionId]),
    result: AgendaSchema,
  },
  'history:restore': {
    args: z.tuple([IdSchema, AgendaVersionSchema.shape.versionId]),
    result: RestoredVersionSchema,
  },
  /** Keeps the agenda as saved now under the user's name ("sent to the Bureau"), until deleted. */
  'history:name-version': {
    args: z.tuple([IdSchema, VersionNameSchema]),
    result: NamedVersionSchema,
  },
  'history:list-named': { args: z.tuple([IdSchema]), result: z.array(NamedVersionSchema) },
  'history:read-named': {
    args: z.tuple([IdSchema, NamedVersionSchema.shape.versionId]),
    result: AgendaSchema,
  },
  'history:delete-named': {
    args: z.tuple([IdSchema, NamedVersionSchema.shape.versionId]),
    result: z.null(),
  },
  /** A new agenda for the next session, started from this one. */
  'library:start-next-session': {
    args: z.tuple([IdSchema, NextSessionRequestSchema]),
    result: LibraryEntrySchema,
  },
  /** A revision, corrigendum, addendum or reissue, as a new agenda with its own symbol. */
  'library:revise-issuance': {
    args: z.tuple([IdSchema, IssuanceKindSchema]),
    result: LibraryEntrySchema,
  },
  /** The comparison of two versions, as Word with tracked changes and/or PDF, into a chosen folder. */
  'compare:export': {
    args: z.tuple([ComparisonExportRequestSchema]),
    result: ExportOutcomeSchema,
  },
  'agenda:load': { args: z.tuple([IdSchema]), result: AgendaSchema },
  'agenda:save': { args: z.tuple([AgendaSchema]), result: SaveReceiptSchema },
  /**
   * A `.agendum`, Word, Markdown or text file picked in main's open dialog becomes a
   * new agenda of the library, with what the import found; null when cancelled.
   */
  'library:import-file': { args: z.tuple([]), result: ImportedAgendaSchema.nullable() },
  /** Pasted text, read in main as a plain-text agenda, becomes a new agenda of the library. */
  'library:import-text': { args: z.tuple([PastedAgendaTextSchema]), result: ImportedAgendaSchema },
  /** Main's folder dialog; the folder chosen is one export may write to. Null when cancelled. */
  'export:choose-folder': { args: z.tuple([]), result: z.string().nullable() },
  'export:list-recent-folders': { args: z.tuple([]), result: z.array(RecentFolderSchema) },
  'export:preview-file-names': {
    args: z.tuple([FileNamesRequestSchema]),
    result: FileNamesPreviewSchema,
  },
  'export:write-files': { args: z.tuple([ExportRequestSchema]), result: ExportOutcomeSchema },
} as const;

export type IpcContract = typeof ipcContract;
export type Channel = keyof IpcContract;
export type ChannelArgs<C extends Channel> = z.infer<IpcContract[C]['args']>;
export type ChannelResult<C extends Channel> = z.infer<IpcContract[C]['result']>;

export const CHANNELS = Object.keys(ipcContract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(ipcContract, name);
}

/**
 * Commands main sends to the renderer: from the application menu, and
 * 'flush' (write pending edits now) before a close, a quit or a suspend.
 */
export const MENU_COMMANDS = [
  'flush',
  'new-agenda',
  'open-library',
  'import',
  'export',
  'undo',
  'redo',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MenuCommandSchema = z.enum(MENU_COMMANDS);
export const MENU_COMMAND_CHANNEL = 'menu:command';

/** Errors cross IPC as data: a code the renderer can switch on and a message for the user. */
export const IPC_ERROR_CODES = [
  'invalid-request',
  'untrusted-sender',
  'not-found',
  'corrupt-file',
  'newer-version',
  'read-only',
  'disk',
  'internal',
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export const IpcFailureSchema = z.object({
  ok: z.literal(false),
  error: z.object({ code: z.enum(IPC_ERROR_CODES), message: z.string() }),
});

export type IpcResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { code: IpcErrorCode; message: string } };

/** Implementations of every channel, as main and the test host both serve them. */
export type HandlerTable = {
  [C in Channel]: (...args: ChannelArgs<C>) => Promise<ChannelResult<C>>;
};

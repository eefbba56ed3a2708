import { create } from 'zustand';
import {
  type ExportFormat,
  type PaperSize,
  orderedFormats,
} from '../../../shared/export/export-formats';
import type {
  ExportedFile,
  FileNamesPreview,
  RecentFolder,
} from '../../../shared/export/export-request';
import { namingSourceOf } from '../../../shared/export/file-names';
import type { Agenda } from '../../../shared/model/agenda';
import { agendumApi, errorMessage } from '../../bridge/agendum-api';
import { agendaActions } from '../agenda/agenda-store';

/** Where an export stands; one file is written per request, so progress is per file. */
export type ExportRun =
  | { readonly status: 'idle' }
  | { readonly status: 'checking' }
  | {
      readonly status: 'confirm-replace';
      readonly fileNames: readonly string[];
      /** What is left to write once the user answers, and what is written already. */
      readonly pending: readonly ExportFormat[];
      readonly written: readonly ExportedFile[];
      /** Files the user agreed to replace at an earlier question of this export. */
      readonly agreed: readonly string[];
    }
  | {
      readonly status: 'writing';
      readonly done: number;
      readonly total: number;
      readonly fileName: string;
    }
  | { readonly status: 'written'; readonly folder: string; readonly files: readonly ExportedFile[] }
  | {
      readonly status: 'failed';
      readonly message: string;
      readonly written: readonly ExportedFile[];
    };

interface ExportState {
  readonly open: boolean;
  readonly formats: readonly ExportFormat[];
  readonly paperSize: PaperSize;
  /** Chosen in main's dialog, or one of the recent destinations main remembers. */
  readonly folder: string | null;
  readonly recent: readonly RecentFolder[];
  /** The file name as typed; null while the user keeps the one from the symbol. */
  readonly typedName: string | null;
  readonly preview: FileNamesPreview | null;
  readonly run: ExportRun;
}

const useExportStore = create<ExportState>()(() => ({
  open: false,
  formats: ['docx', 'pdf'],
  paperSize: 'A4',
  folder: null,
  recent: [],
  typedName: null,
  preview: null,
  run: { status: 'idle' },
}));

export function useExport<T>(select: (state: ExportState) => T): T {
  return useExportStore(select);
}

const NAME_PREVIEW_DELAY_MS = 250;
let previewTimer: ReturnType<typeof setTimeout> | undefined;
let previewRequest = 0;
/** The draft as it was when Export was pressed; edits made meanwhile go in the next export. */
let exporting: Agenda | undefined;

function set(partial: Partial<ExportState>): void {
  useExportStore.setState(partial);
}

function isBusy(): boolean {
  const { status } = useExportStore.getState().run;
  return status === 'checking' || status === 'writing';
}

/** The names the files will get, and which are already in the folder; the latest answer wins. */
async function refreshPreview(): Promise<void> {
  const agenda = agendaActions.current();
  if (!agenda) return;
  const { formats, typedName, folder } = useExportStore.getState();
  const request = (previewRequest += 1);
  try {
    const preview = await agendumApi().previewExportFileNames({
      naming: namingSourceOf(agenda),
      baseName: typedName,
      formats: [...formats],
      folder,
    });
    if (request === previewRequest) set({ preview });
  } catch (error) {
    if (request === previewRequest) {
      set({ preview: null, run: { status: 'failed', message: errorMessage(error), written: [] } });
    }
  }
}

function schedulePreview(delay = 0): void {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => void refreshPreview(), delay);
}

async function refreshRecent(): Promise<void> {
  try {
    set({ recent: await agendumApi().listRecentExportFolders() });
  } catch {
    // The list is a convenience; the folder dialog still works without it.
  }
}

/**
 * Writes the formats one request at a time, so the dialog shows which file
 * is being written; the agenda is the one captured when Export was pressed.
 */
async function writeFormats(
  agenda: Agenda,
  formats: readonly ExportFormat[],
  replace: readonly string[],
  alreadyWritten: readonly ExportedFile[],
): Promise<void> {
  const { folder, paperSize, typedName, preview } = useExportStore.getState();
  if (folder === null) return;
  const written = [...alreadyWritten];
  const total = alreadyWritten.length + formats.length;
  for (const [index, format] of formats.entries()) {
    const fileName = preview?.files.find((file) => file.format === format)?.fileName ?? format;
    set({ run: { status: 'writing', done: written.length, total, fileName } });
    let outcome;
    try {
      outcome = await agendumApi().exportAgenda({
        agenda,
        formats: [format],
        paperSize,
        folder,
        baseName: typedName,
        replace: [...replace],
      });
    } catch (error) {
      set({ run: { status: 'failed', message: errorMessage(error), written } });
      return;
    }
    switch (outcome.status) {
      case 'written':
        written.push(...outcome.files);
        break;
      case 'conflicts':
        set({
          run: {
            status: 'confirm-replace',
            fileNames: outcome.fileNames,
            pending: formats.slice(index),
            written,
            agreed: replace,
          },
        });
        return;
      case 'failed':
        set({ run: { status: 'failed', message: outcome.message, written } });
        schedulePreview();
        return;
    }
  }
  set({ run: { status: 'written', folder, files: written } });
  schedulePreview();
  void refreshRecent();
}

export const exportActions = {
  openDialog: (): void => {
    if (!agendaActions.current() || useExportStore.getState().open) return;
    set({ open: true, run: { status: 'idle' } });
    schedulePreview();
    void refreshRecent();
  },
  closeDialog: (): void => {
    if (isBusy()) return;
    set({ open: false, run: { status: 'idle' }, typedName: null });
  },
  toggleFormat: (format: ExportFormat, chosen: boolean): void => {
    const { formats } = useExportStore.getState();
    const next = chosen ? [...formats, format] : formats.filter((known) => known !== format);
    set({ formats: orderedFormats(next), run: { status: 'idle' } });
    schedulePreview();
  },
  setPaperSize: (paperSize: PaperSize): void => set({ paperSize }),
  setTypedName: (typedName: string | null): void => {
    set({ typedName, run: { status: 'idle' } });
    schedulePreview(NAME_PREVIEW_DELAY_MS);
  },
  chooseFolder: async (): Promise<void> => {
    try {
      const folder = await agendumApi().chooseExportFolder();
      if (folder !== null) set({ folder, run: { status: 'idle' } });
    } catch (error) {
      set({ run: { status: 'failed', message: errorMessage(error), written: [] } });
    }
    schedulePreview();
  },
  pickRecentFolder: (folder: string): void => {
    set({ folder, run: { status: 'idle' } });
    schedulePreview();
  },
  start: async (): Promise<void> => {
    const agenda = agendaActions.current();
    const { folder, formats, typedName } = useExportStore.getState();
    if (!agenda || folder === null || formats.length === 0 || isBusy()) return;
    set({ run: { status: 'checking' } });
    let preview: FileNamesPreview;
    try {
      preview = await agendumApi().previewExportFileNames({
        naming: namingSourceOf(agenda),
        baseName: typedName,
        formats: [...formats],
        folder,
      });
    } catch (error) {
      set({ run: { status: 'failed', message: errorMessage(error), written: [] } });
      return;
    }
    set({ preview });
    const present = preview.files.filter((file) => file.exists).map((file) => file.fileName);
    exporting = agenda;
    if (present.length > 0) {
      set({
        run: {
          status: 'confirm-replace',
          fileNames: present,
          pending: formats,
          written: [],
          agreed: [],
        },
      });
      return;
    }
    await writeFormats(agenda, formats, [], []);
  },
  /** The user agreed to replace the files named in the question; only those. */
  replace: async (): Promise<void> => {
    const { run } = useExportStore.getState();
    if (run.status !== 'confirm-replace' || !exporting) return;
    await writeFormats(exporting, run.pending, [...run.agreed, ...run.fileNames], run.written);
  },
  keepExisting: (): void => {
    const { run } = useExportStore.getState();
    if (run.status !== 'confirm-replace') return;
    set({
      run:
        run.written.length > 0
          ? {
              status: 'written',
              folder: useExportStore.getState().folder ?? '',
              files: run.written,
            }
          : { status: 'idle' },
    });
  },
};

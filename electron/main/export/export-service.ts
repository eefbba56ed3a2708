import { isAbsolute } from 'node:path';
import type {
  ExportOutcome,
  ExportRequest,
  FileNamesPreview,
  FileNamesRequest,
  RecentFolder,
} from '../../../shared/export/export-request';
import { chooseBaseName, exportFileName, namingSourceOf } from '../../../shared/export/file-names';
import { orderedFormats } from '../../../shared/export/export-formats';
import { AgendumError } from '../../../shared/ipc/agendum-error';
import type { HostDialogs } from '../host-dialogs';
import { type FileSystem, realFileSystem } from '../library/file-system';
import { type ExportProgress, existingFiles, exportToFolder } from './export-to-folder';
import type { ComparisonExportRequest } from '../../../shared/revisions/revision-requests';
import { comparisonFiles } from './export-comparison';
import { RecentDestinations } from './recent-destinations';
import { type PrintPdf, exportRenderer } from './render-export-file';

export interface ExportServiceOptions {
  /** The app's data folder, where the recent destinations are kept. */
  readonly dataFolder: string;
  readonly dialogs: HostDialogs;
  readonly printPdf: PrintPdf;
  readonly fs?: FileSystem;
}

const CHOOSE_AGAIN =
  'Choose the destination folder again with “Choose folder…”: Agendum writes only to a folder picked in its dialog.';

/**
 * The export as the Export dialog drives it. Paths to write to come from the
 * folder dialog in main (or the remembered destinations, which came from it
 * before), never from the renderer.
 */
export class ExportService {
  private readonly chosenFolders = new Set<string>();
  private readonly recent: RecentDestinations;
  private readonly fs: FileSystem;

  constructor(private readonly options: ExportServiceOptions) {
    this.fs = options.fs ?? realFileSystem;
    this.recent = new RecentDestinations(options.dataFolder, this.fs);
  }

  async chooseFolder(): Promise<string | null> {
    const folder = await this.options.dialogs.chooseFolder();
    if (folder === null || !isAbsolute(folder)) return null;
    this.chosenFolders.add(folder);
    return folder;
  }

  recentFolders(): Promise<RecentFolder[]> {
    return this.recent.withAvailability();
  }

  async previewFileNames(request: FileNamesRequest): Promise<FileNamesPreview> {
    const baseName = chooseBaseName(request.naming, request.baseName);
    const formats = orderedFormats(request.formats);
    const names = formats.map((format) => exportFileName(baseName, format));
    let present = new Set<string>();
    if (request.folder !== null) {
      await this.requireKnownFolder(request.folder);
      // A folder that cannot be read now is reported by the export itself, with its cause.
      present = new Set(
        await existingFiles(request.folder, names, this.fs).catch(() => [] as string[]),
      );
    }
    return {
      baseName,
      files: formats.map((format, index) => {
        const fileName = names[index] ?? exportFileName(baseName, format);
        return { format, fileName, exists: present.has(fileName) };
      }),
    };
  }

  async export(
    request: ExportRequest,
    onProgress?: (progress: ExportProgress) => void,
  ): Promise<ExportOutcome> {
    await this.requireKnownFolder(request.folder);
    const baseName = chooseBaseName(namingSourceOf(request.agenda), request.baseName);
    const render = exportRenderer(request.agenda, {
      paperSize: request.paperSize,
      printPdf: this.options.printPdf,
    });
    const files = orderedFormats(request.formats).map((format) => ({
      format,
      fileName: exportFileName(baseName, format),
      render: () => render(format),
    }));
    const outcome = await exportToFolder(request.folder, files, {
      fs: this.fs,
      replace: request.replace,
      onProgress,
    });
    if (outcome.status === 'written') {
      // A list that cannot be written costs only the convenience; the files are out.
      await this.recent.remember(request.folder).catch(() => undefined);
    }
    return outcome;
  }

  /** The comparison of two versions, as `<symbol>_E_compared.docx/.pdf`, into a chosen folder. */
  async exportComparison(request: ComparisonExportRequest): Promise<ExportOutcome> {
    await this.requireKnownFolder(request.folder);
    const outcome = await exportToFolder(
      request.folder,
      comparisonFiles(request, this.options.printPdf),
      { fs: this.fs, replace: request.replace },
    );
    if (outcome.status === 'written') {
      await this.recent.remember(request.folder).catch(() => undefined);
    }
    return outcome;
  }

  private async requireKnownFolder(folder: string): Promise<void> {
    if (this.chosenFolders.has(folder)) return;
    if ((await this.recent.folders()).includes(folder)) return;
    throw new AgendumError('invalid-request', CHOOSE_AGAIN);
  }
}

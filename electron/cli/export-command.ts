import {
  EXPORT_FORMATS,
  type ExportFormat,
  ExportFormatSchema,
  type PaperSize,
  orderedFormats,
} from '../../shared/export/export-formats';
import { chooseBaseName, namingSourceOf } from '../../shared/export/file-names';
import { chromiumPdfPrinter } from '../main/export/print-pdf-bytes-with-chromium';
import { exportRenderer } from '../main/export/render-export-file';
import { readValidAgenda } from './agenda-file-input';
import { chromiumFor, writeCliFiles } from './cli-files';
import { CliError, type CliVerb } from './cli-io';
import { parsePaperSize, readCliOptions, stringOption } from './cli-options';

interface ExportOptions {
  readonly file: string;
  readonly formats: readonly ExportFormat[];
  readonly out: string;
  readonly paperSize: PaperSize;
  readonly baseName: string | null;
  readonly overwrite: boolean;
}

/**
 * `agendum export <file.agendum> --format docx,pdf,… --out <folder>`: writes
 * the files as the app does (never over an existing file unless --overwrite,
 * each one written whole and read back) and prints the path of each.
 */
export const runExportCommand: CliVerb = async (args, io) => {
  const options = parseExportArguments(args);
  const agenda = await readValidAgenda(options.file);
  const render = exportRenderer(agenda, {
    paperSize: options.paperSize,
    printPdf: chromiumPdfPrinter(await chromiumFor(options.formats)),
  });
  await writeCliFiles(io, {
    out: options.out,
    baseName: chooseBaseName(namingSourceOf(agenda), options.baseName),
    formats: options.formats,
    render,
    overwrite: options.overwrite,
  });
  return 0;
};

export function parseExportArguments(args: readonly string[]): ExportOptions {
  const { values, positionals } = readCliOptions(args, {
    format: 'string',
    formats: 'string',
    out: 'string',
    paper: 'string',
    name: 'string',
    overwrite: 'boolean',
  });
  const [file, extra] = positionals;
  if (extra !== undefined) {
    throw new CliError(`unexpected argument "${extra}": give one .agendum file`);
  }
  const formatList = stringOption(values.format) ?? stringOption(values.formats);
  const formats = formatList === undefined ? undefined : parseFormats(formatList);
  const out = stringOption(values.out);
  const paper = stringOption(values.paper);
  const paperSize: PaperSize = paper === undefined ? 'A4' : parsePaperSize(paper);
  const baseName = stringOption(values.name) ?? null;
  const overwrite = values.overwrite === true;
  if (file === undefined) throw new CliError(`give the .agendum file to export; ${USAGE}`);
  if (formats === undefined) throw new CliError(`give the formats with --format; ${USAGE}`);
  if (out === undefined) throw new CliError(`give the destination folder with --out; ${USAGE}`);
  return { file, formats, out, paperSize, baseName, overwrite };
}

const USAGE = `usage: agendum export <file.agendum> --format ${EXPORT_FORMATS.join(',')} --out <folder>`;

function parseFormats(list: string): ExportFormat[] {
  const formats = list
    .split(',')
    .map((name) => name.trim().toLowerCase().replace(/^\./, ''))
    .filter((name) => name !== '')
    .map((name) => {
      const parsed = ExportFormatSchema.safeParse(name);
      if (!parsed.success) {
        throw new CliError(`unknown format "${name}": choose among ${EXPORT_FORMATS.join(', ')}`);
      }
      return parsed.data;
    });
  if (formats.length === 0) throw new CliError(`--format needs at least one format`);
  return orderedFormats(formats);
}

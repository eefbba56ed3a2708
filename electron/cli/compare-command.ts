import { basename } from 'node:path';
import { orderedFormats, type PaperSize } from '../../shared/export/export-formats';
import { chooseBaseName, defaultBaseName, namingSourceOf } from '../../shared/export/file-names';
import { packDocx } from '../../shared/export/render-docx';
import { compareAgendas, type MatchMode } from '../../shared/revisions/agenda-diff';
import { comparisonDocument } from '../../shared/revisions/comparison-document';
import { describeChange } from '../../shared/revisions/describe-change';
import {
  COMPARISON_LAYOUTS,
  type ComparisonLayout,
  comparisonOrientation,
  renderComparisonHtml,
} from '../../shared/revisions/render-comparison-html';
import { renderTrackedChangesDocx } from '../../shared/revisions/tracked-changes-docx';
import { chromiumPdfPrinter } from '../main/export/print-pdf-bytes-with-chromium';
import { htmlForPaper } from '../main/export/render-export-file';
import { readValidAgenda } from './agenda-file-input';
import { chromiumFor, writeCliFiles } from './cli-files';
import { CliError, type CliVerb } from './cli-io';
import { parsePaperSize, readCliOptions, stringOption } from './cli-options';

/** What a comparison can be written as: Word with tracked changes, and the marked-up page. */
export const COMPARE_FORMATS = ['docx', 'pdf', 'html'] as const;
type CompareFormat = (typeof COMPARE_FORMATS)[number];

export const DEFAULT_AUTHOR = 'Agendum';

export interface CompareOptions {
  readonly oldFile: string;
  readonly newFile: string;
  readonly formats: readonly CompareFormat[];
  readonly out: string;
  readonly author: string;
  readonly matchBy: MatchMode | undefined;
  readonly paperSize: PaperSize;
  readonly baseName: string | null;
  readonly overwrite: boolean;
  readonly summary: boolean;
  readonly layout: ComparisonLayout;
}

const USAGE =
  'usage: agendum compare <old.agendum> <new.agendum> --format docx,pdf,html --out <folder> [--author "Name"] [--layout inline|side-by-side]';

/**
 * `agendum compare <old.agendum> <new.agendum> --format docx,pdf --out <folder>`:
 * writes the comparison as Word with tracked changes by the author and as a
 * PDF (or HTML) with insertions underlined and deletions struck through,
 * safely and never over an existing file unless --overwrite, and prints the
 * path of each file written; with --summary, then one line per change.
 */
export const runCompareCommand: CliVerb = async (args, io) => {
  const options = parseCompareArguments(args);
  const oldAgenda = await readValidAgenda(options.oldFile);
  const newAgenda = await readValidAgenda(options.newFile);
  const chromium = await chromiumFor(options.formats);
  const comparison = compareAgendas(oldAgenda, newAgenda, { matchBy: options.matchBy });
  const document = comparisonDocument(comparison);
  // The columns of a side-by-side page are headed by the files' names.
  const labels = { old: basename(options.oldFile), new: basename(options.newFile) };
  const html = renderComparisonHtml(document, { layout: options.layout, labels });
  const printPdf = chromiumPdfPrinter(chromium);
  const render = async (format: CompareFormat): Promise<Uint8Array> => {
    switch (format) {
      case 'docx':
        return packDocx(
          renderTrackedChangesDocx(document, {
            author: options.author,
            paperSize: options.paperSize,
          }),
        );
      case 'html':
        return new TextEncoder().encode(html);
      case 'pdf':
        return printPdf(
          htmlForPaper(html, options.paperSize, comparisonOrientation(options.layout)),
        );
    }
  };
  const source = namingSourceOf(newAgenda);
  await writeCliFiles(io, {
    out: options.out,
    baseName: chooseBaseName(source, options.baseName ?? `${defaultBaseName(source)}_compared`),
    formats: options.formats,
    render,
    overwrite: options.overwrite,
  });
  if (options.summary) {
    if (comparison.changes.length === 0) io.stdout('No changes.');
    for (const change of comparison.changes) io.stdout(describeChange(change));
  }
  return 0;
};

export function parseCompareArguments(args: readonly string[]): CompareOptions {
  const { values, positionals } = readCliOptions(args, {
    format: 'string',
    formats: 'string',
    out: 'string',
    author: 'string',
    match: 'string',
    paper: 'string',
    name: 'string',
    overwrite: 'boolean',
    summary: 'boolean',
    layout: 'string',
  });
  const files = positionals;
  const extra = files[2];
  if (extra !== undefined) {
    throw new CliError(`unexpected argument "${extra}": give two .agendum files`);
  }
  const formatList = stringOption(values.format) ?? stringOption(values.formats);
  const formats = formatList === undefined ? undefined : parseFormats(formatList);
  const out = stringOption(values.out);
  const authorText = stringOption(values.author);
  const author = authorText === undefined ? DEFAULT_AUTHOR : parseAuthor(authorText);
  const match = stringOption(values.match);
  const matchBy: MatchMode | undefined = match === undefined ? undefined : parseMatch(match);
  const paper = stringOption(values.paper);
  const paperSize: PaperSize = paper === undefined ? 'A4' : parsePaperSize(paper);
  const baseName = stringOption(values.name) ?? null;
  const overwrite = values.overwrite === true;
  const summary = values.summary === true;
  const layout = parseLayout(stringOption(values.layout) ?? 'inline');
  const [oldFile, newFile] = files;
  if (oldFile === undefined || newFile === undefined) {
    throw new CliError(`give the old and the new .agendum file; ${USAGE}`);
  }
  if (formats === undefined) throw new CliError(`give the formats with --format; ${USAGE}`);
  if (out === undefined) throw new CliError(`give the destination folder with --out; ${USAGE}`);
  return {
    oldFile,
    newFile,
    formats,
    out,
    author,
    matchBy,
    paperSize,
    baseName,
    overwrite,
    summary,
    layout,
  };
}

function parseLayout(name: string): ComparisonLayout {
  const layout = COMPARISON_LAYOUTS.find((known) => known === name.trim().toLowerCase());
  if (layout === undefined) {
    throw new CliError(`no layout "${name}": choose ${COMPARISON_LAYOUTS.join(' or ')}`);
  }
  return layout;
}

function parseFormats(list: string): CompareFormat[] {
  const formats = list
    .split(',')
    .map((name) => name.trim().toLowerCase().replace(/^\./, ''))
    .filter((name) => name !== '')
    .map((name) => {
      const format = COMPARE_FORMATS.find((known) => known === name);
      if (format === undefined) {
        throw new CliError(
          `a comparison cannot be written as "${name}": choose among ${COMPARE_FORMATS.join(', ')}`,
        );
      }
      return format;
    });
  if (formats.length === 0) throw new CliError('--format needs at least one format');
  // The export's order (Word first), without repeats.
  return orderedFormats(formats).filter((format): format is CompareFormat =>
    COMPARE_FORMATS.some((known) => known === format),
  );
}

/** Word shows the author in the Review pane; a control character would corrupt the XML. */
function parseAuthor(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  const author = value.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (author === '') throw new CliError('--author needs a name');
  if (author.length > 255)
    throw new CliError('--author is longer than the 255 characters Word allows');
  return author;
}

function parseMatch(value: string): MatchMode {
  const normalized = value.trim().toLowerCase();
  if (normalized === 'ids' || normalized === 'id') return 'ids';
  if (normalized === 'wording' || normalized === 'similarity') return 'similarity';
  throw new CliError(
    `unknown --match "${value}": ids (versions of one agenda) or wording (the previous session's)`,
  );
}

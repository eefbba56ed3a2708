import type { TextRun } from '../model/agenda';
import { importAgenda, type ImportOptions } from './import-agenda';
import type { ImportCell, ImportLine } from './import-lines';
import { emptyFileError, type ImportResult } from './import-result';
import { markdownRuns } from './markdown-inline';

/**
 * Markdown and plain text (a .txt file, or text pasted from the clipboard)
 * to lines. Each line of the file stays a line, as agendas put one item,
 * one heading, one table row on each; a line that goes on in lower case
 * continues the one before it (text wrapped by a mail client), and a
 * Markdown hard break ("  " or "\" at the end) keeps a paragraph together.
 */

interface Pending {
  readonly source: string;
  text: string;
  readonly indent: number;
  readonly heading?: number;
  readonly list?: { readonly level: number; readonly ordered: boolean };
  /** The line ended with a hard break: the next line belongs to the same paragraph. */
  hardBreak: boolean;
  /** A paragraph or list item that a wrapped line may continue. */
  readonly joinable: boolean;
}

type Syntax = 'markdown' | 'plain';

function indentOf(line: string): number {
  const leading = /^[ \t]*/u.exec(line)?.[0] ?? '';
  return leading.replace(/\t/gu, '    ').length;
}

function listLevel(indent: number): number {
  return Math.min(Math.floor((indent + 2) / 4), 5);
}

/** Pipe-table cells, split at pipes that are not escaped. */
function pipeCells(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/u, '')
    .replace(/(?<!\\)\|$/u, '');
  return inner.split(/(?<!\\)\|/u).map((cell) => cell.trim());
}

const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/u;
const DECORATION = /^\s*([-=_*~])\1{2,}\s*$/u;

function linesOf(text: string, syntax: Syntax): ImportLine[] {
  const source = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  if (source.trim() === '') throw emptyFileError();
  const markdown = syntax === 'markdown';
  const runsOf = (value: string): TextRun[] => (markdown ? markdownRuns(value) : [{ text: value }]);
  const lines: ImportLine[] = [];
  let pending: Pending | null = null;

  const flush = (): void => {
    if (!pending) return;
    const { source: where, text: value, indent, heading, list } = pending;
    lines.push({
      source: where,
      runs: runsOf(value),
      indent,
      ...(heading === undefined ? {} : { heading }),
      ...(list === undefined ? {} : { list }),
    });
    pending = null;
  };
  const start = (next: Pending): void => {
    flush();
    pending = next;
  };

  source.split('\n').forEach((raw, index) => {
    const where = `line ${index + 1}`;
    const indent = indentOf(raw);
    if (raw.trim() === '') {
      flush();
      return;
    }
    if (markdown) {
      // "Title" over "====" or "----": a heading; a rule on its own is only decoration.
      const underline = /^\s{0,3}(=+|-+)\s*$/u.exec(raw);
      const current: Pending | null = pending;
      if (underline && current?.joinable && current.list === undefined) {
        pending = { ...current, heading: underline[1]?.startsWith('=') ? 1 : 2, joinable: false };
        flush();
        return;
      }
      if (RULE.test(raw)) {
        flush();
        return;
      }
      const heading = /^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/u.exec(raw);
      if (heading) {
        const level = heading[1]?.length ?? 1;
        start({
          source: where,
          text: heading[2] ?? '',
          indent: 0,
          heading: level,
          hardBreak: false,
          joinable: false,
        });
        flush();
        return;
      }
      if (/^\s*\|.*\|\s*$/u.test(raw)) {
        flush();
        const cells = pipeCells(raw);
        if (cells.every((cell) => /^:?-+:?$/u.test(cell))) return;
        const row: ImportCell[] = cells.map((cell) => [markdownRuns(cell)]);
        lines.push({ source: where, runs: [], cells: row });
        return;
      }
    }
    if (!markdown && DECORATION.test(raw)) {
      flush();
      return;
    }
    let body = markdown ? raw.replace(/^\s*>\s?/u, '') : raw;
    const hardBreak = markdown && (/ {2,}$/u.test(body) || /(?<!\\)\\$/u.test(body));
    if (hardBreak) body = body.replace(/(?: {2,}|\\)$/u, '');
    const bullet = markdown ? /^(\s*)[-+*]\s+(.*)$/u.exec(body) : null;
    const ordered = markdown ? /^(\s*)(\d{1,3}[.)])\s+(.*)$/u.exec(body) : null;
    const current: Pending | null = pending;

    if (bullet) {
      const level = listLevel(indent);
      start({
        source: where,
        text: bullet[2] ?? '',
        indent,
        list: { level, ordered: false },
        hardBreak,
        joinable: true,
      });
    } else if (ordered) {
      // The number stays in the text: agendas type it, and the importer reads it there.
      const level = listLevel(indent);
      const text = `${ordered[2] ?? ''} ${ordered[3] ?? ''}`;
      start({
        source: where,
        text,
        indent,
        list: { level, ordered: true },
        hardBreak,
        joinable: true,
      });
    } else if (current && (current.hardBreak || continues(current, body))) {
      current.text += `${current.hardBreak ? '\n' : ' '}${body.trim()}`;
      current.hardBreak = hardBreak;
    } else {
      // Tabs are kept: between cells of an annex row, or after a label such as "1.".
      const text = body.replace(/^[ \t]+/u, '').replace(/[ \t]+$/u, '');
      start({ source: where, text, indent, hardBreak, joinable: !text.includes('\t') });
    }
  });
  flush();
  return lines;
}

/**
 * Text wrapped by a mail client: the line goes on in lower case, neither
 * line is a row, and the line does not start with a label such as "a)" or "ii)".
 */
function continues(previous: Pending, line: string): boolean {
  return (
    previous.joinable &&
    !line.includes('\t') &&
    /^\s*\p{Ll}/u.test(line) &&
    !/^\s*[a-z]{1,4}[.)]\s/u.test(line)
  );
}

export function linesFromMarkdown(text: string): ImportLine[] {
  return linesOf(text, 'markdown');
}

/** A .txt file or the clipboard: no markup is read, so "*" and "_" stay as typed. */
export function linesFromPlainText(text: string): ImportLine[] {
  return linesOf(text, 'plain');
}

export function importMarkdown(text: string, options: ImportOptions = {}): ImportResult {
  return importAgenda(linesFromMarkdown(text), options);
}

/** Plain text, as from a .txt file or pasted from the clipboard. */
export function importPlainText(text: string, options: ImportOptions = {}): ImportResult {
  return importAgenda(linesFromPlainText(text), options);
}

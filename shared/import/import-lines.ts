import type { TextRun } from '../model/agenda';
import { normalizeRuns, runsText } from '../agenda/paragraph-runs';

/**
 * The common ground of every importer: the file as a sequence of lines with
 * light structure. Each front end (Markdown, plain text, Word) says what it
 * knows (a heading level, a list level, the cells of a table row, emphasis)
 * and the importer decides what the line is in a provisional agenda.
 */

/** One cell of a table row: its paragraphs, each a list of runs. */
export type ImportCell = readonly (readonly TextRun[])[];

export interface ImportLine {
  /** Where the user finds it in the file: "line 12", "paragraph 34", "table 2, row 3". */
  readonly source: string;
  /** The text with its bold and italic; a line break inside a paragraph is "\n", a tab "\t". */
  readonly runs: readonly TextRun[];
  /** Spaces before the text in a plain-text line. */
  readonly indent?: number;
  /** Outline level of a heading: 0 for a title, 1 for "Heading 1" or "#". */
  readonly heading?: number;
  /** A list paragraph whose number or bullet the file generates rather than types. */
  readonly list?: { readonly level: number; readonly ordered: boolean };
  /** A table row, cell by cell. */
  readonly cells?: readonly ImportCell[];
  /** A footnote or endnote: kept, but never part of the agenda's structure. */
  readonly note?: boolean;
}

/** A line as the importer reads it: trimmed, its text worked out once. */
export interface SourceLine {
  /** Index in the file's order, to report unplaced text in that order. */
  readonly position: number;
  readonly source: string;
  readonly runs: readonly TextRun[];
  /** The plain text, trimmed, non-breaking spaces made spaces; cells joined by tabs. */
  readonly text: string;
  readonly indent: number;
  readonly heading: number | null;
  readonly list: { readonly level: number; readonly ordered: boolean } | null;
  /** The plain text of each cell of a table row (paragraphs joined by "\n"), or null. */
  readonly cells: readonly string[] | null;
  /** Every letter is bold: how many documents mark a heading without a heading style. */
  readonly bold: boolean;
}

/** A line's text as the user wrote it, for the unplaced list and for messages. */
export function plainTextOf(line: ImportLine): string {
  return normalizeSpaces(runsText(runsOfLine(line)));
}

function runsOfLine(line: ImportLine): readonly TextRun[] {
  if (!line.cells) return line.runs;
  return line.cells.flatMap((cell, index) => [
    ...(index > 0 ? [{ text: '\t' }] : []),
    ...cell.flatMap((paragraph, row) => [...(row > 0 ? [{ text: '\n' }] : []), ...paragraph]),
  ]);
}

/** Non-breaking and other odd spaces become plain ones; tabs and line breaks stay. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f\u2000-\u200a]/gu, ' ').replace(/\r\n?/gu, '\n');
}

/** Drops the white space at both ends of a run list, keeping the emphasis in between. */
export function trimRuns(runs: readonly TextRun[]): TextRun[] {
  const result = normalizeRuns(runs.map((run) => ({ ...run, text: normalizeSpaces(run.text) })));
  const first = result[0];
  if (first) result[0] = { ...first, text: first.text.trimStart() };
  const last = result.at(-1);
  if (last) result[result.length - 1] = { ...last, text: last.text.trimEnd() };
  return normalizeRuns(result);
}

/** Removes the first `length` characters of the text from the runs (a label such as "1."). */
export function dropLeadingText(runs: readonly TextRun[], length: number): TextRun[] {
  let remaining = length;
  const result: TextRun[] = [];
  for (const run of runs) {
    if (remaining >= run.text.length) {
      remaining -= run.text.length;
      continue;
    }
    result.push({ ...run, text: run.text.slice(remaining) });
    remaining = 0;
  }
  return trimRuns(result);
}

function isBold(runs: readonly TextRun[]): boolean {
  const visible = runs.filter((run) => /[\p{L}\p{N}]/u.test(run.text));
  return visible.length > 0 && visible.every((run) => run.bold === true);
}

/** The lines worth reading: blank ones go, notes are set apart for the unplaced list. */
export function prepareLines(lines: readonly ImportLine[]): {
  readonly lines: SourceLine[];
  readonly notes: SourceLine[];
} {
  const prepared: SourceLine[] = [];
  const notes: SourceLine[] = [];
  lines.forEach((line, position) => {
    const runs = trimRuns(runsOfLine(line));
    const text = plainTextOf(line).trim();
    const cells = line.cells?.map((cell) =>
      normalizeSpaces(cell.map((paragraph) => runsText(paragraph)).join('\n')).trim(),
    );
    if (text.replace(/\s+/gu, '') === '') return;
    const source: SourceLine = {
      position,
      source: line.source,
      runs,
      text,
      indent: line.indent ?? 0,
      heading: line.heading ?? null,
      list: line.list ?? null,
      cells: cells ?? null,
      bold: isBold(runs),
    };
    (line.note ? notes : prepared).push(source);
  });
  return { lines: prepared, notes };
}

/** A heading by its style or by its emphasis. */
export function looksLikeHeading(line: SourceLine): boolean {
  return line.heading !== null || line.bold;
}

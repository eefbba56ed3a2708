import type { Paragraph, TextRun } from '../model/agenda';
import { newId } from '../model/ids';

/**
 * Operations on a paragraph's runs of text. Offsets count UTF-16 code units
 * of the paragraph's plain text, as the DOM's selection does.
 */

export function runsText(runs: readonly TextRun[]): string {
  return runs.map((run) => run.text).join('');
}

function sameStyle(a: TextRun, b: TextRun): boolean {
  return Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic);
}

/** Merges neighbours of one style, drops empty runs, and keeps only true flags. */
export function normalizeRuns(runs: readonly TextRun[]): TextRun[] {
  const result: TextRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const previous = result.at(-1);
    if (previous && sameStyle(previous, run)) {
      result[result.length - 1] = { ...previous, text: previous.text + run.text };
    } else {
      result.push(styled(run.text, run));
    }
  }
  return result;
}

function styled(text: string, style: Pick<TextRun, 'bold' | 'italic'>): TextRun {
  return {
    text,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
  };
}

/** The runs before and after a text offset. */
export function splitRuns(runs: readonly TextRun[], offset: number): [TextRun[], TextRun[]] {
  const before: TextRun[] = [];
  const after: TextRun[] = [];
  let position = 0;
  for (const run of runs) {
    const end = position + run.text.length;
    if (end <= offset) before.push(run);
    else if (position >= offset) after.push(run);
    else {
      before.push(styled(run.text.slice(0, offset - position), run));
      after.push(styled(run.text.slice(offset - position), run));
    }
    position = end;
  }
  return [normalizeRuns(before), normalizeRuns(after)];
}

export function joinRuns(first: readonly TextRun[], second: readonly TextRun[]): TextRun[] {
  return normalizeRuns([...first, ...second]);
}

export function plainParagraph(text: string): Paragraph {
  return { id: newId(), runs: text === '' ? [] : [{ text }] };
}

/**
 * Replaces every occurrence of `search` (case-insensitive when asked) in the
 * runs. A replacement takes the style of the first character it replaces.
 */
export function replaceInRuns(
  runs: readonly TextRun[],
  search: string,
  replacement: string,
  matchCase: boolean,
): TextRun[] {
  if (search === '') return [...runs];
  const text = runsText(runs);
  const haystack = matchCase ? text : text.toLowerCase();
  const needle = matchCase ? search : search.toLowerCase();
  const pieces: TextRun[] = [];
  let rest = [...runs];
  let consumed = 0;
  for (
    let at = haystack.indexOf(needle);
    at >= 0;
    at = haystack.indexOf(needle, at + needle.length)
  ) {
    const [before, fromMatch] = splitRuns(rest, at - consumed);
    const [, after] = splitRuns(fromMatch, needle.length);
    pieces.push(...before, styled(replacement, fromMatch[0] ?? {}));
    rest = after;
    consumed = at + needle.length;
  }
  return normalizeRuns([...pieces, ...rest]);
}

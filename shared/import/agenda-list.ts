import type { AgendaItem, Paragraph, SubItem } from '../model/agenda';
import { normalizeRuns } from '../agenda/paragraph-runs';
import { romanNumeral, stripFinalPunctuation } from '../model/numbering';
import { looksLikeHeading, type SourceLine } from './import-lines';
import {
  hasDeeperLabel,
  isAnnexHeading,
  isAnnotationsHeading,
  parseItemLabel,
  parseLetterLabel,
} from './text-patterns';

/**
 * The numbered agenda: items "1.", "1 ", "Item 1." (or numbered by Word
 * itself), sub-items "(a)" or "a)", with or without their UN punctuation.
 * Lines below the sub-items, "(i)", "(ii)", go into the annotations of the
 * item they belong to: the model has no level for them.
 */

export interface AgendaListReading {
  readonly items: AgendaItem[];
  /** Index of the first line after the list. */
  readonly end: number;
  /** Paragraphs made from the list's deeper levels, which paragraph numbering does not count. */
  readonly folded: ReadonlySet<Paragraph>;
}

/** The last title read and its line as typed, to join a title broken over two lines. */
interface TitledLine {
  readonly entry: SubItem;
  readonly raw: string;
}

/** The first line of the list: item 1, typed or numbered by the word processor. */
export function findAgendaListStart(lines: readonly SourceLine[]): number {
  return lines.findIndex((line) => {
    const label = parseItemLabel(line.text);
    if (label) return label.number === 1;
    return line.list?.ordered === true && line.list.level === 0 && line.heading === null;
  });
}

function newEntry(title: string, newId: () => string): SubItem {
  return {
    id: newId(),
    title: stripFinalPunctuation(title.trim()),
    annotationHeading: null,
    annotations: [],
    documentIds: [],
  };
}

export function readAgendaList(
  lines: readonly SourceLine[],
  start: number,
  newId: () => string,
): AgendaListReading {
  const items: AgendaItem[] = [];
  const folded = new Set<Paragraph>();
  // A holder, not a `let`: the helpers below set it, which narrowing cannot see.
  const last: { titled: TitledLine | null } = { titled: null };

  const addItem = (title: string): void => {
    const item = { ...newEntry(title, newId), subItems: [] };
    items.push(item);
    last.titled = { entry: item, raw: title };
  };
  const addSubItem = (item: AgendaItem, title: string): void => {
    const subItem = newEntry(title, newId);
    item.subItems.push(subItem);
    last.titled = { entry: subItem, raw: title };
  };
  /** Lines numbered by the word processor lose their "(i)" with the numbering: it is typed back. */
  let deeperCount = 0;
  const fold = (item: AgendaItem, line: SourceLine, numbered: boolean): void => {
    const owner = item.subItems.at(-1) ?? item;
    deeperCount = owner === lastOwner ? deeperCount + 1 : 1;
    lastOwner = owner;
    const label = numbered ? [{ text: `(${romanNumeral(deeperCount)}) ` }] : [];
    const paragraph: Paragraph = {
      id: newId(),
      runs: normalizeRuns([...label, ...line.runs]),
    };
    owner.annotations.push(paragraph);
    folded.add(paragraph);
    last.titled = null;
  };
  let lastOwner: SubItem | null = null;

  let index = start;
  for (; index < lines.length; index += 1) {
    const line = lines[index];
    if (!line) break;
    const { text } = line;
    if (isAnnotationsHeading(text) || isAnnexHeading(text)) break;
    const current = items.at(-1);

    const label = parseItemLabel(text);
    if (label) {
      if (label.number !== items.length + 1) break;
      addItem(label.rest);
      continue;
    }
    if (current) {
      const letter = parseLetterLabel(text);
      if (letter && letter.index === current.subItems.length) {
        addSubItem(current, letter.rest);
        continue;
      }
      if (letter || hasDeeperLabel(text)) {
        fold(current, line, false);
        continue;
      }
    }
    if (line.list && line.heading === null) {
      if (line.list.level === 0 && line.list.ordered) {
        addItem(text);
        continue;
      }
      if (current && line.list.level === 1) {
        addSubItem(current, text);
        continue;
      }
      if (current && line.list.level >= 2) {
        fold(current, line, line.list.ordered);
        continue;
      }
    }
    const titled = last.titled;
    if (titled && continuesTitle(titled, line)) {
      const joined = `${titled.raw} ${text}`;
      titled.entry.title = stripFinalPunctuation(joined);
      last.titled = { entry: titled.entry, raw: joined };
      continue;
    }
    break;
  }
  return { items, end: index, folded };
}

/** A title broken over two lines: no final mark yet, and the next line goes on in lower case. */
function continuesTitle(last: TitledLine, line: SourceLine): boolean {
  return (
    !/[.:;]\s*$/u.test(last.raw) &&
    !looksLikeHeading(line) &&
    line.cells === null &&
    /^\p{Ll}/u.test(line.text)
  );
}

import type { AgendaItem, Paragraph, SubItem } from '../model/agenda';
import { itemReference } from '../model/numbering';
import {
  type DocumentRegistryBuilder,
  parseDocumentationHeading,
  parseDocumentationLine,
} from './documentation';
import { dropLeadingText, looksLikeHeading, type SourceLine } from './import-lines';
import {
  endsLikeSentence,
  isAnnotationsHeading,
  parseItemLabel,
  parseLetterLabel,
  parsePartHeading,
  plainWording,
  sameWording,
  SIMILAR_WORDING,
  similarity,
} from './text-patterns';
import type { UnplacedCollector } from './unplaced';

/**
 * The annotations: a heading for each item and sub-item ("1. Organizational
 * matters", "(a) Opening of the meeting"; bold, styled or neither), its
 * paragraphs, then its "Documentation" list.
 *
 * A numbered line is a heading when it is set as one, when its wording is
 * that of the item, or when it reads like a title (no final mark) and moves
 * on to a later item; otherwise it is a numbered paragraph.
 */

/** Headings are short; a longer numbered line is a paragraph whatever it ends with. */
const LONGEST_HEADING = 400;

interface Position {
  readonly itemIndex: number;
  readonly subItemIndex: number | null;
}

type HeadingMatch =
  | { readonly kind: 'item'; readonly itemIndex: number; readonly wording: string }
  | { readonly kind: 'sub-item'; readonly subItemIndex: number; readonly wording: string }
  | { readonly kind: 'unknown'; readonly label: string };

interface ParagraphNumber {
  readonly paragraph: Paragraph;
  readonly number: number | null;
  readonly labelLength: number;
}

export interface AnnotationsReading {
  readonly numberParagraphs: boolean;
}

function matchHeading(
  line: SourceLine,
  items: readonly AgendaItem[],
  at: Position | null,
): HeadingMatch | null {
  const headingLike = looksLikeHeading(line);
  const reads = (wording: string, title: string, movesOn: boolean): boolean =>
    headingLike ||
    similarity(wording, title) >= SIMILAR_WORDING ||
    (movesOn && !endsLikeSentence(wording) && wording.length <= LONGEST_HEADING);

  const label = parseItemLabel(line.text);
  if (label) {
    const item = items[label.number - 1];
    const movesOn = label.number - 1 > (at?.itemIndex ?? -1);
    if (item && reads(label.rest, item.title, movesOn)) {
      return { kind: 'item', itemIndex: label.number - 1, wording: label.rest } as const;
    }
    // "Item 9." typed as such, or set as a heading: a heading, though the list has no item 9.
    const typedAsItem = /^(?:agenda\s+)?item\s/iu.test(line.text);
    if (!item && (headingLike || typedAsItem) && !endsLikeSentence(label.rest)) {
      return { kind: 'unknown', label: String(label.number) } as const;
    }
    return null;
  }
  const letter = parseLetterLabel(line.text);
  const current = at ? items[at.itemIndex] : undefined;
  if (letter && current) {
    const subItem = current.subItems[letter.index];
    const movesOn = letter.index > (at?.subItemIndex ?? -1);
    if (subItem && reads(letter.rest, subItem.title, movesOn)) {
      return { kind: 'sub-item', subItemIndex: letter.index, wording: letter.rest } as const;
    }
    return null;
  }
  // A heading without its number: it must be set as one and worded as a later item.
  if (!headingLike || endsLikeSentence(line.text)) return null;
  const from = (at?.itemIndex ?? -1) + 1;
  const next = items.findIndex(
    (item, index) => index >= from && similarity(line.text, item.title) >= 0.8,
  );
  if (next >= 0) return { kind: 'item', itemIndex: next, wording: line.text } as const;
  const subItemIndex =
    current?.subItems.findIndex((subItem) => similarity(line.text, subItem.title) >= 0.8) ?? -1;
  return subItemIndex >= 0
    ? ({ kind: 'sub-item', subItemIndex, wording: line.text } as const)
    : null;
}

function setHeading(entry: AgendaItem | SubItem, wording: string): void {
  entry.annotationHeading = sameWording(wording, entry.title) ? null : plainWording(wording);
}

export function readAnnotations(
  lines: readonly SourceLine[],
  items: AgendaItem[],
  registry: DocumentRegistryBuilder,
  unplaced: UnplacedCollector,
  newId: () => string,
): AnnotationsReading {
  let at: Position | null = null;
  /** Why text is homeless for now: before the first heading, or under a heading with no item. */
  let homeless = 'before the first item heading of the annotations';
  let mode: 'text' | 'documentation' = 'text';
  const numbers: ParagraphNumber[] = [];

  const target = (): AgendaItem | SubItem | null => {
    if (!at) return null;
    const item = items[at.itemIndex];
    return at.subItemIndex === null ? (item ?? null) : (item?.subItems[at.subItemIndex] ?? null);
  };
  const where = (): string => {
    if (!at) return '';
    const item = items[at.itemIndex];
    if (!item) return '';
    const reference = itemReference({
      item,
      itemIndex: at.itemIndex,
      ...(at.subItemIndex === null ? {} : { subItemIndex: at.subItemIndex }),
    });
    return `item ${reference}`;
  };
  const cite = (line: SourceLine, entry: AgendaItem | SubItem, text?: string): void => {
    const parsed = parseDocumentationLine(text === undefined ? line : { ...line, text });
    if (!parsed) {
      unplaced.add(
        line,
        text ?? line.text,
        `follows the Documentation list of ${where()} but is not a document title with its symbol`,
      );
      return;
    }
    for (const document of parsed) {
      const id = registry.cite(document);
      if (entry.documentIds.includes(id)) {
        unplaced.add(line, text ?? line.text, `listed twice under ${where()}`);
      } else {
        entry.documentIds.push(id);
      }
    }
  };

  for (const line of lines) {
    if (isAnnotationsHeading(line.text)) continue;
    const heading = matchHeading(line, items, at);
    if (heading?.kind === 'item') {
      at = { itemIndex: heading.itemIndex, subItemIndex: null };
      const item = items[heading.itemIndex];
      if (item) setHeading(item, heading.wording);
      mode = 'text';
      continue;
    }
    if (heading?.kind === 'sub-item' && at) {
      at = { itemIndex: at.itemIndex, subItemIndex: heading.subItemIndex };
      const subItem = target();
      if (subItem) setHeading(subItem, heading.wording);
      mode = 'text';
      continue;
    }
    if (heading?.kind === 'unknown') {
      at = null;
      homeless = `under the heading of item ${heading.label}, which the agenda list does not have`;
      unplaced.addLine(line, homeless);
      continue;
    }
    const entry = target();
    const documentation = parseDocumentationHeading(line.text);
    if (documentation) {
      if (!entry) unplaced.addLine(line, homeless);
      else if (documentation.rest !== '') cite(line, entry, documentation.rest);
      mode = documentation.none ? 'text' : 'documentation';
      continue;
    }
    if (!entry) {
      unplaced.addLine(line, homeless);
      continue;
    }
    if (mode === 'documentation') {
      cite(line, entry);
      continue;
    }
    if (parsePartHeading(line.text) !== null && looksLikeHeading(line)) {
      unplaced.addLine(
        line,
        'a heading of a part of the document, which the model has no place for',
      );
      continue;
    }
    if (line.cells) {
      unplaced.addLine(line, `a table row in the annotations of ${where()}`);
      continue;
    }
    const paragraph: Paragraph = { id: newId(), runs: line.runs.map((run) => ({ ...run })) };
    entry.annotations.push(paragraph);
    const number = /^(\d{1,4})\.[\t ]+(?=\S)/u.exec(line.text);
    numbers.push({
      paragraph,
      number: number ? Number(number[1]) : null,
      labelLength: number?.[0].length ?? 0,
    });
  }

  // Numbers are stripped only when every paragraph carries the next one: a paragraph
  // that merely begins with a figure ("2012. A year…") keeps its text.
  const numberParagraphs =
    numbers.length > 0 && numbers.every(({ number }, index) => number === index + 1);
  if (numberParagraphs) {
    for (const { paragraph, labelLength } of numbers) {
      paragraph.runs = dropLeadingText(paragraph.runs, labelLength);
    }
  }
  return { numberParagraphs };
}

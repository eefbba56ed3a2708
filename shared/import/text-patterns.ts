import { stripFinalPunctuation } from '../model/numbering';
import { MONTHS } from '../schedule/calendar';

/**
 * The labels and wordings by which a provisional agenda shows its structure,
 * as people type them: "1.", "1 ", "Item 1.", "(a)", "a)", "(i)", "I.".
 */

export interface ItemLabel {
  readonly number: number;
  /** The text after the label. */
  readonly rest: string;
  /** How many characters the label takes, with the blanks after it. */
  readonly length: number;
}

export interface LetterLabel {
  /** 0 for (a), 25 for (z), 26 for (aa). */
  readonly index: number;
  readonly letters: string;
  readonly rest: string;
  readonly length: number;
}

const MONTH_WORDS = new RegExp(`^(?:${MONTHS.join('|')})\\b`, 'iu');

/**
 * "1. Title", "1 Title", "1.\tTitle", "1) Title", "Item 1. Title", "Agenda item 1: Title".
 * A date ("1 August 2012") is not a label.
 */
export function parseItemLabel(text: string): ItemLabel | null {
  const match =
    /^(?:(?:agenda\s+)?item\s+)?(\d{1,3})(?:[.):]|\s*[-\u2013\u2014](?=\s))?\s+(?=\S)/iu.exec(text);
  if (!match) return null;
  const rest = text.slice(match[0].length);
  if (MONTH_WORDS.test(rest)) return null;
  return { number: Number(match[1]), rest, length: match[0].length };
}

/** "(a) Title", "(a)\tTitle", "a) Title" (French and Spanish style). */
export function parseLetterLabel(text: string): LetterLabel | null {
  const match = /^(?:\(([a-z]{1,2})\)|([a-z]{1,2})\))\s*(?=\S)/u.exec(text);
  if (!match) return null;
  const letters = match[1] ?? match[2] ?? '';
  const index = letterIndex(letters);
  if (index === null) return null;
  return { index, letters, rest: text.slice(match[0].length), length: match[0].length };
}

/** "a" → 0, "z" → 25, "aa" → 26, as numbering.ts writes them; "ab" is no sub-item letter. */
export function letterIndex(letters: string): number | null {
  const lower = letters.toLowerCase();
  if (!/^([a-z])\1*$/u.test(lower)) return null;
  return (lower.length - 1) * 26 + (lower.charCodeAt(0) - 97);
}

/** Labels below sub-items: "(i)", "ii)", "a.", and bullets; folded into the annotations. */
export function hasDeeperLabel(text: string): boolean {
  return /^(?:\([ivxl]+\)|[ivxl]+\)|[a-z]\.|[•\u2022\u25aa\u2013\u2014-])\s/u.test(text);
}

/** "I. Provisional agenda", "II. Annotations": the parts of the document, not items. */
export function parsePartHeading(text: string): string | null {
  const match = /^(?:[IVX]{1,5}|[A-H])\.\s+(\S.*)$/u.exec(text);
  return match?.[1] ?? null;
}

export function isAnnotationsHeading(text: string): boolean {
  const wording = parsePartHeading(text) ?? text;
  return /^annotations(?: to the (?:provisional )?agenda)?:?$/iu.test(wording.trim());
}

/** "Annex", "Annex I", "Proposed organization of work", "Organization of work". */
export function isAnnexHeading(text: string): boolean {
  return /^annex(?:\s+[IVX\d]+)?\.?$/iu.test(text) || isAnnexTitle(text);
}

export function isAnnexTitle(text: string): boolean {
  return /^(?:proposed\s+)?organi[sz]ation\s+of\s+work:?$/iu.test(text);
}

/** The annex "List of documents", which repeats the documentation lists: Agendum's own export. */
export function isDocumentsListTitle(text: string): boolean {
  return /^list of documents$/iu.test(text.trim());
}

/** The table's own header: "Date and time | Agenda item | Title or description". */
export function isAnnexHeaderText(text: string): boolean {
  return /^(?:date and time|date|time|agenda item|item|title or description|title|description)$/iu.test(
    text.trim(),
  );
}

/** A sentence ends with a mark, perhaps inside closing quotes or brackets; a heading does not. */
export function endsLikeSentence(text: string): boolean {
  return /[.;:!?\u2026]["'\u201d\u2019)\]]*$/u.test(text.trim());
}

/** One space between words, typographic quotes and dashes made plain, no final mark. */
export function comparableText(text: string): string {
  return stripFinalPunctuation(
    text
      .replace(/[\u2018\u2019]/gu, "'")
      .replace(/[\u201c\u201d]/gu, '"')
      .replace(/[\u2010-\u2015]/gu, '-')
      .replace(/\s+/gu, ' ')
      .trim(),
  );
}

function words(text: string): string[] {
  return comparableText(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/**
 * How alike two wordings are, from 0 to 1 (Dice's coefficient on words):
 * an annotation heading reworded from its agenda title stays above 0.6,
 * a paragraph that merely starts with the same number does not.
 */
export function similarity(a: string, b: string): number {
  const first = words(a);
  const second = words(b);
  if (first.length === 0 || second.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const word of second) pool.set(word, (pool.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of first) {
    const left = pool.get(word) ?? 0;
    if (left > 0) {
      shared += 1;
      pool.set(word, left - 1);
    }
  }
  return (2 * shared) / (first.length + second.length);
}

export const SIMILAR_WORDING = 0.6;

/** The wording as the exports print it: one space between words, no final mark. */
export function plainWording(text: string): string {
  return stripFinalPunctuation(text.replace(/\s+/gu, ' ').trim());
}

/** The same wording, but for spacing and final punctuation, which the exports add or drop. */
export function sameWording(a: string, b: string): boolean {
  return plainWording(a) === plainWording(b);
}

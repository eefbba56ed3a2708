import type { Agenda, AgendaItem } from '../../../shared/model/agenda';
import type { PreviewDocument, PreviewPart } from './preview-document';

/**
 * What the page and the preview's worker post to each other: only what
 * changed since their last message, both ways.
 *
 * Copying a 1,000-item agenda into the worker, or its rendering back, takes
 * the page tens of milliseconds; a pause in typing changes one item. The
 * agenda is immutable and shares what an edit left alone, so an item that is
 * the same object as before is the same item, wherever it moved.
 */

/** What the page posts: the agenda, or how it differs from the one posted before it. */
export type AgendaChange =
  | { readonly kind: 'whole'; readonly agenda: Agenda }
  | {
      readonly kind: 'changes';
      /** The agenda's other fields that are not the same objects as before (an absent one as undefined). */
      readonly fields: Partial<Omit<Agenda, 'items'>>;
      /** Each item in order: itself, or its position among the items posted before. */
      readonly items: readonly (AgendaItem | number)[];
    };

/** What the worker answers: the parts of its rendering that differ from its answer before. */
export interface PreviewChange {
  readonly language: PreviewDocument['language'];
  readonly styleSheet: string;
  /** How many parts at the start and at the end of the previous rendering stay as they were. */
  readonly kept: { readonly start: number; readonly end: number };
  /** The parts between those, in order. */
  readonly parts: readonly PreviewPart[];
}

export interface PreviewRequest {
  readonly sequence: number;
  readonly change: AgendaChange;
}

export interface PreviewAnswer {
  readonly sequence: number;
  readonly change: PreviewChange;
}

/** How `next` differs from `sent`, the agenda posted before; the whole of it for another agenda. */
export function agendaChange(sent: Agenda | null, next: Agenda): AgendaChange {
  if (!sent || sent.id !== next.id) return { kind: 'whole', agenda: next };
  const fields: Partial<Record<keyof Agenda, unknown>> = {};
  const keys = new Set([...Object.keys(sent), ...Object.keys(next)] as (keyof Agenda)[]);
  for (const key of keys) {
    if (key !== 'items' && sent[key] !== next[key]) fields[key] = next[key];
  }
  const positions = new Map(sent.items.map((item, index) => [item, index]));
  return {
    kind: 'changes',
    fields: fields as Partial<Omit<Agenda, 'items'>>,
    items: next.items.map((item) => positions.get(item) ?? item),
  };
}

/** The agenda a change describes, given the one it was made against. */
export function applyAgendaChange(known: Agenda | null, change: AgendaChange): Agenda {
  if (change.kind === 'whole') return change.agenda;
  if (!known) throw new Error('A change of the agenda arrived before the agenda itself.');
  const items = change.items.map((entry) => {
    if (typeof entry !== 'number') return entry;
    const item = known.items[entry];
    if (!item) throw new Error(`No item at position ${entry} of the agenda posted before.`);
    return item;
  });
  return { ...known, ...change.fields, items };
}

/** How the rendering `next` differs from the parts answered before. */
export function previewChange(shown: readonly PreviewPart[], next: PreviewDocument): PreviewChange {
  const { start, end } = unchangedEnds(shown, next.parts, samePart);
  return {
    language: next.language,
    styleSheet: next.styleSheet,
    kept: { start, end },
    parts: next.parts.slice(start, next.parts.length - end),
  };
}

/** The rendering a change describes; unchanged parts stay the same arrays as in `shown`. */
export function applyPreviewChange(
  shown: readonly PreviewPart[],
  change: PreviewChange,
): PreviewDocument {
  const { start, end } = change.kept;
  if (start + end > shown.length) {
    throw new Error('A change of the preview keeps more parts than there are.');
  }
  return {
    language: change.language,
    styleSheet: change.styleSheet,
    parts: [...shown.slice(0, start), ...change.parts, ...shown.slice(shown.length - end)],
  };
}

/** How many entries at the start, and then at the end, the two lists have in common. */
export function unchangedEnds<Old, New>(
  old: readonly Old[],
  next: readonly New[],
  same: (old: Old, next: New) => boolean,
): { start: number; end: number } {
  const shorter = Math.min(old.length, next.length);
  let start = 0;
  while (start < shorter && same(old[start] as Old, next[start] as New)) start += 1;
  let end = 0;
  while (
    end < shorter - start &&
    same(old[old.length - 1 - end] as Old, next[next.length - 1 - end] as New)
  ) {
    end += 1;
  }
  return { start, end };
}

export function samePart(old: PreviewPart, next: PreviewPart): boolean {
  return old === next || (old.length === next.length && old.every((html, i) => html === next[i]));
}

import type { TimeSlot } from '../model/agenda';
import type { EntryLevel } from './agenda-matching';
import type { TextDiff } from './word-diff';

/**
 * What changed between two versions of an agenda, as a reviser would list it.
 *
 * Each change names things as the user sees them ("item 3", "1 (a)",
 * "Wednesday, 17 October, 3-6 p.m.") and keeps the ids, so that a view can
 * point at them. A move is one change, never a deletion and an insertion.
 */

/** An item or sub-item as it stands in one version. */
export interface EntryRef {
  readonly id: string;
  readonly level: EntryLevel;
  /** "3", "1 (a)" */
  readonly reference: string;
  readonly title: string;
}

export interface ParagraphRef {
  readonly entry: EntryRef;
  readonly paragraphId: string;
  /** Its place among the entry's annotation paragraphs, from 0. */
  readonly index: number;
  readonly text: string;
}

export interface DocumentRef {
  readonly id: string;
  /** Joint symbols joined by a hyphen, as printed. */
  readonly symbol: string;
  readonly title: string;
}

export interface SlotRef {
  readonly id: string;
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly kind: TimeSlot['kind'];
  /** "Wednesday, 17 October, 3-6 p.m." */
  readonly label: string;
}

export interface ScheduledRef {
  readonly id: string;
  readonly slot: SlotRef;
  /** Its place among the slot's entries, from 0. */
  readonly index: number;
  readonly itemId: string;
  /** The item's number in that version, or null when the item is not on the agenda. */
  readonly reference: string | null;
  /** The wording the annex prints. */
  readonly wording: string;
}

/** Parts of the masthead, the meeting and the settings that hold one value each. */
export type AgendaField =
  | 'body'
  | 'symbol'
  | 'distribution'
  | 'issue-date'
  | 'issuance-note'
  | 'original-language'
  | 'document-language'
  | 'meeting-title'
  | 'session'
  | 'venue'
  | 'meeting-dates'
  | 'document-title'
  | 'paragraph-numbering'
  | 'documents-annex';

export type AgendaChange =
  | {
      readonly kind: 'field-changed';
      readonly field: AgendaField;
      /** The values as printed ("31 July 2012"); "" for none. */
      readonly from: string;
      readonly to: string;
      readonly diff: TextDiff;
    }
  | { readonly kind: 'entry-added'; readonly entry: EntryRef }
  | { readonly kind: 'entry-removed'; readonly entry: EntryRef }
  /** Taken to another place among its kind (an item among items, a sub-item to any item). */
  | { readonly kind: 'entry-moved'; readonly from: EntryRef; readonly to: EntryRef }
  /** Its number or letter changed because others came, went or moved around it. */
  | { readonly kind: 'entry-renumbered'; readonly from: EntryRef; readonly to: EntryRef }
  /** A sub-item became an item. */
  | { readonly kind: 'entry-promoted'; readonly from: EntryRef; readonly to: EntryRef }
  /** An item became a sub-item. */
  | { readonly kind: 'entry-demoted'; readonly from: EntryRef; readonly to: EntryRef }
  | {
      readonly kind: 'title-changed';
      readonly from: EntryRef;
      readonly to: EntryRef;
      readonly diff: TextDiff;
    }
  | {
      readonly kind: 'heading-changed';
      readonly from: EntryRef;
      readonly to: EntryRef;
      /** The headings as printed: the own wording, or the title when there is none. */
      readonly diff: TextDiff;
    }
  | { readonly kind: 'paragraph-added'; readonly paragraph: ParagraphRef }
  | { readonly kind: 'paragraph-removed'; readonly paragraph: ParagraphRef }
  | {
      readonly kind: 'paragraph-changed';
      readonly from: ParagraphRef;
      readonly to: ParagraphRef;
      readonly diff: TextDiff;
    }
  | {
      readonly kind: 'paragraph-moved';
      readonly from: ParagraphRef;
      readonly to: ParagraphRef;
      /** The words changed on the way, or null when none did. */
      readonly diff: TextDiff | null;
    }
  | { readonly kind: 'document-attached'; readonly entry: EntryRef; readonly document: DocumentRef }
  | { readonly kind: 'document-detached'; readonly entry: EntryRef; readonly document: DocumentRef }
  /** One document took the place of another in an item's documentation list. */
  | {
      readonly kind: 'document-swapped';
      readonly entry: EntryRef;
      readonly from: DocumentRef;
      readonly to: DocumentRef;
    }
  | {
      readonly kind: 'documentation-reordered';
      readonly entry: EntryRef;
      readonly document: DocumentRef;
      readonly fromIndex: number;
      readonly toIndex: number;
    }
  | { readonly kind: 'registry-entry-added'; readonly document: DocumentRef }
  | { readonly kind: 'registry-entry-removed'; readonly document: DocumentRef }
  | {
      readonly kind: 'registry-entry-changed';
      readonly from: DocumentRef;
      readonly to: DocumentRef;
      readonly title: TextDiff | null;
      readonly symbols: { readonly from: readonly string[]; readonly to: readonly string[] } | null;
      readonly documentKind: { readonly from: string | null; readonly to: string | null } | null;
    }
  | { readonly kind: 'day-added'; readonly date: string }
  | { readonly kind: 'day-removed'; readonly date: string }
  /** The same meeting day now falls on another date (its slots went with it). */
  | { readonly kind: 'day-date-changed'; readonly from: string; readonly to: string }
  | { readonly kind: 'slot-added'; readonly slot: SlotRef }
  | { readonly kind: 'slot-removed'; readonly slot: SlotRef }
  /** Taken to another day, with its entries (its times may have changed too). */
  | { readonly kind: 'slot-moved'; readonly from: SlotRef; readonly to: SlotRef }
  | { readonly kind: 'slot-times-changed'; readonly from: SlotRef; readonly to: SlotRef }
  | { readonly kind: 'slot-kind-changed'; readonly from: SlotRef; readonly to: SlotRef }
  | {
      readonly kind: 'slot-note-changed';
      readonly from: SlotRef;
      readonly to: SlotRef;
      readonly diff: TextDiff;
    }
  | { readonly kind: 'schedule-entry-added'; readonly entry: ScheduledRef }
  | { readonly kind: 'schedule-entry-removed'; readonly entry: ScheduledRef }
  /** Taken to another slot, or to another place in its slot. */
  | {
      readonly kind: 'schedule-entry-moved';
      readonly from: ScheduledRef;
      readonly to: ScheduledRef;
    }
  | {
      readonly kind: 'schedule-entry-changed';
      readonly from: ScheduledRef;
      readonly to: ScheduledRef;
      /** The annex wording, when it changed. */
      readonly wording: TextDiff | null;
      /** True when the entry now names another agenda item. */
      readonly itemChanged: boolean;
    };

export type AgendaChangeKind = AgendaChange['kind'];

import { formatJointSymbol, splitJointSymbol } from '../documents/symbol-check';
import type { Agenda, DocumentEntry, MeetingDay, Paragraph, SubItem } from '../model/agenda';
import { newId } from '../model/ids';
import { addDays, daysBetween } from '../schedule/calendar';
import { advanceSessionOrdinal, findOrdinal } from './session-ordinals';

/**
 * The agenda of the next session, started from this one: what UN
 * secretaries do first for every session.
 *
 * Everything gets new ids (the new agenda is a new document, compared with
 * this one by wording); the session's ordinal moves on ("Twenty-first
 * session" → "Twenty-second session"); the dates move by a number of days or
 * are cleared; the organization of work keeps its pattern of days, slots and
 * items; documents are kept, kept without their symbols, or emptied.
 */

export type NextSessionDates =
  /** Every date moves by this many days (364 keeps the weekdays, a year later). */
  | { readonly kind: 'shift'; readonly days: number }
  /**
   * The issue date and the meeting's dates are cleared. The organization of
   * work keeps its days, still on the old dates, for the user to move when the
   * new dates are known.
   */
  | { readonly kind: 'clear' };

export type NextSessionDocuments =
  /** The registry and every documentation list, as they were. */
  | 'keep'
  /** The same documents and lists, their symbols emptied until the new ones are known. */
  | 'keep-without-symbols'
  /** No documents, and every documentation list empty. */
  | 'empty';

export interface NextSessionOptions {
  readonly dates: NextSessionDates;
  /**
   * Advance the year in the document symbol by the years the dates moved (at
   * least one), or the session number when the symbol carries it:
   * CTOC/COP/WG.2/2012/1 → CTOC/COP/WG.2/2013/1. Off by default: the user
   * usually types the symbol the secretariat gives.
   */
  readonly advanceSymbol?: boolean;
  readonly documents?: NextSessionDocuments;
  /** For tests; new random ids otherwise. */
  readonly makeId?: () => string;
}

export function startNextSession(agenda: Agenda, options: NextSessionOptions): Agenda {
  const makeId = options.makeId ?? newId;
  const documents = options.documents ?? 'empty';
  const ids = new Map<string, string>();
  const renewed = (oldId: string): string => {
    const known = ids.get(oldId);
    if (known !== undefined) return known;
    const fresh = makeId();
    ids.set(oldId, fresh);
    return fresh;
  };
  const shiftDate = (date: string): string | null =>
    options.dates.kind === 'shift' ? (addDays(date, options.dates.days) ?? date) : null;

  const registry: DocumentEntry[] =
    documents === 'empty'
      ? []
      : agenda.documents.map((document) => ({
          ...document,
          id: renewed(document.id),
          symbols: documents === 'keep' ? [...document.symbols] : [],
        }));
  const documentIds = (ids: readonly string[]): string[] =>
    documents === 'empty' ? [] : ids.map(renewed);
  const paragraphs = (annotations: readonly Paragraph[]): Paragraph[] =>
    annotations.map((paragraph) => ({
      id: makeId(),
      runs: paragraph.runs.map((run) => ({ ...run })),
    }));
  const entry = <T extends SubItem>(item: T): T => ({
    ...item,
    id: renewed(item.id),
    annotations: paragraphs(item.annotations),
    documentIds: documentIds(item.documentIds),
  });
  const items = agenda.items.map((item) => ({
    ...entry(item),
    subItems: item.subItems.map((subItem) => entry(subItem)),
  }));

  const days: MeetingDay[] = agenda.organization.days.map((day) => ({
    date: shiftDate(day.date) ?? day.date,
    slots: day.slots.map((slot) => ({
      ...slot,
      id: makeId(),
      entries: slot.entries.map((scheduled) => ({
        ...scheduled,
        id: makeId(),
        itemId: ids.get(scheduled.itemId) ?? scheduled.itemId,
      })),
    })),
  }));

  const { header, meeting } = agenda;
  const optionalDate = (date: string | null) => (date === null ? null : shiftDate(date));
  const session =
    meeting.session === null ? null : (advanceSessionOrdinal(meeting.session) ?? meeting.session);
  return {
    ...agenda,
    id: makeId(),
    header: {
      ...header,
      symbol:
        options.advanceSymbol === true
          ? advanceSymbol(header.symbol, yearsMoved(options.dates), meeting.session)
          : header.symbol,
      issueDate: optionalDate(header.issueDate),
      // A new session's agenda is an original: no reissue note comes with it.
      issuanceNote: null,
    },
    meeting: {
      ...meeting,
      session,
      startDate: optionalDate(meeting.startDate),
      endDate: optionalDate(meeting.endDate),
    },
    items,
    documents: registry,
    organization: { ...agenda.organization, days },
    settings: { ...agenda.settings },
  };
}

/** Whole years the dates moved, and at least one: the next session is a later one. */
function yearsMoved(dates: NextSessionDates): number {
  if (dates.kind === 'clear') return 1;
  return Math.max(1, Math.round(dates.days / 365.25));
}

/**
 * The next session's symbol where its parts say which: a year component
 * ("/2012/") moves on by `years`; else a component equal to the session's
 * number ("CERD/C/108/1" at the one hundred and eighth session) moves on by
 * one. Joint symbols move part by part; anything else stays as it was.
 */
export function advanceSymbol(symbol: string, years: number, session: string | null): string {
  const sessionNumber = session === null ? null : (findOrdinal(session)?.value ?? null);
  const parts = splitJointSymbol(symbol);
  if (parts.length === 0) return symbol;
  return formatJointSymbol(
    parts.map((part) => {
      const components = part.split('/');
      const yearIndex = components.findIndex((component) => /^(?:19|20)\d\d$/u.test(component));
      if (yearIndex >= 0) {
        components[yearIndex] = String(Number(components[yearIndex]) + years);
        return components.join('/');
      }
      if (sessionNumber !== null) {
        const sessionIndex = components.findIndex(
          (component, index) => index > 0 && component === String(sessionNumber),
        );
        if (sessionIndex >= 0) {
          components[sessionIndex] = String(sessionNumber + 1);
          return components.join('/');
        }
      }
      return part;
    }),
  );
}

/**
 * The shift that makes the meeting start on `startDate`: what a planner asks
 * for ("the next session opens on 15 October 2013"). Null without a start date.
 */
export function shiftToStartOn(agenda: Pick<Agenda, 'meeting'>, startDate: string): number | null {
  const current = agenda.meeting.startDate;
  return current === null ? null : daysBetween(current, startDate);
}

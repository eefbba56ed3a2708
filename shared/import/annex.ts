import type { AgendaItem, MeetingDay, TimeSlot } from '../model/agenda';
import { dayHeadingDate } from './date-text';
import { annexTokens, type AnnexToken } from './annex-tokens';
import type { SourceLine } from './import-lines';
import { isAnnexHeading, plainWording, sameWording } from './text-patterns';
import type { UnplacedCollector } from './unplaced';

/**
 * The annex "Proposed organization of work": days, their time slots, and
 * the items taken up in each, with the annex's own wording kept where it
 * differs from the agenda's. "(continued)" is the exports' doing, derived
 * from the order, so it is not kept.
 */

const CONTINUED = /\s*\(continued\)\s*$/iu;

function wordingOf(text: string | undefined, title: string): string | null {
  const wording = (text ?? '').replace(CONTINUED, '').trim();
  if (wording === '' || sameWording(wording, title)) return null;
  return plainWording(wording);
}

/** A row that is not an item: a parallel meeting, or a note such as "Informal consultations". */
function noteSlot(slot: TimeSlot, text: string): void {
  if (/^parallel meeting$/iu.test(text)) {
    slot.kind = 'parallel';
    return;
  }
  slot.kind = /^parallel\b/iu.test(text) ? 'parallel' : 'note';
  slot.note = text;
}

function tokenText(token: AnnexToken): string {
  return token.kind === 'text' ? token.text : token.kind === 'day' ? token.match[0] : '';
}

export interface AnnexReading {
  readonly days: MeetingDay[];
  /** A row said "Morning" or "Afternoon": the UN's standard times were taken for it. */
  readonly guessedTimes: boolean;
}

export function readAnnex(
  lines: readonly SourceLine[],
  items: readonly AgendaItem[],
  years: readonly number[],
  unplaced: UnplacedCollector,
  newId: () => string,
): AnnexReading {
  const days: MeetingDay[] = [];
  let guessedTimes = false;
  let day: MeetingDay | null = null;
  let slot: TimeSlot | null = null;

  for (const line of lines) {
    if (!line.cells && isAnnexHeading(line.text)) continue;
    const tokens = annexTokens(line, items);
    /** The slot this row opened with its time: only such a row may carry the slot's note. */
    let openedSlot: TimeSlot | null = null;
    /** What this row could not place, by reason, reported as one piece per reason. */
    const left = new Map<string, string[]>();
    const leave = (text: string, reason: string): void => {
      left.set(reason, [...(left.get(reason) ?? []), text]);
    };

    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index];
      if (!token) continue;
      switch (token.kind) {
        case 'header':
          break;
        case 'day': {
          const parsed = dayHeadingDate(token.match, years);
          if (!parsed.ok) {
            leave(token.match[0], `a day of the annex that cannot be dated: ${parsed.message}`);
            day = null;
            slot = null;
            break;
          }
          const date = parsed.date;
          day = days.find((known) => known.date === date) ?? null;
          if (!day) {
            day = { date, slots: [] };
            days.push(day);
          }
          slot = null;
          break;
        }
        case 'time':
          if (!day) {
            leave(line.text, 'a time in the annex before any day');
            break;
          }
          slot = {
            id: newId(),
            start: token.start,
            end: token.end,
            kind: 'meeting',
            note: null,
            entries: [],
          };
          day.slots.push(slot);
          openedSlot = slot;
          guessedTimes ||= token.guessed === true;
          break;
        case 'item': {
          const next = tokens[index + 1];
          const wording = next?.kind === 'text' ? next.text : undefined;
          if (next?.kind === 'text') index += 1;
          if (!slot) {
            leave(line.text, 'an agenda item in the annex under no day and time');
            break;
          }
          if (slot.kind === 'note') slot.kind = 'meeting';
          for (const entry of token.entries) {
            slot.entries.push({
              id: newId(),
              itemId: entry.id,
              description: wordingOf(wording, entry.title),
            });
          }
          break;
        }
        case 'unknown-item': {
          const next = tokens[index + 1];
          if (next?.kind === 'text') index += 1;
          const wording = next?.kind === 'text' ? `  ${next.text}` : '';
          leave(`${token.text}${wording}`, 'refers to an item the agenda list does not have');
          break;
        }
        case 'text':
          if (slot && slot === openedSlot && slot.entries.length === 0 && slot.note === null) {
            noteSlot(slot, token.text);
          } else {
            leave(tokenText(token), 'in the annex, but not a day, a time or an agenda item');
          }
          break;
      }
    }
    for (const [reason, texts] of left) unplaced.add(line, [...new Set(texts)].join('  '), reason);
  }
  return { days, guessedTimes };
}

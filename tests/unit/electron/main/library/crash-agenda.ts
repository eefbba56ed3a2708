import type { Agenda } from '../../../../../shared/model/agenda';

/** The one agenda the crash writer saves, over and over. */
export const CRASH_AGENDA_ID = 'crash-test';

/**
 * The agenda of save number `sequence`: the seed, with the number in the
 * meeting title (so the library index follows it too) and a paragraph whose
 * length changes from save to save, so that a file cut short or mixed from
 * two saves can never pass for either.
 */
export function agendaAtSequence(seed: Agenda, sequence: number): Agenda {
  const padding = 'Save in progress. '.repeat(600 + (sequence % 7) * 400);
  return {
    ...seed,
    id: CRASH_AGENDA_ID,
    meeting: { ...seed.meeting, title: `Crash test, save ${sequence}` },
    items: seed.items.map((item, index) =>
      index === 0
        ? {
            ...item,
            annotations: [
              ...item.annotations,
              { id: 'crash-marker', runs: [{ text: `Save ${sequence}. ${padding}` }] },
            ],
          }
        : item,
    ),
  };
}

/** The save number in a title written by agendaAtSequence, or null. */
export function sequenceOf(title: string): number | null {
  const match = /^Crash test, save (\d+)$/.exec(title);
  return match ? Number(match[1]) : null;
}

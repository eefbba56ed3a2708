import type { Agenda } from '../model/agenda';
import type { AgendaChange, AgendaChangeKind } from './agenda-changes';
import { matchAgendas, type AgendaMatching, type MatchMode } from './agenda-matching';
import { alignEntries, type EntryAlignment } from './content-alignment';
import { entryChanges } from './entry-changes';
import { fieldChanges, registryChanges } from './field-changes';
import { organizationChanges } from './organization-changes';

/**
 * Compares two versions of an agenda: two drafts of one agenda, or this
 * session's agenda with the previous session's.
 *
 * The result lists the changes in the order of the document (masthead and
 * meeting, then the agenda with its annotations, the registry of documents,
 * the organization of work) and keeps what the marked-up Word and HTML
 * renderings are built from, so that they show exactly these changes.
 */

export type {
  AgendaChange,
  AgendaChangeKind,
  AgendaField,
  DocumentRef,
  EntryRef,
  ParagraphRef,
  ScheduledRef,
  SlotRef,
} from './agenda-changes';
export type { MatchMode } from './agenda-matching';

export interface CompareOptions {
  /**
   * How parts are recognised: by id (versions of one agenda) or by wording
   * (the previous session's agenda, copied with new ids). By default, ids when
   * the two share any, else wording.
   */
  readonly matchBy?: MatchMode;
}

export interface AgendaComparison {
  readonly oldAgenda: Agenda;
  readonly newAgenda: Agenda;
  readonly matching: AgendaMatching;
  readonly entries: EntryAlignment;
  readonly changes: readonly AgendaChange[];
}

export function compareAgendas(
  oldAgenda: Agenda,
  newAgenda: Agenda,
  options: CompareOptions = {},
): AgendaComparison {
  const matching = matchAgendas(oldAgenda, newAgenda, options.matchBy);
  const entries = alignEntries(oldAgenda, newAgenda, matching);
  const changes = [
    ...fieldChanges(oldAgenda, newAgenda),
    ...entryChanges(oldAgenda, newAgenda, matching, entries),
    ...registryChanges(oldAgenda, newAgenda, matching),
    ...organizationChanges(oldAgenda, newAgenda, matching),
  ];
  return { oldAgenda, newAgenda, matching, entries, changes };
}

/** The changes of some kinds only, typed by their kind. */
export function changesOfKind<K extends AgendaChangeKind>(
  comparison: Pick<AgendaComparison, 'changes'>,
  ...kinds: readonly K[]
): Extract<AgendaChange, { kind: K }>[] {
  const wanted = new Set<AgendaChangeKind>(kinds);
  return comparison.changes.filter((change): change is Extract<AgendaChange, { kind: K }> =>
    wanted.has(change.kind),
  );
}

import type { AgendaVersionSummary, NamedVersionSummary } from '../../../shared/library/history';
import type { LibraryEntry } from '../../../shared/library/library-entry';
import type { Agenda } from '../../../shared/model/agenda';
import { agendumApi } from '../../bridge/agendum-api';
import { agendaActions } from '../agenda/agenda-store';

/**
 * A text that can be compared: the agenda as it is in the editor, one of its
 * named versions or earlier saves, or another agenda of the library (the
 * previous session's, most often).
 */
export interface CompareSource {
  /** Unique among the sources: "current", "named:…", "saved:…", "agenda:…". */
  readonly key: string;
  /** As a sentence names it: "“sent to the Bureau”", "the current agenda". */
  readonly label: string;
  readonly group: CompareSourceGroup;
  readonly read: () => Promise<Agenda>;
}

export const COMPARE_SOURCE_GROUPS = [
  'This agenda',
  'Named versions',
  'Earlier saves',
  'Other agendas in the library',
] as const;
export type CompareSourceGroup = (typeof COMPARE_SOURCE_GROUPS)[number];

export const CURRENT_KEY = 'current';

export const TIME_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export function currentSource(): CompareSource {
  return {
    key: CURRENT_KEY,
    label: 'the current agenda',
    group: 'This agenda',
    read: () => {
      const agenda = agendaActions.current();
      return agenda ? Promise.resolve(agenda) : Promise.reject(new Error('No agenda is open.'));
    },
  };
}

export function namedSource(agendaId: string, version: NamedVersionSummary): CompareSource {
  return {
    key: `named:${version.versionId}`,
    label: `“${version.name}”`,
    group: 'Named versions',
    read: () => agendumApi().readNamedVersion(agendaId, version.versionId),
  };
}

export function savedSource(agendaId: string, version: AgendaVersionSummary): CompareSource {
  return {
    key: `saved:${version.versionId}`,
    label: `the version of ${TIME_FORMAT.format(new Date(version.savedAt))}`,
    group: 'Earlier saves',
    read: () => agendumApi().readVersion(agendaId, version.versionId),
  };
}

export function agendaSource(entry: LibraryEntry): CompareSource {
  const symbol = entry.symbol.trim();
  return {
    key: `agenda:${entry.id}`,
    label: symbol === '' ? `“${entry.name}”` : `“${entry.name}” (${symbol})`,
    group: 'Other agendas in the library',
    read: () => agendumApi().loadAgenda(entry.id),
  };
}

/** "“sent to the Bureau”" → "“Sent to the Bureau”", "the current agenda" → "The current agenda". */
export function asHeading(label: string): string {
  const first = label.search(/\p{L}/u);
  if (first < 0) return label;
  return label.slice(0, first) + label.charAt(first).toUpperCase() + label.slice(first + 1);
}

import { useEffect, useState } from 'react';
import type { AgendaVersionSummary, NamedVersionSummary } from '../../../shared/library/history';
import type { LibraryEntry } from '../../../shared/library/library-entry';
import type { Agenda } from '../../../shared/model/agenda';
import { agendumApi, errorMessage } from '../../bridge/agendum-api';
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

/** The two texts of a comparison, as they are read. */
export type Texts =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly oldAgenda: Agenda; readonly newAgenda: Agenda }
  | { readonly status: 'failed'; readonly message: string };

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

/** The library's other agendas, to compare with; none while the library is read or if it cannot be. */
export function useOtherAgendas(agendaId: string): readonly CompareSource[] {
  const [others, setOthers] = useState<readonly CompareSource[]>([]);
  useEffect(() => {
    let live = true;
    agendumApi()
      .listLibrary()
      .then(({ entries }) => {
        if (!live) return;
        setOthers(entries.filter((entry) => entry.id !== agendaId).map(agendaSource));
      })
      // The agenda's own versions still compare; the list of others is a convenience.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [agendaId]);
  return others;
}

/** Both texts read, afresh whenever the choice changes; a late answer to an old choice is dropped. */
export function useTexts(
  oldSource: CompareSource | undefined,
  newSource: CompareSource | undefined,
): Texts {
  const [texts, setTexts] = useState<Texts>({ status: 'loading' });
  useEffect(() => {
    if (!oldSource || !newSource) return;
    let live = true;
    setTexts({ status: 'loading' });
    Promise.all([oldSource.read(), newSource.read()])
      .then(([oldAgenda, newAgenda]) => {
        if (live) setTexts({ status: 'ready', oldAgenda, newAgenda });
      })
      .catch((error: unknown) => {
        if (live)
          setTexts({
            status: 'failed',
            message: `A text could not be read: ${errorMessage(error)}`,
          });
      });
    return () => {
      live = false;
    };
    // Sources are rebuilt with each listing; their keys say what they read.
  }, [oldSource?.key, newSource?.key]);
  return texts;
}

import { useDeferredValue, useId, useMemo, useState } from 'react';
import {
  type MatchPlace,
  findInAgenda,
  replaceInAgenda,
} from '../../../shared/agenda/find-replace';
import { agendaActions, useOpenAgenda } from './agenda-store';

function placeElementId(place: MatchPlace): string {
  switch (place.field) {
    case 'title':
      return `title-${place.itemId}`;
    case 'heading':
    case 'paragraph':
      return place.field === 'paragraph'
        ? `paragraph-${place.paragraphId}`
        : `title-${place.itemId}`;
  }
}

interface FindPanelProps {
  readonly onClose: () => void;
}

/** Find in titles, headings and annotations; replace one or all, each as one undoable step. */
export function FindPanel({ onClose }: FindPanelProps) {
  const agenda = useOpenAgenda((open) => open);
  const [search, setSearch] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const deferredSearch = useDeferredValue(search);
  const searchId = useId();
  const replaceId = useId();
  const caseId = useId();
  const matches = useMemo(
    () => (agenda ? findInAgenda(agenda, deferredSearch, { matchCase }) : []),
    [agenda, deferredSearch, matchCase],
  );

  const replace = (places: readonly MatchPlace[]) =>
    agendaActions.edit((current) =>
      replaceInAgenda(current, places, search, replacement, { matchCase }),
    );

  return (
    <section
      className="find-panel"
      aria-label="Find and replace"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="find-panel__fields">
        <label htmlFor={searchId}>Find</label>
        <input
          id={searchId}
          type="search"
          value={search}
          autoFocus
          onChange={(event) => setSearch(event.target.value)}
        />
        <label htmlFor={replaceId}>Replace with</label>
        <input
          id={replaceId}
          value={replacement}
          onChange={(event) => setReplacement(event.target.value)}
        />
        <input
          id={caseId}
          type="checkbox"
          checked={matchCase}
          onChange={(event) => setMatchCase(event.target.checked)}
        />
        <label htmlFor={caseId}>Match case</label>
        <button
          type="button"
          disabled={matches.length === 0}
          onClick={() => replace(matches.map((match) => match.place))}
        >
          Replace all
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="find-panel__count" role="status">
        {search === '' ? 'Type to search the titles and annotations.' : `${matches.length} found`}
      </p>
      <ul className="find-panel__results" aria-label="Places found">
        {matches.slice(0, 200).map((match) => (
          <li key={JSON.stringify(match.place)}>
            <button
              type="button"
              className="link-button"
              onClick={() => document.getElementById(placeElementId(match.place))?.focus()}
            >
              {match.reference}, {match.place.field}: {match.excerpt.slice(0, 120)}
            </button>
            <button
              type="button"
              aria-label={`Replace in ${match.reference} ${match.place.field}`}
              onClick={() => replace([match.place])}
            >
              Replace
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useEffect, useId, useMemo, useState } from 'react';
import { type LibraryEntry, matchesLibrarySearch } from '../../../shared/library/library-entry';
import type { AgendaTemplate } from '../../../shared/model/templates';
import { ConfirmDialog } from '../common/confirm-dialog';
import { ImportAgendaButton } from './import-agenda-button';
import { NextSessionDialog } from '../revisions/next-session-dialog';
import { TrashList } from './trash-list';
import { libraryActions, useLibrary } from './library-store';

interface LibraryViewProps {
  readonly onOpen: (id: string) => void;
  /** The menu asked for an import; the library starts it when it shows. */
  readonly importRequested?: boolean;
  readonly onImportStarted?: () => void;
}

export function LibraryView({ onOpen, importRequested, onImportStarted }: LibraryViewProps) {
  const load = useLibrary((state) => state.load);
  const entries = useLibrary((state) => state.entries);
  const query = useLibrary((state) => state.query);
  const error = useLibrary((state) => state.error);
  const notices = useLibrary((state) => state.notices);
  const [pendingDelete, setPendingDelete] = useState<LibraryEntry | null>(null);
  const [startingFrom, setStartingFrom] = useState<LibraryEntry | null>(null);
  const searchId = useId();

  useEffect(() => {
    void libraryActions.refresh();
  }, []);

  const shown = useMemo(
    () =>
      entries
        .filter((entry) => matchesLibrarySearch(entry, query))
        .toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    [entries, query],
  );

  return (
    <main className="library" aria-labelledby="library-heading">
      <header className="library__header">
        <h1 id="library-heading">Agendas</h1>
        <NewAgendaForm onCreated={onOpen} />
        <ImportAgendaButton
          onImported={onOpen}
          requested={importRequested}
          onStarted={onImportStarted}
        />
      </header>
      {notices.length > 0 && (
        <div className="notice notice--warning" role="alert">
          <p>Some files could not be read. They were kept aside, untouched:</p>
          <ul>
            {notices.map((notice) => (
              <li key={notice.setAsideAs}>
                {notice.file}: {notice.reason}. Kept as {notice.setAsideAs}.
              </li>
            ))}
          </ul>
          <button type="button" onClick={libraryActions.dismissNotices}>
            Dismiss
          </button>
        </div>
      )}
      {error && (
        <div className="notice notice--error" role="alert">
          <p>{error}</p>
          <button type="button" onClick={libraryActions.dismissError}>
            Dismiss
          </button>
        </div>
      )}
      <div className="library__search">
        <label htmlFor={searchId}>Search by title or symbol</label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => libraryActions.search(event.target.value)}
        />
      </div>
      {load.status === 'loading' && <p>Opening the library…</p>}
      {load.status === 'failed' && (
        <p role="alert">The library could not be opened: {load.error}</p>
      )}
      {load.status === 'ready' && shown.length === 0 && (
        <p className="library__empty">
          {entries.length === 0
            ? 'No agendas yet. Create one above.'
            : 'No agenda matches the search.'}
        </p>
      )}
      <ul className="library__list" aria-label="Agendas in the library">
        {shown.map((entry) => (
          <LibraryRow
            key={entry.id}
            entry={entry}
            onOpen={onOpen}
            onDelete={setPendingDelete}
            onStartNextSession={setStartingFrom}
          />
        ))}
      </ul>
      <TrashList revision={entries.length} />
      {startingFrom && (
        <NextSessionDialog
          entry={startingFrom}
          onCancel={() => setStartingFrom(null)}
          onStarted={(started) => {
            setStartingFrom(null);
            void libraryActions.refresh();
            onOpen(started.id);
          }}
        />
      )}
      {pendingDelete && (
        <ConfirmDialog
          title="Delete agenda?"
          message={`“${pendingDelete.name}” will be moved to the trash.`}
          confirmLabel="Delete"
          onConfirm={() => {
            void libraryActions.remove(pendingDelete.id);
            setPendingDelete(null);
          }}
          onCancel={() => setPendingDelete(null)}
        />
      )}
    </main>
  );
}

function NewAgendaForm({ onCreated }: { readonly onCreated: (id: string) => void }) {
  const [name, setName] = useState('');
  const [template, setTemplate] = useState<AgendaTemplate>('standard');
  const nameId = useId();
  const templateId = useId();
  return (
    <form
      className="library__new"
      onSubmit={(event) => {
        event.preventDefault();
        void libraryActions.create(name, template).then((entry) => {
          if (entry) onCreated(entry.id);
        });
        setName('');
      }}
    >
      <label htmlFor={nameId}>Name of the new agenda</label>
      <input id={nameId} value={name} onChange={(event) => setName(event.target.value)} />
      <label htmlFor={templateId}>Start from</label>
      <select
        id={templateId}
        value={template}
        onChange={(event) => setTemplate(event.target.value as AgendaTemplate)}
      >
        <option value="standard">Standard items</option>
        <option value="blank">Blank agenda</option>
      </select>
      <button type="submit">New agenda</button>
    </form>
  );
}

interface LibraryRowProps {
  readonly entry: LibraryEntry;
  readonly onOpen: (id: string) => void;
  readonly onDelete: (entry: LibraryEntry) => void;
  readonly onStartNextSession: (entry: LibraryEntry) => void;
}

function LibraryRow({ entry, onOpen, onDelete, onStartNextSession }: LibraryRowProps) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(entry.name);
  const renameId = useId();
  return (
    <li className="library__row">
      {renaming ? (
        <form
          className="library__rename"
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim()) void libraryActions.rename(entry.id, name);
            setRenaming(false);
          }}
        >
          <label htmlFor={renameId}>New name for {entry.name}</label>
          <input
            id={renameId}
            value={name}
            autoFocus
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setRenaming(false);
            }}
          />
          <button type="submit">Save name</button>
          <button type="button" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <button
          type="button"
          className="library__open"
          aria-label={`Open ${entry.name}`}
          aria-describedby={`${renameId}-details`}
          onClick={() => onOpen(entry.id)}
        >
          <span className="library__name">{entry.name}</span>
          <span className="library__symbol" id={`${renameId}-details`}>
            {entry.symbol || 'No symbol yet'}
          </span>
          <span className="library__meeting">{entry.meetingTitle}</span>
        </button>
      )}
      <div className="library__actions">
        <button
          type="button"
          aria-label={`Rename ${entry.name}`}
          onClick={() => {
            setName(entry.name);
            setRenaming(true);
          }}
        >
          Rename
        </button>
        <button
          type="button"
          aria-label={`Duplicate ${entry.name}`}
          onClick={() => void libraryActions.duplicate(entry.id)}
        >
          Duplicate
        </button>
        <button
          type="button"
          aria-label={`Start the next session from ${entry.name}`}
          aria-haspopup="dialog"
          onClick={() => onStartNextSession(entry)}
        >
          Start next session…
        </button>
        <button type="button" aria-label={`Delete ${entry.name}`} onClick={() => onDelete(entry)}>
          Delete
        </button>
      </div>
    </li>
  );
}

import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { TrashEntrySchema } from '../../../shared/library/history';
import { agendumApi, errorMessage } from '../../bridge/agendum-api';
import { ConfirmDialog } from '../common/confirm-dialog';
import { libraryActions } from './library-store';

type TrashEntry = z.infer<typeof TrashEntrySchema>;

/**
 * Deleted agendas, kept whole until restored: deleting never destroys a
 * draft. Only "Delete forever", asked twice, removes one, with its history.
 */
export function TrashList({ revision }: { readonly revision: number }) {
  const [entries, setEntries] = useState<readonly TrashEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pendingDelete, setPendingDelete] = useState<TrashEntry | null>(null);

  const refresh = () => {
    agendumApi()
      .listTrash()
      .then(setEntries)
      .catch((failure: unknown) => setError(errorMessage(failure)));
  };
  useEffect(refresh, [revision]);

  if (entries.length === 0 && !error) return null;
  return (
    <details className="trash">
      <summary>Trash ({entries.length})</summary>
      {error && <p role="alert">The trash could not be read: {error}</p>}
      <ul className="trash__list" aria-label="Deleted agendas">
        {entries.map((entry) => (
          <li key={entry.trashId} className="trash__row">
            <span>
              {entry.name} <span className="library__symbol">{entry.symbol}</span>
            </span>
            <button
              type="button"
              aria-label={`Restore ${entry.name}`}
              onClick={() =>
                void agendumApi()
                  .restoreFromTrash(entry.trashId)
                  .then(() => {
                    refresh();
                    return libraryActions.refresh();
                  })
                  .catch((failure: unknown) => setError(errorMessage(failure)))
              }
            >
              Restore
            </button>
            <button
              type="button"
              aria-label={`Delete ${entry.name} forever`}
              onClick={() => setPendingDelete(entry)}
            >
              Delete forever
            </button>
          </li>
        ))}
      </ul>
      {pendingDelete && (
        <ConfirmDialog
          title="Delete forever?"
          message={`“${pendingDelete.name}” and its earlier versions will be deleted for good. This cannot be undone.`}
          confirmLabel="Delete forever"
          onConfirm={() => {
            const { trashId } = pendingDelete;
            setPendingDelete(null);
            void agendumApi()
              .deleteFromTrash(trashId)
              .then(refresh)
              .catch((failure: unknown) => setError(errorMessage(failure)));
          }}
          onCancel={() => setPendingDelete(null)}
        />
      )}
    </details>
  );
}

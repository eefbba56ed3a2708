import { useEffect, useState } from 'react';
import type { AgendaVersionSummary } from '../../../shared/library/history';
import { agendumApi, errorMessage } from '../../bridge/agendum-api';
import { agendaActions } from '../agenda/agenda-store';

type Versions =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly versions: readonly AgendaVersionSummary[] }
  | { readonly status: 'failed'; readonly error: string };

const TIME_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface HistoryPanelProps {
  readonly agendaId: string;
  readonly onClose: () => void;
}

/**
 * The agenda's earlier saves and snapshots. Restoring one makes it the
 * current agenda as a new save, so Undo (or another restore) takes it back.
 */
export function HistoryPanel({ agendaId, onClose }: HistoryPanelProps) {
  const [versions, setVersions] = useState<Versions>({ status: 'loading' });
  const [message, setMessage] = useState<string | null>(null);

  const refresh = () => {
    agendumApi()
      .listVersions(agendaId)
      .then((list) => setVersions({ status: 'ready', versions: list }))
      .catch((error: unknown) => setVersions({ status: 'failed', error: errorMessage(error) }));
  };
  useEffect(refresh, [agendaId]);

  const restore = async (version: AgendaVersionSummary) => {
    await agendaActions.flush();
    try {
      const { agenda, savedAt } = await agendumApi().restoreVersion(agendaId, version.versionId);
      agendaActions.restored(agenda, savedAt);
      setMessage(
        `Restored the version of ${TIME_FORMAT.format(new Date(version.savedAt))}. Undo takes it back.`,
      );
      refresh();
    } catch (error) {
      setMessage(`That version could not be restored: ${errorMessage(error)}`);
    }
  };

  return (
    <aside className="side-panel" aria-labelledby="history-heading">
      <div className="side-panel__header">
        <h2 id="history-heading">History</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {versions.status === 'loading' && <p>Reading the history…</p>}
      {versions.status === 'failed' && (
        <p role="alert">The history could not be read: {versions.error}</p>
      )}
      {versions.status === 'ready' && versions.versions.length === 0 && (
        <p>
          No earlier versions yet. Every save is kept here (the last 20, and one every five minutes
          for 30 days).
        </p>
      )}
      {versions.status === 'ready' && versions.versions.length > 0 && (
        <ol className="history__list" aria-label="Earlier versions, newest first">
          {versions.versions.map((version) => {
            const when = TIME_FORMAT.format(new Date(version.savedAt));
            return (
              <li key={version.versionId} className="history__version">
                <span>
                  {when}
                  <span className="history__kind">
                    {version.kind === 'snapshot' ? ' · snapshot' : ''}
                  </span>
                </span>
                <button
                  type="button"
                  aria-label={`Restore the version of ${when}`}
                  onClick={() => void restore(version)}
                >
                  Restore
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}

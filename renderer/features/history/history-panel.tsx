import { useEffect, useId, useMemo, useState } from 'react';
import type { AgendaVersionSummary, NamedVersionSummary } from '../../../shared/library/history';
import { agendumApi, errorMessage } from '../../bridge/agendum-api';
import { agendaActions, useSaveStatus } from '../agenda/agenda-store';
import { CompareDialog } from './compare-dialog';
import {
  type CompareSource,
  TIME_FORMAT,
  currentSource,
  namedSource,
  savedSource,
} from './compare-sources';

type Versions =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly versions: readonly AgendaVersionSummary[];
      readonly named: readonly NamedVersionSummary[];
    }
  | { readonly status: 'failed'; readonly error: string };

interface HistoryPanelProps {
  readonly agendaId: string;
  readonly onClose: () => void;
}

/**
 * The agenda's named versions, earlier saves and snapshots. Restoring one
 * makes it the current agenda as a new save, so Undo (or another restore)
 * takes it back; any of them can be compared with the current agenda, with
 * each other, or with another agenda of the library.
 */
export function HistoryPanel({ agendaId, onClose }: HistoryPanelProps) {
  const [versions, setVersions] = useState<Versions>({ status: 'loading' });
  const [message, setMessage] = useState<string | null>(null);
  /** The key of the source the comparison opened with, as its earlier text. */
  const [comparing, setComparing] = useState<string | null>(null);
  const sources = useMemo<readonly CompareSource[]>(
    () =>
      versions.status === 'ready'
        ? [
            currentSource(),
            ...versions.named.map((version) => namedSource(agendaId, version)),
            ...versions.versions.map((version) => savedSource(agendaId, version)),
          ]
        : [currentSource()],
    [agendaId, versions],
  );

  const refresh = () => {
    const api = agendumApi();
    Promise.all([api.listVersions(agendaId), api.listNamedVersions(agendaId)])
      .then(([list, named]) => setVersions({ status: 'ready', versions: list, named }))
      .catch((error: unknown) => setVersions({ status: 'failed', error: errorMessage(error) }));
  };
  // Each save adds an earlier version: the list follows while the panel is open.
  const save = useSaveStatus();
  const savedAt = save.status === 'saved' ? save.at : null;
  useEffect(refresh, [agendaId, savedAt]);

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

  /** A named version becomes the agenda as an edit of it: Undo takes it back, autosave keeps it. */
  const restoreNamed = async (version: NamedVersionSummary) => {
    try {
      const named = await agendumApi().readNamedVersion(agendaId, version.versionId);
      agendaActions.edit((current) => ({ ...named, id: current.id }));
      await agendaActions.flush();
      setMessage(`Restored the version “${version.name}”. Undo takes it back.`);
      refresh();
    } catch (error) {
      setMessage(`That version could not be restored: ${errorMessage(error)}`);
    }
  };

  const removeNamed = async (version: NamedVersionSummary) => {
    try {
      await agendumApi().deleteNamedVersion(agendaId, version.versionId);
      setMessage(`Deleted the version “${version.name}”.`);
      refresh();
    } catch (error) {
      setMessage(`That version could not be deleted: ${errorMessage(error)}`);
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
      <NameVersionForm
        agendaId={agendaId}
        onNamed={(name) => {
          setMessage(`Kept this version as “${name}”.`);
          refresh();
        }}
        onFailed={(error) => setMessage(`This version could not be named: ${error}`)}
      />
      {versions.status === 'loading' && <p>Reading the history…</p>}
      {versions.status === 'failed' && (
        <p role="alert">The history could not be read: {versions.error}</p>
      )}
      {versions.status === 'ready' && (
        <>
          <h3>Named versions</h3>
          {versions.named.length === 0 ? (
            <p>No named versions. A named version is kept until you delete it.</p>
          ) : (
            <ul className="history__list" aria-label="Named versions">
              {versions.named.map((version) => {
                const when = TIME_FORMAT.format(new Date(version.namedAt));
                return (
                  <li key={version.versionId} className="history__version">
                    <span>
                      {version.name}
                      <span className="history__kind"> · {when}</span>
                    </span>
                    <span className="history__actions">
                      <button
                        type="button"
                        aria-label={`Compare “${version.name}” with current`}
                        onClick={() => setComparing(namedSource(agendaId, version).key)}
                      >
                        Compare
                      </button>
                      <button
                        type="button"
                        aria-label={`Restore the version “${version.name}”`}
                        onClick={() => void restoreNamed(version)}
                      >
                        Restore
                      </button>
                      <button
                        type="button"
                        aria-label={`Delete the version “${version.name}”`}
                        onClick={() => void removeNamed(version)}
                      >
                        Delete
                      </button>
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
          <h3>Earlier saves</h3>
          {versions.versions.length === 0 ? (
            <p>
              No earlier versions yet. Every save is kept here (the last 20, and one every five
              minutes for 30 days).
            </p>
          ) : (
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
                    <span className="history__actions">
                      <button
                        type="button"
                        aria-label={`Compare the version of ${when} with current`}
                        onClick={() => setComparing(savedSource(agendaId, version).key)}
                      >
                        Compare
                      </button>
                      <button
                        type="button"
                        aria-label={`Restore the version of ${when}`}
                        onClick={() => void restore(version)}
                      >
                        Restore
                      </button>
                    </span>
                  </li>
                );
              })}
            </ol>
          )}
        </>
      )}
      {comparing && (
        <CompareDialog
          agendaId={agendaId}
          sources={sources}
          initialOldKey={comparing}
          onClose={() => setComparing(null)}
        />
      )}
    </aside>
  );
}

interface NameVersionFormProps {
  readonly agendaId: string;
  readonly onNamed: (name: string) => void;
  readonly onFailed: (error: string) => void;
}

function NameVersionForm({ agendaId, onNamed, onFailed }: NameVersionFormProps) {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const nameId = useId();
  return (
    <form
      className="history__name"
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = name.trim();
        if (!trimmed) return;
        setBusy(true);
        void (async () => {
          try {
            // The version named is the one on disk: pending edits are written first.
            await agendaActions.flush();
            await agendumApi().nameVersion(agendaId, trimmed);
            setName('');
            onNamed(trimmed);
          } catch (error) {
            onFailed(errorMessage(error));
          } finally {
            setBusy(false);
          }
        })();
      }}
    >
      <label htmlFor={nameId}>Name this version</label>
      <input
        id={nameId}
        value={name}
        maxLength={200}
        placeholder="sent to the Bureau"
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" disabled={busy || name.trim() === ''}>
        Keep this version
      </button>
    </form>
  );
}

import { type SaveStatus, agendaActions, useSaveStatus } from './agenda-store';

function describe(save: SaveStatus): string {
  switch (save.status) {
    case 'saved':
      return save.historyProblem === undefined
        ? 'Saved'
        : `Saved, but this version is not kept in the history: ${save.historyProblem}`;
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Not saved: ${save.error}`;
    default:
      return assertNever(save);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected save status ${JSON.stringify(value)}`);
}

/** Always visible: the user must know whether what they typed is on disk. */
export function SaveStatusIndicator() {
  const save = useSaveStatus();
  return (
    <div className={`save-status save-status--${save.status}`} role="status" aria-live="polite">
      <span>{describe(save)}</span>
      {save.status === 'failed' && (
        <button type="button" onClick={() => void agendaActions.flush()}>
          Try again
        </button>
      )}
    </div>
  );
}

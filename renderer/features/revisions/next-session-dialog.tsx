import { useEffect, useId, useRef, useState } from 'react';
import type { LibraryEntry } from '../../../shared/library/library-entry';
import type { NextSessionRequest } from '../../../shared/revisions/revision-requests';
import { agendumApi, errorMessage } from '../../bridge/agendum-api';

interface NextSessionDialogProps {
  readonly entry: LibraryEntry;
  readonly onStarted: (entry: LibraryEntry) => void;
  readonly onCancel: () => void;
}

type DatesChoice = 'shift' | 'clear';

/**
 * "Start next session…": a new agenda copied from this one, its session's
 * ordinal advanced, its dates shifted or cleared, its documents kept or not.
 */
export function NextSessionDialog({ entry, onStarted, onCancel }: NextSessionDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const daysId = useId();
  const documentsId = useId();
  const [dates, setDates] = useState<DatesChoice>('shift');
  const [days, setDays] = useState('364');
  const [documents, setDocuments] = useState<NextSessionRequest['documents']>('empty');
  const [advanceSymbol, setAdvanceSymbol] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const dayCount = Number(days);
  const daysValid = dates === 'clear' || (Number.isInteger(dayCount) && Math.abs(dayCount) <= 3660);

  const start = async () => {
    if (!daysValid) return;
    setBusy(true);
    try {
      const started = await agendumApi().startNextSession(entry.id, {
        dates: dates === 'shift' ? { kind: 'shift', days: dayCount } : { kind: 'clear' },
        documents,
        advanceSymbol,
      });
      onStarted(started);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={headingId}>Start the next session from {entry.name}</h2>
      <form
        className="next-session"
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <fieldset>
          <legend>Dates</legend>
          <label>
            <input
              type="radio"
              name="next-session-dates"
              checked={dates === 'shift'}
              onChange={() => setDates('shift')}
            />
            Shift every date
          </label>
          <label htmlFor={daysId}>Days to shift the dates by</label>
          <input
            id={daysId}
            type="number"
            step={1}
            value={days}
            disabled={dates !== 'shift'}
            aria-invalid={!daysValid}
            onChange={(event) => setDays(event.target.value)}
          />
          <label>
            <input
              type="radio"
              name="next-session-dates"
              checked={dates === 'clear'}
              onChange={() => setDates('clear')}
            />
            Clear the dates
          </label>
        </fieldset>
        <label htmlFor={documentsId}>Documents</label>
        <select
          id={documentsId}
          value={documents}
          onChange={(event) => setDocuments(event.target.value as NextSessionRequest['documents'])}
        >
          <option value="empty">Start with no documents</option>
          <option value="keep-without-symbols">Keep the documents, without their symbols</option>
          <option value="keep">Keep the documents as they are</option>
        </select>
        <label>
          <input
            type="checkbox"
            checked={advanceSymbol}
            onChange={(event) => setAdvanceSymbol(event.target.checked)}
          />
          Advance the year in the symbol
        </label>
        {error && (
          <p className="notice notice--error" role="alert">
            The next session could not be started: {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" disabled={busy || !daysValid}>
            Start next session
          </button>
        </div>
      </form>
    </dialog>
  );
}

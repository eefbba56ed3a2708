import { useState } from 'react';
import { importAgendaFile } from './import-agenda';

interface ImportAgendaButtonProps {
  /** Opens the imported agenda, as a new one opens after it is created. */
  readonly onImported: (id: string) => void;
}

/** "Import…": a `.agendum` file from a colleague or a shared drive becomes a draft of the library. */
export function ImportAgendaButton({ onImported }: ImportAgendaButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="library__import">
      <button
        type="button"
        disabled={busy}
        aria-haspopup="dialog"
        onClick={() => {
          setBusy(true);
          setError(null);
          void importAgendaFile().then((outcome) => {
            setBusy(false);
            if (outcome.status === 'imported') onImported(outcome.entry.id);
            if (outcome.status === 'failed') setError(outcome.error);
          });
        }}
      >
        Import Agendum file…
      </button>
      {error !== null && (
        <div className="notice notice--error" role="alert">
          <p>{error}</p>
          <button type="button" onClick={() => setError(null)}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}

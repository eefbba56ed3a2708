import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ExportOutcome } from '../../../shared/export/export-request';
import type { Agenda } from '../../../shared/model/agenda';
import { compareAgendas } from '../../../shared/revisions/agenda-diff';
import { comparisonDocument } from '../../../shared/revisions/comparison-document';
import { describeChange } from '../../../shared/revisions/describe-change';
import { renderComparisonHtml } from '../../../shared/revisions/render-comparison-html';
import type { ComparisonExportFormat } from '../../../shared/revisions/revision-requests';
import { agendumApi, errorMessage } from '../../bridge/agendum-api';

interface CompareDialogProps {
  /** How the earlier version is called: "“sent to the Bureau”" or a date. */
  readonly label: string;
  readonly oldAgenda: Agenda;
  readonly newAgenda: Agenda;
  readonly onClose: () => void;
}

type ExportState =
  | { readonly status: 'idle' }
  | { readonly status: 'working' }
  | { readonly status: 'done'; readonly message: string }
  | { readonly status: 'failed'; readonly message: string }
  | {
      readonly status: 'conflicts';
      readonly folder: string;
      readonly format: ComparisonExportFormat;
      readonly fileNames: readonly string[];
    };

const FORMAT_NAMES: Readonly<Record<ComparisonExportFormat, string>> = {
  docx: 'Word with tracked changes',
  pdf: 'PDF',
};

/**
 * An earlier version compared with the agenda as it is now: the changes in
 * words, the marked-up text (insertions underlined, deletions struck
 * through), and the export of both as Word with tracked changes or PDF.
 */
export function CompareDialog({ label, oldAgenda, newAgenda, onClose }: CompareDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const authorId = useId();
  const [author, setAuthor] = useState('Secretariat');
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const { changes, html } = useMemo(() => {
    const comparison = compareAgendas(oldAgenda, newAgenda);
    return {
      changes: comparison.changes.map(describeChange),
      html: renderComparisonHtml(comparisonDocument(comparison)),
    };
  }, [oldAgenda, newAgenda]);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const write = async (
    format: ComparisonExportFormat,
    folder: string,
    replace: readonly string[],
  ): Promise<void> => {
    setState({ status: 'working' });
    try {
      const outcome = await agendumApi().exportComparison({
        oldAgenda,
        newAgenda,
        formats: [format],
        paperSize: 'A4',
        folder,
        author: author.trim() || 'Secretariat',
        replace: [...replace],
      });
      setState(stateOf(outcome, format));
    } catch (error) {
      setState({ status: 'failed', message: errorMessage(error) });
    }
  };

  const exportAs = async (format: ComparisonExportFormat): Promise<void> => {
    try {
      const folder = await agendumApi().chooseExportFolder();
      if (folder === null) return;
      await write(format, folder, []);
    } catch (error) {
      setState({ status: 'failed', message: errorMessage(error) });
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog compare"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="side-panel__header">
        <h2 id={headingId}>Comparison of {label} with the current agenda</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <h3>Changes</h3>
      {changes.length === 0 ? (
        <p>No changes.</p>
      ) : (
        <ul className="compare__changes" aria-label="Changes">
          {changes.map((change, index) => (
            <li key={index}>{change}</li>
          ))}
        </ul>
      )}
      <h3>Marked-up text</h3>
      <p className="compare__legend">Insertions are underlined, deletions struck through.</p>
      <iframe
        className="compare__frame"
        title="Marked-up comparison"
        // No scripts, forms, popups or navigation: the page is only shown.
        sandbox=""
        srcDoc={html}
      />
      <div className="compare__export">
        <label htmlFor={authorId}>Author of the changes in Word</label>
        <input id={authorId} value={author} onChange={(event) => setAuthor(event.target.value)} />
        <button
          type="button"
          disabled={state.status === 'working'}
          onClick={() => void exportAs('docx')}
        >
          Export as Word with tracked changes
        </button>
        <button
          type="button"
          disabled={state.status === 'working'}
          onClick={() => void exportAs('pdf')}
        >
          Export as PDF
        </button>
      </div>
      {state.status === 'working' && <p role="status">Exporting…</p>}
      {state.status === 'done' && <p role="status">{state.message}</p>}
      {state.status === 'failed' && (
        <p className="notice notice--error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'conflicts' && (
        <div className="notice notice--warning" role="alert">
          <p>
            {state.fileNames.join(', ')} {state.fileNames.length === 1 ? 'is' : 'are'} already in{' '}
            {state.folder}.
          </p>
          <button
            type="button"
            onClick={() => void write(state.format, state.folder, state.fileNames)}
          >
            Replace
          </button>
          <button type="button" onClick={() => setState({ status: 'idle' })}>
            Keep the existing files
          </button>
        </div>
      )}
    </dialog>
  );
}

function stateOf(outcome: ExportOutcome, format: ComparisonExportFormat): ExportState {
  switch (outcome.status) {
    case 'written':
      return {
        status: 'done',
        message: `Exported the comparison as ${FORMAT_NAMES[format]}: ${outcome.files
          .map((file) => file.path)
          .join(', ')}`,
      };
    case 'conflicts':
      return {
        status: 'conflicts',
        folder: outcome.folder,
        format,
        fileNames: outcome.fileNames,
      };
    case 'failed':
      return { status: 'failed', message: outcome.message };
  }
}

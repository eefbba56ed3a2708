import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ExportOutcome } from '../../../shared/export/export-request';
import { compareAgendas } from '../../../shared/revisions/agenda-diff';
import { comparisonDocument } from '../../../shared/revisions/comparison-document';
import { describeChange } from '../../../shared/revisions/describe-change';
import { renderComparisonHtml } from '../../../shared/revisions/render-comparison-html';
import type { ComparisonExportFormat } from '../../../shared/revisions/revision-requests';
import { agendumApi, errorMessage } from '../../bridge/agendum-api';
import { DocumentFrame } from '../common/document-frame';
import {
  COMPARE_SOURCE_GROUPS,
  CURRENT_KEY,
  type CompareSource,
  asHeading,
  useOtherAgendas,
  useTexts,
} from './compare-sources';

interface CompareDialogProps {
  /** The agenda open in the editor; its own versions are in `sources`. */
  readonly agendaId: string;
  /** The current agenda, its named versions and its earlier saves. */
  readonly sources: readonly CompareSource[];
  /** What the user asked to compare: the earlier text, set against the current agenda. */
  readonly initialOldKey: string;
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

type Layout = 'inline' | 'side-by-side';

const FORMAT_NAMES: Readonly<Record<ComparisonExportFormat, string>> = {
  docx: 'Word with tracked changes',
  pdf: 'PDF',
};

/**
 * Two texts of an agenda compared: any two of its versions, or it and another
 * agenda of the library such as the previous session's. The changes in
 * words, the marked-up text (inline, or the two side by side) and the export
 * of both as Word with tracked changes or PDF.
 */
export function CompareDialog({ agendaId, sources, initialOldKey, onClose }: CompareDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const authorId = useId();
  const [author, setAuthor] = useState('Secretariat');
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const [oldKey, setOldKey] = useState(initialOldKey);
  const [newKey, setNewKey] = useState(CURRENT_KEY);
  const [layout, setLayout] = useState<Layout>('inline');
  const others = useOtherAgendas(agendaId);
  const all = useMemo(() => [...sources, ...others], [sources, others]);
  const oldSource = all.find((source) => source.key === oldKey);
  const newSource = all.find((source) => source.key === newKey);
  const texts = useTexts(oldSource, newSource);
  const labels = {
    old: asHeading(oldSource?.label ?? 'the earlier text'),
    new: asHeading(newSource?.label ?? 'the later text'),
  };
  const shown = useMemo(() => {
    if (texts.status !== 'ready') return null;
    const comparison = compareAgendas(texts.oldAgenda, texts.newAgenda);
    return {
      changes: comparison.changes.map(describeChange),
      html: renderComparisonHtml(comparisonDocument(comparison), { layout, labels }),
    };
  }, [texts, layout, labels.old, labels.new]);

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
    if (texts.status !== 'ready') return;
    setState({ status: 'working' });
    try {
      const outcome = await agendumApi().exportComparison({
        oldAgenda: texts.oldAgenda,
        newAgenda: texts.newAgenda,
        formats: [format],
        paperSize: 'A4',
        folder,
        author: author.trim() || 'Secretariat',
        replace: [...replace],
        // The PDF is what the dialog shows: one marked-up text, or the two side by side.
        layout,
        labels,
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
        <h2 id={headingId}>
          Comparison of {oldSource?.label ?? 'the earlier text'} with{' '}
          {newSource?.label ?? 'the later text'}
        </h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="compare__choice">
        <SourceChoice label="Earlier text" sources={all} value={oldKey} onChange={setOldKey} />
        <button
          type="button"
          aria-label="Swap earlier and later"
          onClick={() => {
            setOldKey(newKey);
            setNewKey(oldKey);
          }}
        >
          ⇄
        </button>
        <SourceChoice label="Later text" sources={all} value={newKey} onChange={setNewKey} />
      </div>
      {texts.status === 'loading' && <p role="status">Reading the two texts…</p>}
      {texts.status === 'failed' && (
        <p className="notice notice--error" role="alert">
          {texts.message}
        </p>
      )}
      {shown && (
        <>
          <h3>Changes</h3>
          {shown.changes.length === 0 ? (
            <p>No changes.</p>
          ) : (
            <ul className="compare__changes" aria-label="Changes">
              {shown.changes.map((change, index) => (
                <li key={index}>{change}</li>
              ))}
            </ul>
          )}
          <div className="compare__heading">
            <h3>Marked-up text</h3>
            <fieldset className="compare__layout">
              <legend>Show</legend>
              {LAYOUTS.map(({ value, label }) => (
                <label key={value}>
                  <input
                    type="radio"
                    name={`${headingId}-layout`}
                    checked={layout === value}
                    onChange={() => setLayout(value)}
                  />
                  {label}
                </label>
              ))}
            </fieldset>
          </div>
          <p className="compare__legend">
            {layout === 'inline'
              ? 'Insertions are underlined, deletions struck through.'
              : 'The earlier text on the left, its deletions struck through; the later on the right, its insertions underlined.'}
          </p>
          <DocumentFrame
            className="compare__frame"
            title="Marked-up comparison"
            html={shown.html}
          />
        </>
      )}
      <div className="compare__export">
        <label htmlFor={authorId}>Author of the changes in Word</label>
        <input id={authorId} value={author} onChange={(event) => setAuthor(event.target.value)} />
        <button
          type="button"
          disabled={state.status === 'working' || texts.status !== 'ready'}
          onClick={() => void exportAs('docx')}
        >
          Export as Word with tracked changes
        </button>
        <button
          type="button"
          disabled={state.status === 'working' || texts.status !== 'ready'}
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

const LAYOUTS: readonly { readonly value: Layout; readonly label: string }[] = [
  { value: 'inline', label: 'Inline' },
  { value: 'side-by-side', label: 'Side by side' },
];

interface SourceChoiceProps {
  readonly label: string;
  readonly sources: readonly CompareSource[];
  readonly value: string;
  readonly onChange: (key: string) => void;
}

function SourceChoice({ label, sources, value, onChange }: SourceChoiceProps) {
  const id = useId();
  return (
    <div className="compare__source">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {COMPARE_SOURCE_GROUPS.map((group) => {
          const members = sources.filter((source) => source.group === group);
          return members.length === 0 ? null : (
            <optgroup key={group} label={group}>
              {members.map((source) => (
                <option key={source.key} value={source.key}>
                  {asHeading(source.label)}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </div>
  );
}

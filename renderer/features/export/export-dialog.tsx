import { useEffect, useId, useRef } from 'react';
import {
  EXPORT_FORMATS,
  EXPORT_FORMAT_INFO,
  PAPER_SIZES,
  PAPER_SIZE_LABELS,
} from '../../../shared/export/export-formats';
import { ExportProgress } from './export-progress';
import { exportActions, useExport } from './export-store';

/**
 * The Export dialog: formats, paper size, the destination folder (chosen in
 * main's dialog, or a recent one) and the file names, then progress, the
 * question before replacing, and the outcome.
 */
export function ExportDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const formats = useExport((state) => state.formats);
  const paperSize = useExport((state) => state.paperSize);
  const folder = useExport((state) => state.folder);
  const run = useExport((state) => state.run);
  const busy = run.status === 'checking' || run.status === 'writing';
  const asking = run.status === 'confirm-replace';
  const paged = formats.some((format) => EXPORT_FORMAT_INFO[format].paged);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialog export-dialog"
      aria-labelledby="export-title"
      aria-busy={busy}
      onCancel={(event) => {
        event.preventDefault();
        exportActions.closeDialog();
      }}
    >
      <form
        className="export-dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          void exportActions.start();
        }}
      >
        <h2 id="export-title">Export</h2>
        <fieldset className="export-dialog__formats" disabled={busy || asking}>
          <legend>Formats</legend>
          {EXPORT_FORMATS.map((format) => (
            <label key={format} className="export-dialog__choice">
              <input
                type="checkbox"
                checked={formats.includes(format)}
                onChange={(event) => exportActions.toggleFormat(format, event.target.checked)}
              />
              {EXPORT_FORMAT_INFO[format].label}
              <span className="export-dialog__extension">
                {EXPORT_FORMAT_INFO[format].extension}
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="export-dialog__paper" disabled={busy || asking || !paged}>
          <legend>Paper size</legend>
          {PAPER_SIZES.map((size) => (
            <label key={size} className="export-dialog__choice">
              <input
                type="radio"
                name="paper-size"
                value={size}
                checked={paperSize === size}
                onChange={() => exportActions.setPaperSize(size)}
              />
              {PAPER_SIZE_LABELS[size]}
            </label>
          ))}
        </fieldset>
        <DestinationFields disabled={busy || asking} />
        <FileNameFields disabled={busy || asking} />
        <ExportProgress />
        <div className="dialog__actions">
          <button type="button" onClick={exportActions.closeDialog} disabled={busy}>
            Close
          </button>
          <button
            type="submit"
            disabled={busy || asking || folder === null || formats.length === 0}
          >
            Export
          </button>
        </div>
      </form>
    </dialog>
  );
}

function DestinationFields({ disabled }: { readonly disabled: boolean }) {
  const folder = useExport((state) => state.folder);
  const recent = useExport((state) => state.recent);
  const recentId = useId();
  const folderId = useId();
  return (
    <fieldset className="export-dialog__destination" disabled={disabled}>
      <legend>Destination folder</legend>
      <p id={folderId} className="export-dialog__folder">
        {folder ?? 'No folder chosen yet.'}
      </p>
      <div className="export-dialog__row">
        <button
          type="button"
          aria-describedby={folderId}
          onClick={() => void exportActions.chooseFolder()}
        >
          Choose folder…
        </button>
        {recent.length > 0 && (
          <>
            <label htmlFor={recentId}>Recent folders</label>
            <select
              id={recentId}
              value={recent.some((entry) => entry.folder === folder) ? (folder ?? '') : ''}
              onChange={(event) => {
                if (event.target.value !== '') exportActions.pickRecentFolder(event.target.value);
              }}
            >
              <option value="">Choose a recent folder</option>
              {recent.map((entry) => (
                <option key={entry.folder} value={entry.folder}>
                  {entry.available ? entry.folder : `${entry.folder} (cannot be reached now)`}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
    </fieldset>
  );
}

function FileNameFields({ disabled }: { readonly disabled: boolean }) {
  const typedName = useExport((state) => state.typedName);
  const preview = useExport((state) => state.preview);
  const nameId = useId();
  const hintId = useId();
  const value = typedName ?? preview?.baseName ?? '';
  const adjusted = typedName !== null && preview !== null && preview.baseName !== typedName.trim();
  return (
    <fieldset className="export-dialog__names" disabled={disabled}>
      <legend>File names</legend>
      <div className="export-dialog__row">
        <label htmlFor={nameId}>File name</label>
        <input
          id={nameId}
          className="export-dialog__name"
          value={value}
          spellCheck={false}
          aria-describedby={hintId}
          onChange={(event) => exportActions.setTypedName(event.target.value)}
        />
        <button
          type="button"
          disabled={typedName === null}
          onClick={() => exportActions.setTypedName(null)}
        >
          Use the symbol
        </button>
      </div>
      <p id={hintId} className="export-dialog__hint">
        {adjusted
          ? `Saved as “${preview.baseName}”: characters a file name cannot hold were left out.`
          : 'Named after the symbol, then the language letter; the extension is added for each format.'}
      </p>
      <ul className="export-dialog__files" aria-label="Files to write">
        {(preview?.files ?? []).map((file) => (
          <li key={file.format}>
            <span className="export-dialog__file-name">{file.fileName}</span>
            {file.exists && <span className="export-dialog__exists"> already in the folder</span>}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

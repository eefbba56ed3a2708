import { exportActions, useExport } from './export-store';

/** What the export is doing, the question before replacing, and how it ended. */
export function ExportProgress() {
  const run = useExport((state) => state.run);
  const folder = useExport((state) => state.folder);
  switch (run.status) {
    case 'idle':
      return <div role="status" className="export-dialog__status" />;
    case 'checking':
      return (
        <div role="status" className="export-dialog__status">
          Looking at the folder…
        </div>
      );
    case 'writing':
      return (
        <div role="status" className="export-dialog__status">
          <progress value={run.done} max={run.total} aria-label="Export progress" />
          <p>
            Writing {run.fileName} ({run.done + 1} of {run.total})…
          </p>
        </div>
      );
    case 'confirm-replace':
      return (
        <div role="alert" className="notice notice--warning export-dialog__question">
          <p>
            {run.fileNames.length === 1 ? 'This file is' : 'These files are'} already in {folder}:
          </p>
          <ul>
            {run.fileNames.map((fileName) => (
              <li key={fileName}>{fileName}</li>
            ))}
          </ul>
          <p>Replace {run.fileNames.length === 1 ? 'it' : 'them'} with this export?</p>
          <div className="dialog__actions">
            <button type="button" onClick={exportActions.keepExisting} autoFocus>
              Keep the existing {run.fileNames.length === 1 ? 'file' : 'files'}
            </button>
            <button
              type="button"
              className="button--danger"
              onClick={() => void exportActions.replace()}
            >
              Replace
            </button>
          </div>
        </div>
      );
    case 'written':
      return (
        <div role="status" className="notice notice--success export-dialog__status">
          <p>
            Exported {run.files.length === 1 ? 'one file' : `${run.files.length} files`} to{' '}
            {run.folder}:
          </p>
          <ul className="export-dialog__paths">
            {run.files.map((file) => (
              <li key={file.path}>{file.path}</li>
            ))}
          </ul>
        </div>
      );
    case 'failed':
      return (
        <div role="alert" className="notice notice--error export-dialog__status">
          <p>{run.message}</p>
          {run.written.length > 0 && (
            <ul className="export-dialog__paths" aria-label="Files written before the failure">
              {run.written.map((file) => (
                <li key={file.path}>{file.path}</li>
              ))}
            </ul>
          )}
          <p>Your agenda is unchanged in the editor and in the library.</p>
        </div>
      );
  }
}

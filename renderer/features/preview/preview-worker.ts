import { type PreviewAnswer, type PreviewRequest, renderPreviewDocument } from './preview-document';

/**
 * Renders the preview off the main thread: a 1,000-item agenda takes tens of
 * milliseconds to render, which must never land between two keystrokes.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<PreviewRequest>) => void) | null;
  postMessage(message: PreviewAnswer): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { sequence, agenda } = event.data;
  scope.postMessage({ sequence, document: renderPreviewDocument(agenda) });
};

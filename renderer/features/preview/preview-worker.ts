import type { Agenda } from '../../../shared/model/agenda';
import {
  type PreviewAnswer,
  type PreviewRequest,
  applyAgendaChange,
  previewChange,
} from './preview-changes';
import { type PreviewPart, renderPreviewDocument } from './preview-document';

/**
 * Renders the preview off the main thread: a 1,000-item agenda takes tens of
 * milliseconds to render, which must never land between two keystrokes.
 *
 * It keeps the agenda and the rendering it last answered with, so that the
 * page posts, and receives, only what changed.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<PreviewRequest>) => void) | null;
  postMessage(message: PreviewAnswer): void;
}

const scope = self as unknown as WorkerScope;
let agenda: Agenda | null = null;
let shown: readonly PreviewPart[] = [];

scope.onmessage = (event) => {
  const { sequence, change } = event.data;
  agenda = applyAgendaChange(agenda, change);
  const document = renderPreviewDocument(agenda);
  scope.postMessage({ sequence, change: previewChange(shown, document) });
  shown = document.parts;
};

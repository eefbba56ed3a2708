import type { Agenda } from '../../../shared/model/agenda';
import {
  type PreviewAnswer,
  type PreviewRequest,
  agendaChange,
  applyPreviewChange,
} from './preview-changes';
import { type PreviewDocument, type PreviewPart, renderPreviewDocument } from './preview-document';

/**
 * Turns agendas into preview documents, in a worker when there is one.
 *
 * Only the latest agenda matters: while one render runs, newer requests
 * replace each other and only the last is rendered next. Where a worker
 * cannot start, rendering falls back to the page, in a later task. The
 * worker is posted, and answers, only what changed (see preview-changes.ts).
 */
export class PreviewRenderer {
  private worker: Worker | null;
  private sequence = 0;
  private running = false;
  private waiting: Agenda | null = null;
  private latest: Agenda | null = null;
  /** The agenda the worker holds, and the parts of its last answer: what messages are relative to. */
  private sent: Agenda | null = null;
  private shown: readonly PreviewPart[] = [];

  constructor(private readonly onRendered: (document: PreviewDocument) => void) {
    this.worker = startWorker();
    this.worker?.addEventListener('message', (event: MessageEvent<PreviewAnswer>) => {
      // Every answer is applied, even a stale one: the next is relative to it.
      const document = applyPreviewChange(this.shown, event.data.change);
      this.shown = document.parts;
      if (event.data.sequence === this.sequence) this.onRendered(document);
      this.finished();
    });
    // A worker that fails (a packaging problem, say) hands over to the page, with the latest agenda.
    this.worker?.addEventListener('error', () => {
      this.worker?.terminate();
      this.worker = null;
      this.running = false;
      const next = this.waiting ?? this.latest;
      this.waiting = null;
      if (next) this.render(next);
    });
  }

  render(agenda: Agenda): void {
    this.latest = agenda;
    if (this.running) {
      this.waiting = agenda;
      return;
    }
    this.running = true;
    this.sequence += 1;
    if (this.worker) {
      const change = agendaChange(this.sent, agenda);
      this.sent = agenda;
      this.worker.postMessage({ sequence: this.sequence, change } satisfies PreviewRequest);
      return;
    }
    setTimeout(() => {
      this.onRendered(renderPreviewDocument(agenda));
      this.finished();
    }, 0);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.waiting = null;
  }

  private finished(): void {
    this.running = false;
    const next = this.waiting;
    this.waiting = null;
    if (next) this.render(next);
  }
}

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./preview-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

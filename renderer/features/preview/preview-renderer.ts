import type { Agenda } from '../../../shared/model/agenda';
import {
  type PreviewAnswer,
  type PreviewDocument,
  type PreviewRequest,
  renderPreviewDocument,
} from './preview-document';

/**
 * Turns agendas into preview documents, in a worker when there is one.
 *
 * Only the latest agenda matters: while one render runs, newer requests
 * replace each other and only the last is rendered next. Where a worker
 * cannot start, rendering falls back to the page, in a later task.
 */
export class PreviewRenderer {
  private worker: Worker | null;
  private sequence = 0;
  private running = false;
  private waiting: Agenda | null = null;
  private latest: Agenda | null = null;

  constructor(private readonly onRendered: (document: PreviewDocument) => void) {
    this.worker = startWorker();
    this.worker?.addEventListener('message', (event: MessageEvent<PreviewAnswer>) => {
      if (event.data.sequence === this.sequence) this.onRendered(event.data.document);
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
      this.worker.postMessage({ sequence: this.sequence, agenda } satisfies PreviewRequest);
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

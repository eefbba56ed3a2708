import { renderDocumentBlocks } from '../../../shared/export/document-blocks';
import { documentStyleSheet } from '../../../shared/export/html-styles';
import { htmlOfBlock } from '../../../shared/export/render-html';
import type { Agenda, Language } from '../../../shared/model/agenda';

/**
 * The HTML rendering cut into its blocks, so that the preview replaces only
 * the blocks an edit changed. The same code as the HTML export and the PDF.
 */
export interface PreviewDocument {
  readonly language: Language;
  readonly styleSheet: string;
  /** One HTML string per block, in reading order. */
  readonly blocks: readonly string[];
}

export function renderPreviewDocument(agenda: Agenda): PreviewDocument {
  const document = renderDocumentBlocks(agenda);
  return {
    language: document.language,
    styleSheet: documentStyleSheet(document.symbol),
    blocks: document.blocks.map(htmlOfBlock),
  };
}

/** What the page asks of the worker, and what it answers. */
export interface PreviewRequest {
  readonly sequence: number;
  readonly agenda: Agenda;
}

export interface PreviewAnswer {
  readonly sequence: number;
  readonly document: PreviewDocument;
}

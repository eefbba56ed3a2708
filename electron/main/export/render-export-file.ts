import {
  renderDocumentBlocks,
  type RenderedDocument,
} from '../../../shared/export/document-blocks';
import type { ExportFormat, PaperSize } from '../../../shared/export/export-formats';
import { packDocx, renderDocx } from '../../../shared/export/render-docx';
import { renderHtml } from '../../../shared/export/render-html';
import { renderMarkdown } from '../../../shared/export/render-markdown';
import { renderText } from '../../../shared/export/render-text';
import type { Agenda } from '../../../shared/model/agenda';
import { serializeAgenda } from '../../../shared/model/serialize';

/** Prints a complete HTML document to PDF: Electron's printToPDF in the app, Chromium elsewhere. */
export type PrintPdf = (html: string) => Promise<Uint8Array>;

export interface RenderOptions {
  readonly paperSize: PaperSize;
  readonly printPdf: PrintPdf;
}

/**
 * The bytes of one exported file. The document is rendered once per agenda
 * (see `exportRenderer`); each format is a view of it.
 */
export function exportRenderer(
  agenda: Agenda,
  options: RenderOptions,
): (format: ExportFormat) => Promise<Uint8Array> {
  let rendered: RenderedDocument | undefined;
  const document = () => (rendered ??= renderDocumentBlocks(agenda));
  const utf8 = (text: string) => new TextEncoder().encode(text);
  return async (format) => {
    switch (format) {
      case 'docx':
        return packDocx(renderDocx(document(), { paperSize: options.paperSize }));
      case 'pdf':
        return options.printPdf(htmlForPaper(renderHtml(document()), options.paperSize));
      case 'html':
        return utf8(htmlForPaper(renderHtml(document()), options.paperSize));
      case 'md':
        return utf8(renderMarkdown(document()));
      case 'txt':
        return utf8(renderText(document()));
      case 'agendum':
        return utf8(serializeAgenda(agenda));
    }
  };
}

/**
 * The HTML rendering sets A4 pages; for US Letter a later @page rule
 * overrides the size, and Chromium prints with the page size the CSS asks for.
 */
export function htmlForPaper(
  html: string,
  paperSize: PaperSize,
  orientation: 'portrait' | 'landscape' = 'portrait',
): string {
  if (paperSize === 'A4' && orientation === 'portrait') return html;
  const size = `${paperSize === 'A4' ? 'A4' : 'letter'}${orientation === 'landscape' ? ' landscape' : ''}`;
  return html.replace('</head>', `<style>@page { size: ${size}; }</style>\n</head>`);
}

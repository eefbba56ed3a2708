import { orderedFormats } from '../../../shared/export/export-formats';
import {
  chooseBaseName,
  defaultBaseName,
  exportFileName,
  namingSourceOf,
} from '../../../shared/export/file-names';
import { packDocx } from '../../../shared/export/render-docx';
import { compareAgendas } from '../../../shared/revisions/agenda-diff';
import { comparisonDocument } from '../../../shared/revisions/comparison-document';
import {
  comparisonOrientation,
  renderComparisonHtml,
} from '../../../shared/revisions/render-comparison-html';
import type { ComparisonExportRequest } from '../../../shared/revisions/revision-requests';
import { renderTrackedChangesDocx } from '../../../shared/revisions/tracked-changes-docx';
import type { ExportFile } from './export-to-folder';
import { type PrintPdf, htmlForPaper } from './render-export-file';

/**
 * The files of a comparison, named `<symbol>_E_compared.docx/.pdf` after the
 * newer agenda: Word with tracked changes by the author, and the marked-up
 * page printed to PDF (insertions underlined, deletions struck through),
 * in one text or, on a landscape page, the two texts side by side.
 */
export function comparisonFiles(
  request: ComparisonExportRequest,
  printPdf: PrintPdf,
): ExportFile[] {
  let document: ReturnType<typeof comparisonDocument> | undefined;
  const comparison = () =>
    (document ??= comparisonDocument(compareAgendas(request.oldAgenda, request.newAgenda)));
  const source = namingSourceOf(request.newAgenda);
  const baseName = chooseBaseName(source, `${defaultBaseName(source)}_compared`);
  return orderedFormats(request.formats).map((format) => ({
    format,
    fileName: exportFileName(baseName, format),
    render: async () => {
      if (format === 'docx') {
        return packDocx(
          renderTrackedChangesDocx(comparison(), {
            author: request.author,
            paperSize: request.paperSize,
          }),
        );
      }
      const { layout, labels } = request;
      const html = renderComparisonHtml(comparison(), { layout, labels });
      return printPdf(htmlForPaper(html, request.paperSize, comparisonOrientation(layout)));
    },
  }));
}

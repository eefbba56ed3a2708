import { z } from 'zod';
import { PaperSizeSchema } from '../export/export-formats';
import { FolderPathSchema } from '../export/export-request';
import { AgendaSchema } from '../model/agenda';
import { COMPARISON_LAYOUTS } from './render-comparison-html';

/**
 * What the renderer asks of main for revisions: the next session started
 * from an agenda, a revised issuance, and a comparison written to a folder.
 */

export const NextSessionRequestSchema = z.object({
  dates: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('shift'), days: z.number().int().min(-3_660).max(3_660) }),
    z.object({ kind: z.literal('clear') }),
  ]),
  documents: z.enum(['keep', 'keep-without-symbols', 'empty']),
  advanceSymbol: z.boolean(),
});
export type NextSessionRequest = z.infer<typeof NextSessionRequestSchema>;

export const ISSUANCE_KINDS = ['revision', 'corrigendum', 'addendum', 'reissue'] as const;
export const IssuanceKindSchema = z.enum(ISSUANCE_KINDS);

export const COMPARISON_EXPORT_FORMATS = ['docx', 'pdf'] as const;
export const ComparisonExportFormatSchema = z.enum(COMPARISON_EXPORT_FORMATS);
export type ComparisonExportFormat = z.infer<typeof ComparisonExportFormatSchema>;

export const ComparisonExportRequestSchema = z.object({
  /** The earlier version and the agenda as the editor holds it. */
  oldAgenda: AgendaSchema,
  newAgenda: AgendaSchema,
  formats: z
    .array(ComparisonExportFormatSchema)
    .min(1)
    .max(2)
    .refine((formats) => new Set(formats).size === formats.length, 'a format is listed twice'),
  paperSize: PaperSizeSchema,
  /** A folder chosen in main's dialog (export:choose-folder). */
  folder: FolderPathSchema,
  /** The author Word lists for each change. */
  author: z.string().trim().min(1).max(255),
  /** Names of files already in the folder that the user agreed to replace. */
  replace: z.array(z.string().max(1_000)).max(2),
  /** The PDF as the dialog shows the comparison: marked up in one text (the default) or side by side. */
  layout: z.enum(COMPARISON_LAYOUTS).optional(),
  /** The side-by-side columns' headings: which text is which. */
  labels: z.object({ old: z.string().max(500), new: z.string().max(500) }).optional(),
});
export type ComparisonExportRequest = z.infer<typeof ComparisonExportRequestSchema>;

import { z } from 'zod';
import { AgendaSchema, LanguageSchema } from '../model/agenda';
import { ExportFormatSchema, PaperSizeSchema } from './export-formats';

/**
 * What the Export dialog asks of main, and what it hears back.
 *
 * A destination folder is named by its path, but main accepts only a folder
 * the user chose in its own dialog or one it remembers from an earlier
 * export: a path made up by the renderer is refused.
 */

export const FolderPathSchema = z.string().min(1).max(4_096);

/** The user's file name without extension; null for the one derived from the symbol. */
const BaseNameSchema = z.string().max(1_000).nullable();

const FormatListSchema = z
  .array(ExportFormatSchema)
  .max(6)
  .refine((formats) => new Set(formats).size === formats.length, 'a format is listed twice');

export const NamingSourceSchema = z.object({
  symbol: z.string().max(2_000),
  language: LanguageSchema,
  documentTitle: z.string().max(2_000),
});

export const FileNamesRequestSchema = z.object({
  naming: NamingSourceSchema,
  baseName: BaseNameSchema,
  formats: FormatListSchema,
  /** When given, each name says whether a file of that name is already there. */
  folder: FolderPathSchema.nullable(),
});
export type FileNamesRequest = z.infer<typeof FileNamesRequestSchema>;

export const PlannedFileSchema = z.object({
  format: ExportFormatSchema,
  fileName: z.string(),
  exists: z.boolean(),
});
export type PlannedFile = z.infer<typeof PlannedFileSchema>;

export const FileNamesPreviewSchema = z.object({
  /** The base name as it will be written, after making it safe. */
  baseName: z.string(),
  files: z.array(PlannedFileSchema),
});
export type FileNamesPreview = z.infer<typeof FileNamesPreviewSchema>;

export const ExportRequestSchema = z.object({
  /** The draft as the editor holds it, saved or not. */
  agenda: AgendaSchema,
  formats: FormatListSchema.refine((formats) => formats.length > 0, 'choose at least one format'),
  paperSize: PaperSizeSchema,
  folder: FolderPathSchema,
  baseName: BaseNameSchema,
  /** Names of files already in the folder that the user agreed to replace. */
  replace: z.array(z.string().max(1_000)).max(6),
});
export type ExportRequest = z.infer<typeof ExportRequestSchema>;

export const ExportedFileSchema = z.object({
  format: ExportFormatSchema,
  fileName: z.string(),
  path: z.string(),
});
export type ExportedFile = z.infer<typeof ExportedFileSchema>;

export const ExportOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('written'),
    folder: z.string(),
    files: z.array(ExportedFileSchema),
  }),
  /** Nothing was written: these files are there already, and the user has not agreed to replace them. */
  z.object({
    status: z.literal('conflicts'),
    folder: z.string(),
    fileNames: z.array(z.string()),
  }),
  /** The message names the folder and the cause; files written before the failure are listed. */
  z.object({
    status: z.literal('failed'),
    folder: z.string(),
    message: z.string(),
    written: z.array(ExportedFileSchema),
  }),
]);
export type ExportOutcome = z.infer<typeof ExportOutcomeSchema>;

export const RecentFolderSchema = z.object({
  folder: z.string(),
  /** False when the folder cannot be reached now (a network drive not connected). */
  available: z.boolean(),
});
export type RecentFolder = z.infer<typeof RecentFolderSchema>;

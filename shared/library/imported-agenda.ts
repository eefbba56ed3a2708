import { z } from 'zod';
import { MAX_IMPORT_BYTES } from '../import/import-result';
import { LibraryEntrySchema } from './library-entry';

/** The counts an import found, as the user sees them after it (see describeSummary). */
export const ImportSummarySchema = z.object({
  items: z.number().int().nonnegative(),
  subItems: z.number().int().nonnegative(),
  paragraphs: z.number().int().nonnegative(),
  documents: z.number().int().nonnegative(),
  slots: z.number().int().nonnegative(),
  unplaced: z.number().int().nonnegative(),
});

/**
 * A file or pasted text that became a new agenda of the library: its entry,
 * and, for a Word, Markdown or text import, what was found and what the
 * importer guessed. A `.agendum` file is taken as it is: no summary.
 */
export const ImportedAgendaSchema = z.object({
  entry: LibraryEntrySchema,
  summary: ImportSummarySchema.nullable(),
  notes: z.array(z.string().max(2_000)).max(100),
});
export type ImportedAgenda = z.infer<typeof ImportedAgendaSchema>;

/** Text pasted into "Paste text…", read in main as a plain-text agenda. */
export const PastedAgendaTextSchema = z.string().max(MAX_IMPORT_BYTES);

import { z } from 'zod';
import { IdSchema } from '../model/agenda';

/** What the library view shows of an agenda, without reading the whole file. */
export const LibraryEntrySchema = z.object({
  id: IdSchema,
  /** The draft's name in the library, e.g. "WG.2 2012"; defaults to the meeting title. */
  name: z.string().max(500),
  symbol: z.string().max(2_000),
  meetingTitle: z.string().max(2_000),
  /** ISO timestamp of the last save. */
  updatedAt: z.string(),
});
export type LibraryEntry = z.infer<typeof LibraryEntrySchema>;

/** A file that could not be read and was moved aside so that nothing overwrites it. */
export const SetAsideNoticeSchema = z.object({
  file: z.string(),
  setAsideAs: z.string(),
  reason: z.string(),
});
export type SetAsideNotice = z.infer<typeof SetAsideNoticeSchema>;

export const LibraryListingSchema = z.object({
  entries: z.array(LibraryEntrySchema),
  notices: z.array(SetAsideNoticeSchema),
});
export type LibraryListing = z.infer<typeof LibraryListingSchema>;

/** Case- and accent-insensitive search on name, meeting title and symbol. */
export function matchesLibrarySearch(entry: LibraryEntry, query: string): boolean {
  const needle = foldForSearch(query.trim());
  if (needle === '') return true;
  return [entry.name, entry.meetingTitle, entry.symbol].some((field) =>
    foldForSearch(field).includes(needle),
  );
}

function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

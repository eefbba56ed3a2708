import { z } from 'zod';

/**
 * The native `.agendum` document.
 *
 * Numbers, letters, punctuation and "item 5" references are derived from the
 * order of the tree (see numbering.ts); nothing here stores them.
 */

export const CURRENT_SCHEMA_VERSION = 1;

export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export const LanguageSchema = z.enum(UN_LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

export const DISTRIBUTIONS = ['General', 'Limited', 'Restricted'] as const;
export const DistributionSchema = z.enum(DISTRIBUTIONS);
export type Distribution = z.infer<typeof DistributionSchema>;

export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'ids are letters, digits, "-" and "_"');

/** A calendar date as ISO `YYYY-MM-DD`, or null while not yet decided. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'dates are written YYYY-MM-DD');

/** A time of day as `HH:MM`, 24-hour; `24:00` is the midnight that ends a day. */
export const TimeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'times are written HH:MM');

const shortText = z.string().max(2_000);
const longText = z.string().max(100_000);

/** A run of text with its inline emphasis; the only formatting a paragraph keeps. */
export const TextRunSchema = z.object({
  text: longText,
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
export type TextRun = z.infer<typeof TextRunSchema>;

export const ParagraphSchema = z.object({
  id: IdSchema,
  runs: z.array(TextRunSchema).max(10_000),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

const itemFields = {
  id: IdSchema,
  title: shortText,
  /** Wording of the annotation heading when it differs from the agenda title. */
  annotationHeading: shortText.nullable(),
  annotations: z.array(ParagraphSchema).max(10_000),
  /** Ids of entries of `documents`, in the order of the item's documentation list. */
  documentIds: z.array(IdSchema).max(1_000),
};

export const SubItemSchema = z.object(itemFields);
export type SubItem = z.infer<typeof SubItemSchema>;

export const AgendaItemSchema = z.object({
  ...itemFields,
  subItems: z.array(SubItemSchema).max(52),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export const DocumentEntrySchema = z.object({
  id: IdSchema,
  /** One symbol, or several for a document issued jointly, in order. */
  symbols: z.array(shortText).max(10),
  title: shortText,
  kind: shortText.nullable(),
});
export type DocumentEntry = z.infer<typeof DocumentEntrySchema>;

export const ScheduleEntrySchema = z.object({
  id: IdSchema,
  /** An item or sub-item id. */
  itemId: IdSchema,
  /** Wording for the annex when it differs from the agenda title. */
  description: shortText.nullable(),
});
export type ScheduleEntry = z.infer<typeof ScheduleEntrySchema>;

export const SLOT_KINDS = ['meeting', 'parallel', 'note'] as const;

export const TimeSlotSchema = z.object({
  id: IdSchema,
  start: TimeOfDaySchema,
  end: TimeOfDaySchema,
  /** A parallel meeting, or a row that is not a meeting (holiday, informal consultations). */
  kind: z.enum(SLOT_KINDS),
  note: shortText.nullable(),
  entries: z.array(ScheduleEntrySchema).max(1_000),
});
export type TimeSlot = z.infer<typeof TimeSlotSchema>;

export const MeetingDaySchema = z.object({
  date: IsoDateSchema,
  slots: z.array(TimeSlotSchema).max(48),
});
export type MeetingDay = z.infer<typeof MeetingDaySchema>;

export const HeaderSchema = z.object({
  body: shortText,
  symbol: shortText,
  distribution: DistributionSchema,
  issueDate: IsoDateSchema.nullable(),
  originalLanguage: LanguageSchema,
  documentLanguage: LanguageSchema,
  /**
   * The note a new issuance carries on its first page: "Reissued for
   * technical reasons on 5 August 2012." Absent or null means none, so files
   * made before the field existed need no migration.
   */
  issuanceNote: shortText.nullable().optional(),
});
export type Header = z.infer<typeof HeaderSchema>;

export const MeetingSchema = z.object({
  title: shortText,
  session: shortText.nullable(),
  venue: shortText,
  startDate: IsoDateSchema.nullable(),
  endDate: IsoDateSchema.nullable(),
  documentTitle: shortText,
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const AgendaSettingsSchema = z.object({
  /** Number annotation paragraphs consecutively (1., 2., …) through the annotations. */
  numberParagraphs: z.boolean(),
  /**
   * List the session's documents in an annex of the exports. Absent means false,
   * so that files and agendas made before the setting existed need no migration.
   */
  documentsAnnex: z.boolean().optional(),
});

/**
 * Text an import of a Word, Markdown or text file could not place in the
 * model. It stays with the agenda, with where it came from, until the user
 * moves it into place or discards it: an import never drops text silently.
 */
export const UnplacedTextSchema = z.object({
  id: IdSchema,
  text: longText,
  /** Where it was in the imported file: "line 12", "paragraph 34", "table 2, row 3". */
  source: shortText,
  /** Why the importer left it, in a sentence for the user. */
  reason: shortText,
});
export type UnplacedText = z.infer<typeof UnplacedTextSchema>;

export const AgendaSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: IdSchema,
  header: HeaderSchema,
  meeting: MeetingSchema,
  items: z.array(AgendaItemSchema).max(5_000),
  documents: z.array(DocumentEntrySchema).max(20_000),
  organization: z.object({ days: z.array(MeetingDaySchema).max(366) }),
  settings: AgendaSettingsSchema,
  /** Absent on agendas that were not imported, or once the user has dealt with every piece. */
  unplaced: z.array(UnplacedTextSchema).max(10_000).optional(),
});
export type Agenda = z.infer<typeof AgendaSchema>;

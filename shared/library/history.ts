import { z } from 'zod';
import { AgendaSchema, IdSchema } from '../model/agenda';

/** One earlier state of an agenda, as the History panel lists it. */
export const AgendaVersionSchema = z.object({
  // Names a file under history/<id>/: never a path, never starting with a dot.
  versionId: z.string().regex(/^(?!\.)[A-Za-z0-9_.-]{1,120}$/),
  savedAt: z.string(),
  kind: z.enum(['save', 'snapshot']),
  size: z.number().int().nonnegative(),
});
export type AgendaVersionSummary = z.infer<typeof AgendaVersionSchema>;

export const RestoredVersionSchema = z.object({ agenda: AgendaSchema, savedAt: z.string() });

/** A deleted agenda, as the trash lists it. */
export const TrashEntrySchema = z.object({
  trashId: z.string().regex(/^(?!\.)[A-Za-z0-9_.-]{1,160}$/),
  id: IdSchema,
  name: z.string(),
  symbol: z.string(),
  meetingTitle: z.string(),
  deletedAt: z.string(),
});

/** Whether this window may write the agenda, or someone else is editing it. */
export const EditingAccessSchema = z.discriminatedUnion('readOnly', [
  z.object({ readOnly: z.literal(false) }),
  z.object({ readOnly: z.literal(true), heldBy: z.string() }),
]);
export type EditingAccessSummary = z.infer<typeof EditingAccessSchema>;

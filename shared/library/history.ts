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

/** A version the user named ("sent to the Bureau"), kept until deleted. */
export const NamedVersionSchema = z.object({
  versionId: z.string().regex(/^(?!\.)[A-Za-z0-9_.-]{1,120}$/),
  name: z.string(),
  namedAt: z.string(),
  size: z.number().int().nonnegative(),
});
export type NamedVersionSummary = z.infer<typeof NamedVersionSchema>;

/** What the user calls a version: one line, not empty. */
export const VersionNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- a name is one line of text
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), 'one line of text');

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import { type Agenda, AgendaSchema } from '../../shared/model/agenda';
import { migrateAgendaDocument } from '../../shared/model/migrations';
import { diskErrorMessage } from '../main/library/disk-error-message';
import { CliError } from './cli-io';

/** What a `.agendum` file given on the command line holds, before any judgement on its content. */
export type AgendaFileContent =
  | { readonly status: 'valid'; readonly agenda: Agenda }
  | { readonly status: 'invalid'; readonly issues: readonly SchemaIssue[] };

export interface SchemaIssue {
  /** Where in the file, e.g. "items.2.subItems.0.title"; "(file)" for the whole document. */
  readonly path: string;
  readonly message: string;
}

/**
 * Reads and parses the file, upgrading an older format. A file that cannot
 * be read, is not JSON or comes from a newer Agendum is a CliError (one line);
 * a file that does not match the schema gives every issue with its path.
 */
export async function readAgendaFileContent(file: string): Promise<AgendaFileContent> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${lowerFirst(diskErrorMessage(error))}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new CliError(`${basename(file)} is not an Agendum file: it is not valid JSON`);
  }
  const outcome = migrateAgendaDocument(json);
  if (outcome.status === 'newer' || outcome.status === 'refused') {
    throw new CliError(`${basename(file)} cannot be read: ${outcome.message}`);
  }
  const parsed = AgendaSchema.safeParse(outcome.document);
  if (parsed.success) return { status: 'valid', agenda: parsed.data };
  return { status: 'invalid', issues: parsed.error.issues.map(describeIssue) };
}

/** For verbs that need a valid agenda: the first schema issue is the one-line error. */
export async function readValidAgenda(file: string): Promise<Agenda> {
  const content = await readAgendaFileContent(file);
  if (content.status === 'valid') return content.agenda;
  const [first] = content.issues;
  const more = content.issues.length > 1 ? ` (and ${content.issues.length - 1} more)` : '';
  throw new CliError(
    `${basename(file)} does not match the Agendum format: at ${first?.path ?? '(file)'}: ${first?.message ?? 'invalid'}${more}; run "agendum validate ${file}" for the list`,
  );
}

function describeIssue(issue: z.core.$ZodIssue): SchemaIssue {
  const path = issue.path.map(String).join('.');
  return { path: path === '' ? '(file)' : path, message: issue.message };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AgendumError } from '../../shared/ipc/agendum-error';
import { describeSummary } from '../../shared/import/import-result';
import { serializeAgenda } from '../../shared/model/serialize';
import { importDocumentFile } from '../main/import/read-import-file';
import { diskErrorMessage } from '../main/library/disk-error-message';
import { readCliOptions, stringOption } from './cli-options';
import { CliError, type CliVerb } from './cli-io';

/**
 * `agendum import <file> --out <file.agendum> [--overwrite]`: last session's
 * agenda from Word, Markdown or text, as a native file to start from. Prints
 * what was found, what was guessed, and every piece of text left unplaced
 * with where it came from, so that nothing is lost without being seen.
 */
export const runImportCommand: CliVerb = async (args, io) => {
  const { input, out, overwrite } = parseArguments(args);
  let result;
  try {
    result = await importDocumentFile(input);
  } catch (error) {
    if (error instanceof AgendumError) {
      // Disk messages name the file already; the importer's own do not.
      const named = error.message.includes(basename(input));
      throw new CliError(named ? error.message : `${input}: ${error.message}`);
    }
    throw error;
  }
  try {
    // "wx" refuses to replace a file that is there: an earlier import may hold edits.
    await writeFile(out, serializeAgenda(result.agenda), { flag: overwrite ? 'w' : 'wx' });
  } catch (error) {
    const exists = (error as { code?: unknown }).code === 'EEXIST';
    throw new CliError(
      exists
        ? `${out} already exists: give another --out, or --overwrite to replace it`
        : `cannot write ${out}: ${diskErrorMessage(error)}`,
    );
  }
  io.stdout(`Imported ${input} into ${out}`);
  io.stdout(`Found ${describeSummary(result.summary)}.`);
  for (const note of result.notes) io.stdout(`Note: ${note}`);
  if (result.unplaced.length > 0) {
    io.stdout('Unplaced text (in the file, under "unplaced", to move or discard by hand):');
    for (const piece of result.unplaced) {
      io.stdout(`  ${piece.source}: ${piece.reason}`);
      io.stdout(`    “${piece.text.replace(/\s+/gu, ' ')}”`);
    }
  }
  return 0;
};

function parseArguments(args: readonly string[]): {
  input: string;
  out: string;
  overwrite: boolean;
} {
  const { values, positionals } = readCliOptions(args, { out: 'string', overwrite: 'boolean' });
  const [input, extra] = positionals;
  if (extra !== undefined) throw new CliError(`one file at a time: "${extra}" is one too many`);
  const out = stringOption(values.out);
  const overwrite = values.overwrite === true;
  if (input === undefined) throw new CliError('give the file to import: a .docx, .md or .txt');
  if (out === undefined || out === '') {
    throw new CliError('give the agenda file to write with --out <file.agendum>');
  }
  return { input, out, overwrite };
}

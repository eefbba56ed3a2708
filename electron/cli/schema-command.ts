import { readFile } from 'node:fs/promises';
import { agendaJsonSchema } from '../../shared/model/json-schema';
import { CliError, type CliVerb } from './cli-io';

/** Prints the JSON Schema, or with `--check <file>` fails when that file is out of step. */
export const runSchemaCommand: CliVerb = async (args, io) => {
  const schema = agendaJsonSchema();
  if (args[0] !== '--check') {
    io.stdout(schema.trimEnd());
    return 0;
  }
  const file = args[1];
  if (!file) throw new CliError('--check needs the path of the published schema');
  const published = await readFile(file, 'utf8').catch(() => '');
  if (published === schema) {
    io.stdout(`${file} is in step with the model`);
    return 0;
  }
  io.stderr(
    `${file} is out of step with shared/model/agenda.ts: run npm run -s agendum -- schema > ${file}`,
  );
  return 1;
};

import { CliError, type CliIo, type CliVerb } from './cli-io';
import { runCompareCommand } from './compare-command';
import { runExportCommand } from './export-command';
import { runImportCommand } from './import-command';
import { runSchemaCommand } from './schema-command';
import { runSymbolCommand } from './symbol-command';
import { runValidateCommand } from './validate-command';

/**
 * `npm run -s agendum -- <verb> …`: the project's command line.
 *
 * Each verb lives in its own module and returns its exit status.
 */
const VERBS: Record<string, { run: CliVerb; usage: string }> = {
  compare: {
    run: runCompareCommand,
    usage:
      'compare <old.agendum> <new.agendum> --format docx,pdf,html --out <folder> [--author "Name"] [--match ids|wording] [--summary] [--overwrite]   the changes, as Word tracked changes and a marked-up PDF',
  },
  schema: {
    run: runSchemaCommand,
    usage: 'schema [--check <file>]   print the JSON Schema of .agendum files',
  },
  symbol: {
    run: runSymbolCommand,
    usage: 'symbol [<symbol>…]        check UN document symbols (or one a line on stdin)',
  },
  export: {
    run: runExportCommand,
    usage:
      'export <file.agendum> --format docx,pdf,html,md,txt,agendum --out <folder> [--paper A4|Letter] [--name <file name>] [--overwrite]',
  },
  import: {
    run: runImportCommand,
    usage:
      'import <file.docx|.md|.txt> --out <file.agendum> [--overwrite]   a previous agenda as a new one',
  },
  validate: {
    run: runValidateCommand,
    usage: 'validate <file.agendum>   schema errors, then symbol and planner findings',
  },
};

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [verb, ...rest] = argv;
  const command = verb === undefined ? undefined : VERBS[verb];
  if (!command) {
    io.stderr(verb ? `agendum: unknown command "${verb}"` : 'agendum: no command given');
    io.stderr('usage:');
    for (const { usage } of Object.values(VERBS)) io.stderr(`  agendum ${usage}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`agendum ${verb ?? ''}: ${error.message}`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`agendum ${verb ?? ''}: unexpected error: ${message}`);
    return 70;
  }
}

async function readAllStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const isEntryPoint = process.argv[1]?.endsWith('agendum.ts') ?? false;
if (isEntryPoint) {
  const io: CliIo = {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    readStdin: readAllStdin,
  };
  process.exitCode = await main(process.argv.slice(2), io);
}

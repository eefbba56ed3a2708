import { parseArgs } from 'node:util';
import { PAPER_SIZES, type PaperSize, PaperSizeSchema } from '../../shared/export/export-formats';
import { CliError } from './cli-io';

/**
 * The verbs' options, read by Node's own parser; its errors become the
 * one-line messages the CLI prints ("unknown option --colour",
 * "--out needs a value").
 */
export function readCliOptions<const Names extends string>(
  args: readonly string[],
  options: Readonly<Record<Names, 'string' | 'boolean'>>,
): { values: Partial<Record<Names, string | boolean>>; positionals: string[] } {
  const config = Object.fromEntries(
    Object.entries(options).map(([name, type]) => [name, { type: type as 'string' | 'boolean' }]),
  );
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: config,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Partial<Record<Names, string | boolean>>, positionals };
  } catch (error) {
    throw new CliError(optionMessage(error));
  }
}

function optionMessage(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${option} needs a value`;
  return message;
}

/** The value of a string option, or undefined when it was not given. */
export function stringOption(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function parsePaperSize(value: string): PaperSize {
  const match = PAPER_SIZES.find((size) => size.toLowerCase() === value.trim().toLowerCase());
  const parsed = PaperSizeSchema.safeParse(match);
  if (!parsed.success) throw new CliError(`unknown paper size "${value}": A4 or Letter`);
  return parsed.data;
}

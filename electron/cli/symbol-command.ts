import { checkSymbol, type SymbolCheck } from '../../shared/documents/symbol-check';
import { CliError, type CliVerb } from './cli-io';

/**
 * `agendum symbol <symbol>…`, or one symbol a line on standard input: one line
 * per symbol saying ok, warning or error, and exit status 1 when any is an error,
 * so that a list of symbols can be checked in a script before it goes out.
 */
export const runSymbolCommand: CliVerb = async (args, io) => {
  const symbols = args.length > 0 ? args : linesOf(await io.readStdin());
  if (symbols.length === 0) {
    throw new CliError('give symbols as arguments, or one a line on standard input');
  }
  let anyError = false;
  for (const symbol of symbols) {
    const check = checkSymbol(symbol);
    anyError ||= check.findings.some((finding) => finding.severity === 'error');
    io.stdout(`${symbol.trim()}: ${verdict(check)}`);
  }
  return anyError ? 1 : 0;
};

function linesOf(text: string): string[] {
  return text.split(/\r?\n/u).filter((line) => line.trim() !== '');
}

/** "ok", "warning: …" or "error: …"; an error line also carries the warnings, after it. */
function verdict(check: SymbolCheck): string {
  const messages = (severity: 'error' | 'warning') =>
    check.findings
      .filter((finding) => finding.severity === severity)
      .map((finding) => finding.message);
  const errors = messages('error');
  const warnings = messages('warning');
  const parts = [
    ...(errors.length > 0 ? [`error: ${errors.join('; ')}`] : []),
    ...(warnings.length > 0 ? [`warning: ${warnings.join('; ')}`] : []),
  ];
  return parts.length > 0 ? parts.join('; ') : 'ok';
}

import { basename } from 'node:path';
import { checkSymbol } from '../../shared/documents/symbol-check';
import { validateDocumentEntry } from '../../shared/documents/registry';
import type { Agenda } from '../../shared/model/agenda';
import { scheduleWarnings } from '../../shared/schedule/warnings';
import { readAgendaFileContent } from './agenda-file-input';
import { CliError, type CliVerb } from './cli-io';

/** One line of the report; errors make the exit status 1. */
interface Finding {
  readonly severity: 'error' | 'warning' | 'information';
  readonly source: 'schema' | 'symbol' | 'documents' | 'planner';
  readonly message: string;
}

/**
 * `agendum validate <file.agendum>`: the schema errors with their paths; for a
 * file that matches the schema, the symbol checker's and the planner's
 * findings. Exit status 1 when anything is an error, so a script can refuse
 * the file before it goes to a shared drive.
 */
export const runValidateCommand: CliVerb = async (args, io) => {
  const [file, ...rest] = args;
  if (file === undefined || file.startsWith('--')) {
    throw new CliError('give the .agendum file to check: agendum validate <file.agendum>');
  }
  if (rest.length > 0) throw new CliError(`unexpected argument "${rest[0] ?? ''}"`);
  const content = await readAgendaFileContent(file);
  const findings: Finding[] =
    content.status === 'invalid'
      ? content.issues.map((issue) => ({
          severity: 'error',
          source: 'schema',
          message: `at ${issue.path}: ${issue.message}`,
        }))
      : contentFindings(content.agenda);
  const name = basename(file);
  for (const finding of findings) {
    io.stdout(`${name}: ${finding.severity} (${finding.source}): ${finding.message}`);
  }
  const count = (severity: Finding['severity']) =>
    findings.filter((finding) => finding.severity === severity).length;
  const errors = count('error');
  const summary = [
    plural(errors, 'error'),
    plural(count('warning'), 'warning'),
    ...(count('information') > 0 ? [plural(count('information'), 'note')] : []),
  ].join(', ');
  io.stdout(`${name}: ${errors === 0 ? 'valid' : 'not valid'}: ${summary}`);
  return errors === 0 ? 0 : 1;
};

function contentFindings(agenda: Agenda): Finding[] {
  const findings: Finding[] = [];
  const symbol = agenda.header.symbol.trim();
  if (symbol === '') {
    findings.push({
      severity: 'warning',
      source: 'symbol',
      message: 'the agenda has no symbol yet',
    });
  } else {
    for (const finding of checkSymbol(symbol).findings) {
      findings.push({
        severity: finding.severity,
        source: 'symbol',
        message: `the agenda's symbol ${symbol}: ${finding.message}`,
      });
    }
  }
  for (const document of agenda.documents) {
    const label = document.title.trim() === '' ? document.id : `"${document.title}"`;
    const validation = validateDocumentEntry(document, {
      documents: agenda.documents,
      documentId: document.id,
    });
    for (const problem of validation.problems) {
      findings.push({
        severity: problem.severity,
        source: 'documents',
        message: `document ${label}: ${problem.message}`,
      });
    }
  }
  for (const warning of scheduleWarnings(agenda)) {
    findings.push({ severity: warning.severity, source: 'planner', message: warning.message });
  }
  return findings;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

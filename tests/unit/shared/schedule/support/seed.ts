import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AgendaSchema, type Agenda } from '../../../../../shared/model/agenda';

const FIXTURES = join(import.meta.dirname, '../../../../fixtures');

/** The seed agenda in the native format, validated as a file from disk would be. */
export function loadSeedAgenda(): Agenda {
  return AgendaSchema.parse(
    JSON.parse(readFileSync(join(FIXTURES, 'ctoc-wg2-2012.agendum'), 'utf8')),
  );
}

/** The real 2012 document (a copy of shared/seed beside the fixture). */
export function loadSeedMarkdown(): string {
  return readFileSync(join(FIXTURES, 'provisional-agenda-ctoc-wg2-2012.md'), 'utf8');
}

/**
 * The lines of the seed's annex table as their visible cells: tab-separated,
 * without <b>/<i> markup, without the empty cells at either end (the seed
 * puts its second day heading in the second column by accident of layout).
 */
export function seedAnnexLines(): string[][] {
  const markdown = loadSeedMarkdown();
  const annex = markdown.slice(markdown.indexOf('### Proposed organization of work'));
  return annex
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => visibleCells(line.split('\t')));
}

export function visibleCells(cells: readonly string[]): string[] {
  const text = cells.map((cell) => cell.replace(/<\/?[bi]>/g, '').trim());
  while (text[0] === '') text.shift();
  while (text[text.length - 1] === '') text.pop();
  return text;
}

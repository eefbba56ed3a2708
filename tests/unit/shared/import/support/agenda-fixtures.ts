import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AgendaSchema, type Agenda } from '../../../../../shared/model/agenda';

const FIXTURES = join(import.meta.dirname, '../../../../fixtures');

/**
 * The test agendas of the importer, each in the style of a real UN
 * provisional agenda of another body, and what each exercises.
 */
export const TEST_AGENDAS = [
  {
    name: 'cnd-2023',
    body: 'Commission on Narcotic Drugs, 5 days',
    exercises:
      'sub-items up to (f), joint and Add./Rev. symbols, one report cited under two sub-items, numbered paragraphs, italic and bold runs, a reworded annotation heading, an item spanning three slots, a note slot',
  },
  {
    name: 'hrc-igwg-2024',
    body: 'Human Rights Council working group, 5 days',
    exercises:
      'original Spanish, CRP symbol, sub-items annotated only in part, one item over four slots with annex wording that changes, reworded headings',
  },
  {
    name: 'unep-oecpr-2025',
    body: 'UNEP Committee of Permanent Representatives, 5 days across two months',
    exercises:
      'a "meeting" rather than a "session", sub-items (a)-(f), a document without a symbol, joint INF symbols, 9 a.m.-12 noon, a parallel meeting, a meeting slot with a note',
  },
  {
    name: 'ece-itc-2024',
    body: 'ECE Inland Transport Committee, 4 days',
    exercises:
      '"Annotated provisional agenda", "Note by the secretariat" in lower case, Rev.2 and Add.1, a joint symbol across series, 9.30 a.m.-12.30 p.m., a curly apostrophe in a title',
  },
  {
    name: 'uncac-irg-2024',
    body: 'UNCAC Implementation Review Group',
    exercises: 'a list-only agenda: no annotations, no annex; distribution Limited',
  },
  {
    name: 'unctad-tdb-2024',
    body: 'UNCTAD Trade and Development Board, 3 days',
    exercises:
      'no issue date, no session, original French, a symbol with parentheses (TD/B/EX(74)/1), a 3-5 p.m. slot and a note day',
  },
] as const;

export function loadTestAgenda(name: string): Agenda {
  const text = readFileSync(join(FIXTURES, 'agendas', `${name}.agendum`), 'utf8');
  return AgendaSchema.parse(JSON.parse(text));
}

export function loadSeedAgenda(): Agenda {
  const text = readFileSync(join(FIXTURES, 'ctoc-wg2-2012.agendum'), 'utf8');
  return AgendaSchema.parse(JSON.parse(text));
}

export function loadSeedMarkdown(): string {
  return readFileSync(join(FIXTURES, 'provisional-agenda-ctoc-wg2-2012.md'), 'utf8');
}

export function loadImportSample(name: string): string {
  return readFileSync(join(FIXTURES, 'import', name), 'utf8');
}

/** The agenda as plain text keeps it: the same words, without bold or italic. */
export function withoutEmphasis(agenda: Agenda): Agenda {
  const copy = structuredClone(agenda);
  for (const entry of copy.items.flatMap((item) => [item, ...item.subItems])) {
    for (const paragraph of entry.annotations) {
      paragraph.runs = [{ text: paragraph.runs.map((run) => run.text).join('') }];
    }
  }
  return copy;
}

import { AgendaSchema, CURRENT_SCHEMA_VERSION, type Agenda } from '../model/agenda';
import { newId as randomId } from '../model/ids';
import { findAgendaListStart, readAgendaList } from './agenda-list';
import { readAnnex } from './annex';
import { readAnnotations } from './annotations';
import { DocumentRegistryBuilder, inferAgendaSymbol } from './documentation';
import { type ImportLine, prepareLines, type SourceLine } from './import-lines';
import {
  emptyFileError,
  ImportError,
  type ImportResult,
  NOT_AN_AGENDA_MESSAGE,
} from './import-result';
import { readMasthead } from './masthead';
import { isAnnexHeaderText, isAnnexHeading, isDocumentsListTitle } from './text-patterns';
import { UnplacedCollector } from './unplaced';

/**
 * A provisional agenda from lines of text with light structure, whatever
 * the file they came from: masthead, agenda list, annotations and annex,
 * read in that order. What cannot be placed is kept, with where it was.
 */

export interface ImportOptions {
  /** Ids for the new agenda's parts; random by default. */
  readonly newId?: () => string;
}

/** The first line of the annex: its heading, its title or the header row of its table. */
function findAnnexStart(lines: readonly SourceLine[], from: number): number {
  const index = lines.findIndex((line, position) => {
    if (position < from) return false;
    if (isAnnexHeading(line.text)) return true;
    const cells = line.cells ?? line.text.split('\t');
    return cells.length >= 2 && cells.filter((cell) => isAnnexHeaderText(cell)).length >= 2;
  });
  return index < 0 ? lines.length : index;
}

function yearOf(isoDate: string | null): number | null {
  return isoDate === null ? null : Number(isoDate.slice(0, 4));
}

export function importAgenda(
  input: readonly ImportLine[],
  options: ImportOptions = {},
): ImportResult {
  const newId = options.newId ?? randomId;
  const { lines, notes: footnotes } = prepareLines(input);
  if (lines.length === 0 && footnotes.length === 0) throw emptyFileError();

  const listStart = findAgendaListStart(lines);
  if (listStart < 0) throw new ImportError('not-an-agenda', NOT_AN_AGENDA_MESSAGE);
  const unplaced = new UnplacedCollector();
  const masthead = readMasthead(lines.slice(0, listStart), unplaced);
  const list = readAgendaList(lines, listStart, newId);
  // One numbered line is not an agenda, unless the document calls itself one.
  if (list.items.length < 2 && masthead.documentTitle === null) {
    throw new ImportError('not-an-agenda', NOT_AN_AGENDA_MESSAGE);
  }

  const annexStart = findAnnexStart(lines, list.end);
  const registry = new DocumentRegistryBuilder(newId);
  const { numberParagraphs } = readAnnotations(
    lines.slice(list.end, annexStart),
    list.items,
    registry,
    unplaced,
    newId,
  );
  const years = [
    yearOf(masthead.startDate),
    yearOf(masthead.endDate),
    yearOf(masthead.issueDate),
    (yearOf(masthead.issueDate) ?? -1) + 1,
  ].filter(
    (year, index, all): year is number => year !== null && year > 0 && all.indexOf(year) === index,
  );
  // The list of documents is read as the setting that prints it: the documentation lists hold its rows.
  const listOfDocuments = lines.findIndex(
    (line, position) => position >= annexStart && isDocumentsListTitle(line.text),
  );
  const annexEnd = listOfDocuments < 0 ? lines.length : listOfDocuments;
  const annex = readAnnex(lines.slice(annexStart, annexEnd), list.items, years, unplaced, newId);
  for (const footnote of footnotes) unplaced.addLine(footnote, 'a footnote');

  const notes: string[] = [];
  let symbol = masthead.symbol;
  if (symbol === '') {
    const inferred = inferAgendaSymbol(registry.documents, yearOf(masthead.startDate));
    if (inferred !== null) {
      symbol = inferred;
      notes.push(
        `The file does not print the agenda's symbol; ${inferred} was inferred from the symbols of the documents it lists. Check it.`,
      );
    } else {
      notes.push("The file does not print the agenda's symbol: type it in the header.");
    }
  }
  if (annex.guessedTimes) {
    notes.push(
      'The annex gives "Morning" and "Afternoon" rather than times: 10 a.m.-1 p.m. and 3-6 p.m. were taken. Check them.',
    );
  }
  const documentTitle = masthead.documentTitle ?? 'Provisional agenda and annotations';
  if (masthead.documentTitle === null) {
    notes.push(`No document title was found; "${documentTitle}" was used.`);
  }

  const unplacedText = unplaced.list(newId);
  const parsed = AgendaSchema.safeParse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: newId(),
    header: {
      body: masthead.body,
      symbol,
      distribution: masthead.distribution,
      issueDate: masthead.issueDate,
      originalLanguage: masthead.originalLanguage,
      // The text imported is the language it is written in; English unless told otherwise.
      documentLanguage: 'en',
    },
    meeting: {
      title: masthead.meetingTitle,
      session: masthead.session,
      venue: masthead.venue,
      startDate: masthead.startDate,
      endDate: masthead.endDate,
      documentTitle,
    },
    items: list.items,
    documents: registry.documents,
    organization: { days: annex.days },
    settings: { numberParagraphs, documentsAnnex: listOfDocuments >= 0 },
    ...(unplacedText.length > 0 ? { unplaced: unplacedText } : {}),
  } satisfies Agenda);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const where = issue?.path.map(String).join('.') ?? '';
    throw new ImportError(
      'does-not-fit',
      `What was read from the file does not fit an agenda (${where}: ${issue?.message ?? 'invalid'}).`,
    );
  }
  const agenda = parsed.data;

  const subItems = agenda.items.flatMap((item) => item.subItems);
  return {
    agenda,
    unplaced: unplacedText,
    notes,
    summary: {
      items: agenda.items.length,
      subItems: subItems.length,
      paragraphs: [...agenda.items, ...subItems].reduce(
        (sum, entry) => sum + entry.annotations.length,
        0,
      ),
      documents: agenda.documents.length,
      slots: agenda.organization.days.reduce((sum, day) => sum + day.slots.length, 0),
      unplaced: unplacedText.length,
    },
  };
}

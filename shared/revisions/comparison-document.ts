import {
  renderDocumentBlocks,
  type AnnexBlock,
  type DocumentationBlock,
  type DocumentsAnnexBlock,
  type ItemHeadingBlock,
  type MastheadBlock,
  type ParagraphBlock,
  type RenderedDocument,
  type TitleBlock,
} from '../export/document-blocks';
import { assertNever } from '../schedule/assert-never';
import type { AgendaComparison } from './agenda-diff';
import type { FlatEntry } from './agenda-matching';
import {
  presence,
  wholeSegments,
  wordSegments,
  type BlockRevision,
  type ComparisonAgendaEntry,
  type ComparisonBlock,
  type ComparisonDocument,
  type ComparisonMasthead,
  type ComparisonTitle,
  type MoveGroup,
} from './comparison-blocks';
import { comparisonAnnex, comparisonDocumentsAnnex } from './comparison-annex';
import { entrySection, type SectionContext } from './comparison-sections';
import { keptOldIds } from './content-alignment';

/**
 * Builds the marked-up document from a comparison. Each version is rendered
 * as it would be exported, and the two renderings are laid over each other
 * along the comparison's alignments: accepting every change gives the new
 * rendering, rejecting every change the old one.
 */
export function comparisonDocument(comparison: AgendaComparison): ComparisonDocument {
  const oldDocument = indexRendering(renderDocumentBlocks(comparison.oldAgenda));
  const newDocument = indexRendering(renderDocumentBlocks(comparison.newAgenda));
  const { oldEntries, newEntries, steps } = comparison.entries;

  const list: ComparisonBlock[] = [];
  const sections: ComparisonBlock[] = [];
  const context: SectionContext = {
    comparison,
    oldDocument,
    newDocument,
    keptParagraphs: keptOldIds(comparison.matching.paragraphs),
  };
  const place = (
    from: FlatEntry | null,
    to: FlatEntry | null,
    revision: BlockRevision,
    moved: MoveGroup,
    note: string | null,
  ): void => {
    list.push(agendaEntry({ old: oldDocument, new: newDocument }, from, to, revision, moved, note));
    sections.push(...entrySection(context, from, to, revision, moved, note));
  };
  for (const step of steps) {
    switch (step.kind) {
      case 'same':
        place(
          oldEntries[step.oldIndex] ?? null,
          newEntries[step.newIndex] ?? null,
          'same',
          null,
          null,
        );
        break;
      case 'deleted':
        place(oldEntries[step.oldIndex] ?? null, null, 'deleted', null, null);
        break;
      case 'inserted':
        place(null, newEntries[step.newIndex] ?? null, 'inserted', null, null);
        break;
      case 'moved-from': {
        const from = oldEntries[step.oldIndex] ?? null;
        const to = step.newIndex === null ? null : (newEntries[step.newIndex] ?? null);
        place(from, to, 'moved-from', 'from', to ? `Moved to item ${to.reference}` : null);
        break;
      }
      case 'moved-to': {
        const from = step.oldIndex === null ? null : (oldEntries[step.oldIndex] ?? null);
        const to = newEntries[step.newIndex] ?? null;
        place(from, to, 'moved-to', 'to', from ? `Moved from item ${from.reference}` : null);
        break;
      }
      default:
        assertNever(step);
    }
  }

  const blocks: ComparisonBlock[] = [
    masthead(oldDocument.masthead, newDocument.masthead),
    title(oldDocument.title, newDocument.title),
    ...list,
  ];
  if (sections.length > 0) {
    const revision = presence(
      oldDocument.sectionHeading !== null,
      newDocument.sectionHeading !== null,
    );
    blocks.push({
      kind: 'section-heading',
      text: newDocument.sectionHeading ?? oldDocument.sectionHeading ?? '',
      revision,
      moved: null,
      note: null,
    });
    blocks.push(...sections);
  }
  const annex = comparisonAnnex(oldDocument.annex, newDocument.annex, comparison.matching);
  if (annex) blocks.push(annex);
  const documentsAnnex = comparisonDocumentsAnnex(
    oldDocument.documentsAnnex,
    newDocument.documentsAnnex,
    comparison.matching,
  );
  if (documentsAnnex) blocks.push(documentsAnnex);
  return {
    language: comparison.newAgenda.header.documentLanguage,
    symbol: wordSegments(comparison.oldAgenda.header.symbol, comparison.newAgenda.header.symbol),
    title: comparison.newAgenda.meeting.documentTitle,
    blocks,
  };
}

/** One version's rendering, with its blocks found by what they belong to. */
export interface IndexedRendering {
  readonly masthead: MastheadBlock | null;
  readonly title: TitleBlock | null;
  readonly listEntries: ReadonlyMap<string, { readonly label: string; readonly text: string }>;
  /** "Annotations", as the rendering words it; null when nothing is annotated. */
  readonly sectionHeading: string | null;
  readonly headings: ReadonlyMap<string, ItemHeadingBlock>;
  readonly paragraphs: ReadonlyMap<string, ParagraphBlock>;
  readonly documentation: ReadonlyMap<string, DocumentationBlock>;
  readonly annex: AnnexBlock | null;
  readonly documentsAnnex: DocumentsAnnexBlock | null;
}

function indexRendering(rendered: RenderedDocument): IndexedRendering {
  let masthead: MastheadBlock | null = null;
  let title: TitleBlock | null = null;
  let annex: AnnexBlock | null = null;
  let documentsAnnex: DocumentsAnnexBlock | null = null;
  let sectionHeading: string | null = null;
  const listEntries = new Map<string, { label: string; text: string }>();
  const headings = new Map<string, ItemHeadingBlock>();
  const paragraphs = new Map<string, ParagraphBlock>();
  const documentation = new Map<string, DocumentationBlock>();
  for (const block of rendered.blocks) {
    switch (block.kind) {
      case 'masthead':
        masthead = block;
        break;
      case 'title':
        title = block;
        break;
      case 'agenda-list':
        for (const item of block.items) {
          listEntries.set(item.id, item);
          for (const subItem of item.subItems) listEntries.set(subItem.id, subItem);
        }
        break;
      case 'section-heading':
        sectionHeading = block.text;
        break;
      case 'item-heading':
        headings.set(block.itemId, block);
        break;
      case 'paragraph':
        paragraphs.set(block.paragraphId, block);
        break;
      case 'documentation':
        documentation.set(block.itemId, block);
        break;
      case 'annex':
        annex = block;
        break;
      case 'documents-annex':
        documentsAnnex = block;
        break;
      default:
        assertNever(block);
    }
  }
  return {
    masthead,
    title,
    listEntries,
    sectionHeading,
    headings,
    paragraphs,
    documentation,
    annex,
    documentsAnnex,
  };
}

/** A line of the agenda list, with the number and UN punctuation each version prints. */
function agendaEntry(
  lines: { readonly old: IndexedRendering; readonly new: IndexedRendering },
  from: FlatEntry | null,
  to: FlatEntry | null,
  revision: BlockRevision,
  moved: MoveGroup,
  note: string | null,
): ComparisonAgendaEntry {
  const before = from ? lines.old.listEntries.get(from.entry.id) : undefined;
  const after = to ? lines.new.listEntries.get(to.entry.id) : undefined;
  return {
    kind: 'agenda-entry',
    entryId: to?.entry.id ?? from?.entry.id ?? '',
    level: { from: from?.level ?? null, to: to?.level ?? null },
    label: wholeSegments(before?.label ?? null, after?.label ?? null),
    text: wordSegments(before?.text ?? null, after?.text ?? null),
    revision,
    moved,
    note,
  };
}

function masthead(from: MastheadBlock | null, to: MastheadBlock | null): ComparisonMasthead {
  const pick = (field: 'symbol' | 'body' | 'distribution' | 'original') =>
    wordSegments(from?.[field] ?? '', to?.[field] ?? '');
  return {
    kind: 'masthead',
    organization: to?.organization ?? from?.organization ?? '',
    symbol: pick('symbol'),
    body: pick('body'),
    distribution: pick('distribution'),
    issueDate: wholeSegments(from?.issueDate ?? null, to?.issueDate ?? null),
    original: pick('original'),
    note: wordSegments(from?.note ?? '', to?.note ?? ''),
  };
}

function title(from: TitleBlock | null, to: TitleBlock | null): ComparisonTitle {
  const pick = (field: 'meetingTitle' | 'venueAndDates' | 'documentTitle') =>
    wordSegments(from?.[field] ?? '', to?.[field] ?? '');
  return {
    kind: 'title',
    meetingTitle: pick('meetingTitle'),
    session: wordSegments(from?.session ?? '', to?.session ?? ''),
    venueAndDates: pick('venueAndDates'),
    documentTitle: pick('documentTitle'),
    issuance: wordSegments(from?.issuance ?? '', to?.issuance ?? ''),
  };
}

import type { Agenda, DocumentEntry, Paragraph } from '../model/agenda';
import { annotationHeading } from '../model/numbering';
import { assertNever } from '../schedule/assert-never';
import type { AgendaChange, DocumentRef, EntryRef, ParagraphRef } from './agenda-changes';
import type { AgendaMatching, FlatEntry } from './agenda-matching';
import {
  alignDocumentIds,
  alignParagraphs,
  keptOldIds,
  pairReplacements,
  type EntryAlignment,
} from './content-alignment';
import type { AlignmentStep } from './sequence-alignment';
import { diffRuns, diffWords, hasChanges } from './word-diff';

/** The changes to items and sub-items, their wording, annotations and documentation. */
export function entryChanges(
  oldAgenda: Agenda,
  newAgenda: Agenda,
  matching: AgendaMatching,
  alignment: EntryAlignment,
): AgendaChange[] {
  const { oldEntries, newEntries, steps } = alignment;
  const keptEntries = keptOldIds(matching.entries);
  const keptParagraphs = keptOldIds(matching.paragraphs);
  const movedOld = new Set(
    steps.flatMap((step) =>
      step.kind === 'moved-from' ? [oldEntries[step.oldIndex]?.entry.id ?? ''] : [],
    ),
  );
  const paragraphOwners = new Map<string, OldParagraph>();
  for (const flat of oldEntries) {
    flat.entry.annotations.forEach((paragraph, index) => {
      paragraphOwners.set(paragraph.id, { ref: paragraphRef(flat, paragraph, index), paragraph });
    });
  }
  const documents = {
    old: new Map(oldAgenda.documents.map((document) => [document.id, document])),
    new: new Map(newAgenda.documents.map((document) => [document.id, document])),
  };
  const changes: AgendaChange[] = [];

  const movedIn = (flat: FlatEntry): void => {
    const paragraphSteps = alignParagraphs([], flat.entry.annotations, matching, keptParagraphs);
    changes.push(...paragraphChanges(null, flat, paragraphSteps, matching, paragraphOwners));
  };

  for (const step of steps) {
    switch (step.kind) {
      case 'same':
      case 'moved-to': {
        const from = step.oldIndex === null ? undefined : oldEntries[step.oldIndex];
        const to = newEntries[step.newIndex];
        if (!from || !to) break;
        changes.push(...structureChange(from, to, step.kind === 'moved-to', matching, movedOld));
        changes.push(...wordingChanges(from, to));
        const paragraphSteps = alignParagraphs(
          from.entry.annotations,
          to.entry.annotations,
          matching,
          keptParagraphs,
        );
        changes.push(...paragraphChanges(from, to, paragraphSteps, matching, paragraphOwners));
        changes.push(...documentationChanges(from, to, matching, documents));
        break;
      }
      case 'moved-from':
        break;
      case 'deleted': {
        const from = oldEntries[step.oldIndex];
        if (from && (from.parentId === null || keptEntries.has(from.parentId))) {
          changes.push({ kind: 'entry-removed', entry: entryRef(from) });
        }
        break;
      }
      case 'inserted': {
        const to = newEntries[step.newIndex];
        if (!to) break;
        if (to.parentId === null || matching.entries.has(to.parentId)) {
          changes.push({ kind: 'entry-added', entry: entryRef(to) });
        }
        movedIn(to);
        break;
      }
      default:
        assertNever(step);
    }
  }
  return changes;
}

function entryRef(flat: FlatEntry): EntryRef {
  return {
    id: flat.entry.id,
    level: flat.level,
    reference: flat.reference,
    title: flat.entry.title,
  };
}

function paragraphRef(flat: FlatEntry, paragraph: Paragraph, index: number): ParagraphRef {
  return {
    entry: entryRef(flat),
    paragraphId: paragraph.id,
    index,
    text: paragraph.runs.map((run) => run.text).join(''),
  };
}

export function documentRef(id: string, document: DocumentEntry | undefined): DocumentRef {
  return {
    id,
    symbol: document?.symbols.join('-') ?? '',
    title: document?.title ?? '',
  };
}

/**
 * Promotion and demotion first; then a move; else a new number. A sub-item
 * that went along with its moving item, or whose item was renumbered, keeps
 * its letter and has nothing of its own to report.
 */
function structureChange(
  from: FlatEntry,
  to: FlatEntry,
  moved: boolean,
  matching: AgendaMatching,
  movedOld: ReadonlySet<string>,
): AgendaChange[] {
  const refs = { from: entryRef(from), to: entryRef(to) };
  if (from.level === 'sub-item' && to.level === 'item')
    return [{ kind: 'entry-promoted', ...refs }];
  if (from.level === 'item' && to.level === 'sub-item') return [{ kind: 'entry-demoted', ...refs }];
  const parentId = from.parentId;
  const sameParent =
    parentId !== null && to.parentId !== null && matching.entries.get(to.parentId) === parentId;
  const followsItsItem = sameParent && (!moved || movedOld.has(parentId));
  if (moved && !followsItsItem) return [{ kind: 'entry-moved', ...refs }];
  if (from.reference === to.reference) return [];
  if (followsItsItem && from.label === to.label) return [];
  return [{ kind: 'entry-renumbered', ...refs }];
}

function wordingChanges(from: FlatEntry, to: FlatEntry): AgendaChange[] {
  const refs = { from: entryRef(from), to: entryRef(to) };
  const changes: AgendaChange[] = [];
  if (from.entry.title !== to.entry.title) {
    changes.push({
      kind: 'title-changed',
      ...refs,
      diff: diffWords(from.entry.title, to.entry.title),
    });
  }
  const ownHeading = from.entry.annotationHeading !== null || to.entry.annotationHeading !== null;
  const oldHeading = annotationHeading(from.entry);
  const newHeading = annotationHeading(to.entry);
  if (ownHeading && oldHeading !== newHeading) {
    changes.push({ kind: 'heading-changed', ...refs, diff: diffWords(oldHeading, newHeading) });
  }
  return changes;
}

interface OldParagraph {
  readonly ref: ParagraphRef;
  readonly paragraph: Paragraph;
}

function paragraphChanges(
  from: FlatEntry | null,
  to: FlatEntry,
  steps: readonly AlignmentStep[],
  matching: AgendaMatching,
  owners: ReadonlyMap<string, OldParagraph>,
): AgendaChange[] {
  const oldParagraphs = from?.entry.annotations ?? [];
  const newParagraphs = to.entry.annotations;
  const changes: AgendaChange[] = [];
  for (const step of steps) {
    switch (step.kind) {
      case 'same':
      case 'moved-to': {
        const paragraph = newParagraphs[step.newIndex];
        if (!paragraph) break;
        const oldId =
          step.oldIndex === null
            ? matching.paragraphs.get(paragraph.id)
            : oldParagraphs[step.oldIndex]?.id;
        const source = owners.get(oldId ?? '');
        if (!source) break;
        const newRef = paragraphRef(to, paragraph, step.newIndex);
        const diff = diffRuns(source.paragraph.runs, paragraph.runs);
        if (step.kind === 'moved-to') {
          const words = hasChanges(diff) ? diff : null;
          changes.push({ kind: 'paragraph-moved', from: source.ref, to: newRef, diff: words });
        } else if (hasChanges(diff)) {
          changes.push({ kind: 'paragraph-changed', from: source.ref, to: newRef, diff });
        }
        break;
      }
      case 'moved-from':
        break;
      case 'deleted': {
        const paragraph = oldParagraphs[step.oldIndex];
        if (from && paragraph) {
          const ref = paragraphRef(from, paragraph, step.oldIndex);
          changes.push({ kind: 'paragraph-removed', paragraph: ref });
        }
        break;
      }
      case 'inserted': {
        const paragraph = newParagraphs[step.newIndex];
        // The paragraphs of a new item come with it; only those added to an existing one are news.
        if (paragraph && from) {
          const ref = paragraphRef(to, paragraph, step.newIndex);
          changes.push({ kind: 'paragraph-added', paragraph: ref });
        }
        break;
      }
      default:
        assertNever(step);
    }
  }
  return changes;
}

function documentationChanges(
  from: FlatEntry,
  to: FlatEntry,
  matching: AgendaMatching,
  documents: {
    readonly old: ReadonlyMap<string, DocumentEntry>;
    readonly new: ReadonlyMap<string, DocumentEntry>;
  },
): AgendaChange[] {
  const oldIds = from.entry.documentIds;
  const newIds = to.entry.documentIds;
  const steps = alignDocumentIds(oldIds, newIds, matching);
  const swaps = pairReplacements(steps);
  const swapTargets = new Set(swaps.values());
  const entry = entryRef(to);
  const oldDocument = (index: number) => {
    const id = oldIds[index] ?? '';
    return documentRef(id, documents.old.get(id));
  };
  const newDocument = (index: number) => {
    const id = newIds[index] ?? '';
    return documentRef(id, documents.new.get(id));
  };
  const changes: AgendaChange[] = [];
  for (const step of steps) {
    switch (step.kind) {
      case 'deleted': {
        const target = swaps.get(step.oldIndex);
        changes.push(
          target === undefined
            ? { kind: 'document-detached', entry, document: oldDocument(step.oldIndex) }
            : {
                kind: 'document-swapped',
                entry,
                from: oldDocument(step.oldIndex),
                to: newDocument(target),
              },
        );
        break;
      }
      case 'inserted':
        if (!swapTargets.has(step.newIndex)) {
          changes.push({ kind: 'document-attached', entry, document: newDocument(step.newIndex) });
        }
        break;
      case 'moved-to':
        changes.push({
          kind: 'documentation-reordered',
          entry,
          document: newDocument(step.newIndex),
          fromIndex: step.oldIndex ?? -1,
          toIndex: step.newIndex,
        });
        break;
      case 'same':
      case 'moved-from':
        break;
      default:
        assertNever(step);
    }
  }
  return changes;
}

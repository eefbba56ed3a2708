import { describe, expect, it } from 'vitest';
import {
  type AgendaChange,
  agendaChange,
  applyAgendaChange,
  applyPreviewChange,
  previewChange,
} from '../../../../../renderer/features/preview/preview-changes';
import {
  ITEMS_PER_PART,
  type PreviewPart,
  renderPreviewDocument,
} from '../../../../../renderer/features/preview/preview-document';
import {
  insertItem,
  moveEntry,
  removeEntry,
  updateEntry,
} from '../../../../../shared/agenda/tree-edits';
import type { Agenda } from '../../../../../shared/model/agenda';
import { generateAgenda } from '../../../../bench/generate-agenda';
import { loadSeedAgenda } from '../../../shared/export/support/seed-document';

function itemId(agenda: Agenda, index: number): string {
  const item = agenda.items[index];
  if (!item) throw new Error(`the seed has an item ${index + 1}`);
  return item.id;
}

/** Types into the first paragraph of an item, as the editor changes it. */
function typed(agenda: Agenda, index: number, text: string): Agenda {
  const item = agenda.items[index];
  const [first, ...rest] = item?.annotations ?? [];
  if (!item || !first) throw new Error(`item ${index + 1} of the seed has a paragraph`);
  return updateEntry(agenda, item.id, {
    annotations: [{ ...first, runs: [{ text }] }, ...rest],
  });
}

/** What the worker holds after each agenda is posted, one after the other. */
function postAll(agendas: readonly Agenda[]): { changes: AgendaChange[]; held: Agenda[] } {
  const changes: AgendaChange[] = [];
  const held: Agenda[] = [];
  let sent: Agenda | null = null;
  let known: Agenda | null = null;
  for (const agenda of agendas) {
    const change = agendaChange(sent, agenda);
    sent = agenda;
    // Posting copies the message, as structured cloning does.
    known = applyAgendaChange(known, structuredClone(change));
    changes.push(change);
    held.push(known);
  }
  return { changes, held };
}

describe('what the page posts to the preview’s worker', () => {
  it('is the whole agenda the first time and for another agenda', () => {
    const seed = loadSeedAgenda();
    const other = { ...seed, id: 'another-agenda' };
    const { changes, held } = postAll([seed, other]);
    expect(changes.map((change) => change.kind)).toEqual(['whole', 'whole']);
    expect(held[1]).toEqual(other);
  });

  it('is only the item typed into, when typing', () => {
    const seed = loadSeedAgenda();
    const edited = typed(seed, 2, 'Typed.');
    const change = agendaChange(seed, edited);
    if (change.kind !== 'changes') throw new Error('a change of the same agenda');
    expect(change.fields).toEqual({});
    expect(change.items).toEqual(
      seed.items.map((_item, index) => (index === 2 ? edited.items[2] : index)),
    );
  });

  it('carries the other fields only when they changed, and an absent one as undefined', () => {
    const seed = { ...loadSeedAgenda(), unplaced: [] };
    const { unplaced: _dropped, ...without } = seed;
    const renamed = {
      ...without,
      meeting: { ...seed.meeting, title: 'Renamed' },
    };
    const change = agendaChange(seed, renamed);
    if (change.kind !== 'changes') throw new Error('a change of the same agenda');
    expect(change.fields).toEqual({ meeting: renamed.meeting, unplaced: undefined });
    expect(Object.keys(change.fields).sort()).toEqual(['meeting', 'unplaced']);
    expect(change.items.every((entry) => typeof entry === 'number')).toBe(true);
  });

  it('gives the worker the agenda through inserts, moves, removals and undo', () => {
    const seed = loadSeedAgenda();
    const [inserted] = insertItem(seed, 3, 'A new item');
    const moved = moveEntry(inserted, itemId(inserted, 0), 4);
    const removed = removeEntry(moved, itemId(moved, 6));
    const typedInto = typed(removed, 1, 'Typed.');
    const agendas = [seed, inserted, moved, removed, typedInto, removed, moved, seed];
    const { changes, held } = postAll(agendas);
    held.forEach((agenda, index) => expect(agenda).toEqual(agendas[index]));
    // Undoing back to the seed sends no item: each is one the worker had, by position.
    const undone = changes.at(-1);
    expect(
      undone?.kind === 'changes' && undone.items.some((entry) => typeof entry !== 'number'),
    ).toBe(false);
  });
});

describe('what the worker answers', () => {
  function answerAll(agendas: readonly Agenda[]): readonly PreviewPart[][] {
    let workerShown: readonly PreviewPart[] = [];
    let pageShown: readonly PreviewPart[] = [];
    return agendas.map((agenda) => {
      const document = renderPreviewDocument(agenda);
      const change = structuredClone(previewChange(workerShown, document));
      workerShown = document.parts;
      const rebuilt = applyPreviewChange(pageShown, change);
      expect(rebuilt).toEqual(document);
      pageShown = rebuilt.parts;
      return [...rebuilt.parts];
    });
  }

  it('is only the part typed into, and the page keeps its copy of the others', () => {
    const seed = loadSeedAgenda();
    const edited = typed(seed, 2, 'Typed.');
    const before = renderPreviewDocument(seed);
    const change = previewChange(before.parts, renderPreviewDocument(edited));
    expect(change.parts).toHaveLength(1);
    expect(change.parts[0]?.join('')).toContain('Typed.');
    expect(change.kept.start + change.kept.end).toBe(before.parts.length - 1);

    const [first, second] = answerAll([seed, edited]);
    const unchanged = second?.filter((part, index) => part === first?.[index]);
    expect(unchanged).toHaveLength(before.parts.length - 1);
  });

  it('rebuilds the rendering through inserts, removals and undo', () => {
    const seed = loadSeedAgenda();
    const [inserted] = insertItem(seed, 0, 'A new first item');
    const removed = removeEntry(seed, itemId(seed, 4));
    answerAll([seed, inserted, removed, seed, typed(seed, 2, ''), seed]);
  });
});

describe('the parts of the preview', () => {
  it('put the annotations of a run of items, each with its sub-items’, in one part', () => {
    const seed = loadSeedAgenda();
    const { parts } = renderPreviewDocument(seed);
    const first = parts[0]?.join('') ?? '';
    expect(first).toContain('class="masthead"');
    expect(first).toContain('class="document-title"');
    expect(parts[1]).toEqual([expect.stringContaining('class="agenda-list"')]);
    expect(parts[2]?.[0]).toContain('class="section-heading"');
    const withSubItems = seed.items.find((item) =>
      item.subItems.some((subItem) => subItem.annotations.length > 0),
    );
    const subItem = withSubItems?.subItems.find((entry) => entry.annotations.length > 0);
    const part = parts
      .slice(2)
      .find((blocks) => blocks.join('').includes(`data-item-id="${subItem?.id}"`));
    expect(part?.join('')).toContain(`class="item-heading" data-item-id="${withSubItems?.id}"`);
  });

  it('start a new part every so many items, and at each annex', () => {
    const agenda = generateAgenda(ITEMS_PER_PART * 2 + 1);
    const { parts } = renderPreviewDocument(agenda);
    const itemHeadings = parts.map(
      (part) => part.filter((html) => html.startsWith('<h3 class="item-heading"')).length,
    );
    expect(itemHeadings).toEqual([0, 0, ITEMS_PER_PART, ITEMS_PER_PART, 1, 0, 0]);
    expect(parts.slice(3, 5).map((part) => part[0])).toEqual([
      expect.stringContaining('<h3 class="item-heading"'),
      expect.stringContaining('<h3 class="item-heading"'),
    ]);
    expect(parts.slice(5).map((part) => part.length)).toEqual([1, 1]);
    expect(parts.slice(5).join('')).toContain('class="annex"');
  });
});

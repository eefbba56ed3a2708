// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEED, openSeedInStore } from '../../seed-in-store';
import { setParagraphRuns } from '../../../../../shared/agenda/annotation-edits';
import type { Paragraph } from '../../../../../shared/model/agenda';
import { agendaActions } from '../../../../../renderer/features/agenda/agenda-store';
import { AgendaTree } from '../../../../../renderer/features/agenda/agenda-tree';

/**
 * A keystroke in one paragraph of a long agenda must redraw that paragraph's
 * entry only: every other entry, and every documentation list, stays as it is.
 *
 * Stand-ins for the paragraph editor (memoised, as the real one is) and for
 * the "Attach a document" field, which each documentation list renders at each
 * of its renders, count the renders.
 */
const renders = vi.hoisted(() => ({
  paragraphs: new Map<string, number>(),
  lists: new Map<string, number>(),
}));
const count = (counts: Map<string, number>, id: string) =>
  counts.set(id, (counts.get(id) ?? 0) + 1);

vi.mock('../../../../../renderer/features/annotations/paragraph-editor', async () => {
  const { memo: memoised } = await import('react');
  return {
    ParagraphEditor: memoised(function ParagraphEditor({
      paragraph,
    }: {
      readonly paragraph: Paragraph;
    }) {
      count(renders.paragraphs, paragraph.id);
      return null;
    }),
  };
});
vi.mock('../../../../../renderer/features/documents/attach-document', () => ({
  AttachDocument: ({ itemId }: { readonly itemId: string }) => {
    count(renders.lists, itemId);
    return null;
  },
}));

beforeEach(async () => {
  await openSeedInStore();
});

afterEach(async () => {
  cleanup();
  await agendaActions.close();
});

describe('AgendaTree', () => {
  it('redraws only the paragraph typed in', () => {
    const item = SEED.items.find((candidate) => candidate.annotations.length > 0);
    const paragraph = item?.annotations[0];
    if (!item || !paragraph) throw new Error('the seed has an annotated item');
    render(<AgendaTree />);
    const entries = [...SEED.items, ...SEED.items.flatMap((each) => each.subItems)];
    expect(renders.lists.size).toBe(entries.length);
    renders.paragraphs.clear();
    renders.lists.clear();

    act(() =>
      agendaActions.edit((agenda) =>
        setParagraphRuns(agenda, item.id, paragraph.id, [{ text: 'Typed.' }]),
      ),
    );

    expect(renders.paragraphs).toEqual(new Map([[paragraph.id, 1]]));
    // No documentation list redraws, not even the typed entry's own.
    expect(renders.lists).toEqual(new Map());
  });
});

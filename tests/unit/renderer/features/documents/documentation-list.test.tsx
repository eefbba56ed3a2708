// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEED, openSeedInStore } from '../../seed-in-store';
import { updateEntry } from '../../../../../shared/agenda/tree-edits';
import { updateDocument } from '../../../../../shared/documents/registry';
import type { Agenda } from '../../../../../shared/model/agenda';
import { agendaActions, useOpenAgenda } from '../../../../../renderer/features/agenda/agenda-store';
import { DocumentationList } from '../../../../../renderer/features/documents/documentation-list';

/**
 * A documentation list renders once per item and sub-item: typing anywhere
 * else in the agenda must not redraw it, and correcting one of its documents
 * must.
 */

/**
 * Each list renders its "Attach a document" field at each of its renders: a
 * stand-in for the field counts them, per item.
 */
const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('../../../../../renderer/features/documents/attach-document', () => ({
  AttachDocument: ({ itemId }: { readonly itemId: string }) => {
    renders.set(itemId, (renders.get(itemId) ?? 0) + 1);
    return null;
  },
}));

function edit(change: (agenda: Agenda) => Agenda): void {
  act(() => agendaActions.edit(change));
}

beforeEach(async () => {
  await openSeedInStore();
  expect(agendaActions.current()?.id).toBe(SEED.id);
});

afterEach(async () => {
  cleanup();
  await agendaActions.close();
});

/** Two lists fed the registry as the agenda tree feeds them: selected once, above them. */
function TwoLists() {
  const registry = useOpenAgenda((agenda) => agenda.documents) ?? [];
  return (
    <>
      <DocumentationList
        itemId="item-2"
        documentIds={ITEM_2_DOCUMENTS}
        reference="item 2"
        registry={registry}
      />
      <DocumentationList
        itemId="item-3"
        documentIds={ITEM_3_DOCUMENTS}
        reference="item 3"
        registry={registry}
      />
    </>
  );
}

const ITEM_2_DOCUMENTS = ['doc-2012-9', 'doc-2012-10'];
const ITEM_3_DOCUMENTS = ['doc-wg2-2012-2'];

describe('DocumentationList', () => {
  it('redraws for its own documents only', () => {
    renders.clear();
    render(<TwoLists />);
    expect(renders).toEqual(
      new Map([
        ['item-2', 1],
        ['item-3', 1],
      ]),
    );
    expect(screen.getByRole('list', { name: 'Documentation of item 2' }).textContent).toContain(
      '(CTOC/COP/2012/10)',
    );

    // Typing a title or a heading elsewhere, even in item 2 itself, leaves both lists alone.
    edit((agenda) => updateEntry(agenda, 'item-3', { title: 'Development of national plans' }));
    edit((agenda) => updateEntry(agenda, 'item-2', { annotationHeading: 'Follow-up' }));
    expect(renders).toEqual(
      new Map([
        ['item-2', 1],
        ['item-3', 1],
      ]),
    );

    // Correcting the title of CTOC/COP/2012/10 redraws the list that cites it, and only that one.
    edit((agenda) => {
      const result = updateDocument(agenda, 'doc-2012-10', { title: 'Corrected title' });
      return result.ok ? result.agenda : agenda;
    });
    expect(renders).toEqual(
      new Map([
        ['item-2', 2],
        ['item-3', 1],
      ]),
    );
    expect(screen.getByRole('list', { name: 'Documentation of item 2' }).textContent).toContain(
      'Corrected title (CTOC/COP/2012/10)',
    );
  });
});

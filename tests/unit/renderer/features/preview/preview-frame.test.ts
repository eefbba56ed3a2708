// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { editedPartOf } from '../../../../../renderer/features/preview/edited-part';
import {
  ITEMS_PER_PART,
  renderPreviewDocument,
} from '../../../../../renderer/features/preview/preview-document';
import {
  PREVIEW_SKELETON,
  PreviewFrame,
} from '../../../../../renderer/features/preview/preview-frame';
import { insertItem, moveEntry, removeEntry } from '../../../../../shared/agenda/tree-edits';
import { renderDocumentBlocks } from '../../../../../shared/export/document-blocks';
import { renderHtml } from '../../../../../shared/export/render-html';
import { generateAgenda } from '../../../../bench/generate-agenda';
import { loadSeedAgenda, seedAgendaWith } from '../../../shared/export/support/seed-document';

/** jsdom has neither constructed style sheets nor CSS.escape; the preview needs only these. */
class FakeStyleSheet {
  text = '';
  replaceSync(text: string): void {
    this.text = text;
  }
}

beforeAll(() => {
  vi.stubGlobal('CSS', { escape: (value: string) => value.replace(/["\\]/g, '\\$&') });
});

function previewFrame() {
  const page = new DOMParser().parseFromString(PREVIEW_SKELETON, 'text/html');
  const view = { CSSStyleSheet: FakeStyleSheet, innerHeight: 800, scrollY: 0, scrollTo: vi.fn() };
  Object.defineProperty(page, 'defaultView', { value: view });
  Object.defineProperty(page, 'adoptedStyleSheets', { value: [], writable: true });
  const frame = new PreviewFrame({ contentDocument: page } as unknown as HTMLIFrameElement);
  const paper = page.querySelector('main.un-document');
  if (!paper) throw new Error('the skeleton has its page');
  return { frame, page, paper, view };
}

describe('the preview', () => {
  it('renders what the HTML export renders, block by block', () => {
    const agenda = loadSeedAgenda();
    const preview = renderPreviewDocument(agenda);
    expect(renderHtml(renderDocumentBlocks(agenda))).toContain(preview.parts.flat().join('\n'));
    expect(preview.language).toBe('en');
  });

  it('replaces only the blocks an edit changed, and keeps the others as they are', () => {
    const { frame, page, paper } = previewFrame();
    expect(frame.apply(renderPreviewDocument(loadSeedAgenda()))).toBe(true);
    expect(paper.querySelector('h1.document-title')?.textContent).toBe(
      'Provisional agenda and annotations',
    );
    const adopted = (page as unknown as { adoptedStyleSheets: FakeStyleSheet[] })
      .adoptedStyleSheets;
    expect(adopted[0]?.text).toContain('.un-document');
    const masthead = paper.querySelector('header.masthead');
    const paragraphs = [...paper.querySelectorAll('p.annotation')];

    const edited = seedAgendaWith((agenda) => {
      const paragraph = agenda.items[2]?.annotations[0];
      if (paragraph) paragraph.runs = [{ text: 'A new first paragraph of item 3.' }];
    });
    frame.apply(renderPreviewDocument(edited));
    const after = [...paper.querySelectorAll('p.annotation')];
    expect(after.map((p) => p.textContent)).toContain('A new first paragraph of item 3.');
    expect(paper.querySelector('header.masthead')).toBe(masthead);
    const changed = after.filter((paragraph, index) => paragraph !== paragraphs[index]);
    expect(changed.map((p) => p.textContent)).toEqual(['A new first paragraph of item 3.']);
  });

  it('follows items added and removed in the middle', () => {
    const { frame, paper } = previewFrame();
    frame.apply(renderPreviewDocument(loadSeedAgenda()));
    const fewer = seedAgendaWith((agenda) => {
      agenda.items.splice(3, 2);
    });
    frame.apply(renderPreviewDocument(fewer));
    expect(paper.querySelectorAll('.agenda-list > li')).toHaveLength(6);
    frame.apply(renderPreviewDocument(loadSeedAgenda()));
    const fresh = previewFrame();
    fresh.frame.apply(renderPreviewDocument(loadSeedAgenda()));
    expect(paper.innerHTML).toBe(fresh.paper.innerHTML);
  });

  it('puts each part of the document in a container of its own, and patches inside it', () => {
    const { frame, paper } = previewFrame();
    const agenda = loadSeedAgenda();
    const preview = renderPreviewDocument(agenda);
    frame.apply(preview);
    const containers = [...paper.children];
    expect(containers).toHaveLength(preview.parts.length);
    expect(containers.every((part) => part.className === 'agendum-preview-part')).toBe(true);
    const item3 = agenda.items[2]?.id ?? '';
    const heading = paper.querySelector(`h3.item-heading[data-item-id="${item3}"]`);
    const container = heading?.parentElement;
    expect(container?.parentElement).toBe(paper);
    expect(container?.querySelectorAll(`p.annotation[data-item-id="${item3}"]`).length).toBe(
      agenda.items[2]?.annotations.length,
    );

    const edited = seedAgendaWith((draft) => {
      const paragraph = draft.items[2]?.annotations[1];
      if (paragraph) paragraph.runs = [{ text: 'Typed into item 3.' }];
    });
    frame.apply(renderPreviewDocument(edited));
    expect([...paper.children]).toEqual(containers);
    expect(paper.querySelector(`h3.item-heading[data-item-id="${item3}"]`)).toBe(heading);
    expect(
      container?.querySelectorAll(`p.annotation[data-item-id="${item3}"]`)[1]?.textContent,
    ).toBe('Typed into item 3.');
  });

  it('patches a page of many parts into what a fresh render shows, edit after edit', () => {
    const generated = generateAgenda(ITEMS_PER_PART * 3);
    const ids = generated.items.map((item) => item.id);
    const [inserted] = insertItem(generated, 1, 'A new second item');
    const fewer = ids.slice(5, 40).reduce((agenda, id) => removeEntry(agenda, id), generated);
    const moved = moveEntry(fewer, ids[0] ?? '', 3);
    const { frame, paper } = previewFrame();
    for (const agenda of [generated, inserted, fewer, moved, inserted, generated]) {
      frame.apply(renderPreviewDocument(agenda));
      const fresh = previewFrame();
      fresh.frame.apply(renderPreviewDocument(agenda));
      expect(paper.children.length).toBe(fresh.paper.children.length);
      expect(paper.innerHTML).toBe(fresh.paper.innerHTML);
    }
  });

  it('marks and scrolls to the part being edited', () => {
    const { frame, paper, view } = previewFrame();
    const agenda = loadSeedAgenda();
    frame.apply(renderPreviewDocument(agenda));
    const item3 = agenda.items[2]?.id ?? '';
    frame.follow({ kind: 'item', itemId: item3, place: { paragraph: 1 } }, false);
    const marked = paper.querySelectorAll('.agendum-preview-current');
    expect(marked).toHaveLength(1);
    expect(marked[0]).toBe(paper.querySelectorAll(`p.annotation[data-item-id="${item3}"]`)[1]);
    expect(view.scrollTo).toHaveBeenCalled();

    frame.follow({ kind: 'item', itemId: item3, place: 'title' }, false);
    expect(paper.querySelector('.agendum-preview-current')?.closest('.agenda-list')).not.toBeNull();
    frame.follow({ kind: 'header' }, false);
    expect(paper.querySelector('.agendum-preview-current')?.tagName).toBe('HEADER');
  });

  it('says when the frame has not loaded its page yet', () => {
    const frame = new PreviewFrame({ contentDocument: null } as unknown as HTMLIFrameElement);
    expect(frame.apply(renderPreviewDocument(loadSeedAgenda()))).toBe(false);
  });
});

describe('the part of the editor being edited', () => {
  document.body.innerHTML = `
    <section class="header-form"><input id="symbol"></section>
    <article class="item-card">
      <div class="entry entry--item">
        <div class="entry__line"><textarea id="title-item-2"></textarea></div>
        <div class="entry__body">
          <div class="paragraph"><div class="paragraph__text" id="paragraph-a" tabindex="0"></div></div>
          <div class="paragraph"><div class="paragraph__text" id="paragraph-b" tabindex="0"></div></div>
          <input id="attach">
        </div>
      </div>
      <ol><li><div class="entry entry--sub-item">
        <div class="entry__line"><textarea id="title-sub-1"></textarea></div>
        <div class="entry__body"><div class="paragraph"><div class="paragraph__text" id="paragraph-c"></div></div></div>
      </div></li></ol>
    </article>
    <button id="elsewhere"></button>`;
  const byId = (id: string) => document.getElementById(id);

  it('is read from the editor’s markup', () => {
    expect(editedPartOf(byId('title-item-2'))).toEqual({
      kind: 'item',
      itemId: 'item-2',
      place: 'title',
    });
    expect(editedPartOf(byId('paragraph-b'))).toEqual({
      kind: 'item',
      itemId: 'item-2',
      place: { paragraph: 1 },
    });
    expect(editedPartOf(byId('paragraph-c'))).toEqual({
      kind: 'item',
      itemId: 'sub-1',
      place: { paragraph: 0 },
    });
    expect(editedPartOf(byId('attach'))).toEqual({ kind: 'item', itemId: 'item-2', place: 'body' });
    expect(editedPartOf(byId('symbol'))).toEqual({ kind: 'header' });
    expect(editedPartOf(byId('elsewhere'))).toBeNull();
  });
});

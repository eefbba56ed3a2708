import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocumentBlocks } from '../../../../shared/export/document-blocks';
import { packDocx, renderDocx } from '../../../../shared/export/render-docx';
import { renderHtml } from '../../../../shared/export/render-html';
import { renderMarkdown } from '../../../../shared/export/render-markdown';
import { renderText } from '../../../../shared/export/render-text';
import type { Agenda } from '../../../../shared/model/agenda';
import { reviseIssuance } from '../../../../shared/revisions/revised-issuance';
import { SOFFICE, convertDocxWithLibreOffice, readPdfPages } from './support/pdf-words';
import { loadSeedAgenda, seedAgendaWith } from './support/seed-document';

const NOTE = 'Reissued for technical reasons on 5 August 2012.';

const reissue = (): Agenda =>
  reviseIssuance(loadSeedAgenda(), 'reissue', { issueDate: '2012-08-05' }).agenda;
const corrigendum = (): Agenda =>
  reviseIssuance(loadSeedAgenda(), 'corrigendum', { issueDate: '2012-08-14' }).agenda;

/** The parts of a .docx: the body and the footer Word shows on page 1. */
async function docxParts(agenda: Agenda): Promise<{ body: string; firstFooter: string }> {
  const zip = await JSZip.loadAsync(await packDocx(renderDocx(renderDocumentBlocks(agenda))));
  const read = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const body = await read('word/document.xml');
  const relations = await read('word/_rels/document.xml.rels');
  const firstId = /<w:footerReference w:type="first" r:id="([^"]+)"/u.exec(body)?.[1];
  const target = new RegExp(`Id="${firstId}"[^>]*Target="([^"]+)"`, 'u').exec(relations)?.[1];
  return { body, firstFooter: target === undefined ? '' : await read(`word/${target}`) };
}

describe('a reissue for technical reasons', () => {
  it('prints its note after the symbol’s asterisk, in the masthead of every format', () => {
    const document = renderDocumentBlocks(reissue());
    const masthead = document.blocks[0];
    expect(masthead).toMatchObject({
      kind: 'masthead',
      symbol: 'CTOC/COP/WG.2/2012/1*',
      note: `* ${NOTE}`,
    });
    expect(renderHtml(document)).toContain(`<p class="issuance-note">* ${NOTE}</p>`);
    // The asterisk is escaped, or Markdown would start a list.
    expect(renderMarkdown(document)).toContain(`\\* ${NOTE}\n\n---`);
    expect(renderText(document).split('\n')).toContain(`* ${NOTE}`);
  });

  it('puts the note in Word’s first-page footer, and nowhere in the body', async () => {
    const { body, firstFooter } = await docxParts(reissue());
    expect(firstFooter).toContain(`* ${NOTE}`);
    expect(firstFooter).toContain('w:val="IssuanceNote"');
    expect(body).not.toContain(NOTE);
  });

  it('prints nothing when the note is cleared or blank', () => {
    const blank = { ...reissue() };
    blank.header = { ...blank.header, issuanceNote: '  ' };
    expect(renderDocumentBlocks(blank).blocks[0]).toMatchObject({ note: null });
    expect(renderHtml(renderDocumentBlocks(blank))).not.toContain('class="issuance-note"');
  });

  it('prints a note of the user’s own wording as is when the symbol has no mark', () => {
    const agenda = seedAgendaWith((draft) => {
      draft.header.issuanceNote = 'Reissued to correct the dates of the meeting.';
    });
    expect(renderDocumentBlocks(agenda).blocks[0]).toMatchObject({
      note: 'Reissued to correct the dates of the meeting.',
    });
  });
});

describe('a corrigendum and an addendum', () => {
  it('say so under the document title, as the symbol says', async () => {
    const document = renderDocumentBlocks(corrigendum());
    expect(document.blocks[1]).toMatchObject({ kind: 'title', issuance: 'Corrigendum' });
    expect(renderHtml(document)).toContain(
      '<h1 class="document-title">Provisional agenda and annotations</h1>\n<p class="issuance">Corrigendum</p>',
    );
    expect(renderMarkdown(document)).toContain(
      '### Provisional agenda and annotations\n\n**Corrigendum**',
    );
    const { body } = await docxParts(corrigendum());
    expect(body).toMatch(/w:val="IssuanceSubtitle"\/>.*?<w:t[^>]*>Corrigendum<\/w:t>/su);

    const addendum = reviseIssuance(loadSeedAgenda(), 'addendum').agenda;
    expect(renderDocumentBlocks(addendum).blocks[1]).toMatchObject({ issuance: 'Addendum' });
  });

  it('carry no reissue note, and the original carries no subtitle', () => {
    expect(corrigendum().header.issuanceNote).toBeNull();
    const document = renderDocumentBlocks(loadSeedAgenda());
    expect(document.blocks[1]).toMatchObject({ issuance: null });
    expect(renderText(document)).not.toContain('Corrigendum');
  });
});

describe.skipIf(!existsSync(SOFFICE))('the reissue in LibreOffice', () => {
  const folder = mkdtempSync(join(tmpdir(), 'agendum-issuance-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('shows the note at the foot of page 1 only', async () => {
    const docx = join(folder, 'reissue.docx');
    writeFileSync(docx, await packDocx(renderDocx(renderDocumentBlocks(reissue()))));
    const pages = readPdfPages(await convertDocxWithLibreOffice(docx));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]?.furniture.join(' ')).toContain(`* ${NOTE}`);
    expect(pages.slice(1).some((page) => page.furniture.join(' ').includes('Reissued'))).toBe(
      false,
    );
  }, 120_000);
});

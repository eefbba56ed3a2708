import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocumentBlocks } from '../../../../shared/export/document-blocks';
import { packDocx, renderDocx } from '../../../../shared/export/render-docx';
import {
  loadSeedAgenda,
  loadSeedMarkdown,
  seedAgendaWith,
  seedAgendaWithLongAnnex,
} from './support/seed-document';
import {
  PDFTOTEXT,
  SOFFICE,
  convertDocxWithLibreOffice,
  pdfBodyWords,
  itLaysOutUnPages,
  readPdfPages,
  type PdfPage,
} from './support/pdf-words';
import {
  firstWordDifference,
  seedWords,
  withoutMastheadWords,
  wordsOf,
} from './support/visible-text';

const SYMBOL = 'CTOC/COP/WG.2/2012/1';
const expectedWords = seedWords(loadSeedMarkdown());

async function seedDocx(paperSize: 'A4' | 'Letter' = 'A4'): Promise<Uint8Array> {
  return packDocx(renderDocx(renderDocumentBlocks(loadSeedAgenda()), { paperSize }));
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

interface MammothElement {
  readonly type: string;
  readonly styleName?: string | null;
  readonly children?: readonly MammothElement[];
}

/** The style names of the paragraphs and tables, as Word shows them, by walking mammoth's document tree. */
async function styleNamesUsed(docx: Uint8Array): Promise<{ paragraph: string[]; table: string[] }> {
  const found = { paragraph: new Set<string>(), table: new Set<string>() };
  const visit = (element: MammothElement): void => {
    if ((element.type === 'paragraph' || element.type === 'table') && element.styleName) {
      found[element.type].add(element.styleName);
    }
    element.children?.forEach(visit);
  };
  await mammoth.convertToHtml(
    { buffer: toBuffer(docx) },
    {
      transformDocument: (document: MammothElement) => {
        visit(document);
        return document;
      },
    },
  );
  return { paragraph: [...found.paragraph], table: [...found.table] };
}

/** The seed with its documents listed in an annex, and `extra` documents that no item cites. */
function seedWithDocumentsListed(extra = 0) {
  return seedAgendaWith((agenda) => {
    agenda.settings.documentsAnnex = true;
    for (let number = 1; number <= extra; number++) {
      agenda.documents.push({
        id: `doc-crp-${number}`,
        symbols: [`CTOC/COP/WG.2/2012/CRP.${number}`],
        title: `Conference room paper ${number} on the technical assistance provided to States`,
        kind: null,
      });
    }
  });
}

describe('DOCX export of the seed agenda, read back by mammoth', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await seedDocx();
  });

  it('is a zip package', () => {
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('has the same words in the same order as the seed', async () => {
    const { value } = await mammoth.extractRawText({ buffer: toBuffer(bytes) });
    const words = withoutMastheadWords(wordsOf(value), SYMBOL);
    expect(firstWordDifference(expectedWords, words)).toBeNull();
  });

  it('uses Word heading styles, list paragraphs and a table with a header row', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: toBuffer(bytes) });
    expect(html).toContain('<h1>Annotations</h1>');
    expect(html).toContain('<h1>Annex</h1>');
    expect(html).toContain('<h2>1.\tOrganizational matters</h2>');
    expect(html).toContain('<h3>(a)\tOpening of the meeting</h3>');
    expect(html).toContain('<h3>Documentation</h3>');
    expect(html).toMatch(
      /<thead><tr><th><p>Date and time<\/p><\/th><th><p>Agenda item<\/p><\/th><th><p>Title or description<\/p><\/th><\/tr><\/thead>/,
    );
  });

  it('names its own styles so that editors find them in Word', async () => {
    const styles = await styleNamesUsed(bytes);
    expect(styles.paragraph).toEqual(
      expect.arrayContaining([
        'Single Txt',
        'Agenda Item',
        'Agenda Sub-item',
        'Documentation Entry',
        'Masthead Band',
        'Masthead Body',
        'Title',
        'Heading 1',
        'Heading 2',
        'Heading 3',
      ]),
    );
    expect(styles.table).toContain('Organization of Work');
  });

  it('lists the documents in a second annex, a Word table with a header row', async () => {
    const docx = await packDocx(renderDocx(renderDocumentBlocks(seedWithDocumentsListed())));
    const { value: html } = await mammoth.convertToHtml({ buffer: toBuffer(docx) });
    expect(html).toContain('<h1>Annex I</h1><p>Proposed organization of work</p>');
    expect(html).toContain(
      '<h1>Annex II</h1><p>List of documents</p><table><thead><tr><th><p>Document symbol</p></th><th><p>Agenda item</p></th><th><p>Title or description</p></th></tr></thead>',
    );
    expect(html).toContain('<tr><td><p>CTOC/COP/2012/10</p></td><td><p>2, 4, 5</p></td><td><p>');
  });

  it('keeps italic and bold, and writes no emphasis that is off', async () => {
    const agenda = seedAgendaWith((draft) => {
      const paragraph = draft.items[2]?.annotations[0];
      if (paragraph) {
        paragraph.runs = [
          { text: 'See ' },
          { text: 'the report', italic: true },
          { text: ' and ' },
          { text: 'the note', bold: true },
        ];
      }
    });
    const docx = await packDocx(renderDocx(renderDocumentBlocks(agenda)));
    const { value: html } = await mammoth.convertToHtml({ buffer: toBuffer(docx) });
    expect(html).toContain('See <em>the report</em> and <strong>the note</strong>');
    const xml =
      (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
    // An explicit "off" would be four elements more in each of thousands of runs.
    expect(xml).not.toMatch(/<w:(b|i)(Cs)? w:val="false"\/>/);
  });

  it('writes what the user typed as text, never as markup', async () => {
    const agenda = seedAgendaWith((draft) => {
      draft.meeting.title = 'Group <w:t>&amp; "friends"</w:t>';
    });
    const docx = await packDocx(renderDocx(renderDocumentBlocks(agenda)));
    const { value } = await mammoth.extractRawText({ buffer: toBuffer(docx) });
    expect(value).toContain('Group <w:t>&amp; "friends"</w:t>');
  });
});

const toolsInstalled = existsSync(SOFFICE) && existsSync(PDFTOTEXT);

describe.skipIf(!toolsInstalled)(
  'DOCX export converted by LibreOffice (needs soffice and pdftotext)',
  () => {
    let pages: PdfPage[];
    let letterPages: PdfPage[];
    let longAnnexPages: PdfPage[];
    let documentsPages: PdfPage[];
    let folder = '';
    afterAll(() => {
      if (folder !== '') rmSync(folder, { recursive: true, force: true });
    });
    beforeAll(async () => {
      folder = mkdtempSync(join(tmpdir(), 'agendum-docx-'));
      const a4 = join(folder, 'CTOC_COP_WG.2_2012_1_E.docx');
      const letter = join(folder, 'letter.docx');
      writeFileSync(a4, await seedDocx('A4'));
      writeFileSync(letter, await seedDocx('Letter'));
      pages = readPdfPages(await convertDocxWithLibreOffice(a4));
      letterPages = readPdfPages(await convertDocxWithLibreOffice(letter));
      const longAnnex = join(folder, 'long-annex.docx');
      writeFileSync(
        longAnnex,
        await packDocx(renderDocx(renderDocumentBlocks(seedAgendaWithLongAnnex()))),
      );
      longAnnexPages = readPdfPages(await convertDocxWithLibreOffice(longAnnex));
      const documents = join(folder, 'documents.docx');
      writeFileSync(
        documents,
        await packDocx(renderDocx(renderDocumentBlocks(seedWithDocumentsListed(40)))),
      );
      documentsPages = readPdfPages(await convertDocxWithLibreOffice(documents));
    }, 240_000);

    it('opens and gives the same words in the same order as the seed', () => {
      expect(
        firstWordDifference(expectedWords, withoutMastheadWords(pdfBodyWords(pages), SYMBOL)),
      ).toBeNull();
    });

    it('prints on A4, or on US Letter when asked', () => {
      expect(pages[0]?.width).toBeCloseTo(595.3, 0);
      expect(pages[0]?.height).toBeCloseTo(841.9, 0);
      expect(letterPages[0]?.width).toBeCloseTo(612, 0);
      expect(letterPages[0]?.height).toBeCloseTo(792, 0);
      expect(
        firstWordDifference(expectedWords, withoutMastheadWords(pdfBodyWords(letterPages), SYMBOL)),
      ).toBeNull();
    });

    itLaysOutUnPages(() => ({ pages, longAnnexPages }), SYMBOL);

    it('starts the list of documents on a page of its own and repeats its header row', () => {
      const first = documentsPages.findIndex(
        (page) => page.body.slice(0, 2).join(' ') === 'Annex II',
      );
      const header = 'Document symbol Agenda item Title or description';
      const listPages = documentsPages.slice(first);
      expect(listPages.length).toBeGreaterThan(1);
      expect(listPages[0]?.body.slice(0, 5).join(' ')).toBe('Annex II List of documents');
      expect(listPages[0]?.body.slice(5, 12).join(' ')).toBe(header);
      expect(listPages[0]?.body.slice(12, 15).join(' ')).toBe('CTOC/COP/2012/9 2 Report');
      for (const page of listPages.slice(1)) {
        expect(page.body.slice(0, 7).join(' ')).toBe(header);
      }
      const words = listPages.flatMap((page) => page.body).join(' ');
      expect(words).toContain('CTOC/COP/2012/10 2, 4, 5 Report of the Secretariat');
      expect(words).toContain('CTOC/COP/WG.2/2012/CRP.40 Conference room paper 40');
    });
  },
);

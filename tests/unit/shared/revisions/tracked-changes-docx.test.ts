import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocumentBlocks } from '../../../../shared/export/document-blocks';
import { packDocx, renderDocx } from '../../../../shared/export/render-docx';
import type { Agenda } from '../../../../shared/model/agenda';
import { compareAgendas } from '../../../../shared/revisions/agenda-diff';
import { comparisonDocument } from '../../../../shared/revisions/comparison-document';
import { renderTrackedChangesDocx } from '../../../../shared/revisions/tracked-changes-docx';
import {
  PDFTOTEXT,
  SOFFICE,
  convertDocxWithLibreOffice,
  pdfBodyWords,
  readPdfPages,
} from '../export/support/pdf-words';
import { firstWordDifference, wordsOf } from '../export/support/visible-text';
import { comments, libreOfficeReviewedText, trackedChanges } from './support/flat-odt';
import {
  ADDED_DOCUMENT,
  documentAdded,
  documentsListed,
  manyChanges,
  renumberingMove,
  revisionCases,
  rewrittenParagraph,
  seed,
} from './revision-cases';
import {
  documentXml,
  reviewedText,
  revisionAuthors,
  revisionCounts,
} from './support/docx-revisions';

const AUTHOR = 'Conference Secretariat';
const DATE = new Date('2012-08-14T09:30:00.000Z');

async function trackedDocx(before: Agenda, after: Agenda): Promise<Uint8Array> {
  const document = comparisonDocument(compareAgendas(before, after));
  return packDocx(renderTrackedChangesDocx(document, { author: AUTHOR, date: DATE }));
}

/** The words of an agenda's normal Word export: what accepting or rejecting must give. */
async function exportedWords(agenda: Agenda): Promise<string[]> {
  const bytes = await packDocx(renderDocx(renderDocumentBlocks(agenda)));
  return wordsOf(reviewedText(await documentXml(bytes), 'accept'));
}

describe('the comparison as Word tracked changes', () => {
  for (const { name, before, after } of revisionCases()) {
    it(`gives the new text on "Accept all" and the old on "Reject all": ${name}`, async () => {
      const xml = await documentXml(await trackedDocx(before, after));
      const accepted = wordsOf(reviewedText(xml, 'accept'));
      const rejected = wordsOf(reviewedText(xml, 'reject'));
      expect(firstWordDifference(await exportedWords(after), accepted)).toBeNull();
      expect(firstWordDifference(await exportedWords(before), rejected)).toBeNull();
      const { insertions, deletions } = revisionCounts(xml);
      expect(insertions + deletions).toBeGreaterThan(0);
    });
  }

  it('has no revision at all when nothing changed', async () => {
    const xml = await documentXml(await trackedDocx(seed(), seed()));
    expect(revisionCounts(xml)).toEqual({ insertions: 0, deletions: 0 });
    expect(
      firstWordDifference(await exportedWords(seed()), wordsOf(reviewedText(xml, 'accept'))),
    ).toBeNull();
  });

  it('marks exactly the words rewritten, by the named author at the given time', async () => {
    const xml = await documentXml(await trackedDocx(seed(), rewrittenParagraph()));
    expect(revisionAuthors(xml)).toEqual([AUTHOR]);
    expect(xml).toContain('w:date="2012-08-14T09:30:00Z"');
    const deleted = [...xml.matchAll(/<w:delText[^>]*>([^<]*)<\/w:delText>/g)].map((m) => m[1]);
    const inserted = [
      ...xml.matchAll(/<w:ins [^>]*><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t[^>]*>([^<]*)<\/w:t>/g),
    ].map((m) => m[1]);
    expect(deleted).toEqual(['potential benefits']);
    expect(inserted).toEqual(['possible advantages', ', and in relation to cybercrime']);
  });

  it('numbers every revision once, as Word requires', async () => {
    const xml = await documentXml(await trackedDocx(seed(), manyChanges()));
    const ids = [...xml.matchAll(/<w:(?:ins|del|pPrChange) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows a renumbered item as its old number deleted and the new one inserted', async () => {
    const xml = await documentXml(await trackedDocx(seed(), manyChanges()));
    // Item 8, "Other matters", is now 9 (one sub-item was promoted).
    expect(xml).toMatch(
      /<w:del [^>]*><w:r><w:delText xml:space="preserve">8\.<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r><w:t xml:space="preserve">9\.<\/w:t><\/w:r><\/w:ins><w:r><w:t xml:space="preserve">\t<\/w:t><\/w:r><w:r><w:t xml:space="preserve">Other matters\.<\/w:t>/,
    );
  });

  it('comments on a moved item where it was and where it is, for the Review pane', async () => {
    const bytes = await trackedDocx(seed(), renumberingMove());
    const zip = await JSZip.loadAsync(bytes);
    const commentsXml = (await zip.file('word/comments.xml')?.async('string')) ?? '';
    const notes = [
      ...commentsXml.matchAll(
        /<w:comment [^>]*w:author="([^"]*)"[^>]*>.*?<w:t[^>]*>([^<]*)<\/w:t>/g,
      ),
    ];
    expect(notes.map(([, author, text]) => [author, text])).toEqual([
      [AUTHOR, 'Moved to item 5'],
      [AUTHOR, 'Moved from item 3'],
      [AUTHOR, 'Moved to item 5'],
      [AUTHOR, 'Moved from item 3'],
    ]);
    const xml = await documentXml(bytes);
    expect(xml.match(/<w:commentRangeStart /g)).toHaveLength(4);
    expect(xml.match(/<w:commentReference /g)).toHaveLength(4);
  });

  it('inserts the row of a document added to the list of documents as a tracked row', async () => {
    const xml = await documentXml(await trackedDocx(documentsListed(), documentAdded()));
    const rows = xml.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    const added = rows.filter((row) => row.includes(ADDED_DOCUMENT.symbols[0]!));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/<w:trPr>.*<w:ins w:id="\d+" w:author="Conference Secretariat"/);
    expect(wordsOf(reviewedText(xml, 'accept')).join(' ')).toContain(
      `CTOC/COP/WG.2/2012/CRP.1 1 (b) ${ADDED_DOCUMENT.title}`,
    );
    expect(reviewedText(xml, 'reject')).not.toContain('CRP.1');
  });

  it("records the promoted sub-item's change of style as a formatting revision", async () => {
    const xml = await documentXml(await trackedDocx(seed(), manyChanges()));
    expect(xml).toMatch(
      /<w:pStyle w:val="AgendaItem"\/>.*?<w:pPrChange [^>]*><w:pPr><w:pStyle w:val="AgendaSubItem"\/>/,
    );
  });
});

const toolsInstalled = existsSync(SOFFICE) && existsSync(PDFTOTEXT);

/** LibreOffice's own reading of the file, as flat ODF: its list of tracked changes. */
async function convertToFlatOdt(docxPath: string): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'agendum-lo-profile-'));
  await new Promise<void>((resolve) => {
    execFile(
      SOFFICE,
      [
        '--headless',
        '--convert-to',
        'fodt',
        '--outdir',
        dirname(docxPath),
        `-env:UserInstallation=file://${profile}`,
        docxPath,
      ],
      { timeout: 120_000 },
      () => resolve(),
    );
  });
  rmSync(profile, { recursive: true, force: true });
  const path = docxPath.replace(/\.docx$/, '.fodt');
  // LibreOffice's exit status says nothing; the file being there does.
  if (!existsSync(path)) throw new Error(`LibreOffice did not convert ${docxPath}`);
  return readFileSync(path, 'utf8');
}

describe.skipIf(!toolsInstalled)('the tracked-changes Word file opened by LibreOffice', () => {
  let folder = '';
  let words: string[] = [];
  let flat = '';
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'agendum-tracked-'));
    const docxPath = join(folder, 'compared.docx');
    writeFileSync(docxPath, await trackedDocx(seed(), manyChanges()));
    words = pdfBodyWords(readPdfPages(await convertDocxWithLibreOffice(docxPath)));
    flat = await convertToFlatOdt(docxPath);
  }, 240_000);
  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('reads every insertion and deletion as a tracked change by the author', () => {
    const changes = trackedChanges(flat);
    expect(changes.filter((change) => change.type === 'insertion').length).toBeGreaterThan(10);
    expect(changes.filter((change) => change.type === 'deletion').length).toBeGreaterThan(10);
    expect([...new Set(changes.map((change) => change.author))]).toEqual([AUTHOR]);
  });

  it('gives the new text when LibreOffice accepts them all, and the old when it rejects them', async () => {
    const accepted = wordsOf(libreOfficeReviewedText(flat, 'accept'));
    const rejected = wordsOf(libreOfficeReviewedText(flat, 'reject'));
    expect(firstWordDifference(await exportedWords(manyChanges()), accepted)).toBeNull();
    expect(firstWordDifference(await exportedWords(seed()), rejected)).toBeNull();
  });

  it('reads the comments that say where the moved item went and came from', () => {
    expect(comments(flat)).toEqual(
      expect.arrayContaining([
        { author: AUTHOR, text: 'Moved to item 6' },
        { author: AUTHOR, text: 'Moved from item 3' },
        { author: AUTHOR, text: 'Moved from Wednesday, 17 October' },
      ]),
    );
  });

  it('prints the revisions in the PDF: old and new words both there', () => {
    const text = words.join(' ');
    expect(text).toContain('the potential benefits of initiating');
    expect(text).toContain('the possible advantages of initiating');
    expect(text).toContain('criminal offences, and in relation to cybercrime.');
    expect(text).toContain('CTOC/COP/WG.2/2012/1/Rev.1');
    expect(text).toContain('31 July 2012');
    expect(text).toContain('14 August 2012');
    // The moved item where it was and where it is, in the list and in the annotations.
    const heading = 'Development of national strategies to address transnational organized crime';
    expect(text.split(heading).length - 1).toBeGreaterThanOrEqual(5);
  });
});

import JSZip from 'jszip';

/**
 * Reading a tracked-changes DOCX the way Word's "Accept All" and "Reject
 * All" would leave it: the text of word/document.xml with the insertions
 * kept and the deletions dropped, or the other way round.
 */

export async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('word/document.xml');
  if (!part) throw new Error('the package has no word/document.xml');
  return part.async('string');
}

export type Review = 'accept' | 'reject';

const MARKUP = /<(\/?)(w:[A-Za-z]+)(?:\s[^>]*?)?(\/?)>|([^<]+)/g;

/** The document's text after accepting or rejecting every revision; paragraphs end with a newline. */
export function reviewedText(xml: string, review: Review): string {
  const body = xml.slice(xml.indexOf('<w:body>'));
  let inserted = 0;
  let deleted = 0;
  let inText: 'text' | 'deleted-text' | null = null;
  let text = '';
  for (const [, closing, name, selfClosing, content] of body.matchAll(MARKUP)) {
    if (content !== undefined) {
      if (inText === null) continue;
      const keep = inText === 'text' ? review === 'accept' || inserted === 0 : review === 'reject';
      if (keep) text += decode(content);
      continue;
    }
    const opening = closing !== '/' && selfClosing !== '/';
    const step = opening ? 1 : closing === '/' ? -1 : 0;
    switch (name) {
      case 'w:ins':
        inserted += step;
        break;
      case 'w:del':
        deleted += step;
        break;
      case 'w:t':
        inText = opening ? 'text' : null;
        break;
      case 'w:delText':
        inText = opening ? 'deleted-text' : null;
        break;
      case 'w:tab':
      case 'w:br':
        if (selfClosing === '/' && (review === 'accept' ? deleted === 0 : inserted === 0)) {
          text += name === 'w:tab' ? '\t' : '\n';
        }
        break;
      case 'w:p':
        if (closing === '/') text += '\n';
        break;
      default:
        break;
    }
  }
  return text;
}

/** Counts of the revisions Word's Review pane would list. */
export function revisionCounts(xml: string): { insertions: number; deletions: number } {
  return {
    insertions: (xml.match(/<w:ins\s/g) ?? []).length,
    deletions: (xml.match(/<w:del\s/g) ?? []).length,
  };
}

/** The authors named by the revisions. */
export function revisionAuthors(xml: string): string[] {
  return [
    ...new Set(
      [...xml.matchAll(/<w:(?:ins|del) [^>]*w:author="([^"]*)"/g)].map((m) => decode(m[1] ?? '')),
    ),
  ];
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

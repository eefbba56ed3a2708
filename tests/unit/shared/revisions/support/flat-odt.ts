import type { Review } from './docx-revisions';

/**
 * LibreOffice's own reading of a document with tracked changes, saved as flat
 * ODF (.fodt): the body keeps inserted and deleted text alike between
 * <text:change-start/> and <text:change-end/>, and the list of changes says
 * which is which. Dropping the deletions gives what "Accept All" leaves.
 */

export interface TrackedChange {
  readonly id: string;
  readonly type: 'insertion' | 'deletion' | 'format-change';
  readonly author: string;
}

export function trackedChanges(flatOdt: string): TrackedChange[] {
  return [
    ...flatOdt.matchAll(
      /<text:changed-region[^>]*text:id="([^"]+)"[^>]*>\s*<text:(insertion|deletion|format-change)>\s*<office:change-info>\s*<dc:creator>([^<]*)<\/dc:creator>/g,
    ),
  ].map(([, id, type, author]) => ({
    id: id ?? '',
    type: type as TrackedChange['type'],
    author: author ?? '',
  }));
}

const MARKUP = /<(\/?)([a-z]+:[a-z-]+)([^>]*?)(\/?)>|([^<]+)/g;

export function libreOfficeReviewedText(flatOdt: string, review: Review): string {
  const types = new Map(trackedChanges(flatOdt).map((change) => [change.id, change.type]));
  const start = flatOdt.indexOf('<office:body>');
  const body = flatOdt
    .slice(start)
    .replace(/<text:tracked-changes[^>]*>[\s\S]*?<\/text:tracked-changes>/g, '')
    // Comments are beside the text, not in it.
    .replace(/<office:annotation(?:\s[^>]*)?>[\s\S]*?<\/office:annotation>/g, '');
  const open = new Set<string>();
  const dropped = review === 'accept' ? 'deletion' : 'insertion';
  let text = '';
  for (const [, closing, name, attributes, , content] of body.matchAll(MARKUP)) {
    if (content !== undefined) {
      if (![...open].some((id) => types.get(id) === dropped)) text += decode(content);
      continue;
    }
    const id = /text:change-id="([^"]+)"/.exec(attributes ?? '')?.[1] ?? '';
    switch (name) {
      case 'text:change-start':
        open.add(id);
        break;
      case 'text:change-end':
        open.delete(id);
        break;
      case 'text:tab':
        text += '\t';
        break;
      case 'text:s':
      case 'text:line-break':
        text += ' ';
        break;
      case 'text:p':
      case 'text:h':
        if (closing === '/') text += '\n';
        break;
      default:
        break;
    }
  }
  return text;
}

/** The comments LibreOffice read, as author and text. */
export function comments(flatOdt: string): { author: string; text: string }[] {
  return [
    ...flatOdt.matchAll(/<office:annotation(?:\s[^>]*)?>([\s\S]*?)<\/office:annotation>/g),
  ].map(([, inner = '']) => ({
    author: decode(/<dc:creator>([^<]*)<\/dc:creator>/.exec(inner)?.[1] ?? ''),
    text: decode(
      [...inner.matchAll(/<text:p[^>]*>([\s\S]*?)<\/text:p>/g)]
        .map(([, paragraph = '']) => paragraph.replace(/<[^>]+>/g, ''))
        .join(' '),
    ),
  }));
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

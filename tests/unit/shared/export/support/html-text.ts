/**
 * The text of an HTML rendering as a reader sees it: blocks and table cells
 * apart, inline elements run together, <head> left out.
 */

const BLOCK_ELEMENTS = new Set([
  'ARTICLE',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'LI',
  'OL',
  'P',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BR',
]);

export function visibleTextOf(node: Node): string {
  if (node.nodeType === node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== node.ELEMENT_NODE) return '';
  const element = node as Element;
  if (element.tagName === 'STYLE' || element.tagName === 'SCRIPT') return '';
  const inner = Array.from(element.childNodes).map(visibleTextOf).join('');
  return BLOCK_ELEMENTS.has(element.tagName) ? `\n${inner}\n` : inner;
}

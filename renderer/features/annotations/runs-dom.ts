import type { TextRun } from '../../../shared/model/agenda';
import { normalizeRuns } from '../../../shared/agenda/paragraph-runs';

/**
 * Between a paragraph's runs and the DOM of its editable element, and from
 * pasted HTML to paragraphs: emphasis survives, everything else is dropped.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => ESCAPES[character] ?? character);
}

/** The inner HTML of a paragraph editor; all text escaped. */
export function runsToHtml(runs: readonly TextRun[]): string {
  return runs
    .map((run) => {
      let html = escapeHtml(run.text);
      if (run.italic) html = `<i>${html}</i>`;
      if (run.bold) html = `<b>${html}</b>`;
      return html;
    })
    .join('');
}

interface Style {
  readonly bold: boolean;
  readonly italic: boolean;
}

const BOLD_TAGS = new Set(['B', 'STRONG']);
const ITALIC_TAGS = new Set(['I', 'EM', 'CITE', 'DFN']);
const DROPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'IFRAME',
  'OBJECT',
  'SVG',
  'HEAD',
  'TITLE',
  'META',
]);
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'TR',
  'TD',
  'TH',
  'SECTION',
  'ARTICLE',
  'PRE',
  'DT',
  'DD',
]);

/**
 * One declaration of an inline style attribute, read from the attribute text:
 * under the app's CSP the browser does not parse inline styles at all.
 */
function declaration(element: Element, property: string): string {
  const style = element.getAttribute('style') ?? '';
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`, 'i').exec(style);
  return (
    match?.[1]
      ?.trim()
      .toLowerCase()
      .replace(/\s*!important$/, '') ?? ''
  );
}

function styleOf(element: Element, inherited: Style): Style {
  const weight = declaration(element, 'font-weight');
  const bold =
    BOLD_TAGS.has(element.tagName) ||
    weight === 'bold' ||
    weight === 'bolder' ||
    Number(weight) >= 600
      ? true
      : weight === 'normal' || weight === 'lighter' || (weight !== '' && Number(weight) < 600)
        ? false
        : inherited.bold;
  const fontStyle = declaration(element, 'font-style');
  const italic =
    ITALIC_TAGS.has(element.tagName) || fontStyle === 'italic' || fontStyle === 'oblique'
      ? true
      : fontStyle === 'normal'
        ? false
        : inherited.italic;
  return { bold, italic };
}

/** Reads the runs back from an editable paragraph (after typing, Ctrl+B, Ctrl+I). */
export function runsFromElement(root: Node): TextRun[] {
  return paragraphsFromNode(root, false).flat();
}

/**
 * Splits a DOM tree into paragraphs of runs: block elements and <br> end a
 * paragraph; bold and italic (tags or inline styles, as Word writes them)
 * are kept; fonts, colours, tables and scripts are not.
 */
function paragraphsFromNode(root: Node, collapse: boolean): TextRun[][] {
  const paragraphs: TextRun[][] = [];
  let current: TextRun[] = [];
  const endParagraph = () => {
    const runs = normalizeRuns(current);
    if (runs.length > 0) paragraphs.push(runs);
    current = [];
  };
  const walk = (node: Node, style: Style) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const raw = node.textContent ?? '';
      // Pasted HTML's white space is insignificant; an editor's (pre-wrap) is what was typed.
      const text = collapse ? raw.replace(/\s+/g, ' ') : raw.replace(/[\n\r\t\u00a0]/g, ' ');
      current.push({
        text,
        ...(style.bold ? { bold: true } : {}),
        ...(style.italic ? { italic: true } : {}),
      });
      return;
    }
    if (
      !(node instanceof Element) &&
      node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE &&
      node.nodeType !== Node.DOCUMENT_NODE
    )
      return;
    if (node instanceof Element) {
      if (DROPPED_TAGS.has(node.tagName.toUpperCase())) return;
      if (node.tagName === 'BR') {
        endParagraph();
        return;
      }
    }
    const block = node instanceof Element && BLOCK_TAGS.has(node.tagName);
    if (block) endParagraph();
    const childStyle = node instanceof Element ? styleOf(node, style) : style;
    node.childNodes.forEach((child) => walk(child, childStyle));
    if (block) endParagraph();
  };
  walk(root, { bold: false, italic: false });
  endParagraph();
  return collapse ? paragraphs.map(trimParagraph).filter((runs) => runs.length > 0) : paragraphs;
}

function trimParagraph(runs: TextRun[]): TextRun[] {
  const copy = runs.map((run) => ({ ...run }));
  const first = copy[0];
  if (first) first.text = first.text.replace(/^\s+/, '');
  const last = copy.at(-1);
  if (last) last.text = last.text.replace(/\s+$/, '');
  return normalizeRuns(copy);
}

/** Paragraphs from the clipboard: its HTML when there is some, else its text split at line breaks. */
export function paragraphsFromClipboard(html: string, text: string): TextRun[][] {
  if (html.trim() !== '') {
    // DOMParser gives an inert document: nothing in it loads or runs.
    const document = new DOMParser().parseFromString(html, 'text/html');
    const fromHtml = paragraphsFromNode(document.body, true);
    if (fromHtml.length > 0) return fromHtml;
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => [{ text: line }]);
}

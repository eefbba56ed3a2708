import { annexSection, escapeText } from '../export/render-html';
import { documentStyleSheet } from '../export/html-styles';
import { assertNever } from '../schedule/assert-never';
import {
  hasNewContent,
  hasOldContent,
  segmentsInForm,
  trackedForm,
  type BlockRevision,
  type ComparisonAgendaEntry,
  type ComparisonAnnex,
  type ComparisonBlock,
  type ComparisonDocument,
  type ComparisonDocumentsAnnex,
  type ComparisonMasthead,
  type ComparisonTitle,
  type LevelChange,
  type MoveGroup,
  type Segments,
} from './comparison-blocks';
import { newTextOf } from './word-diff';

/**
 * The comparison as one self-contained HTML page, laid out as the printed
 * document: insertions underlined (<ins>), deletions struck through (<del>).
 * A moved item shows struck through in green where it was and, where it is
 * now, with the words changed on the way marked and a note saying whence it
 * came. Chromium prints this page to the comparison PDF.
 */

export const COMPARISON_LAYOUTS = ['inline', 'side-by-side'] as const;
export type ComparisonLayout = (typeof COMPARISON_LAYOUTS)[number];

/** Two texts side by side need the width of a page turned on its side. */
export function comparisonOrientation(
  layout: ComparisonLayout | undefined,
): 'portrait' | 'landscape' {
  return layout === 'side-by-side' ? 'landscape' : 'portrait';
}

export interface ComparisonHtmlOptions {
  /** Lines listed above the document, such as the describeChange() of each change. */
  readonly summary?: readonly string[];
  /**
   * One marked-up text (the default, and what is printed), or the two
   * versions side by side, each block level with its counterpart: the
   * earlier with its deletions struck through, the later with its insertions
   * underlined.
   */
  readonly layout?: ComparisonLayout;
  /** The column headings of the side-by-side layout: which version is which. */
  readonly labels?: { readonly old: string; readonly new: string };
}

export function renderComparisonHtml(
  document: ComparisonDocument,
  options: ComparisonHtmlOptions = {},
): string {
  const symbol = newTextOf(document.symbol);
  const sideBySide = options.layout === 'side-by-side';
  const body = sideBySide
    ? sideBySideTable(document.blocks, options.labels ?? { old: 'Earlier', new: 'Later' })
    : joinAgendaList(document.blocks.map((block) => htmlOfBlock(block, INLINE)));
  const summary = options.summary ?? [];
  const summaryHtml =
    summary.length === 0
      ? ''
      : `<section class="change-summary" aria-label="Changes">
<h2>Changes</h2>
<ul>${summary.map((line) => `<li>${escapeText(line)}</li>`).join('')}</ul>
</section>\n`;
  return `<!DOCTYPE html>
<html lang="${escapeText(document.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(['Comparison', symbol, document.title].filter((part) => part.trim() !== '').join(' \u2013 '))}</title>
<style>
${documentStyleSheet(symbol)}
${COMPARISON_SHEET}
</style>
</head>
<body>
${summaryHtml}<main class="un-document comparison${sideBySide ? ' side-by-side' : ''}">
${body}
</main>
</body>
</html>
`;
}

const COMPARISON_SHEET = `
.comparison { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.comparison ins { text-decoration: underline; color: #0b4f9c; }
.comparison del { text-decoration: line-through; color: #a4161a; }
.comparison .moved-from del { text-decoration: line-through double; color: #1b6b3a; }
.comparison .moved-to { box-shadow: -0.25cm 0 0 -0.18cm #1b6b3a; }
.comparison .change-note { font-size: 8pt; font-style: italic; font-weight: normal; color: #1b6b3a; margin-left: 0.4em; }
.comparison .agenda-list li.sub-item { margin-left: 0.65cm; }
/* "(b)2." and "3.5." need more room than one label: the text moves over rather than under them. */
.comparison .agenda-list .label, .comparison .sub-item-heading .label { width: auto; min-width: 0.65cm; padding-right: 0.25em; box-sizing: border-box; }
.comparison .item-heading .label { width: auto; min-width: 1.25cm; padding-right: 0.25em; box-sizing: border-box; }
.change-summary { width: 21cm; box-sizing: border-box; margin: 0 auto 1rem; padding: 1cm 2.25cm; background: #fff; font: 10pt/12pt "Times New Roman", Times, serif; }
.change-summary h2 { font-size: 12pt; margin: 0 0 6pt; }
@media print { .change-summary { width: auto; padding: 0 0 12pt; break-after: page; } }
.un-document.side-by-side { width: auto; max-width: 40cm; padding: 1cm; }
.sides { width: 100%; table-layout: fixed; border-collapse: collapse; }
.sides th { font-size: 11pt; text-align: left; padding: 0 0.5cm 6pt; border-bottom: 1pt solid #000; }
.sides td { vertical-align: top; padding: 0 0.5cm; }
.sides td + td, .sides th + th { border-left: 1pt solid #999; }
.sides tr.changed td { background: #fdf6e3; }
.side-by-side .moved-from { box-shadow: -0.25cm 0 0 -0.18cm #1b6b3a; }
`;

/** Each block a row: the earlier version's rendering of it on the left, the later's on the right. */
function sideBySideTable(
  blocks: readonly ComparisonBlock[],
  labels: { readonly old: string; readonly new: string },
): string {
  const rows = blocks.flatMap((block) => {
    const before = joinAgendaList([htmlOfBlock(block, OLD_SIDE)].filter((html) => html !== ''));
    const after = joinAgendaList([htmlOfBlock(block, NEW_SIDE)].filter((html) => html !== ''));
    if (before === '' && after === '') return [];
    // A row is changed when one side lacks it or marks words in it.
    const changed = before === '' || after === '' || /<(ins|del)>/u.test(before + after);
    return [`<tr${changed ? ' class="changed"' : ''}><td>${before}</td><td>${after}</td></tr>`];
  });
  return `<table class="sides">
<colgroup><col><col></colgroup>
<thead><tr><th scope="col">${escapeText(labels.old)}</th><th scope="col">${escapeText(labels.new)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

/** The agenda list's entries are consecutive blocks; they go inside one <ol>. */
function joinAgendaList(parts: readonly string[]): string {
  const html: string[] = [];
  let inList = false;
  for (const part of parts) {
    const isEntry = part.startsWith('<li');
    if (isEntry && !inList) html.push('<ol class="agenda-list">');
    if (!isEntry && inList) html.push('</ol>');
    inList = isEntry;
    html.push(part);
  }
  if (inList) html.push('</ol>');
  return html.join('\n');
}

interface Marking {
  readonly revision: BlockRevision;
  readonly moved: MoveGroup;
  readonly note: string | null;
}

interface Shape {
  readonly className: string;
  readonly segments: (segments: Segments) => Segments;
}

/** How one rendering shows blocks, and the fields of the masthead and title block. */
interface View {
  /** null: the block is not shown in this rendering. */
  readonly shape: (block: Marking) => Shape | null;
  readonly field: (segments: Segments) => Segments;
  /** Keeps ids unique when two renderings share a page. */
  readonly idPrefix: string;
}

const INLINE: View = { shape: inlineShape, field: (segments) => segments, idPrefix: '' };
const OLD_SIDE = sideView('old');
const NEW_SIDE = sideView('new');

/**
 * One side of the side-by-side layout: what that version has, with what the
 * other version lacks marked (deletions on the earlier side, insertions on
 * the later). A moved item shows where it was on one side, where it is on the
 * other, with its note.
 */
function sideView(side: 'old' | 'new'): View {
  const other = side === 'old' ? 'inserted' : 'deleted';
  const own = (segments: Segments) => segments.filter((segment) => segment.change !== other);
  return {
    field: own,
    idPrefix: `${side}-`,
    shape: (block) => {
      const form = trackedForm(block);
      if (form === 'marked') return { className: '', segments: own };
      if (form !== side) return null;
      const moved =
        block.moved !== null || block.revision === 'moved-from' || block.revision === 'moved-to';
      if (moved) return { className: side === 'old' ? 'moved-from' : 'moved-to', segments: own };
      return {
        className: side === 'old' ? 'deleted' : 'inserted',
        segments: (segments) => segmentsInForm(segments, form),
      };
    },
  };
}

/** How a block shows in the marked-up text: null when the other place of its move shows it. */
function inlineShape(block: Marking): Shape | null {
  const asIs = (segments: Segments) => segments;
  const asOld = (segments: Segments) => segmentsInForm(segments, 'old');
  const { revision, moved } = block;
  if (moved === 'from')
    return hasOldContent(revision) ? { className: 'moved-from', segments: asOld } : null;
  if (moved === 'to') {
    if (revision === 'moved-from') return null;
    if (revision === 'deleted') return { className: 'deleted', segments: asIs };
    if (revision === 'inserted') return { className: 'inserted', segments: asIs };
    return hasNewContent(revision) ? { className: 'moved-to', segments: asIs } : null;
  }
  switch (revision) {
    case 'same':
      return { className: '', segments: asIs };
    case 'inserted':
      return { className: 'inserted', segments: asIs };
    case 'deleted':
      return { className: 'deleted', segments: asIs };
    case 'moved-from':
      return { className: 'moved-from', segments: asOld };
    case 'moved-to':
      return { className: 'moved-to', segments: asIs };
    default:
      return assertNever(revision);
  }
}

function htmlOfSegments(segments: Segments): string {
  return segments
    .map((segment) => {
      let html = escapeText(segment.text).replace(/\r?\n/g, '<br>');
      if (segment.italic === true) html = `<i>${html}</i>`;
      if (segment.bold === true) html = `<b>${html}</b>`;
      switch (segment.change) {
        case 'same':
          return html;
        case 'inserted':
          return `<ins>${html}</ins>`;
        case 'deleted':
          return `<del>${html}</del>`;
        default:
          return assertNever(segment.change);
      }
    })
    .join('');
}

function classAttribute(...names: string[]): string {
  const value = names.filter((name) => name !== '').join(' ');
  return value === '' ? '' : ` class="${value}"`;
}

function noteOf(block: Marking, className: string): string {
  const relevant = className === 'moved-from' || className === 'moved-to';
  return relevant && block.note !== null
    ? ` <span class="change-note">${escapeText(block.note)}</span>`
    : '';
}

function labelled(label: string, text: string): string {
  return `<span class="label">${label} </span><span class="text">${text}</span>`;
}

function shownLevel(level: LevelChange, className: string): 'item' | 'sub-item' {
  const wanted = className === 'moved-from' || className === 'deleted' ? level.from : level.to;
  return wanted ?? level.to ?? level.from ?? 'item';
}

function htmlOfBlock(block: ComparisonBlock, view: View): string {
  const shape = view.shape;
  switch (block.kind) {
    case 'masthead':
      return htmlOfMasthead(block, view.field);
    case 'title':
      return htmlOfTitle(block, view.field);
    case 'agenda-entry':
      return htmlOfAgendaEntry(block, shape);
    case 'section-heading': {
      const form = shape(block);
      if (!form) return '';
      const text = htmlOfSegments(
        form.segments([{ change: changeOf(form.className), text: block.text }]),
      );
      return `<h2${classAttribute('section-heading', form.className)}>${text}</h2>`;
    }
    case 'item-heading': {
      const form = shape(block);
      if (!form) return '';
      const level = shownLevel(block.level, form.className);
      const tag = level === 'item' ? 'h3' : 'h4';
      const label = htmlOfSegments(form.segments(block.label));
      const text = htmlOfSegments(form.segments(block.text)) + noteOf(block, form.className);
      return `<${tag}${classAttribute(`${level}-heading`, form.className)}>${labelled(label, text)}</${tag}>`;
    }
    case 'paragraph': {
      const form = shape(block);
      if (!form) return '';
      const number = form.segments(block.number);
      const numberHtml =
        number.length === 0
          ? ''
          : `<span class="paragraph-number">${htmlOfSegments(number)}</span>`;
      const text = htmlOfSegments(form.segments(block.runs)) + noteOf(block, form.className);
      return `<p${classAttribute('annotation', form.className)}>${numberHtml}${text}</p>`;
    }
    case 'documentation-heading': {
      const form = shape(block);
      if (!form) return '';
      const level = shownLevel(block.level, form.className);
      const tag = level === 'item' ? 'h4' : 'h5';
      const text = htmlOfSegments(
        form.segments([{ change: changeOf(form.className), text: block.text }]),
      );
      return `<${tag}${classAttribute('documentation-heading', form.className)}>${text}</${tag}>`;
    }
    case 'documentation-entry': {
      const form = shape(block);
      if (!form) return '';
      return `<p${classAttribute('annotation', 'documentation-entry', form.className)}>${htmlOfSegments(form.segments(block.text))}</p>`;
    }
    case 'annex':
    case 'documents-annex':
      return htmlOfAnnex(block, shape, view.idPrefix);
    default:
      return assertNever(block);
  }
}

/** Plain wording (a heading such as "Annotations") takes the change of its block. */
function changeOf(className: string): 'same' | 'inserted' | 'deleted' {
  if (className === 'inserted') return 'inserted';
  if (className === 'deleted' || className === 'moved-from') return 'deleted';
  return 'same';
}

function htmlOfAgendaEntry(block: ComparisonAgendaEntry, shape: View['shape']): string {
  const form = shape(block);
  if (!form) return '';
  const level = shownLevel(block.level, form.className);
  const label = htmlOfSegments(form.segments(block.label));
  const text = htmlOfSegments(form.segments(block.text)) + noteOf(block, form.className);
  return `<li${classAttribute(level, form.className)}>${labelled(label, text)}</li>`;
}

function line(segments: Segments, className: string): string {
  return segments.length === 0 ? '' : `<p class="${className}">${htmlOfSegments(segments)}</p>`;
}

function htmlOfMasthead(block: ComparisonMasthead, field: View['field']): string {
  const show = (segments: Segments, className: string) => line(field(segments), className);
  return `<header class="masthead">
<div class="masthead-band">
<p class="organization">${escapeText(block.organization)}</p>
<p class="symbol">${htmlOfSegments(field(block.symbol))}</p>
</div>
<div class="masthead-body">
<p class="body">${htmlOfSegments(field(block.body))}</p>
<div class="distribution">${show(block.distribution, 'distribution-line')}${show(block.issueDate, 'issue-date')}${show(block.original, 'original')}</div>
</div>${show(block.note, 'issuance-note')}
</header>`;
}

function htmlOfTitle(block: ComparisonTitle, field: View['field']): string {
  const show = (segments: Segments, className: string) => line(field(segments), className);
  return `<div class="meeting">${show(block.meetingTitle, 'meeting-title')}${show(block.session, 'session')}${show(block.venueAndDates, 'venue')}</div>
<h1 class="document-title">${htmlOfSegments(field(block.documentTitle))}</h1>${show(block.issuance, 'issuance')}`;
}

/** Either annex's table; a row that comes or goes is marked as a whole. */
function htmlOfAnnex(
  block: ComparisonAnnex | ComparisonDocumentsAnnex,
  shape: View['shape'],
  idPrefix: string,
): string {
  const form = shape(block);
  if (!form) return '';
  const rows = block.rows.flatMap((row) => {
    const rowForm = shape(row);
    if (!rowForm) return [];
    const cells = row.cells.map((cell) => htmlOfSegments(rowForm.segments(cell)));
    const note = noteOf(row, rowForm.className);
    if (row.kind === 'day') {
      return [
        `<tr${classAttribute('day', rowForm.className)}><th scope="rowgroup" colspan="3">${cells[0] ?? ''}${note}</th></tr>`,
      ];
    }
    const tds = cells.map((cell, index) => `<td>${cell}${index === 2 ? note : ''}</td>`).join('');
    return [`<tr${classAttribute(rowForm.className)}>${tds}</tr>`];
  });
  return annexSection(block.kind, {
    heading: htmlOfSegments(form.segments(block.heading)),
    title: htmlOfSegments([{ change: changeOf(form.className), text: block.title }]),
    columns: block.columns,
    bodies: `<tbody>\n${rows.join('\n')}\n</tbody>`,
    className: form.className,
    idPrefix,
  });
}

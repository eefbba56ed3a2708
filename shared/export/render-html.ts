import type { TextRun } from '../model/agenda';
import { documentsAnnexRowCells } from '../documents/documents-annex';
import { annexRowCells } from '../schedule/annex-rows';
import type {
  AgendaListBlock,
  AnnexBlock,
  DocumentBlock,
  DocumentationBlock,
  DocumentsAnnexBlock,
  ItemHeadingBlock,
  MastheadBlock,
  RenderedDocument,
  TitleBlock,
} from './document-blocks';
import { assertNever } from './document-blocks';
import { documentStyleSheet } from './html-styles';

/**
 * One self-contained HTML5 file: the live preview, the HTML export and the
 * page Chromium prints to PDF. No script, no external resource, every piece
 * of user text escaped.
 */
export function renderHtml(document: RenderedDocument): string {
  const body = document.blocks.map(htmlOfBlock).join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeText(document.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(documentTitle(document))}</title>
<style>
${documentStyleSheet(document.symbol)}
</style>
</head>
<body>
<main class="un-document">
${body}
</main>
</body>
</html>
`;
}

function documentTitle(document: RenderedDocument): string {
  return [document.symbol, document.title].filter((part) => part.trim() !== '').join(' \u2013 ');
}

/** One block's HTML; the live preview patches the page block by block with it. */
export function htmlOfBlock(block: DocumentBlock): string {
  switch (block.kind) {
    case 'masthead':
      return htmlOfMasthead(block);
    case 'title':
      return htmlOfTitle(block);
    case 'agenda-list':
      return htmlOfAgendaList(block);
    case 'section-heading':
      return `<h2 class="section-heading">${escapeText(block.text)}</h2>`;
    case 'item-heading':
      return htmlOfItemHeading(block);
    case 'paragraph': {
      const number =
        block.number === null ? '' : `<span class="paragraph-number">${block.number}. </span>`;
      return `<p class="annotation"${itemAttribute(block.itemId)}>${number}${htmlOfRuns(block.runs)}</p>`;
    }
    case 'documentation':
      return htmlOfDocumentation(block);
    case 'annex':
      return htmlOfAnnex(block);
    case 'documents-annex':
      return htmlOfDocumentsAnnex(block);
    default:
      return assertNever(block);
  }
}

function htmlOfMasthead(block: MastheadBlock): string {
  const distribution = [block.distribution, block.issueDate]
    .filter((line): line is string => line !== null)
    .map((line) => `<p>${escapeText(line)}</p>`)
    .join('');
  return `<header class="masthead">
<div class="masthead-band">
<p class="organization">${escapeText(block.organization)}</p>
<p class="symbol">${escapeText(block.symbol)}</p>
</div>
<div class="masthead-body">
<p class="body">${escapeText(block.body)}</p>
<div class="distribution">${distribution}<p class="original">${escapeText(block.original)}</p></div>
</div>${block.note === null ? '' : `\n<p class="issuance-note">${escapeText(block.note)}</p>`}
</header>`;
}

function htmlOfTitle(block: TitleBlock): string {
  const lines = [
    `<p class="meeting-title">${escapeText(block.meetingTitle)}</p>`,
    block.session === null ? '' : `<p class="session">${escapeText(block.session)}</p>`,
    block.venueAndDates === '' ? '' : `<p class="venue">${escapeText(block.venueAndDates)}</p>`,
  ].join('');
  return `<div class="meeting">${lines}</div>
<h1 class="document-title">${escapeText(block.documentTitle)}</h1>${
    block.issuance === null ? '' : `\n<p class="issuance">${escapeText(block.issuance)}</p>`
  }`;
}

/** Numbers are written out rather than left to CSS so that copying the text keeps them. */
function htmlOfAgendaList(block: AgendaListBlock): string {
  const items = block.items.map((item) => {
    const subItems =
      item.subItems.length === 0
        ? ''
        : `<ol class="sub-items">${item.subItems
            .map(
              (subItem) =>
                `<li${itemAttribute(subItem.id)}>${labelled(subItem.label, subItem.text)}</li>`,
            )
            .join('')}</ol>`;
    return `<li${itemAttribute(item.id)}>${labelled(item.label, item.text)}${subItems}</li>`;
  });
  return `<ol class="agenda-list">\n${items.join('\n')}\n</ol>`;
}

function htmlOfItemHeading(block: ItemHeadingBlock): string {
  const tag = block.level === 'item' ? 'h3' : 'h4';
  return `<${tag} class="${block.level}-heading"${itemAttribute(block.itemId)}>${labelled(block.label, block.text)}</${tag}>`;
}

function htmlOfDocumentation(block: DocumentationBlock): string {
  const tag = block.level === 'item' ? 'h4' : 'h5';
  const entries = block.entries
    .map((entry) => {
      const symbol =
        entry.symbol === '' ? '' : ` (<span class="symbol-ref">${escapeText(entry.symbol)}</span>)`;
      return `<li>${escapeText(entry.title)}${symbol}</li>`;
    })
    .join('');
  return `<${tag} class="documentation-heading"${itemAttribute(block.itemId)}>${escapeText(block.heading)}</${tag}>
<ul class="documentation">${entries}</ul>`;
}

/** One <tbody> per day, so the day heading labels its rows and a page break repeats the header. */
function htmlOfAnnex(block: AnnexBlock): string {
  const groups: string[][] = [];
  for (const row of block.rows) {
    if (row.kind === 'day') {
      groups.push([
        `<tr class="day"><th scope="rowgroup" colspan="3">${escapeText(row.heading)}</th></tr>`,
      ]);
      continue;
    }
    const cells = annexRowCells(row)
      .map((cell) => `<td>${escapeText(cell)}</td>`)
      .join('');
    const rowClass = row.time === null ? '' : ' class="slot-start"';
    let group = groups.at(-1);
    if (!group) {
      group = [];
      groups.push(group);
    }
    group.push(
      `<tr${rowClass}${row.kind === 'item' ? itemAttribute(row.itemId) : ''}>${cells}</tr>`,
    );
  }
  const bodies = groups.map((rows) => `<tbody>\n${rows.join('\n')}\n</tbody>`).join('\n');
  return annexSection(block.kind, {
    heading: escapeText(block.heading),
    title: escapeText(block.title),
    columns: block.columns,
    bodies,
  });
}

function htmlOfDocumentsAnnex(block: DocumentsAnnexBlock): string {
  const rows = block.rows.map((row) => {
    const cells = documentsAnnexRowCells(row)
      .map((cell) => `<td>${escapeText(cell)}</td>`)
      .join('');
    return `<tr>${cells}</tr>`;
  });
  const bodies = `<tbody>\n${rows.join('\n')}\n</tbody>`;
  return annexSection(block.kind, {
    heading: escapeText(block.heading),
    title: escapeText(block.title),
    columns: block.columns,
    bodies,
  });
}

/** How each annex's table is told apart: the class that sets its columns, and its title's id. */
const ANNEX_TABLES: Readonly<
  Record<
    (AnnexBlock | DocumentsAnnexBlock)['kind'],
    { readonly className: string; readonly columns: readonly string[]; readonly titleId: string }
  >
> = {
  annex: {
    className: 'organization-of-work',
    columns: ['time', 'item', 'wording'],
    titleId: 'annex-title',
  },
  'documents-annex': {
    className: 'documents-list',
    columns: ['symbol', 'item', 'wording'],
    titleId: 'documents-annex-title',
  },
};

export interface AnnexSectionParts {
  /** The heading and title as HTML, escaped or marked up. */
  readonly heading: string;
  readonly title: string;
  readonly columns: readonly string[];
  /** The <tbody> elements. */
  readonly bodies: string;
  /** Another class of the section, such as a comparison's "inserted". */
  readonly className?: string;
  /** Keeps the title's id unique when two renderings share a page. */
  readonly idPrefix?: string;
}

/** An annex, on a page of its own: heading, title and a table whose header cells have their scope. */
export function annexSection(
  kind: (AnnexBlock | DocumentsAnnexBlock)['kind'],
  parts: AnnexSectionParts,
): string {
  const table = ANNEX_TABLES[kind];
  const titleId = `${parts.idPrefix ?? ''}${table.titleId}`;
  const sectionClass = ['annex', parts.className ?? ''].filter((name) => name !== '').join(' ');
  const columns = table.columns.map((column) => `<col class="${column}">`).join('');
  const header = parts.columns
    .map((column) => `<th scope="col">${escapeText(column)}</th>`)
    .join('');
  return `<section class="${sectionClass}" aria-labelledby="${titleId}">
<h2 class="annex-heading">${parts.heading}</h2>
<h3 class="annex-title" id="${titleId}">${parts.title}</h3>
<table class="annex-table ${table.className}">
<colgroup>${columns}</colgroup>
<thead><tr>${header}</tr></thead>
${parts.bodies}
</table>
</section>`;
}

/** The space inside the label is dropped by layout but kept by copy, search and screen readers. */
function labelled(label: string, text: string): string {
  return `<span class="label">${escapeText(label)} </span><span class="text">${escapeText(text)}</span>`;
}

function itemAttribute(itemId: string): string {
  return ` data-item-id="${escapeText(itemId)}"`;
}

function htmlOfRuns(runs: readonly TextRun[]): string {
  return runs
    .map((run) => {
      let html = escapeText(run.text).replace(/\r?\n/g, '<br>');
      if (run.italic) html = `<i>${html}</i>`;
      if (run.bold) html = `<b>${html}</b>`;
      return html;
    })
    .join('');
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (mark) => TEXT_ESCAPES[mark] ?? mark);
}

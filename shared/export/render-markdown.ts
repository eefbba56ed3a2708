import type { TextRun } from '../model/agenda';
import type {
  AnnexBlock,
  DocumentBlock,
  DocumentsAnnexBlock,
  HeadingLevel,
  RenderedDocument,
} from './document-blocks';
import { annexTableLines, assertNever } from './document-blocks';

/**
 * Markdown in the layout of the seed document, for the web and for mail.
 *
 * Unlike the seed, the agenda's sub-items are indented enough to nest and the
 * annex is a pipe table, so that any Markdown viewer shows a list and a table.
 */
export function renderMarkdown(document: RenderedDocument): string {
  const chunks = document.blocks.map(markdownOfBlock);
  return `${chunks.join('\n\n')}\n`;
}

function markdownOfBlock(block: DocumentBlock): string {
  switch (block.kind) {
    case 'masthead':
      return [
        escapeLine(block.organization),
        `# ${escapeInline(block.body)}`,
        escapeLine(block.symbol),
        // Two trailing spaces keep the date on its own line under the distribution.
        [block.distribution, block.issueDate]
          .filter((line): line is string => line !== null)
          .map(escapeLine)
          .join('  \n'),
        escapeLine(block.original),
        ...(block.note === null ? [] : [escapeLine(block.note)]),
        '---',
      ].join('\n\n');
    case 'title':
      return [
        `## ${escapeInline(block.meetingTitle)}`,
        block.session === null ? null : escapeLine(block.session),
        block.venueAndDates === '' ? null : escapeLine(block.venueAndDates),
        `### ${escapeInline(block.documentTitle)}`,
        block.issuance === null ? null : `**${escapeInline(block.issuance)}**`,
      ]
        .filter((chunk): chunk is string => chunk !== null)
        .join('\n\n');
    case 'agenda-list':
      return block.items
        .flatMap((item) => [
          `${item.label} ${escapeInline(item.text)}`,
          ...item.subItems.map((subItem) => `   - ${subItem.label} ${escapeInline(subItem.text)}`),
        ])
        .join('\n');
    case 'section-heading':
      return `## ${escapeInline(block.text)}`;
    case 'item-heading':
      return `${headingMarks(block.level)} ${block.label} ${escapeInline(block.text)}`;
    case 'paragraph': {
      const text = markdownOfRuns(block.runs);
      return block.number === null ? escapeLineStart(text) : `${block.number}\\. ${text}`;
    }
    case 'documentation':
      return [
        `${headingMarks(block.level)}# ${escapeInline(block.heading)}`,
        ...block.entries.map((entry) => escapeLine(entry.text)),
      ].join('\n\n');
    case 'annex':
    case 'documents-annex':
      return markdownOfAnnex(block);
    default:
      return assertNever(block);
  }
}

function headingMarks(level: HeadingLevel): string {
  return level === 'item' ? '###' : '####';
}

function markdownOfAnnex(annex: AnnexBlock | DocumentsAnnexBlock): string {
  const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const lines = [
    row(annex.columns.map((column) => `*${escapeTableCell(column)}*`)),
    row(annex.columns.map(() => '---')),
    // A pipe table cannot span columns: the heading goes in bold in the first.
    ...annexTableLines(annex).map((cells) =>
      typeof cells === 'string'
        ? row([`**${escapeTableCell(cells)}**`, '', ''])
        : row(cells.map(escapeTableCell)),
    ),
  ];
  return [
    `## ${escapeInline(annex.heading)}`,
    `### ${escapeInline(annex.title)}`,
    lines.join('\n'),
  ].join('\n\n');
}

/** Emphasis markers hug the words: "** bold**" is not bold in Markdown. */
function markdownOfRuns(runs: readonly TextRun[]): string {
  return runs
    .map((run) => {
      const marker = (run.bold ? '**' : '') + (run.italic ? '*' : '');
      const text = escapeInline(run.text).replace(/\r?\n/g, '\\\n');
      if (marker === '' || text.trim() === '') return text;
      const [, leading = '', core = '', trailing = ''] = /^(\s*)(.*?)(\s*)$/su.exec(text) ?? [];
      return `${leading}${marker}${core}${marker}${trailing}`;
    })
    .join('');
}

const INLINE_SPECIALS = /[\\`*_[\]<>|]/g;

/** Text that Markdown must show as typed, never as markup. */
export function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIALS, (mark) => `\\${mark}`);
}

/** A line that starts like a heading, list or rule would turn into one. */
function escapeLineStart(text: string): string {
  return text.replace(/^(\s*)([#>+-])/u, '$1\\$2').replace(/^(\s*\d+)([.)])/u, '$1\\$2');
}

function escapeLine(text: string): string {
  return escapeLineStart(escapeInline(text));
}

function escapeTableCell(text: string): string {
  return escapeInline(text).replace(/\r?\n/g, ' ');
}

import type {
  AnnexBlock,
  DocumentBlock,
  DocumentsAnnexBlock,
  RenderedDocument,
} from './document-blocks';
import { annexTableLines, assertNever, plainText } from './document-blocks';

/**
 * Plain text in the layout of the seed document, for mail.
 *
 * Lines are not wrapped: a mail client wraps them to its own width, and a
 * paragraph kept on one line survives being pasted into Word.
 */
export function renderText(document: RenderedDocument): string {
  const chunks = document.blocks.map(textOfBlock);
  return `${chunks.join('\n\n')}\n`;
}

const INDENT = '    ';

function textOfBlock(block: DocumentBlock): string {
  switch (block.kind) {
    case 'masthead':
      return [
        block.organization,
        block.body,
        block.symbol,
        block.distribution,
        block.issueDate,
        block.original,
        block.note,
      ]
        .filter((line): line is string => line !== null)
        .join('\n');
    case 'title':
      return [
        [block.meetingTitle, block.session, block.venueAndDates]
          .filter((line): line is string => line !== null && line !== '')
          .join('\n'),
        block.documentTitle,
        block.issuance,
      ]
        .filter((chunk): chunk is string => chunk !== null)
        .join('\n\n');
    case 'agenda-list':
      return block.items
        .flatMap((item) => [
          `${item.label.padEnd(INDENT.length)}${item.text}`,
          ...item.subItems.map((subItem) => `${INDENT}${subItem.label} ${subItem.text}`),
        ])
        .join('\n');
    case 'section-heading':
      return block.text;
    case 'item-heading':
      return block.level === 'item'
        ? `${block.label.padEnd(INDENT.length)}${block.text}`
        : `${INDENT}${block.label} ${block.text}`;
    case 'paragraph': {
      const text = plainText(block.runs);
      return block.number === null ? text : `${block.number}. ${text}`;
    }
    case 'documentation':
      return [block.heading, ...block.entries.map((entry) => entry.text)].join('\n\n');
    case 'annex':
    case 'documents-annex':
      return textOfAnnex(block);
    default:
      return assertNever(block);
  }
}

/** Columns padded with spaces so the table reads in a fixed-width font. */
function textOfAnnex(annex: AnnexBlock | DocumentsAnnexBlock): string {
  const lines = annexTableLines(annex);
  const [firstHeader, secondHeader, thirdHeader] = annex.columns;
  // Headings span the table, so only the other lines size the columns.
  const cells = lines.filter((cells) => typeof cells !== 'string');
  const firstWidth = Math.max(firstHeader.length, ...cells.map(([first]) => first.length)) + 3;
  const secondWidth =
    Math.max(secondHeader.length, ...cells.map(([, second]) => second.length)) + 3;
  const line = (first: string, second: string, third: string): string =>
    `${first.padEnd(firstWidth)}${second.padEnd(secondWidth)}${third}`.trimEnd();
  const table = [
    line(firstHeader, secondHeader, thirdHeader),
    ...lines.map((cells) => (typeof cells === 'string' ? cells : line(...cells))),
  ];
  return [annex.heading, annex.title, table.join('\n')].join('\n\n');
}

import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type IRunOptions,
} from 'docx';

/**
 * A provisional agenda laid out the way secretariats type them in Word,
 * not the way Agendum exports them: the agenda list numbered by Word itself
 * ("1." and "(a)" are list levels, not text), annotation headings in bold
 * body text rather than heading styles, an item heading for a sub-item
 * typed with a tab, a footnote on the symbol, and an annex table whose day
 * and time share the first cell.
 */

const AGENDA_NUMBERING = {
  reference: 'agenda-list',
  levels: [
    { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
    { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.START },
    { level: 2, format: LevelFormat.LOWER_ROMAN, text: '(%3)', alignment: AlignmentType.START },
  ],
};

function listParagraph(text: string, level: number): Paragraph {
  return new Paragraph({ text, numbering: { reference: AGENDA_NUMBERING.reference, level } });
}

/**
 * Typed as run options: TextRun also takes a plain string, and a literal
 * checked against both reads `bold` as the deprecated String.prototype.bold.
 */
function run(options: IRunOptions): TextRun {
  return new TextRun(options);
}

function bold(text: string): Paragraph {
  return new Paragraph({ children: [run({ text, bold: true })] });
}

function body(...parts: (string | TextRun)[]): Paragraph {
  return new Paragraph({
    children: parts.map((part) => (typeof part === 'string' ? new TextRun(part) : part)),
  });
}

function cell(...lines: string[]): TableCell {
  return new TableCell({ children: lines.map((line) => new Paragraph(line)) });
}

export async function wordStyleAgenda(): Promise<Uint8Array> {
  const document = new Document({
    numbering: { config: [AGENDA_NUMBERING] },
    footnotes: {
      1: { children: [new Paragraph('Reissued for technical reasons on 2 April 2019.')] },
    },
    sections: [
      {
        children: [
          new Paragraph({
            children: [
              new TextRun('United Nations\t'),
              new TextRun('UNEP/OzL.Pro.WG.1/41/1'),
              new FootnoteReferenceRun(1),
            ],
          }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  cell('United Nations Environment Programme'),
                  cell('Distr.: General', '28 March 2019', 'Original: English'),
                ],
              }),
            ],
          }),
          new Paragraph(
            'Open-ended Working Group of the Parties to the Montreal Protocol on Substances that Deplete the Ozone Layer',
          ),
          new Paragraph('Forty-first meeting'),
          new Paragraph('Bangkok, 1–5 July 2019'),
          new Paragraph({ children: [run({ text: 'Provisional agenda', bold: true })] }),
          listParagraph('Opening of the meeting:', 0),
          listParagraph(
            'Statement by a representative of the United Nations Environment Programme;',
            1,
          ),
          listParagraph('Statement by the Executive Secretary of the Ozone Secretariat.', 1),
          listParagraph('Adoption of the agenda and organization of work', 0),
          listParagraph('Issues related to the replenishment of the Multilateral Fund:', 0),
          listParagraph('Report of the task force on the 2021–2023 replenishment;', 1),
          listParagraph('Terms of reference for the study;', 1),
          listParagraph('in respect of the Parties operating under paragraph 1 of Article 5;', 2),
          listParagraph('in respect of the other Parties.', 2),
          listParagraph('Other matters.', 0),
          bold('Annotations'),
          bold('1.\tOpening of the meeting'),
          body('The meeting will be opened at 10 a.m. on Monday, 1 July 2019.'),
          bold('(a)\tStatement by a representative of the United Nations Environment Programme'),
          body('A representative of UNEP will make an opening statement.'),
          bold('2.\tAdoption of the agenda and organization of work'),
          body(
            'The Working Group will adopt its agenda on the basis of the ',
            run({ text: 'provisional agenda', italics: true }),
            '.',
          ),
          bold('Documentation'),
          body('Provisional agenda (UNEP/OzL.Pro.WG.1/41/1)'),
          bold('3.\tIssues related to the replenishment of the Multilateral Fund'),
          body('The Working Group will consider the report of the task force.'),
          body('No documentation.'),
          bold('Annex'),
          bold('Proposed organization of work'),
          new Table({
            rows: [
              new TableRow({
                children: [
                  cell('Date and time'),
                  cell('Agenda item'),
                  cell('Title or description'),
                ],
              }),
              new TableRow({
                children: [
                  cell('Monday, 1 July', '10 a.m.–1 p.m.'),
                  cell('1 (a), (b)'),
                  cell('Opening statements'),
                ],
              }),
              new TableRow({
                children: [
                  cell(''),
                  cell('2'),
                  cell('Adoption of the agenda and organization of work'),
                ],
              }),
              new TableRow({ children: [cell('3–6 p.m.'), cell('3 (a)'), cell('')] }),
              new TableRow({
                children: [
                  cell('Tuesday, 2 July', '10 a.m.–1 p.m.'),
                  cell('3 (a) (continued)'),
                  cell('Report of the task force (continued)'),
                ],
              }),
              new TableRow({ children: [cell(''), cell('4'), cell('Other matters')] }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

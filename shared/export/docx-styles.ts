import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  type IParagraphStyleOptions,
  type IPropertiesOptions,
} from 'docx';
import type { Language } from '../model/agenda';

/**
 * Word styles of the DOCX export, named so that editors and translators
 * recognise them: the UN "SingleTxt" body style, headings on Word's own
 * Heading 1-4 (so the navigation pane and a table of contents work), list
 * paragraphs for the agenda, and a table style for the annex.
 *
 * Measures are in twips (1/20 pt; 567 to the centimetre) and font sizes in
 * half-points, as Word stores them.
 */

export const FONT = 'Times New Roman';

/** 1.25 cm: where body text starts, and the indent every UN level builds on. */
export const INDENT = 709;
/** 0.65 cm: the room a label such as "1." or "(a)" takes before its text. */
export const LABEL = 369;

export const STYLE = {
  singleText: 'SingleTxt',
  agendaItem: 'AgendaItem',
  agendaSubItem: 'AgendaSubItem',
  documentationEntry: 'DocumentationEntry',
  mastheadBand: 'MastheadBand',
  symbol: 'MastheadSymbol',
  body: 'MastheadBody',
  distribution: 'MastheadDistribution',
  meetingTitle: 'MeetingTitle',
  meetingDetail: 'MeetingDetail',
  issuance: 'IssuanceSubtitle',
  issuanceNote: 'IssuanceNote',
  annexTitle: 'AnnexTitle',
  tableText: 'TableText',
  runningHeader: 'RunningHeader',
  table: 'OrganizationOfWork',
} as const;

/** Exactly 12 pt between lines, the UN leading for 10-pt text. */
const LEADING = { line: 240, lineRule: LineRuleType.EXACT } as const;

const WORD_LANGUAGES: Readonly<Record<Language, string>> = {
  ar: 'ar-SA',
  zh: 'zh-CN',
  // UN English follows British spelling (Oxford).
  en: 'en-GB',
  fr: 'fr-FR',
  ru: 'ru-RU',
  es: 'es-ES',
};

/** A heading: bold, kept with what follows, at the outline level Word navigates by. */
function headingStyle(
  sizeHalfPoints: number,
  outlineLevel: number,
  indent: { left: number; hanging: number },
) {
  return {
    run: { font: FONT, size: sizeHalfPoints, bold: true, color: '000000', italics: false },
    paragraph: {
      keepNext: true,
      keepLines: true,
      outlineLevel,
      // Headings stop where body text stops, 1.25 cm short of the margin.
      indent: { ...indent, right: INDENT },
      leftTabStop: indent.left,
      spacing: { before: 240, after: 120, line: sizeHalfPoints * 12, lineRule: LineRuleType.EXACT },
    },
  };
}

export function wordStyles(
  language: Language,
): Pick<IPropertiesOptions, 'styles' | 'externalStyles'> {
  const paragraphStyles: IParagraphStyleOptions[] = [
    {
      id: STYLE.singleText,
      name: 'Single Txt',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: {
        alignment: AlignmentType.JUSTIFIED,
        indent: { left: INDENT, right: INDENT },
        leftTabStop: INDENT + LABEL,
        spacing: { after: 120, ...LEADING },
      },
    },
    listStyle(STYLE.agendaItem, 'Agenda Item', INDENT + LABEL),
    listStyle(STYLE.agendaSubItem, 'Agenda Sub-item', INDENT + 2 * LABEL),
    {
      id: STYLE.documentationEntry,
      name: 'Documentation Entry',
      basedOn: STYLE.singleText,
      paragraph: { alignment: AlignmentType.LEFT },
    },
    {
      ...masthead(STYLE.mastheadBand, 'Masthead Band', { size: 26 }),
      paragraph: {
        spacing: { after: 60, line: 420, lineRule: LineRuleType.AT_LEAST },
        border: { bottom: { style: 'single', size: 18, space: 3, color: '000000' } },
      },
    },
    masthead(STYLE.body, 'Masthead Body', { size: 32, bold: true }),
    masthead(STYLE.distribution, 'Masthead Distribution', { size: 20 }),
    {
      id: STYLE.meetingTitle,
      name: 'Meeting Title',
      basedOn: 'Normal',
      run: { bold: true },
      paragraph: { keepNext: true, spacing: { before: 280, ...LEADING } },
    },
    {
      id: STYLE.meetingDetail,
      name: 'Meeting Detail',
      basedOn: 'Normal',
      paragraph: { keepNext: true, spacing: LEADING },
    },
    {
      // "Corrigendum", "Addendum": under the document title, as the UN prints them.
      id: STYLE.issuance,
      name: 'Issuance Subtitle',
      basedOn: 'Normal',
      run: { bold: true, size: 24 },
      paragraph: { keepNext: true, indent: { left: INDENT }, spacing: { after: 240, ...LEADING } },
    },
    {
      // The footnote of a reissue at the foot of page 1, above a short rule.
      id: STYLE.issuanceNote,
      name: 'Issuance Note',
      basedOn: 'Normal',
      run: { size: 17 },
      paragraph: {
        indent: { left: INDENT, hanging: LABEL },
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 4 } },
        spacing: { line: 200, lineRule: LineRuleType.EXACT },
      },
    },
    {
      id: STYLE.annexTitle,
      name: 'Annex Title',
      basedOn: 'Heading2',
      next: STYLE.singleText,
      ...headingStyle(24, 1, { left: INDENT, hanging: 0 }),
    },
    {
      id: STYLE.tableText,
      name: 'Table Text',
      basedOn: 'Normal',
      paragraph: { spacing: { before: 40, after: 80, ...LEADING } },
    },
    {
      id: STYLE.runningHeader,
      name: 'Running Header',
      basedOn: 'Normal',
      run: { size: 18, bold: true },
    },
  ];

  const styles: IPropertiesOptions['styles'] = {
    default: {
      document: {
        run: { font: FONT, size: 20, language: { value: WORD_LANGUAGES[language] } },
        paragraph: { spacing: LEADING },
      },
      // HCh (14 pt): the document title, "Annotations", "Annex".
      title: {
        ...headingStyle(28, 0, { left: INDENT, hanging: 0 }),
        run: { font: FONT, size: 28, bold: true },
      },
      heading1: headingStyle(28, 0, { left: INDENT, hanging: 0 }),
      // "1." items and "(a)" sub-items are 10-pt bold, their label hanging in the margin of the text.
      heading2: headingStyle(20, 1, { left: INDENT, hanging: INDENT }),
      heading3: headingStyle(20, 2, { left: INDENT + LABEL, hanging: LABEL }),
      heading4: headingStyle(20, 3, { left: INDENT + 2 * LABEL, hanging: LABEL }),
      listParagraph: { run: { font: FONT, size: 20 } },
    },
    paragraphStyles,
    characterStyles: [
      {
        id: STYLE.symbol,
        name: 'Masthead Symbol',
        basedOn: 'DefaultParagraphFont',
        run: { size: 34, bold: true },
      },
    ],
  };
  // docx writes no table styles and drops its own defaults when given
  // imported ones; as "external" styles they are merged with its defaults.
  return { styles, externalStyles: EXTERNAL_STYLES };
}

function listStyle(id: string, name: string, left: number): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: 'ListParagraph',
    paragraph: {
      alignment: AlignmentType.LEFT,
      indent: { left, hanging: LABEL, right: INDENT },
      leftTabStop: left,
      spacing: { after: 120, ...LEADING },
      contextualSpacing: false,
    },
  };
}

function masthead(
  id: string,
  name: string,
  run: { size: number; bold?: boolean },
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT,
): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: 'Normal',
    run,
    paragraph: {
      alignment,
      spacing: { line: Math.round(run.size * 12), lineRule: LineRuleType.AT_LEAST },
    },
  };
}

/**
 * The annex table: rules above and below the header row and below the last
 * row, none between rows, the header in 9-pt italics as in UN tables. docx
 * builds no table styles, so it is written as WordprocessingML.
 */
const EXTERNAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">
<w:style w:type="table" w:customStyle="1" w:styleId="${STYLE.table}">
  <w:name w:val="Organization of Work"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="99"/>
  <w:pPr><w:spacing w:before="40" w:after="80" w:line="240" w:lineRule="exact"/></w:pPr>
  <w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}"/><w:sz w:val="20"/></w:rPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:left w:w="0" w:type="dxa"/>
      <w:right w:w="113" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:i/><w:sz w:val="18"/></w:rPr>
    <w:tcPr>
      <w:tcBorders><w:bottom w:val="single" w:sz="12" w:space="0" w:color="000000"/></w:tcBorders>
      <w:vAlign w:val="bottom"/>
    </w:tcPr>
  </w:tblStylePr>
</w:style>
</w:styles>`;

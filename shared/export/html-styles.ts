/**
 * The style sheet of the HTML rendering, on screen and on A4 paper.
 *
 * Measures follow UN documents: Times New Roman 10/12 pt, body text indented
 * 1.25 cm on both sides, headings whose label hangs to the left of their
 * text, the symbol and page number in the running header and footer from
 * page 2, on the outer side of the page.
 */
export function documentStyleSheet(symbol: string): string {
  const runningSymbol = cssString(symbol);
  return `
@page {
  size: A4;
  margin: 2.5cm 2.25cm;
}
@page :right {
  @top-right { content: ${runningSymbol}; ${RUNNING_FONT} }
  @bottom-right { content: counter(page); ${RUNNING_FONT} }
}
@page :left {
  @top-left { content: ${runningSymbol}; ${RUNNING_FONT} }
  @bottom-left { content: counter(page); ${RUNNING_FONT} }
}
@page :first {
  @top-right { content: none; }
  @bottom-right { content: none; }
}
${SHEET}`;
}

const FONT_FAMILY = '"Times New Roman", Times, "Liberation Serif", serif';
const RUNNING_FONT = `font-family: ${FONT_FAMILY}; font-size: 9pt; font-weight: bold;`;

const SHEET = `
:root { color-scheme: light; }
html { background: #e6e6e6; }
body { margin: 0; padding: 1.5rem 0; }
.un-document {
  box-sizing: border-box;
  width: 21cm;
  min-height: 29.7cm;
  margin: 0 auto;
  padding: 2.5cm 2.25cm;
  background: #fff;
  color: #000;
  box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25);
  font-family: ${FONT_FAMILY};
  font-size: 10pt;
  line-height: 12pt;
  font-kerning: normal;
}
@media print {
  html { background: none; }
  body { padding: 0; }
  .un-document { width: auto; min-height: 0; padding: 0; box-shadow: none; }
}
/* :where keeps the reset weaker than any rule below it. */
:where(.un-document) :where(p, h1, h2, h3, h4, h5, ol, ul, li) { margin: 0; padding: 0; }
:where(.un-document) :where(h1, h2, h3, h4, h5) {
  font-weight: bold;
  break-after: avoid;
  page-break-after: avoid;
}

.masthead-band {
  display: flex;
  justify-content: space-between;
  align-items: baseline;
  gap: 1cm;
  padding-bottom: 3pt;
  border-bottom: 2.25pt solid #000;
}
.organization { font-size: 13pt; line-height: 16pt; }
.masthead-band .symbol { font-size: 17pt; line-height: 20pt; font-weight: bold; text-align: right; overflow-wrap: anywhere; }
.masthead-body {
  display: flex;
  justify-content: space-between;
  gap: 1cm;
  padding: 8pt 0 10pt;
  border-bottom: 2.25pt solid #000;
}
.masthead-body .body { flex: 0 1 10.5cm; font-size: 16pt; line-height: 19pt; font-weight: bold; }
.distribution { flex: 0 0 4.25cm; }
.distribution .original { margin-top: 12pt; }

.meeting { margin-top: 14pt; }
.meeting-title { font-weight: bold; }
.document-title, .section-heading, .annex-heading {
  font-size: 14pt;
  line-height: 16pt;
  margin: 24pt 1.25cm 12pt;
}
.issuance { font-size: 12pt; line-height: 14pt; font-weight: bold; margin: -6pt 1.25cm 12pt; }
.issuance-note { font-size: 8.5pt; line-height: 10pt; margin: 6pt 0 0 1.25cm; }
.annex-title { font-size: 12pt; line-height: 14pt; margin: 0 1.25cm 12pt; }

.agenda-list { list-style: none; margin: 0 1.25cm 0 1.25cm; }
.agenda-list li { padding-left: 0.65cm; margin-bottom: 6pt; }
.agenda-list .sub-items { list-style: none; margin-top: 6pt; }
.agenda-list .label { display: inline-block; width: 0.65cm; margin-left: -0.65cm; }

.item-heading, .sub-item-heading, .documentation-heading {
  font-size: 10pt;
  line-height: 12pt;
  margin: 12pt 1.25cm 6pt 0;
}
.item-heading { padding-left: 1.25cm; }
.sub-item-heading { padding-left: 1.9cm; }
.item-heading .label { display: inline-block; width: 1.25cm; margin-left: -1.25cm; }
.sub-item-heading .label { display: inline-block; width: 0.65cm; margin-left: -0.65cm; }
.documentation-heading { padding-left: 1.25cm; }

.annotation, .documentation li {
  margin: 0 1.25cm 6pt 1.25cm;
  text-align: justify;
  hyphens: manual;
  orphans: 2;
  widows: 2;
}
.paragraph-number { display: inline-block; min-width: 0.65cm; }
.documentation { list-style: none; }

.annex { break-before: page; page-break-before: always; }
.annex-table {
  width: calc(100% - 1.25cm);
  margin-left: 1.25cm;
  border-collapse: collapse;
  font-size: 10pt;
  line-height: 12pt;
}
.organization-of-work col.time { width: 3.2cm; }
.documents-list col.symbol { width: 5cm; }
.annex-table col.item { width: 2.1cm; }
.annex-table thead th {
  font-style: italic;
  font-weight: normal;
  font-size: 9pt;
  text-align: left;
  padding: 4pt 4pt 4pt 0;
  border-top: 0.75pt solid #000;
  border-bottom: 1.5pt solid #000;
}
.annex-table tbody th {
  text-align: left;
  padding: 8pt 4pt 4pt 0;
}
.annex-table td { vertical-align: top; padding: 2pt 4pt 4pt 0; }
.annex-table tr { break-inside: avoid; page-break-inside: avoid; }
.annex-table tbody:last-child tr:last-child td { border-bottom: 0.75pt solid #000; padding-bottom: 6pt; }
`;

/**
 * A CSS string that cannot end the string, the rule or the <style> element,
 * whatever the symbol holds: every character outside a safe set is escaped.
 */
export function cssString(text: string): string {
  const escaped = Array.from(text)
    .map((char) =>
      /[A-Za-z0-9 ./_:,()-]/u.test(char) ? char : `\\${(char.codePointAt(0) ?? 0).toString(16)} `,
    )
    .join('');
  return `"${escaped}"`;
}

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  paragraphsFromClipboard,
  runsFromElement,
  runsToHtml,
} from '../../../../../renderer/features/annotations/runs-dom';

function element(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('paragraph runs in the DOM', () => {
  it('writes runs as escaped HTML with <b> and <i>', () => {
    expect(
      runsToHtml([
        { text: 'a < b & "c"' },
        { text: 'bold', bold: true },
        { text: 'both', bold: true, italic: true },
      ]),
    ).toBe('a &lt; b &amp; &quot;c&quot;<b>bold</b><b><i>both</i></b>');
  });

  it('reads back what the editor holds after typing, Ctrl+B and Ctrl+I', () => {
    expect(
      runsFromElement(
        element('In its <i>resolution</i> 5/1, <b>the <i>Conference</i></b>  requested'),
      ),
    ).toEqual([
      { text: 'In its ' },
      { text: 'resolution', italic: true },
      { text: ' 5/1, ' },
      { text: 'the ', bold: true },
      { text: 'Conference', bold: true, italic: true },
      { text: '  requested' },
    ]);
  });

  it('round-trips runs through the DOM', () => {
    const runs = [
      { text: 'Report ' },
      { text: 'of the ', italic: true },
      { text: 'Secretariat', bold: true },
    ];
    expect(runsFromElement(element(runsToHtml(runs)))).toEqual(runs);
  });
});

describe('paste from Word or a web page', () => {
  const WORD_HTML = `
    <html><head><style>p.MsoNormal { font-family: "Times New Roman"; color: red }</style>
    <script>window.pwned = true</script></head>
    <body>
      <p class="MsoNormal" style="font-family:Arial;color:#ff0000;font-size:14pt">
        In its <span style="font-style:italic">resolution 5/7</span>, the <span style='font-weight:bold'>Conference</span>
        requested&nbsp;the Working Group
      </p>
      <p class="MsoNormal"><font face="Courier" color="blue">Second paragraph</font> with <em>emphasis</em>.</p>
      <table><tr><td>Cell one</td><td><strong>Cell two</strong></td></tr></table>
      <img src="http://example.com/tracker.png" onerror="window.pwned = true">
      <script>window.pwned = true</script>
      <ul><li>First point</li><li>Second point</li></ul>
    </body></html>`;

  it('keeps paragraphs, italic and bold, and drops fonts, colours, scripts and images', () => {
    const paragraphs = paragraphsFromClipboard(WORD_HTML, 'ignored');
    expect(paragraphs).toEqual([
      [
        { text: 'In its ' },
        { text: 'resolution 5/7', italic: true },
        { text: ', the ' },
        { text: 'Conference', bold: true },
        { text: ' requested the Working Group' },
      ],
      [{ text: 'Second paragraph with ' }, { text: 'emphasis', italic: true }, { text: '.' }],
      [{ text: 'Cell one' }],
      [{ text: 'Cell two', bold: true }],
      [{ text: 'First point' }],
      [{ text: 'Second point' }],
    ]);
    expect((window as unknown as { pwned?: boolean }).pwned).toBeUndefined();
    expect(JSON.stringify(paragraphs)).not.toMatch(/Arial|Courier|ff0000|color|script|tracker/i);
  });

  it('treats <br> as a paragraph break and normal weight as not bold', () => {
    expect(
      paragraphsFromClipboard(
        '<b>One<span style="font-weight:normal"> two</span></b><br>Three',
        '',
      ),
    ).toEqual([[{ text: 'One', bold: true }, { text: ' two' }], [{ text: 'Three' }]]);
  });

  it('splits plain text at line breaks when there is no HTML', () => {
    expect(paragraphsFromClipboard('', 'First line\r\n\r\n  Second line  \nThird')).toEqual([
      [{ text: 'First line' }],
      [{ text: 'Second line' }],
      [{ text: 'Third' }],
    ]);
  });
});

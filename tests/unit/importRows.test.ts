import { describe, expect, it } from 'vitest';
import { blankRow, htmlToText, statusOfWord } from '../../electron/core/imports/rows';

/**
 * A posting's HTML as the words a person reads (Huntr's descriptions, an email's HTML part), and a
 * status word as one of Rebound's. Every expected text below was worked out by hand, tag by tag.
 */

describe('a posting in HTML as text', () => {
  it('turns headings, paragraphs, list items, divisions and line breaks into lines, and drops every other tag', () => {
    const html =
      '<h2>Designer</h2><p>Join <b>Acme</b> today.</p><ul><li>Figma</li><li class="x">Research</li></ul>' +
      '<div >Apply</div >now<br/>soon<BR>later<br />end';
    expect(htmlToText(html)).toBe('Designer\nJoin Acme today.\n• Figma\n• Research\n\nApply\nnow\nsoon\nlater\nend');
  });

  it('ends a table row with a line, and a tag that only starts with li is no list item', () => {
    expect(htmlToText('<table><tr><td>Salary</td></tr><tr><td>Remote</td></tr></table><link rel="icon">')).toBe('Salary\nRemote');
  });

  it('drops scripts and styles with what is inside them, each up to its own end tag', () => {
    const html = '<style>p { color: red }</style>Keep <script type="module">let a = 1;\nrun(a)</SCRIPT > this<script>b()</script >';
    expect(htmlToText(html)).toBe('Keep this');
  });

  it('decodes entities once, named in any case and numbered in decimal or hex, and leaves the ones it cannot read as written', () => {
    const html = '&lt;b&gt; &AMP; &amp;lt; &quot;hi&quot; &apos;s&nbsp;x &#233; &#x41;&#X42; &#0; &#x110000; &#x10ffff; &unknown; & alone';
    expect(htmlToText(html)).toBe(`<b> & &lt; "hi" 's x é AB &#0; &#x110000; \u{10ffff} &unknown; & alone`);
  });

  it('runs of spaces, tabs and no-break spaces become one space, none is left at a line edge, and at most one blank line stays', () => {
    const html = '  <p>Lead \t\u00a0 designer</p>  \n  <p>Remote </p><p></p></div><br><br>Paid  ';
    expect(htmlToText(html)).toBe('Lead designer\n\nRemote\n\nPaid');
    // A space only after a line break goes too.
    expect(htmlToText('<p>Apply</p> by Friday')).toBe('Apply\nby Friday');
  });
});

describe('a blank row', () => {
  it('names its file, line and day, and holds nothing else: no company, no link, no person, saved from a job board', () => {
    expect(blankRow('jobs.csv', 7, '2026-01-05')).toEqual({
      line: 7,
      file: 'jobs.csv',
      company: '',
      role: '',
      link: '',
      location: '',
      remote: false,
      salary: '',
      source: 'job_board',
      status: 'saved',
      day: '2026-01-05',
      appliedOn: null,
      contact: { name: '', email: '', phone: '' },
      resumeName: '',
      answers: [],
      description: '',
      extra: [],
    });
  });
});

describe('a status word', () => {
  it('is read whatever its case, its spaces or underscores around and inside it, and its accents', () => {
    expect(statusOfWord('  Phone_Screen ')).toBe('interviewing');
    expect(statusOfWord('NO \t  RESPONSE')).toBe('no_reply');
    expect(statusOfWord('no__reply')).toBe('no_reply');
    expect(statusOfWord('Zurückgezogen')).toBe('withdrawn');
    expect(statusOfWord('Desistência')).toBe('withdrawn');
  });

  it('is nothing when Rebound does not know it, including the names every object has', () => {
    expect(statusOfWord('maybe')).toBeNull();
    expect(statusOfWord('')).toBeNull();
    expect(statusOfWord('constructor')).toBeNull();
    expect(statusOfWord('toString')).toBeNull();
  });
});

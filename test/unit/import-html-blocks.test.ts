import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

describe('lines indented inside an HTML element a Jekyll or MkDocs page leaves open', () => {
  it('input: "<div id=\\"text\\">" over a blank line, an indented "<h1>", "<p>" and "<a>" lines, "</div>" → the words as text and the heading as a heading, no code block of tags', () => {
    const { topics, report } = importGuide({
      fileName: 'index.md',
      text: [
        '<div id="text">',
        '  <div id="logo">',
        '',
        '    <h1> Tusky </h1>',
        '  </div>',
        '',
        '  <div id="description">',
        '    <p>',
        '      Tusky is a lightweight client for',
        '      <a href="https://joinmastodon.org">Mastodon</a>, a free social network server.',
        '    </p>',
        '',
        '    <p>',
        '      If you found a bug, open an issue.',
        '    </p>',
        '  </div>',
        '</div>',
        '',
        '    indented code after the element',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.title)).toEqual(['Tusky']);
    const text = topics[0]!.text;
    expect(text).not.toContain('<p>');
    expect(text).toContain('Tusky is a lightweight client for Mastodon, a free social network server.');
    expect(text).toContain('If you found a bug, open an issue.');
    // After the element closes, an indented block is code again.
    expect(text).toContain('   ```\n   indented code after the element\n   ```');
  });

  it('input: a "<div markdown>" (Python-Markdown reads Markdown inside) holding an indented block → still code', () => {
    const { topics } = importGuide({
      fileName: 'page.md',
      text: '# Page\n\n<div class="grid" markdown>\n\nRun:\n\n    make install\n\n</div>\n',
      allowedHosts: [],
    });
    expect(topics[0]!.text).toContain('1. Run:\n   ```\n   make install\n   ```');
  });

  it('input: "<h2>Permissions</h2>" over "<p><strong>INTERNET:</strong> …</p>" lines with no blank line between, one "</p>" on a line of its own → one step per paragraph', () => {
    const { topics } = importGuide({
      fileName: 'privacy.md',
      text: [
        '<main>',
        '  <h2>Permissions</h2>',
        '  <p><strong>INTERNET:</strong> Required to access connected instances.</p>',
        '  <p><strong>VIBRATE:</strong> for notifications</p>',
        '  <p><strong>RECEIVE_BOOT_COMPLETED:</strong> To continue receiving notifications after a restart',
        '  </p>',
        '  <p>Questions? Write to us.</p>',
        '</main>',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(topics[0]!.text).toMatch(
      /1\. [^\n]*INTERNET:[^\n]* Required to access connected instances\.\n2\. [^\n]*VIBRATE:[^\n]* for notifications\n3\. [^\n]*RECEIVE_BOOT_COMPLETED:[^\n]* To continue receiving notifications after a restart\n4\. Questions\? Write to us\./,
    );
  });

  it('input: "<strong>INTERNET:</strong>", "<b>Effects</b>", "<em>(unassigned)</em>" and an icon\'s empty "<i class=…></i>" → "**INTERNET:**", "**Effects**", "*(unassigned)*", the icon gone', () => {
    const { topics } = importGuide({
      fileName: 'page.md',
      text: [
        '# Page',
        '',
        '<p><strong>INTERNET:</strong> Required to access connected instances.</p>',
        '',
        'Click the <b>Effects</b> button. Fade Out is <em>(unassigned)</em>.',
        '',
        '<a href="/download"><i class="icon-download"></i> Download</a>',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain('**INTERNET:** Required to access connected instances.');
    expect(text).toContain('Click the **Effects** button. Fade Out is *(unassigned)*.');
    expect(text).toContain('Download');
    expect(text).not.toMatch(/\*\*\s*\*\*|<i|<\/?(?:strong|b|em)>/);
  });
});

describe('HTML code spans', () => {
  it('input: "if there is no <code class=\\"language-clojure\\">fill-color</code>" and "<code>&lt;name&gt;</code>" → "`fill-color`" and "`<name>`", code as the page shows it, not prose', () => {
    const { topics } = importGuide({
      fileName: 'page.md',
      text: [
        '# Data',
        '',
        'If there is no <code class="language-clojure">fill-color</code>, the shape is not filled.',
        'Name it <code>&lt;name&gt;</code>.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(topics[0]!.text).toContain('1. If there is no `fill-color`, the shape is not filled.\n2. Name it `<name>`.');
  });
});

describe('wide and narrow space entities', () => {
  it('input: "&emsp;&emsp;Port: *465*", "| Language | &emsp; eSpeak |", "a&ensp;b&thinsp;c" → spaces, no "&emsp;" shown', () => {
    const { topics } = importGuide({
      fileName: 'page.md',
      text: '# Identity\n\nSet these:\n\n&emsp;&emsp;Port: *465*\n\n| Language | Engines |\n| --- | --- |\n| Irish | &emsp; eSpeak |\n\nSay a&ensp;b&thinsp;c.\n',
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).not.toMatch(/&(?:emsp|ensp|thinsp);/);
    expect(text).toContain('Port: *465*');
    expect(text).toContain('Say a b c.');
  });
});

describe('GitBook\'s "&#xNAN;", an entity that names no character', () => {
  // GitBook's export escapes the first letter of emphasis opening a line after a "\" break, and the character before
  // the "_": "&#xNAN;" where there is none (the final-q guide's basics/installing-ffmpeg.md has one).
  it('input: "…elsewhere.\\" then "&#xNAN;_&#x49;n case of LAME:_", "&#NaN;" and "&#xD800;" in words → "_In case of LAME:_" on its own line; members saw "&#xNAN;_In case of LAME:_"', () => {
    const { topics } = importGuide({
      fileName: 'page.md',
      text: [
        '# Libraries',
        '',
        '1. Open the preferences.',
        '2. Find the FFmpeg library.\\',
        '   &#xNAN;_&#x49;n case of LAME:_\\',
        '   Find the LAME library&#NaN; and the codec&#xD800;.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).not.toMatch(/&#/);
    expect(text).toContain(
      '2. Find the FFmpeg library.\n   _In case of LAME:_\n   Find the LAME library and the codec.',
    );
  });
});

describe("GitBook's cards, an HTML table whose hidden columns hold what a card opens", () => {
  // Adapted from anyproto/docs (fd9296f), advanced/connect.md; the final-q guide's README.md has the same cards with a
  // hidden cover picture column too.
  it('input: "<table data-view=\\"cards\\">" with "<th data-hidden data-card-target …>" and "<th data-hidden data-card-cover …>" columns → each card\'s title and text; members saw "community-forum.md" and "[Card forum.png](…)" at each row\'s end', () => {
    const { topics } = importGuide({
      fileName: 'page.md',
      text: [
        '# Connect',
        '',
        '<table data-view="cards"><thead><tr><th></th><th></th><th data-hidden data-card-target data-type="content-ref"></th><th data-hidden data-card-cover data-type="files"></th></tr></thead><tbody><tr><td><h4>Forum</h4></td><td>Ask the community</td><td><a href="community/community-forum.md">community-forum.md</a></td><td><a href=".gitbook/assets/Card forum.png">Card forum.png</a></td></tr><tr><td><strong>Blog</strong></td><td>Read our news</td><td><a href="https://blog.example.org/">https://blog.example.org/</a></td><td></td></tr></tbody></table>',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).not.toMatch(/\.md|\.png|blog\.example/);
    // Each card as a <Card> of MDX reads (see import-card-tables.test.ts).
    expect(text).toContain('**Forum:** Ask the community');
    expect(text).toContain('**Blog:** Read our news');
  });
});

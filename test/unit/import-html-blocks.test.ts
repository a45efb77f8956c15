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
});

import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

// Adapted from Jellyfin's docs (jellyfin/jellyfin.org@04dc6a60fd7045474ac40b1cac962947a4a9b4a9,
// docs/general/server/media/_metadata-images.md): footnote marks written as "<sup>1</sup>".
describe('footnote marks written as HTML superscripts', () => {
  it('input: "<sup>1</sup>" in a table cell, atop the note it marks and in an HTML table → "¹", not a digit run into the words ("1Multiple backdrop…")', () => {
    const { topics } = importGuide({
      fileName: 'images.md',
      text: [
        '# Metadata Images',
        '',
        '| Type     | Description                            |',
        '| -------- | -------------------------------------- |',
        '| Backdrop | Background image in media page <sup>1</sup> |',
        '| Banner   | Shown in banner mode. <sup>2</sup>     |',
        '',
        '<sup>1</sup>Multiple backdrop images can be used to cycle through several over time.',
        '',
        '<sup>2</sup>These are not used by any client for audio content.',
        '',
        '<table><tr><th>Name</th><th>Movies</th></tr><tr><td>poster</td><td>✅ <sup>2</sup></td></tr></table>',
        '',
        'Some <sup>superscript</sup> text.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain('| Backdrop | Background image in media page ¹ |');
    expect(text).toContain('| Banner   | Shown in banner mode. ²     |');
    expect(text).toContain('¹Multiple backdrop images can be used');
    expect(text).toContain('²These are not used by any client');
    expect(text).toContain('| poster | ✅ ² |');
    expect(text).not.toMatch(/\b[12]Multiple|\b2These/);
    // Raised words are no footnote mark: they read as the words they are.
    expect(text).toContain('Some superscript text.');
  });
});

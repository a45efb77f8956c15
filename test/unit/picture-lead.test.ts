import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

/** The imported text of a one-section guide. */
const text = (fileName: string, source: string): string =>
  importGuide({ fileName, text: source, allowedHosts: [] })
    .topics.map((t) => t.text)
    .join('\n');

describe('a sentence that led into a dropped screenshot ends without its colon', () => {
  it('input: Markdown "…under the article you want to split off:" then an image → a full stop, no colon pointing at nothing', () => {
    const out = text(
      'split.md',
      '# Split tickets\n\nTo split a ticket, click the split button under the article you want to split off:\n\n![The split button](split.png)\n\nA dialog opens, filled in from the article.\n',
    );
    expect(out).toContain('under the article you want to split off.');
    expect(out).not.toMatch(/split off:/);
  });

  it('input: a numbered step ending on its screenshot, then the next step → the step ends on a full stop', () => {
    const out = text(
      'merge.md',
      '# Merge tickets\n\n1. Open the ticket menu in the sidebar and pick Merge:\n\n   ![Menu](menu.png)\n\n2. Enter the number of the ticket to merge into.\n',
    );
    expect(out).toContain('pick Merge.');
  });

  it('input: "The options are:" then a screenshot, then the list of options → the colon stays (it leads into the list)', () => {
    const out = text(
      'options.md',
      '# Options\n\nOn the settings page the options are these:\n\n![Settings](s.png)\n\n- Dark mode\n- Compact view\n',
    );
    expect(out).toContain('the options are these:');
  });

  it('input: "…where you can answer it. Example:" then a screenshot → the label goes with the picture it named', () => {
    const out = text(
      'quote.md',
      '# Quote text\n\nThis puts the marked text in your editor where you can answer it. Example:\n\n<img src="quote.png" alt="quote">\n\nSend it when done.\n',
    );
    expect(out).toContain('where you can answer it.');
    expect(out).not.toMatch(/Example/);
  });

  it('input: reStructuredText ".. figure::" with no caption after a lead-in, and one with a caption → a full stop for both: the caption describes the picture, and goes with it', () => {
    const out = text(
      'split.rst',
      'Split tickets\n=============\n\nTo split a ticket, click the ``split`` button under the article you\nwant to split off:\n\n.. figure:: /images/split.png\n   :alt: The split button\n   :align: center\n\nAfter clicking it, a dialog for a new ticket is shown to you:\n\n.. figure:: /images/dialog.png\n\n   The new ticket dialog, filled in from the article.\n',
    );
    expect(out).toMatch(/want to split off\./);
    expect(out).toContain('a dialog for a new ticket is shown to you.');
    expect(out).not.toContain('The new ticket dialog');
  });

  it('input: a label alone ("Tip:") or "**Note:**" before a picture → left as written', () => {
    const out = text('tip.md', '# Tips\n\nSave often.\n\nTip:\n\n![Save](save.png)\n\nUse Ctrl+S.\n');
    expect(out).toContain('Tip:');
  });
});

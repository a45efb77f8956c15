import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';
import { HARD_BREAK } from '../../src/core/import/markdown-inline.js';

const topicText = (text: string, file: string, allowedHosts: string[] = []) =>
  importGuide({ fileName: 'guide.md', text, allowedHosts }).topics.find((t) => t.file === file)!.text;

describe('<br> in Markdown', () => {
  it('input: "<br>", "<br/>" and "<br />" in a paragraph and in list items → the words after each on a line of their own, never run together', () => {
    const text = topicText(
      [
        '# Guide',
        '',
        '## Files',
        '',
        'Contents of the folder: Disc 1.bin<br>Disc 1.cue<br/>',
        'Disc 2.bin<br />Game.m3u',
        '',
        '- Open settings<br>Then tap **Save**.',
        '- Done',
        '',
      ].join('\n'),
      'files.md',
    );
    expect(text).toContain('Contents of the folder: Disc 1.bin\nDisc 1.cue\nDisc 2.bin\nGame.m3u');
    expect(text).toMatch(/1\. Open settings\n {3}Then tap \*\*Save\*\*\.\n2\. Done/);
    expect(text).not.toContain(HARD_BREAK);
  });

  it("input: <br> in a table cell (piped, or in a row without outer pipes), in a link's words and in a <details> box's <summary> → a space: the cell stays on its row, the words apart", () => {
    const text = topicText(
      [
        '# Guide',
        '',
        '## Outputs',
        '',
        'Read <a href="https://example.org/a">Line one<br>two</a> first.',
        '',
        '| Setting | Description |',
        '|---|---|',
        '| Clock | Slow<br>Fast |',
        'Order | Red<br/>Green |',
        '',
        '<details>',
        '<summary>More<br>info</summary>',
        '',
        'Hidden text.',
        '',
        '</details>',
        '',
      ].join('\n'),
      'outputs.md',
      ['example.org'],
    );
    expect(text).toContain('[Line one two](https://example.org/a)');
    expect(text).toContain('| Clock | Slow Fast |');
    expect(text).toContain('Order | Red Green |');
    expect(text).toContain('**More info:**');
    expect(text).not.toContain(HARD_BREAK);
  });

  it('input: lines of links each ended by <br>, to a host not allowed → each line goes, as a line of only a link does; a <br> inside bold stays a space', () => {
    const text = topicText(
      [
        '# Guide',
        '',
        '## Permissions',
        '',
        'Download apps:',
        '',
        '[android.permission.INTERNET](https://developer.android.com/a)<br>',
        '[android.permission.WAKE_LOCK](https://developer.android.com/b)',
        '',
        '**Keep it<br>short**, then save.',
        '',
      ].join('\n'),
      'permissions.md',
    );
    expect(text).not.toContain('android.permission');
    expect(text).toContain('**Keep it short**, then save.');
    expect(text).not.toContain(HARD_BREAK);
  });
});

describe("a backslash ending a Markdown line (CommonMark's hard line break, as GitBook writes it)", () => {
  it('input: an address and a list item broken by trailing backslashes, a backslash in code, a lead "page:\\" over a picture → each line on its own, code as written, the lead ended by a full stop', () => {
    const text = topicText(
      [
        '# Guide',
        '',
        '## Address',
        '',
        'Send the form to:\\',
        'Example Ltd\\',
        '12 Main Street',
        '',
        '1. Open **Settings**.\\',
        '   **Note:** the menu may be hidden.',
        '2. You will see this page:\\',
        '   ![The settings page](<../.gitbook/assets/settings page.png>)',
        '3. Run `dir C:\\` and press Enter.',
        '',
        '```',
        'echo one \\',
        '  two',
        '```',
        '',
      ].join('\n'),
      'address.md',
    );
    // Before: "Send the form to: Example Ltd 12 Main Street" and "Open **Settings**. **Note:** the menu may be hidden."
    expect(text).toContain('Send the form to:\nExample Ltd\n12 Main Street');
    expect(text).toMatch(
      /1\. Open \*\*Settings\*\*\.\n {3}\*\*Note:\*\* the menu may be hidden\.\n2\. You will see this page\.\n3\./,
    );
    expect(text).toContain('Run `dir C:\\` and press Enter.');
    expect(text).toContain('echo one \\\n  two');
    expect(text).not.toContain(HARD_BREAK);
  });

  it('input: a line ending in an address of a host not allowed, then "\\" or "<br>" → the address goes, the break stays: the next words still start their own line', () => {
    const text = topicText(
      [
        '# Guide',
        '',
        '## Install',
        '',
        '1. Download the installer from [https://downloads.example.org/setup.exe](https://downloads.example.org/setup.exe)\\',
        '   For most computers, the 64-bit version is right.',
        '2. Read the notes at https://notes.example.org/latest<br>',
        '   They list what changed.',
        '',
      ].join('\n'),
      'install.md',
    );
    // Before: "Download the installer from For most computers, …" on one line (the address took the break with it).
    // (The preposition left pointing at nothing goes too: address-lead.ts.)
    expect(text).toMatch(/1\. Download the installer(?: from)?\n {3}For most computers, the 64-bit version is right\./);
    expect(text).toMatch(/2\. Read the notes(?: at)?\n {3}They list what changed\./);
    expect(text).not.toContain('example.org');
    expect(text).not.toContain(HARD_BREAK);
  });
});

describe('a line break inside a nested list item', () => {
  it('input: "    - In macOS\\" over two lines broken the same way, and "- In macOS<br>you need" → the lines after the break stand at the nested item\'s text column, not the outer item\'s', () => {
    const text = topicText(
      [
        '# Guide',
        '',
        '## Share',
        '',
        '1. Give permissions when asked',
        '    - In macOS\\',
        '        you need to grant the Screen Recording permission, and\\',
        '        sharing does not work in the desktop app',
        '2. Pick the screen to share',
        '    - In Windows<br>nothing more is needed',
        '',
      ].join('\n'),
      'share.md',
    );
    // Before: "   - In macOS" then "   you need to grant…" and "   sharing does not work…" under it, at the outer item's
    // column, which reads as the outer step's words, not the macOS note's.
    expect(text).toContain(
      '1. Give permissions when asked\n   - In macOS\n     you need to grant the Screen Recording permission, and\n     sharing does not work in the desktop app\n',
    );
    expect(text).toContain('2. Pick the screen to share\n   - In Windows\n     nothing more is needed');
  });
});

describe('a line break ending a line that held only an address of a host not allowed', () => {
  it('input: "- These need to be at:\\" over nested items "- <https://example.com/a>\\" → the emptied items go; members saw two bare "-" under the step', () => {
    const text = topicText(
      [
        '# Guide',
        '',
        '## Files',
        '',
        '- Create two files. They need to be at:\\',
        '  - <https://example.com/.well-known/client>\\',
        '  - <https://example.com/.well-known/server>\\',
        '',
        '- Turn on CORS.',
        '',
      ].join('\n'),
      'files.md',
    );
    // The sentence that handed the addresses over keeps a mark where they stood (see import-colon-lead.test.ts).
    expect(text).toContain('1. Create two files. They need to be at: <link removed>\n2. Turn on CORS.');
    expect(text).not.toMatch(/^\s*-\s*$/m);
  });
});

describe("two spaces ending a Markdown line (CommonMark's other hard line break)", () => {
  it("input: an address and list items whose lines end in two spaces, two spaces in code and at a paragraph's end → each line on its own, code as written, nothing left at the end", () => {
    const text = topicText(
      [
        '# Guide',
        '',
        '## Address',
        '',
        'Send the form to:  ',
        'Example Ltd  ',
        '12 Main Street  ',
        '',
        '1. Go to Element `All settings`  ',
        '   Under `Help & About`, click `Submit debug logs`',
        '2. Done.  ',
        '',
        '```',
        'echo one  ',
        'two',
        '```',
        '',
      ].join('\n'),
      'address.md',
    );
    // Before: "Send the form to: Example Ltd 12 Main Street" and "Go to Element `All settings` Under `Help & About`, …".
    expect(text).toContain('Send the form to:\nExample Ltd\n12 Main Street\n');
    expect(text).toContain(
      '1. Go to Element `All settings`\n   Under `Help & About`, click `Submit debug logs`\n2. Done.\n',
    );
    expect(text).toContain('echo one  \ntwo');
    expect(text).not.toContain(HARD_BREAK);
  });
});

describe('a summary across a line break', () => {
  it('input: a FAQ answer "In short:" then lines broken by two spaces ("4.0xx = stable", "4.1xx = unstable"), and a theme entry "**ID:** `1`" / "**Author:** steadyjaw" broken by backslashes → summaries "In short: 4.0xx = stable" and "ID: 1; Author: steadyjaw"; cut at the break, members saw "In short:" and "ID: 1"', () => {
    const text = [
      '# Help',
      '',
      '## Which version is stable?',
      '',
      'In short:  ',
      '4.0xx = stable  ',
      '4.1xx = unstable',
      '',
      '## Dracula',
      '',
      '**ID:** `1`\\',
      '**Author:** steadyjaw\\',
      '**Colours:** dark',
      '',
    ].join('\n');
    const summary = (file: string) => /^summary: "?(.*?)"?$/m.exec(topicText(text, file))?.[1];
    expect(summary('which-version-is-stable.md')).toBe('In short: 4.0xx = stable');
    expect(summary('dracula.md')).toBe('ID: 1; Author: steadyjaw');
  });
});

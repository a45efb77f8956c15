import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

/** The topic's text for a one-section page. */
function imported(fileName: string, lines: string[]): { text: string } {
  const { topics } = importGuide({ fileName, text: lines.join('\n'), allowedHosts: [] });
  return { text: topics[0]!.text };
}

describe('an MkDocs box that says nothing, over a list it does not hold', () => {
  it('input: \'!!! tip "It may take a few tries…"\' with no text, then steps each followed by an empty \'??? info "Screenshot"\' → the tip stays a line of its own; no step is labelled "Screenshot"', () => {
    // Before: "1. **It may take a few tries: the connection can be flaky.** Turn on developer options." and
    // "2. **Screenshot:** Turn on USB debugging…": the empty boxes' titles led the next step of the page's list.
    const { text } = imported('adb.md', [
      '# Connect with ADB',
      '',
      '!!! tip "It may take a few tries: the connection can be flaky."',
      '',
      '1. Turn on developer options.',
      '',
      '    ??? info "Screenshot"',
      '',
      '2. Turn on USB debugging and plug the phone in.',
      '',
      '    ??? info "Screenshot"',
      '',
      '3. Run `adb devices`.',
      '',
    ]);
    expect(text).toMatch(
      /It may take a few tries: the connection can be flaky\.\n+1\. Turn on developer options\.\n2\. Turn on USB debugging and plug the phone in\.\n3\. Run `adb devices`\./,
    );
    expect(text).not.toContain('Screenshot');
  });

  it('input: an empty \'!!! info "Version 2.2+"\' over a paragraph that is not indented into it → the title still leads that paragraph, as the site shows the box right above it', () => {
    const { text } = imported('delay.md', [
      '# Delay',
      '',
      '!!! info "Version 2.2+"',
      '',
      'The slider sets the time between two actions.',
      '',
    ]);
    expect(text).toContain('**Version 2.2+:** The slider sets the time between two actions.');
  });
});

describe('a box whose title stands over a list', () => {
  it('input: reST ".. admonition:: How to create a backup" and ".. important::", each holding a list → the label bold on its own line over the list, and the title an alias of the topic, as a Markdown box\'s is; the reST reader wrote it plain ("How to create a backup:"), neither a label\'s bold nor a name of the topic', () => {
    const { text } = imported('backups.rst', [
      'Backups',
      '=======',
      '',
      'Keep a copy of your data.',
      '',
      '.. admonition:: How to create a backup',
      '',
      '   #. Go to More.',
      '   #. Select Create backup.',
      '',
      '.. important::',
      '',
      '   - Close the app first.',
      '',
    ]);
    expect(text).toMatch(/\n\*\*How to create a backup:\*\*\n+1\. Go to More\.\n2\. Select Create backup\./);
    expect(text).toMatch(/\n\*\*Important:\*\*\n+- Close the app first\./);
    expect(text).toContain('- how to create a backup');
  });

  it('input: reST ".. admonition:: Why back up first?" over a list and over a sentence → "**Why back up first?**" as asked; the label always took a colon, "**Why back up first?:**"', () => {
    const { text } = imported('backups.rst', [
      'Backups',
      '=======',
      '',
      '.. admonition:: Why back up first?',
      '',
      '   - An update can fail.',
      '',
      '.. admonition:: Can I skip it?',
      '',
      '   Only on a test device.',
      '',
    ]);
    expect(text).toContain('**Why back up first?**\n');
    expect(text).toContain('**Can I skip it?** Only on a test device.');
    expect(text).not.toContain('?:');
  });

  it('input: ":::tip How to create a backup" over a numbered list → the title heads the whole list, and still names the topic', () => {
    // Before: "1. **How to create a backup:** Go to More." and "2. Select Create backup.", as if the title were the
    // first step's alone.
    const { text } = imported('backups.md', [
      '# Backups',
      '',
      ':::tip How to create a backup',
      '1. Go to More.',
      '2. Select Create backup.',
      ':::',
    ]);
    expect(text).toMatch(/\*\*How to create a backup:\*\*\n+1\. Go to More\.\n2\. Select Create backup\./);
    expect(text).not.toContain('**How to create a backup:** Go to More.');
    expect(text).toContain('- how to create a backup');
  });

  it('input: MkDocs \'!!! warning "Before you update"\' over a bullet list, after the steps → the title heads both items', () => {
    // Before: "- **Before you update:** Back up the database." then "- Stop the server.", which read as the section's.
    const { text } = imported('update.md', [
      '# Update',
      '',
      '1. Pull the new image.',
      '2. Restart the container.',
      '',
      '!!! warning "Before you update"',
      '    - Back up the database.',
      '    - Stop the server.',
      '',
    ]);
    expect(text).toMatch(/\*\*Before you update:\*\*\n+- Back up the database\.\n- Stop the server\./);
    expect(text).not.toContain('- **Before you update:** Back up');
  });

  it('input: a GitBook hint and a <details> box whose <summary> is "Supported formats", each over a bullet list → each label heads its list', () => {
    // Before: "- **Warning:** Keep your key safe." and "- **Supported formats:** PNG", the rest of each list unlabelled.
    const { text } = imported('keys.md', [
      '# Keys',
      '',
      'Create a key in the settings.',
      '',
      '{% hint style="warning" %}',
      '- Keep your key safe.',
      '- Never share it.',
      '{% endhint %}',
      '',
      '<details>',
      '<summary>Supported formats</summary>',
      '',
      '- PNG',
      '- JPEG',
      '',
      '</details>',
      '',
    ]);
    // The hint's list is the topic's first, so its items are the steps.
    expect(text).toMatch(/\*\*Warning:\*\*\n+1\. Keep your key safe\.\n2\. Never share it\./);
    expect(text).toMatch(/\*\*Supported formats:\*\*\n+- PNG\n- JPEG/);
  });
});

import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

/** Every topic's text of a guide, one after another. */
function importedText(fileName: string, lines: string[]): string {
  const { topics } = importGuide({ fileName, text: lines.join('\n'), allowedHosts: [] });
  return topics.map((t) => t.text).join('\n');
}

// Adapted from Obsidian's help vault ("How Obsidian stores data", "Manage sites") and an MkDocs page's tip box.
describe('a box that says all in its title, a sentence', () => {
  it('input: "> [!warning] Don\'t create a vault in the system folder. …" before a heading, "> [!note] Notes remain in your vault…" over steps, "> [!note] Note: applying…" → led by "Warning:" / "Note:" as a box\'s text is, not a bare line or a bold line of no type', () => {
    const text = importedText('stores.md', [
      '# How Obsidian stores data',
      '',
      '## Global settings',
      '',
      'Obsidian stores global settings in the system folder.',
      '',
      "> [!warning] Don't create a vault in the system folder. This may lead to corrupted data or data loss.",
      '',
      '## Delete an existing site',
      '',
      '> [!note] Notes remain in your vault even after you delete a site.',
      '',
      '1. In ribbon, click **Publish changes**.',
      '2. Click **Switch site**.',
      '',
      '## Tax exemption',
      '',
      '> [!note] Note: applying for a tax exemption will also update your billing address.',
      '',
    ]);
    // Before: "Don't create a vault…" as one more line of the section, "**Notes remain in your vault…**" in bold over the
    // steps: neither said it was a warning or a note.
    expect(text).toContain("**Warning:** Don't create a vault in the system folder. This may lead to corrupted data");
    expect(text).toContain('**Note:** Notes remain in your vault even after you delete a site.');
    expect(text).toContain('Note: applying for a tax exemption');
    expect(text).not.toContain('Note:** Note:');
  });

  it('input: "> [!tip] In _Live Preview_, you can right-click a table…" then a paragraph outside the quote → "**Tip:** …" a line of its own; the paragraph after it is not led by the tip', () => {
    const text = importedText('tables.md', [
      '# Tables',
      '',
      '> [!tip] In _Live Preview_, you can right-click a table to add or delete columns and rows.',
      '',
      'You can insert a table using the **Insert Table** command.',
      '',
    ]);
    // Before: "**In _Live Preview_, you can right-click a table to add or delete columns and rows.** You can insert a
    // table…": the tip ran into the next paragraph, as that paragraph's bold lead.
    expect(text).toMatch(
      /\*\*Tip:\*\* In _Live Preview_, you can right-click a table to add or delete columns and rows\.\n/,
    );
    expect(text).toMatch(/^(?:\d+\. )?You can insert a table/m);
  });

  it('input: \'!!! warning "Back up first."\' and ":::tip It may take a few tries." closed right under it, with no text in either box → "**Warning:** Back up first." and "**Tip:** It may take a few tries."', () => {
    const text = importedText('upgrade.md', [
      '# Upgrade',
      '',
      '!!! warning "Back up first."',
      '',
      'Then download the new version.',
      '',
      ':::tip It may take a few tries.',
      ':::',
      '',
      'Run the installer.',
      '',
    ]);
    // Before: "**Back up first.** Then download…" (no type), and the Docusaurus box's title was not shown at all.
    expect(text).toContain('**Warning:** Back up first.');
    expect(text).toContain('**Tip:** It may take a few tries.');
  });
});

// From Obsidian's help vault, "Callouts": its nested example, and its list of types, each shown in a callout of that
// type holding the example's code.
describe('a callout nested in another', () => {
  it('input: "> [!question] Can callouts be nested?" / "> > [!todo] Yes!, they can." / "> > > [!example]  You can even use…", and "> [!info] Sync limits" over "> > [!warning] Careful" / "> > Large files…" → no "[!todo]" or "[!example]" shown; a callout\'s example in quoted code stays as written', () => {
    const text = importedText('callouts.md', [
      '# Callouts',
      '',
      '## Nested callouts',
      '',
      '> [!question] Can callouts be nested?',
      '> > [!todo] Yes!, they can.',
      '> > > [!example]  You can even use multiple layers of nesting.',
      '',
      '## Sync',
      '',
      '> [!info] Sync limits',
      '> Each vault syncs up to 10 GB.',
      '>',
      '> > [!warning] Careful',
      '> > Large files slow the first sync.',
      '',
      '## Supported types',
      '',
      '> [!note]',
      '> ```md',
      '> > [!note]',
      '> > Lorem ipsum dolor sit amet',
      '> ```',
      '',
    ]);
    // Before: "**Can callouts be nested?** [!todo] Yes!, they can. [!example]  You can even use multiple layers…".
    expect(text).not.toMatch(/\[!(?:todo|example|warning)\]/);
    expect(text).toContain('**Can callouts be nested?** Yes!, they can. **Example:** You can even use multiple layers');
    expect(text).toContain('**Careful:** Large files slow the first sync.');
    expect(text).toMatch(/```md\n\s*> \[!note\]\n\s*> Lorem ipsum dolor sit amet\n\s*```/);
  });
});

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
    // The todo's title, a statement, is led by its type, as a box's statement title is (see the describe below).
    expect(text).not.toMatch(/\[!(?:todo|example|warning)\]/);
    expect(text).toContain(
      '**Can callouts be nested?** **Todo:** Yes!, they can. **Example:** You can even use multiple layers',
    );
    expect(text).toContain('**Careful:** Large files slow the first sync.');
    expect(text).toMatch(/```md\n\s*> \[!note\]\n\s*> Lorem ipsum dolor sit amet\n\s*```/);
  });
});

// Made up: one warning written as each site writes a box with a title, the title a whole sentence over text of its own.
describe('a box whose title is a statement, over text of its own', () => {
  it('input: "> [!WARNING] Do not unplug the phone." over "> The copy takes a minute.", the same as ":::warning …" (Docusaurus), \'!!! warning "…"\' (MkDocs) and a nested "> > [!caution] …"; a "??? danger "Is it safe?"" over "Yes." → each led by its type, "**Warning:** Do not unplug the phone. The copy takes a minute."; the question as asked', () => {
    const box = (title: string, lines: string[]) => ['', `## ${title}`, '', 'Start a backup.', '', ...lines, ''];
    const text = importedText('backups.md', [
      '# Backups',
      ...box('Alert', ['> [!WARNING] Do not unplug the phone.', '> The copy takes a minute.']),
      ...box('Docusaurus', [':::warning Do not unplug the phone.', '', 'The copy takes a minute.', '', ':::']),
      ...box('MkDocs', ['!!! warning "Do not unplug the phone."', '', '    The copy takes a minute.']),
      ...box('Nested', [
        '> [!NOTE] Copies',
        '> Each copy is a file.',
        '>',
        '> > [!CAUTION] Keep it dry.',
        '> > Water harms it.',
      ]),
      ...box('Question', ['??? danger "Is it safe?"', '    Yes.']),
    ]);
    // Before: "**Do not unplug the phone.** The copy takes a minute.": no member could tell it was a warning.
    expect(text.match(/\*\*Warning:\*\* Do not unplug the phone\. The copy takes a minute\./g)).toHaveLength(3);
    expect(text).not.toContain('**Do not unplug the phone.**');
    expect(text).toContain('**Caution:** Keep it dry. Water harms it.');
    expect(text).toContain('**Is it safe?** Yes.');
  });
});

import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/core/knowledge/knowledge.js';
import { renderAnswer } from '../../src/core/render/render.js';
import { tablesAsLines } from '../../src/core/render/table-lines.js';

describe('Markdown tables as Discord lines', () => {
  it('input: a four-column support table with an empty row end → one line per row, cells named by their column', () => {
    const text = [
      'Supported browsers:',
      '',
      '| Browser | Support | Versions | Notes |',
      '|---|:---:|:---:|---|',
      '| Chrome  | ✅ | >= 72 | Best results with >= 96 |',
      '| Internet Explorer | ❌ | | |',
    ].join('\n');
    expect(tablesAsLines(text).split('\n')).toEqual([
      'Supported browsers:',
      '',
      '**Chrome** — Support: ✅ · Versions: >= 72 · Notes: Best results with >= 96',
      '**Internet Explorer** — Support: ❌',
    ]);
  });

  it('input: a two-column table as a numbered step, an escaped pipe in a cell → the step keeps its number', () => {
    const text = [
      '1. Open the app.',
      '2. | Shortcut | Action |',
      '   | --- | --- |',
      '   | Ctrl+S | Save |',
      '   | `a \\| b` | Pipe |',
      '3. Close it.',
    ].join('\n');
    expect(tablesAsLines(text).split('\n')).toEqual([
      '1. Open the app.',
      '2. **Ctrl+S**: Save',
      '   **`a | b`**: Pipe',
      '3. Close it.',
    ]);
  });

  it('input: a table inside a code block, and pipes that are no table → left exactly as written', () => {
    const text = [
      '```',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '```',
      'Run `ls | grep x` here.',
      '| not | a table |',
    ].join('\n');
    expect(tablesAsLines(text)).toBe(text);
  });

  it('an imported topic with a table is shown as lines while the guide keeps its table (input: a "Keys" section)', () => {
    const text =
      '---\nid: keys\ntitle: Keyboard keys\n---\nThe keys:\n\n1. | Key | Does |\n   |---|---|\n   | J | Next |\n   | K | Back |\n';
    const built = buildKnowledge({ files: [{ name: 'keys.md', text }], allowedHostsText: '' });
    if (!built.ok) throw new Error('the fixture must load');
    const view = renderAnswer(built.knowledge.byId.get('keys')!, built.knowledge);
    expect(view.body).toContain('1. **J**: Next\n   **K**: Back');
    expect(view.body).not.toContain('|');
    expect(built.knowledge.byId.get('keys')!.steps.join('\n')).toContain('| J | Next |');
  });
});

import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

// Adapted from Espanso's regex page (a box "Before starting" listing two reading resources by address).
describe("a box's list items that were only an address not allowed", () => {
  it('input: "> [!tip] Before starting" over "> * https://regexone.com/" / "> * https://www.regular-expressions.info/" → the items go, not "* *" left under the box\'s words', () => {
    const { topics } = importGuide({
      fileName: 'regex.md',
      text: [
        '# Regex',
        '',
        '> [!tip] Before starting',
        '> Know regex first. If not, start here:',
        '>',
        '> * https://regexone.com/',
        '> * https://www.regular-expressions.info/',
        '',
        '## Basics',
        '',
        'Text.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain('**Before starting:** Know regex first. If not, start here:');
    expect(text).not.toMatch(/^\s*[*-]\s*(?:[*-]\s*)?$/m);
  });
});

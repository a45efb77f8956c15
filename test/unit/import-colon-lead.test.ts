import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

/** Every topic's text of a guide, one after another, with no host allowed. */
function importedText(lines: string[]): string {
  const { topics } = importGuide({ fileName: 'web.md', text: lines.join('\n'), allowedHosts: [] });
  return topics.map((t) => t.text).join('\n');
}

// Adapted from READMEs that send the reader to a local web app ("Start your browser and type in the following url:",
// "…type in the following URL in your browser:", Tableau's "Type in the following url: https://…").
describe('a sentence handing over an address with a colon, the address refused', () => {
  it('input: "type in the following url:" over the address on the next line, over it a paragraph below, "Type in the following url: https://….", "2. Type in the following URL:" over the address in the item → each colon followed by "<link removed>", not left hanging; no mark after "e.g.:" or "for example:"', () => {
    const text = importedText([
      '# Web app',
      '',
      '## Start',
      '',
      'Start your browser and type in the following url:',
      'http://127.0.0.1:5000/',
      'This opens the employees Web App.',
      '',
      '## Open',
      '',
      'To access the application you should type in the following URL in your browser:',
      '',
      'http://localhost:3000/',
      '',
      'This should take you to the initial page of the application.',
      '',
      '## Connect',
      '',
      'Open Tableau and choose the Web Data Connector.',
      'Type in the following url: https://tableau-wdc-splitwise.herokuapp.com.',
      'You should be redirected to log in.',
      '',
      '## Sign in',
      '',
      '1. Open the app.',
      '2. Type in the following URL:',
      '',
      '   [https://example.com/login](https://example.com/login)',
      '',
      '3. Sign in.',
      '',
      '## Server',
      '',
      "Enter your server's address, e.g.: https://cloud.example.com",
      '',
      'Use a provider, for example:',
      '',
      'https://provider.example.org',
      '',
    ]);
    // Before: "type in the following url: This opens…", "…in your browser:" as a step of its own, "Type in the
    // following url:.", "2. Type in the following URL:" over "3. Sign in.": told to type something never shown.
    expect(text).toContain('type in the following url: <link removed> This opens the employees Web App.');
    expect(text).toContain('type in the following URL in your browser: <link removed>');
    expect(text).toContain('Type in the following url: <link removed>.');
    expect(text).toContain('2. Type in the following URL: <link removed>\n3. Sign in.');
    expect(text).not.toMatch(/(?:url|URL|browser):\s*$/m);
    // An example goes with its marker ("e.g.:", "for example:"), as before: no mark stands for it.
    expect(text).not.toMatch(/(?:e\.g\.|example):? <link removed>/);
  });
});

import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

// Adapted from AppFlowy's docs (GitBook), "Google Summer of Code: contributor guidance", and a "Get help" list of the
// same kind; "Prerequisites" from a build-from-source page.
describe('a list item that is only a refused link named after its site', () => {
  it('input: "* [GitHub](https://github.com/AppFlowy-IO/AppFlowy)", "* [Discord](https://discord.gg/…)", "* [Twitter](…)" under "More info", "1. [Discord](…)" / "2. [Forum](…)" after "ask the community:", "- [Node.js](…)" under "Prerequisites" → no "GitHub" / "Discord" / "Twitter" steps; the sentence ends on <link removed>; "Node.js" stays', () => {
    const { topics } = importGuide({
      fileName: 'gsoc.md',
      text: [
        '# Contributor guidance',
        '',
        '## More info',
        '',
        '* [AppFlowy’s official website](https://www.appflowy.io/)',
        '* [GitHub](https://github.com/AppFlowy-IO/AppFlowy)',
        '* [Discord](https://discord.gg/9Q2xaN37tV)',
        '* [Twitter](https://twitter.com/appflowy)',
        '',
        '## Get help',
        '',
        'If you are stuck, ask the community:',
        '',
        '1. [Discord](https://discord.gg/9Q2xaN37tV)',
        '2. [Forum](https://forum.example.org/)',
        '',
        'Someone will answer within a day.',
        '',
        '## Prerequisites',
        '',
        '- [Node.js](https://nodejs.org/en/download/)',
        '- [pnpm](https://pnpm.io/installation)',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = (file: string) => topics.find((t) => t.file === file)!.text.split('---\n')[2]!;
    // Before: "1. AppFlowy’s official website" / "2. GitHub" / "3. Discord" / "4. Twitter", and "1. Discord" /
    // "2. Forum" as the steps of "Get help": names of places the member could no longer reach.
    expect(text('more-info.md')).not.toMatch(/GitHub|Discord|Twitter/);
    expect(text('more-info.md')).toContain('AppFlowy’s official website');
    expect(text('get-help.md')).not.toMatch(/^\s*\d+\. (?:Discord|Forum)\s*$/m);
    expect(text('get-help.md')).toContain('ask the community: <link removed>');
    expect(text('prerequisites.md')).toMatch(/Node\.js[\s\S]*pnpm/);
  });
});

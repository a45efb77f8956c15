import { describe, expect, it } from 'vitest';
import { importGuidePages } from '../../src/core/import/import-guide.js';

/** A chat app's formatting guide: a table whose cells show the result as a picture after "Renders as:". */
const GUIDE = [
  '# Formatting messages',
  '',
  '## Emoji and styles',
  '',
  '| You type | Result |',
  '|---|---|',
  '| `:smile:` | Renders as: ![smiling face](img/smile.png) |',
  '| `**bold**` | Renders as:<br>![screenshot](img/bold.png) |',
  '| `~~strike~~` | Shows struck text. Renders as: ![](img/strike.png) |',
  '',
].join('\n');

describe('a table cell leading into a picture the import drops', () => {
  it('input: cells "Renders as: ![smiling face](…)", "Renders as:<br>![screenshot](…)", "Shows struck text. Renders as: ![](…)" → "Renders as: smiling face"; a picture with no words of its own takes its lead with it; no cell ends on "Renders as:"', () => {
    const { topics } = importGuidePages({
      folderName: 'chat',
      files: [{ fileName: 'guide.md', text: GUIDE }],
      allowedHosts: [],
    });
    const text = topics.find((t) => t.text.includes('title: Emoji and styles'))!.text;
    expect(text).toContain('| `:smile:` | Renders as: smiling face |');
    expect(text).toMatch(/\| `\*\*bold\*\*` \| +\|/);
    expect(text).toContain('| `~~strike~~` | Shows struck text. |');
    expect(text).not.toMatch(/Renders as:\s*\|/);
  });
});

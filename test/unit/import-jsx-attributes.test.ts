import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

// Adapted from Jellyfin's docs (jellyfin/jellyfin.org@04dc6a60fd7045474ac40b1cac962947a4a9b4a9,
// docs/general/contributing/direct-donations.mdx): a <Link> whose target is computed by an arrow function.
describe('a JSX tag whose attribute is an expression holding ">"', () => {
  it('input: "<Link to={list.sort(() => Math.random() - 0.5)[0].url}>Pick for me</Link>" in a paragraph → "Pick for me", not "Math.random() - 0.5)[0].url}>Pick for me"', () => {
    const { topics } = importGuide({
      fileName: 'donations.mdx',
      text: [
        '---',
        'title: Donations',
        '---',
        '',
        "import Link from '@docusaurus/Link';",
        '',
        'Jellyfin is free and will always be free.',
        '',
        '<Link to={donations.sort(() => Math.random() - 0.5)[0].links[0].url}>Pick for me, just somebody.</Link>',
        '',
        'Or give to <Link to={pick({ a: 1 }) > 0 ? "/a" : "/b"}>the team</Link> as a whole.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain('2. Pick for me, just somebody.');
    expect(text).toContain('3. Or give to the team as a whole.');
    expect(text).not.toMatch(/Math\.random|\}>/);
  });
});

import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

describe('a refused link wrapped onto a line of its own inside a sentence', () => {
  it('input: "…by implementing the" / "[new IETF OpenPGP Crypto-Refresh](https://datatracker.ietf.org/…)" / "which was adopted in 2023." → the link\'s words stay in the sentence, not "implementing the which was adopted"', () => {
    const { topics, report } = importGuide({
      fileName: 'help.md',
      text: [
        '# Is OpenPGP secure?',
        '',
        'We aim to further improve security by implementing the',
        '[new IETF OpenPGP Crypto-Refresh](https://datatracker.ietf.org/doc/draft-ietf-openpgp-crypto-refresh/) ',
        'which was thankfully adopted in summer 2023.',
        '',
        'Delta Chat by default uses strict',
        '[TLS encryption](https://en.wikipedia.org/wiki/Transport_Layer_Security)',
        'which secures connections.',
        '',
        '[Log in here](https://login.example.org/)',
        '',
        'The end.',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain(
      'by implementing the new IETF OpenPGP Crypto-Refresh which was thankfully adopted in summer 2023.',
    );
    expect(text).toContain('uses strict TLS encryption which secures connections.');
    // A link standing as a paragraph of its own still goes with its address.
    expect(text).not.toContain('Log in here');
    expect(report.droppedLinks.map((d) => d.host).sort()).toEqual([
      'datatracker.ietf.org',
      'en.wikipedia.org',
      'login.example.org',
    ]);
  });
});

describe('a link whose target a Jekyll include wrote', () => {
  it('input: "built on [Internet Standards]({% include standards-url %})." → "built on Internet Standards.", not "[Internet Standards]()"', () => {
    const { topics } = importGuide({
      fileName: 'help.md',
      text: '# What is it?\n\nFree software, built on [Internet Standards]({% include standards-url %}).\n\nSee [`spec`]( ) too.\n',
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain('built on Internet Standards.');
    expect(text).toContain('See `spec` too.');
    expect(text).not.toContain('()');
  });
});

describe('a refused link named by its own address, in brackets after "see"', () => {
  it('input: "Some vendors restrict apps completely (see [dontkillmyapp.com](https://dontkillmyapp.com)) and…" → "…restrict apps completely and…", not "(see )"', () => {
    const { topics, report } = importGuide({
      fileName: 'push.md',
      text: '# Background\n\nSome Android vendors even restrict apps completely (see [dontkillmyapp.com](https://dontkillmyapp.com)) and messages wait.\n',
      allowedHosts: [],
    });
    expect(report.droppedLinks.map((d) => d.host)).toContain('dontkillmyapp.com');
    expect(topics[0]!.text).toContain('Some Android vendors even restrict apps completely and messages wait.');
  });

  it('input: the same brackets wrapped onto a line of their own in a list item → the item stays one paragraph', () => {
    const { topics } = importGuide({
      fileName: 'push.md',
      text: '# Background\n\n- Use Background Connection: some vendors even restrict apps completely\n  (see [dontkillmyapp.com](https://dontkillmyapp.com))\n  and messages wait.\n- Force Background Connection.\n',
      allowedHosts: [],
    });
    expect(topics[0]!.text).toContain(
      '1. Use Background Connection: some vendors even restrict apps completely and messages wait.\n2. Force',
    );
  });
});

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

describe('a link named by its own address, to a host not allowed, in a sentence', () => {
  it('input: "Read more on [example.com](…).", "Download it from https://… ", "Register on [x.org](…) (don\'t forget…)", "Open [x.com](…).", "Visit example.com to download the app." → the preposition or the sentence that led to the address goes with it; no host shown', () => {
    const { topics } = importGuide({
      fileName: 'guide.md',
      text: [
        '# Getting the app',
        '',
        '1. Read more on [example.com](https://example.com). Then come back.',
        '2. Download the installer from https://downloads.example.org/setup.exe',
        '3. Register an account on [games.example.org](https://games.example.org/) (confirm the email they send you).',
        '4. Open [takeout.example.com](https://takeout.example.com).',
        '5. Visit example.net to download the app. It is free.',
        '6. Each time you visit example.net, or sync, your account stays active.',
        '7. Map data comes from [maps.example.org](https://maps.example.org) (OSM).',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    // Before: "Read more on. Then come back.", "…installer from", "Register an account on (confirm…)", "Open.",
    // "Visit to download the app. It is free."
    expect(text).toContain('1. Read more. Then come back.\n');
    expect(text).toContain('2. Download the installer\n');
    expect(text).toContain('3. Register an account (confirm the email they send you).\n');
    expect(text).toContain('4. It is free.\n');
    // Where the sentence goes on past the address, nothing can go without changing what it says: left as it was.
    expect(text).toContain('5. Each time you visit, or sync, your account stays active.\n');
    expect(text).toContain('6. Map data comes from (OSM).');
    expect(text).not.toMatch(/example\.(?:com|org|net)/);
  });
});

describe('a link whose address in angle brackets holds a space', () => {
  // Adapted from AppFlowy-IO/AppFlowy-Docs (6917d6d), documentation/appflowy/draft-how-to-contribute-to-appflowy.md.
  it('input: "[My first PR](<draft-contribute.md#my first-pr>)" in a list, "see [the setup page](<../Getting Started.md>) first" and an allowed "[the docs](<https://docs.example.org/a b>)" → "My first PR", "see the setup page first", the allowed link kept; members saw the whole Markdown of the first two', () => {
    const { topics } = importGuide({
      fileName: 'help.md',
      text: [
        '# Contents',
        '',
        '1. Introduction',
        '2. [My first PR](<draft-contribute.md#my first-pr>)',
        '3. Read the docs: see [the setup page](<../Getting Started.md>) first, then [the docs](<https://docs.example.org/a b>).',
        '',
      ].join('\n'),
      allowedHosts: ['docs.example.org'],
    });
    const text = topics[0]!.text;
    expect(text).toContain('2. My first PR\n');
    expect(text).toContain('see the setup page first, then [the docs](<https://docs.example.org/a b>).');
    expect(text).not.toContain('.md');
  });
});

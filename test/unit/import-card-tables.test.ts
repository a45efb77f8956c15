import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

// Adapted from anyproto/docs (GitBook), advanced/connect.md: a "Connect" page that is one card table, each card's
// title an <h4>, its text, and a hidden column of the page or address it opens.
describe("GitBook's card table, whose header row is empty", () => {
  it('input: "<table data-view=\\"cards\\"><thead><tr><th></th><th></th><th data-hidden …>" over cards "<h4>Newsletter</h4>" / "Stay on top of product updates…" and a card of a title only → "**Newsletter:** Stay on top…", "Resetting Anytype", no empty "|  |  |" header row', () => {
    const { topics } = importGuide({
      fileName: 'connect.md',
      text: [
        '# Connect',
        '',
        '<table data-view="cards"><thead><tr><th></th><th></th><th data-hidden data-card-target data-type="content-ref"></th></tr></thead><tbody><tr><td><h4>Newsletter</h4></td><td>Stay on top of product updates, company news, and musings from the Anyteam</td><td><a href="https://anytype.io/?popup=mailinglist">https://anytype.io/?popup=mailinglist</a></td></tr><tr><td><h4>Forum</h4></td><td>Help us in polishing and improving Anytype</td><td><a href="community/community-forum.md">community-forum.md</a></td></tr><tr><td><h4>Telegram</h4></td><td>Chat with our team and community members</td><td><a href="https://t.me/anytype">https://t.me/anytype</a></td></tr><tr><td><strong>Resetting Anytype</strong></td><td></td><td><a href="resetting.md">resetting.md</a></td></tr></tbody></table>',
        '',
        'If your issue is not listed here, ask in our forum.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    // A card that is only its title (Audacity's "**Resetting Audacity**", the same cards) stays a line of the page.
    expect(topics).toHaveLength(1);
    const text = topics[0]!.text;
    // Before: "1. |  |  |" / "   | --- | --- |" / "   | Newsletter | Stay on top of …|": a table headed by nothing.
    expect(text).not.toMatch(/\|\s*\|\s*\|/);
    expect(text).toContain(
      '**Newsletter:** Stay on top of product updates, company news, and musings from the Anyteam',
    );
    expect(text).toContain('**Forum:** Help us in polishing and improving Anytype');
    expect(text).toContain('**Telegram:** Chat with our team and community members');
    expect(text).toMatch(/^(?:\d+\. )?Resetting Anytype$/m);
  });
});

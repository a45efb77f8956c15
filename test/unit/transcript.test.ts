import { describe, expect, it } from 'vitest';
import { REDACTED } from '../../src/core/normalise/secrets.js';
import {
  formatDuration,
  renderTranscriptHtml,
  transcriptFileName,
  type TranscriptInput,
  type TranscriptMessage,
} from '../../src/core/tickets/transcript.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const OPENED = Date.UTC(2026, 2, 29, 8, 5); // Sunday 2026-03-29 08:05 UTC, just after Berlin moved to summer time

const message = (extra: Partial<TranscriptMessage> = {}): TranscriptMessage => ({
  authorName: 'Jane',
  authorIsStaff: false,
  authorIsBot: false,
  at: OPENED,
  text: 'hello',
  attachments: [],
  embeds: [],
  ...extra,
});

const ticket = (extra: Partial<TranscriptInput> = {}): TranscriptInput => ({
  ticketNumber: 42,
  guildName: 'Acme Help',
  memberName: 'Jane',
  claimedByName: 'Sam (staff)',
  openedAt: OPENED,
  closedAt: OPENED + 2 * HOUR + 5 * MIN,
  closeReason: 'solved',
  messages: [message()],
  ...extra,
});

/** Every http(s) URL anywhere in the document, in attributes or text. */
const urlsIn = (html: string): string[] => html.match(/https?:\/\/[^\s"'<>)]+/g) ?? [];

describe('renderTranscriptHtml: member text is escaped', () => {
  it('message text "<script>alert(1)</script>" appears as text, never as a script element', () => {
    const html = renderTranscriptHtml(ticket({ messages: [message({ text: '<script>alert(1)</script>' })] }));
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('"<img src=x onerror=alert(1)>" as author name, message text, member name and guild name stays text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const html = renderTranscriptHtml(
      ticket({
        guildName: evil,
        memberName: evil,
        claimedByName: evil,
        messages: [message({ authorName: evil, text: evil })],
      }),
    );
    expect(html).not.toMatch(/<img/i);
    // "src=" survives only as visible text: no tag in the document carries a src or on* attribute.
    expect(html).not.toMatch(/<[^>]*\s(src|on\w+)\s*=/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('a name with quotes, Bob "the builder" O\'Neil & co, is escaped: & < > " \'', () => {
    const html = renderTranscriptHtml(
      ticket({
        memberName: 'Bob "the builder" O\'Neil & co',
        messages: [message({ authorName: 'Bob "the builder" O\'Neil & co', text: 'a < b > c' })],
      }),
    );
    expect(html).toContain('Bob &quot;the builder&quot; O&#39;Neil &amp; co');
    expect(html).toContain('a &lt; b &gt; c');
    expect(html).not.toContain('"the builder"');
  });

  it('embed title/description/field text "<b>bold</b>" is escaped', () => {
    const html = renderTranscriptHtml(
      ticket({
        messages: [
          message({
            text: '',
            embeds: [{ title: '<b>t</b>', description: '<i>d</i>', fields: [{ name: '<u>n</u>', value: '<s>v</s>' }] }],
          }),
        ],
      }),
    );
    for (const tag of ['<b>', '<i>', '<u>', '<s>']) expect(html).not.toContain(tag);
    expect(html).toContain('&lt;b&gt;t&lt;/b&gt;');
    expect(html).toContain('&lt;s&gt;v&lt;/s&gt;');
  });
});

describe('renderTranscriptHtml: secrets are redacted', () => {
  const pasted = 'my password is Hunter2!xyz';

  it('"my password is Hunter2!xyz" in message text, embed title/description/fields, close reason: never shown', () => {
    const html = renderTranscriptHtml(
      ticket({
        closeReason: `member wrote ${pasted}`,
        messages: [
          message({ text: `help, ${pasted} and it fails` }),
          message({
            authorName: 'Stepwise',
            authorIsBot: true,
            text: '',
            embeds: [{ title: pasted, description: pasted, fields: [{ name: pasted, value: pasted }] }],
          }),
        ],
      }),
    );
    expect(html).not.toContain('Hunter2');
    expect(html).not.toContain('xyz');
    expect(html).toContain(`my password is ${REDACTED}`);
    // Message text, embed title, description, field name and value, close reason: six places.
    expect(html.split(REDACTED).length - 1).toBe(6);
  });

  it('a one-time code "code is 482913" in a message is redacted, the words around it stay', () => {
    const html = renderTranscriptHtml(ticket({ messages: [message({ text: 'code is 482913 but it says expired' })] }));
    expect(html).not.toContain('482913');
    expect(html).toContain(`code is ${REDACTED} but it says expired`);
  });
});

describe('renderTranscriptHtml: attachments and links', () => {
  const png = { name: 'screenshot.png', url: 'https://cdn.discordapp.com/attachments/1/2/screenshot.png' };
  const log = { name: 'app.log', url: 'http://files.example.com/app.log?x=1&y=2' };

  it('https and http attachments (screenshot.png, app.log) are <a href> links named by file, not images', () => {
    const html = renderTranscriptHtml(ticket({ messages: [message({ attachments: [png, log] })] }));
    expect(html).toContain(`<a href="${png.url}" rel="noopener noreferrer nofollow">screenshot.png</a>`);
    expect(html).toContain(
      '<a href="http://files.example.com/app.log?x=1&amp;y=2" rel="noopener noreferrer nofollow">app.log</a>',
    );
    expect(html).not.toMatch(/<img/i);
    expect(html.match(/<a /g)).toHaveLength(2);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(document.cookie)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['file:///etc/passwd'],
    ['../secret.html'],
    ['not a url'],
  ])('attachment url %j is shown as text, not a link', (url) => {
    const attachments = [{ name: 'click-me.html', url }];
    const html = renderTranscriptHtml(ticket({ messages: [message({ attachments })] }));
    expect(html).not.toContain('<a ');
    expect(html).not.toMatch(/href=/i);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('click-me.html');
  });

  it('an attachment url with a quote, https://example.com/a"onmouseover="alert(1), cannot break out of href', () => {
    const html = renderTranscriptHtml(
      ticket({
        messages: [message({ attachments: [{ name: 'a', url: 'https://example.com/a"onmouseover="alert(1)' }] })],
      }),
    );
    expect(html).not.toContain('"onmouseover');
    expect(html).toContain('href="https://example.com/a%22onmouseover=%22alert(1)"');
  });

  it('a full ticket (3 attachments, one javascript:, a staff reply, an embed): no <script, src= or other URLs', () => {
    const attachments = [png, log, { name: 'evil', url: 'javascript:alert(1)' }];
    const html = renderTranscriptHtml(
      ticket({
        messages: [
          message({ text: 'see the screenshot', attachments }),
          message({ authorName: 'Sam', authorIsStaff: true, text: 'thanks!\nlooking at it' }),
          message({
            authorName: 'Stepwise',
            authorIsBot: true,
            text: '',
            embeds: [{ title: 'Ticket closed', description: 'by Sam' }],
          }),
        ],
      }),
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\bsrc\s*=/i);
    expect(html).not.toMatch(/<(img|link|iframe|object|embed|video|audio|source|base|form)\b/i);
    expect(html).not.toMatch(/url\(|@import/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(hrefs).toEqual([png.url, log.url]);
    expect(urlsIn(html).map((u) => u.replace(/&amp;/g, '&'))).toEqual([png.url, log.url]);
  });

  it('the document carries the strict CSP meta, a charset and a doctype', () => {
    const html = renderTranscriptHtml(ticket());
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`;
    expect(html).toContain(csp);
    expect(html).toContain('<meta charset="utf-8">');
  });
});

describe('renderTranscriptHtml: what a reader sees', () => {
  it('header of ticket #42 opened 08:05 UTC, closed 2 h 5 min later, claimed by Sam, rated 4: all shown', () => {
    const html = renderTranscriptHtml(ticket({ rating: 4 }));
    expect(html).toContain('<title>Ticket #42 · Acme Help</title>');
    expect(html).toContain('<dt>Member</dt><dd>Jane</dd>');
    expect(html).toContain('<dt>Claimed by</dt><dd>Sam (staff)</dd>');
    expect(html).toContain('<dt>Opened</dt><dd>2026-03-29 08:05</dd>');
    expect(html).toContain('<dt>Closed</dt><dd>2026-03-29 10:10</dd>');
    expect(html).toContain('<dt>Open for</dt><dd>2 h 5 min</dd>');
    expect(html).toContain('<dt>Close reason</dt><dd>solved</dd>');
    expect(html).toContain('<dt>Rating</dt><dd>★★★★☆ (4/5)</dd>');
    const footer = 'Transcript of ticket #42 · 1 message · times in UTC · made by Stepwise';
    expect(html).toContain(`<footer>${footer}</footer>`);
  });

  it('for a German server (lang "de"): headings, badges, durations and footer in German, member text as written', () => {
    const html = renderTranscriptHtml(
      ticket({
        lang: 'de',
        rating: 4,
        messages: [
          message({
            authorName: 'Sam',
            authorIsStaff: true,
            text: 'Open for business',
            attachments: [{ name: 'log.txt', url: 'https://cdn.example.com/log.txt' }],
          }),
        ],
      }),
    );
    const german = [
      '<html lang="de">',
      '<dt>Mitglied</dt><dd>Jane</dd>',
      '<dt>Übernommen von</dt><dd>Sam (staff)</dd>',
      '<dt>Offen seit</dt><dd>2 Std. 5 Min.</dd>',
      '<dt>Bewertung</dt><dd>★★★★☆ (4/5)</dd>',
      '<span class="badge staff">Team</span>',
      '<span class="label">Datei:</span>',
      '<div class="text">Open for business</div>',
      '<footer>Verlauf von Ticket #42 · 1 Nachricht · Zeiten in UTC · erstellt von Stepwise</footer>',
    ];
    for (const part of german) expect(html).toContain(part);
    // A language Stepwise does not speak reads as English rather than failing.
    expect(renderTranscriptHtml(ticket({ lang: 'xx-YY' }))).toContain('<dt>Open for</dt><dd>2 h 5 min</dd>');
  });

  it('a ticket nobody claimed, with no close reason and no rating (null): says so, no Rating row', () => {
    const html = renderTranscriptHtml(ticket({ claimedByName: null, closeReason: null, rating: null }));
    expect(html).toContain('<dt>Claimed by</dt><dd>nobody</dd>');
    expect(html).toContain('<dt>Close reason</dt><dd>none given</dd>');
    expect(html).not.toContain('Rating');
  });

  it('timeZone Europe/Berlin at 2026-03-29 08:05 UTC (summer time) is 10:05; "Europe/Berln" falls back to UTC', () => {
    const berlin = renderTranscriptHtml(ticket({ timeZone: 'Europe/Berlin' }));
    expect(berlin).toContain('<dt>Opened</dt><dd>2026-03-29 10:05</dd>');
    expect(berlin).toContain('<time>2026-03-29 10:05</time>');
    expect(berlin).toContain('times in Europe/Berlin');
    const winter = renderTranscriptHtml(ticket({ timeZone: 'Europe/Berlin', openedAt: Date.UTC(2026, 0, 5, 23, 30) }));
    expect(winter).toContain('<dt>Opened</dt><dd>2026-01-06 00:30</dd>');
    const typo = renderTranscriptHtml(ticket({ timeZone: 'Europe/Berln' }));
    expect(typo).toContain('<dt>Opened</dt><dd>2026-03-29 08:05</dd>');
    expect(typo).toContain('times in UTC');
  });

  it('a message "line one\\nline two" keeps its line break inside a pre-wrap block', () => {
    const html = renderTranscriptHtml(ticket({ messages: [message({ text: 'line one\nline two' })] }));
    expect(html).toContain('<div class="text">line one\nline two</div>');
    expect(html).toMatch(/\.text\{[^}]*white-space:pre-wrap/);
  });

  it('a staff author gets a Staff badge, a bot a Bot badge, a member none', () => {
    const html = renderTranscriptHtml(
      ticket({
        messages: [
          message({ authorName: 'Jane' }),
          message({ authorName: 'Sam', authorIsStaff: true }),
          message({ authorName: 'Stepwise', authorIsBot: true }),
        ],
      }),
    );
    expect(html).toContain('<span class="author">Sam</span><span class="badge staff">Staff</span>');
    expect(html).toContain('<span class="author">Stepwise</span><span class="badge bot">Bot</span>');
    expect(html).toContain('<span class="author">Jane</span>\n');
    expect(html.match(/class="badge/g)).toHaveLength(2);
  });

  it('an embed with title "Ticket closed", description and a field "Reason: solved" is shown as text', () => {
    const html = renderTranscriptHtml(
      ticket({
        messages: [
          message({
            text: '',
            embeds: [
              {
                title: 'Ticket closed',
                description: 'Closed by Sam',
                fields: [{ name: 'Reason', value: 'solved' }],
              },
            ],
          }),
        ],
      }),
    );
    expect(html).toContain('<div class="embed-title">Ticket closed</div>');
    expect(html).toContain('<div class="embed-description">Closed by Sam</div>');
    expect(html).toContain('<span class="embed-field-name">Reason</span><div class="embed-field-value">solved</div>');
  });

  it('a ticket with no messages says so and counts 0 messages', () => {
    const html = renderTranscriptHtml(ticket({ messages: [] }));
    expect(html).toContain('No messages.');
    expect(html).toContain('0 messages');
  });

  it('the same input twice renders the same bytes', () => {
    expect(renderTranscriptHtml(ticket())).toBe(renderTranscriptHtml(ticket()));
  });
});

describe('transcriptFileName / formatDuration', () => {
  it('ticket 42 is saved as "ticket-42.html"', () => {
    expect(transcriptFileName(42)).toBe('ticket-42.html');
  });

  it.each([
    [0, 'under 1 min'],
    [59_999, 'under 1 min'],
    [-5 * MIN, 'under 1 min'],
    [Number.NaN, 'under 1 min'],
    [MIN, '1 min'],
    [45 * MIN + 30_000, '45 min'],
    [2 * HOUR, '2 h'],
    [2 * HOUR + 5 * MIN, '2 h 5 min'],
    [23 * HOUR + 59 * MIN, '23 h 59 min'],
    [DAY, '1 d'],
    [3 * DAY + 4 * HOUR, '3 d 4 h'],
    [3 * DAY + 4 * HOUR + 59 * MIN, '3 d 4 h'],
    [3 * DAY + 59 * MIN, '3 d'],
  ])('formatDuration(%d ms) is %j', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it.each([
    ['de', 2 * HOUR + 5 * MIN, '2 Std. 5 Min.'],
    ['ja', 3 * DAY + 4 * HOUR, '3 日 4 時間'],
    ['ko', 30_000, '< 1분'],
  ])("in %s, formatDuration(%d ms) is %j: the units of the reader's language", (lang, ms, text) => {
    expect(formatDuration(ms, lang)).toBe(text);
  });
});

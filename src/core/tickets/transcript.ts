/**
 * A closed ticket as one HTML file that staff can keep, attach or open offline.
 *
 * The file is opened later, by people who did not write it, in whatever browser they have: it must
 * never run anything, load anything or leak that it was opened. So it is one self-contained document
 * (inline style only, no script, no image, no font), every piece of member text is escaped, secrets
 * pasted in the ticket are redacted as they are everywhere else, and a strict Content-Security-Policy
 * stops the browser fetching anything even if some markup slipped through.
 */
import { type MessageKey, t, uiLocale } from '../i18n/messages.js';
import { redactSecrets } from '../normalise/secrets.js';

/** One message of the ticket thread, as the platform layer hands it over. */
export interface TranscriptMessage {
  /** The author's display name as shown in the server (nickname first). */
  authorName: string;
  /** The author had the support role when the message was sent: shown with a Staff badge. */
  authorIsStaff: boolean;
  /** The author is a bot (Stepwise itself or another app): shown with a Bot badge. */
  authorIsBot: boolean;
  /** When the message was sent, in ms since the epoch. */
  at: number;
  /** The message content as typed (markdown is shown as written, not rendered). */
  text: string;
  /** Uploaded files: shown as links with their file name, never embedded or fetched. */
  attachments: Array<{ name: string; url: string }>;
  /** Rich embeds (mostly the bot's own): shown as plain text. */
  embeds: Array<{ title?: string; description?: string; fields?: Array<{ name: string; value: string }> }>;
}

/** Everything a transcript shows. */
export interface TranscriptInput {
  /** The ticket's number within its server. */
  ticketNumber: number;
  /** The server's name. */
  guildName: string;
  /** Display name of the member who opened the ticket. */
  memberName: string;
  /** Display name of the staff member who claimed it, or null when nobody did. */
  claimedByName: string | null;
  /** When the ticket was opened, in ms since the epoch. */
  openedAt: number;
  /** When the ticket was closed, in ms since the epoch. */
  closedAt: number;
  /** Why it was closed, as staff wrote it, or null when no reason was given. */
  closeReason: string | null;
  /** The member's rating of the help (1-5 stars), when they gave one. */
  rating?: number | null;
  /** The thread's messages, oldest first. */
  messages: TranscriptMessage[];
  /** IANA time zone the times are shown in (e.g. "Europe/Berlin"); default and fallback: UTC. */
  timeZone?: string;
  /**
   * The language of the file's own words (headings, badges, the footer): the server's preferred locale, since the
   * transcript is the staff's archive. English when absent or when Stepwise does not speak it.
   */
  lang?: string;
}

/** The file name a transcript is saved or attached as. */
export function transcriptFileName(ticketNumber: number): string {
  return `ticket-${ticketNumber}.html`;
}

/**
 * A span of time the way staff say it: "45 min", "2 h 5 min", "3 d 4 h". Two units at most,
 * because a ticket open for days is not measured in minutes. Under a minute reads "under 1 min".
 * `tag`: the reader's language; for one Stepwise speaks other than English, its short units ("2 Std. 5 Min.",
 * "2 時間 5 分"), from the runtime's own locale data.
 */
export function formatDuration(ms: number, tag?: string): string {
  const lang = uiLocale(tag);
  const part = (n: number, unit: TimeUnit) =>
    lang === 'en' ? `${n} ${ENGLISH_UNITS[unit]}` : unitFormat(lang, unit).format(n);
  if (!Number.isFinite(ms) || ms < 60_000) return lang === 'en' ? 'under 1 min' : `< ${part(1, 'minute')}`;
  const totalMinutes = Math.floor(ms / 60_000);
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  if (days > 0) return hours > 0 ? `${part(days, 'day')} ${part(hours, 'hour')}` : part(days, 'day');
  if (hours > 0) return minutes > 0 ? `${part(hours, 'hour')} ${part(minutes, 'minute')}` : part(hours, 'hour');
  return part(minutes, 'minute');
}

type TimeUnit = 'day' | 'hour' | 'minute';
const ENGLISH_UNITS: Record<TimeUnit, string> = { day: 'd', hour: 'h', minute: 'min' };
const unitFormats = new Map<string, Intl.NumberFormat>();
function unitFormat(lang: string, unit: TimeUnit): Intl.NumberFormat {
  const key = `${lang} ${unit}`;
  let f = unitFormats.get(key);
  if (!f) unitFormats.set(key, (f = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short' })));
  return f;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes the five characters that could end text or an attribute value, so member text stays text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Member text as shown: secrets redacted first (so the redaction cannot be undone by escaping), then escaped. */
const safeText = (text: string): string => escapeHtml(redactSecrets(text));

/**
 * The URL when it is an absolute http(s) URL, else null. Anything else (javascript:, data:, file:,
 * relative paths that would resolve against the file's own folder) must not become a link.
 */
function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The zone when Intl knows it, else UTC: a typo in a setting must not cost staff the transcript. */
function usableTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return 'UTC';
  }
}

/** "YYYY-MM-DD HH:MM" in the zone. Built from parts, because no locale promises exactly that order. */
function formatTime(ms: number, timeZone: string, lang: string): string {
  if (!Number.isFinite(ms)) return t(lang, 'transcript.unknownTime');
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '??';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

function formatRating(rating: number): string {
  if (Number.isInteger(rating) && rating >= 1 && rating <= 5) {
    return `${'★'.repeat(rating)}${'☆'.repeat(5 - rating)} (${rating}/5)`;
  }
  return String(rating);
}

function renderAttachment(a: { name: string; url: string }, lang: string): string {
  const name = escapeHtml(a.name || t(lang, 'transcript.attachment'));
  // A word, not a paperclip emoji: the machine that opens the file may have no emoji font.
  const label = `<span class="label">${escapeHtml(t(lang, 'transcript.file'))}</span>`;
  const href = safeHref(a.url);
  // A link that is not http(s) is shown as text, so staff still see what was sent without it being clickable.
  if (href === null) {
    return `<li class="attachment">${label} ${name} <span class="bad-link">(${escapeHtml(a.url)})</span></li>`;
  }
  const link = `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${name}</a>`;
  return `<li class="attachment">${label} ${link}</li>`;
}

function renderEmbed(e: TranscriptMessage['embeds'][number]): string {
  const out: string[] = ['<div class="embed">'];
  if (e.title) out.push(`<div class="embed-title">${safeText(e.title)}</div>`);
  if (e.description) out.push(`<div class="embed-description">${safeText(e.description)}</div>`);
  for (const f of e.fields ?? []) {
    out.push(
      `<div class="embed-field"><span class="embed-field-name">${safeText(f.name)}</span>` +
        `<div class="embed-field-value">${safeText(f.value)}</div></div>`,
    );
  }
  out.push('</div>');
  return out.join('');
}

function renderMessage(m: TranscriptMessage, timeZone: string, lang: string): string {
  const badges = [
    m.authorIsStaff ? `<span class="badge staff">${escapeHtml(t(lang, 'transcript.staffBadge'))}</span>` : '',
    m.authorIsBot ? `<span class="badge bot">${escapeHtml(t(lang, 'transcript.botBadge'))}</span>` : '',
  ].join('');
  const role = m.authorIsStaff ? ' staff' : m.authorIsBot ? ' bot' : '';
  const parts = [
    `<article class="message${role}">`,
    '<header class="meta">',
    `<span class="author">${escapeHtml(m.authorName)}</span>${badges}`,
    `<time>${escapeHtml(formatTime(m.at, timeZone, lang))}</time>`,
    '</header>',
  ];
  if (m.text) parts.push(`<div class="text">${safeText(m.text)}</div>`);
  if (m.attachments.length > 0) {
    parts.push(`<ul class="attachments">${m.attachments.map((a) => renderAttachment(a, lang)).join('')}</ul>`);
  }
  for (const e of m.embeds) parts.push(renderEmbed(e));
  parts.push('</article>');
  return parts.join('\n');
}

// Dark chat-log look; `white-space: pre-wrap` keeps the line breaks people typed without any <br> juggling.
const STYLE = `
*{box-sizing:border-box}
body{margin:0;background:#313338;color:#dbdee1;font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:56rem;margin:0 auto;padding:1rem}
.ticket-header{background:#2b2d31;border-radius:8px;padding:1rem 1.25rem;margin-bottom:1rem}
.ticket-header h1{margin:0 0 .5rem;font-size:1.3rem;color:#f2f3f5}
.ticket-header dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
.ticket-header dt{color:#949ba4}.ticket-header dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
.message{padding:.5rem .75rem;border-radius:6px}
.message:hover{background:#2e3035}
.meta{display:flex;align-items:baseline;gap:.5rem}
.author{font-weight:600;color:#f2f3f5}.staff .author{color:#5dadec}.bot .author{color:#a48ff5}
.badge{font-size:.65rem;font-weight:700;text-transform:uppercase;padding:0 .3rem;border-radius:3px;color:#fff}
.badge.staff{background:#248046}.badge.bot{background:#5865f2}
time{font-size:.75rem;color:#949ba4}
.text{white-space:pre-wrap;overflow-wrap:anywhere;margin-top:.15rem}
.attachments{list-style:none;margin:.3rem 0 0;padding:0}
.attachment a{color:#00a8fc}.label{color:#949ba4;font-size:.85rem}.bad-link{color:#949ba4;overflow-wrap:anywhere}
.embed{border-left:4px solid #5865f2;background:#2b2d31;border-radius:4px;padding:.5rem .75rem;margin-top:.3rem}
.embed-title{font-weight:600;color:#f2f3f5}
.embed-description,.embed-field-value{white-space:pre-wrap;overflow-wrap:anywhere}
.embed-field{margin-top:.3rem}.embed-field-name{font-weight:600;font-size:.85rem}
.empty{color:#949ba4;font-style:italic}
footer{color:#949ba4;font-size:.8rem;text-align:center;margin:1.5rem 0 .5rem}
`;

/** The whole transcript as one HTML5 document. Pure: the same input always gives the same bytes. */
export function renderTranscriptHtml(ticket: TranscriptInput): string {
  const timeZone = usableTimeZone(ticket.timeZone);
  const lang = uiLocale(ticket.lang);
  const say = (key: MessageKey, vars?: Record<string, string | number>) => escapeHtml(t(lang, key, vars));
  const title = t(lang, 'transcript.title', { id: ticket.ticketNumber, server: ticket.guildName });
  const rows: Array<[string, string]> = [
    [say('staff.transcript.member'), escapeHtml(ticket.memberName)],
    [
      say('staff.transcript.claimedBy'),
      ticket.claimedByName === null ? say('transcript.nobody') : escapeHtml(ticket.claimedByName),
    ],
    [say('transcript.opened'), escapeHtml(formatTime(ticket.openedAt, timeZone, lang))],
    [say('transcript.closed'), escapeHtml(formatTime(ticket.closedAt, timeZone, lang))],
    [say('staff.transcript.openFor'), escapeHtml(formatDuration(ticket.closedAt - ticket.openedAt, lang))],
    [
      say('staff.transcript.closeReason'),
      ticket.closeReason ? safeText(ticket.closeReason) : say('transcript.noReason'),
    ],
  ];
  if (ticket.rating !== undefined && ticket.rating !== null)
    rows.push([say('staff.transcript.rating'), escapeHtml(formatRating(ticket.rating))]);
  const count = ticket.messages.length;
  const messages =
    count > 0
      ? ticket.messages.map((m) => renderMessage(m, timeZone, lang)).join('\n')
      : `<p class="empty">${say('transcript.noMessages')}</p>`;
  const footer = t(lang, count === 1 ? 'transcript.footerOne' : 'transcript.footer', {
    id: ticket.ticketNumber,
    count,
    zone: timeZone,
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    // The policy is the backstop: even a bug in the escaping above could not make the browser run or fetch anything.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    // A click on an attachment link must not tell its host where the transcript was opened from.
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<section class="ticket-header">',
    `<h1>${escapeHtml(title)}</h1>`,
    `<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`,
    '</section>',
    '<section class="messages">',
    messages,
    '</section>',
    `<footer>${escapeHtml(footer)}</footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

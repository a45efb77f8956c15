import { LIMITS, truncate } from '../../core/render/discord-limits.js';
import { escapeUserText } from '../../core/render/escape.js';
import { t } from '../../core/i18n/messages.js';
import { formatDuration } from '../../core/tickets/transcript.js';
import type { Ticket } from '../../store/store.js';
import { fitLines } from '../fit-lines.js';

/** How much of a ticket's question a queue line shows. */
const QUESTION_CHARS = 80;

/**
 * `/tickets queue`: the server's tickets not closed, oldest first, for a staff member starting a shift. Each line links
 * the thread, says how long it has been open and who claimed it, quotes the start of the member's question, and, when
 * the member is waiting for staff, for how long.
 */
export function queueText(tickets: readonly Ticket[], now: number, lang: string | undefined): string {
  if (tickets.length === 0) return t(lang, 'staff.tickets.queueNone');
  const claimed = tickets.filter((x) => x.status === 'claimed').length;
  const header = t(lang, 'staff.tickets.queueHeader', { waiting: tickets.length - claimed, claimed });
  const lines = tickets.map((x) => {
    const vars = {
      id: x.id,
      thread: x.threadId ? `<#${x.threadId}>` : '—',
      age: formatDuration(now - x.createdAt, lang),
      question: escapeUserText(truncate(x.question.replace(/\s+/g, ' ').trim() || '—', QUESTION_CHARS)),
    };
    const line = x.claimedBy
      ? t(lang, 'staff.tickets.queueClaimed', { ...vars, staff: `<@${x.claimedBy}>` })
      : t(lang, 'staff.tickets.queueLine', vars);
    // Whose turn it is: a ticket nobody answered yet, or whose member wrote last, waits for staff since then.
    return x.awaitingStaff
      ? `${line} · ${t(lang, 'staff.tickets.queueWaiting', { wait: formatDuration(now - (x.lastActivityAt ?? x.createdAt), lang) })}`
      : line;
  });
  return `${header}\n${fitLines(lines, LIMITS.content - header.length - 1, lang ?? 'en')}`;
}

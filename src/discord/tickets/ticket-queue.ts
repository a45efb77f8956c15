import { LIMITS, truncate } from '../../core/discord-limits.js';
import { escapeUserText } from '../../core/escape.js';
import { t } from '../../core/i18n/messages.js';
import { formatDuration } from '../../core/transcript.js';
import type { Ticket } from '../../store/store.js';
import { fitLines } from '../fit-lines.js';

/** How much of a ticket's question a queue line shows. */
const QUESTION_CHARS = 80;

/**
 * `/tickets queue`: the server's tickets not closed, oldest first, for a staff member starting a shift. Each line links
 * the thread, says how long it has been open and who claimed it, and quotes the start of the member's question.
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
    return x.claimedBy
      ? t(lang, 'staff.tickets.queueClaimed', { ...vars, staff: `<@${x.claimedBy}>` })
      : t(lang, 'staff.tickets.queueLine', vars);
  });
  return `${header}\n${fitLines(lines, LIMITS.content - header.length - 1, lang ?? 'en')}`;
}

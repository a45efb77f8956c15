import type { APIEmbed } from 'discord.js';
import { LIMITS, truncate } from '../core/discord-limits.js';
import { escapeUserText } from '../core/escape.js';
import type { Insights, Period, TicketHandling } from '../core/insights.js';
import { formatDuration } from '../core/transcript.js';

/** Stepwise's accent colour, as on its other embeds' neutral state. */
const COLOUR = 0x5865f2;
const QUOTE_MAX = 120;

const PERIOD_LABEL: Record<Period, string> = {
  '1d': 'last 24 hours',
  '7d': 'last 7 days',
  '30d': 'last 30 days',
  all: 'all retained history',
};

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

const duration = (ms: number | null) => (ms === null ? '—' : formatDuration(ms));

/** One line of ticket handling: count, average rating, median first reply, median resolution. */
function handlingLine(h: TicketHandling): string {
  const rating = h.average_rating === null ? 'no ratings' : `rating **${h.average_rating}**/5 (${h.rated} rated)`;
  return `**${h.tickets}** · ${rating} · first reply **${duration(h.median_first_reply_ms)}** · resolved in **${duration(h.median_resolution_ms)}**`;
}

/** Join lines until the next would overflow `max`, then say how many were left out. */
function fitLines(lines: readonly string[], max: number): string {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const more = lines.length - i - 1;
    const reserve = more > 0 ? 20 : 0;
    if (used + line.length + 1 + reserve > max) {
      out.push(`…and ${lines.length - i} more`);
      break;
    }
    out.push(line);
    used += line.length + 1;
  }
  return out.join('\n') || '—';
}

/** The /stats reply: figures for staff, member text escaped, every part within Discord's embed limits. */
export function statsEmbed(
  s: Insights,
  period: Period,
  topicTitle: (id: string) => string | undefined = () => undefined,
  retentionDays?: number,
): APIEmbed {
  const description = [
    `**${s.questions}** question${s.questions === 1 ? '' : 's'}: **${s.answered}** answered · **${s.suggested}** suggested · **${s.escalated}** escalated · **${s.ignored}** ignored`,
    s.answered > 0
      ? `Deflection: **${pct(s.deflection_rate)}** of answers (${s.deflected} of ${s.answered}) were not followed by a ticket within a day`
      : 'Deflection: — (no answers in this period)',
    `Feedback: **${s.helpful}** helpful · **${s.not_helpful}** not helpful${s.helpful + s.not_helpful > 0 ? ` (${pct(s.helpful_rate)} helpful)` : ''}`,
    `Tickets: ${handlingLine(s.tickets)}`,
  ].join('\n');

  const topicLines = s.per_topic
    .filter((t) => t.helpful + t.not_helpful > 0)
    .map((t) => {
      const name = escapeUserText(truncate(topicTitle(t.topic) ?? t.topic, 60));
      return `**${name}**: ${pct(t.helpful_rate)} (${t.helpful} of ${t.helpful + t.not_helpful}) · ${t.answered} answered`;
    });
  const unansweredLines = s.top_unanswered.map(
    (g, i) => `${i + 1}. “${escapeUserText(truncate(g.question.replace(/\s+/g, ' '), QUOTE_MAX))}” ×${g.count}`,
  );

  const embed: APIEmbed = {
    title: truncate(`Stepwise insights: ${PERIOD_LABEL[period]}`, LIMITS.embedTitle),
    description: truncate(description, LIMITS.embedDescription),
    color: COLOUR,
    fields: [
      {
        name: 'Helpful rate per topic',
        value: topicLines.length > 0 ? fitLines(topicLines, LIMITS.fieldValue) : 'No feedback yet.',
        inline: false,
      },
      {
        name: 'Top unanswered questions',
        value: unansweredLines.length > 0 ? fitLines(unansweredLines, LIMITS.fieldValue) : 'None escalated.',
        inline: false,
      },
      {
        name: 'Tickets per staff member (claimed)',
        value:
          s.per_staff.length > 0
            ? fitLines(
                s.per_staff.map((p) => `<@${p.staff}>: ${handlingLine(p)}`),
                LIMITS.fieldValue,
              )
            : 'No claimed tickets.',
        inline: false,
      },
    ],
    footer: {
      text: `Stored without user ids${retentionDays === undefined ? '' : retentionDays > 0 ? `, kept ${retentionDays} days` : ', kept until deleted'}. Full report: npm run insights`,
    },
  };
  return embed;
}

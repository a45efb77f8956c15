import type { APIEmbed } from 'discord.js';
import { LIMITS, truncate } from '../core/render/discord-limits.js';
import { escapeUserText } from '../core/render/escape.js';
import type { Insights, Period, TicketHandling } from '../core/learn/insights.js';
import { formatDuration } from '../core/tickets/transcript.js';
import { t } from '../core/i18n/messages.js';
import { fitLines } from './fit-lines.js';

/** Stepwise's accent colour, as on its other embeds' neutral state. */
const COLOUR = 0x5865f2;
const QUOTE_MAX = 120;

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

/** A median time in the reader's language's units ("2 Std. 5 Min."). */
const duration = (ms: number | null, lang: string) => (ms === null ? '—' : formatDuration(ms, lang));

/** One line of ticket handling: count, average rating, median first reply, median resolution. */
function handlingLine(h: TicketHandling, lang: string): string {
  const rating =
    h.average_rating === null
      ? t(lang, 'stats.noRatings')
      : t(lang, 'stats.rating', { average: h.average_rating, rated: h.rated });
  return t(lang, 'stats.handling', {
    tickets: h.tickets,
    rating,
    firstReply: duration(h.median_first_reply_ms, lang),
    resolution: duration(h.median_resolution_ms, lang),
  });
}

/**
 * The /stats reply: figures for staff, member text escaped, every part within Discord's embed limits, in the
 * language of the staff member's Discord client (`lang`; English when absent or not shipped).
 */
export function statsEmbed(
  s: Insights,
  period: Period,
  topicTitle: (id: string) => string | undefined = () => undefined,
  retentionDays?: number,
  lang = 'en',
): APIEmbed {
  const feedback = t(lang, 'stats.feedback', { helpful: s.helpful, notHelpful: s.not_helpful });
  const description = [
    t(lang, 'stats.questions', {
      questions: s.questions,
      answered: s.answered,
      suggested: s.suggested,
      escalated: s.escalated,
      clarified: s.clarified,
      ignored: s.ignored,
    }),
    s.answered > 0
      ? t(lang, 'stats.deflection', { rate: pct(s.deflection_rate), deflected: s.deflected, answered: s.answered })
      : t(lang, 'stats.deflectionNone'),
    s.helpful + s.not_helpful > 0
      ? `${feedback} ${t(lang, 'stats.feedbackRate', { rate: pct(s.helpful_rate) })}`
      : feedback,
    // What members labelled themselves, for the team to take into examples.jsonl: said only once there is some.
    ...(s.confirmed > 0 ? [t(lang, 'stats.confirmed', { count: s.confirmed })] : []),
    t(lang, 'stats.tickets', { line: handlingLine(s.tickets, lang) }),
  ].join('\n');

  const topicLines = s.per_topic
    .filter((x) => x.helpful + x.not_helpful > 0)
    .map((x) =>
      t(lang, 'stats.topicLine', {
        name: escapeUserText(truncate(topicTitle(x.topic) ?? x.topic, 60)),
        rate: pct(x.helpful_rate),
        helpful: x.helpful,
        total: x.helpful + x.not_helpful,
        answered: x.answered,
      }),
    );
  const unansweredLines = s.top_unanswered.map(
    (g, i) => `${i + 1}. “${escapeUserText(truncate(g.question.replace(/\s+/g, ' '), QUOTE_MAX))}” ×${g.count}`,
  );
  const kept =
    retentionDays === undefined
      ? ''
      : retentionDays > 0
        ? t(lang, 'stats.keptDays', { days: retentionDays })
        : t(lang, 'stats.keptForever');

  const embed: APIEmbed = {
    title: truncate(t(lang, 'stats.title', { period: t(lang, `stats.period.${period}`) }), LIMITS.embedTitle),
    description: truncate(description, LIMITS.embedDescription),
    color: COLOUR,
    fields: [
      {
        name: t(lang, 'stats.helpfulPerTopic'),
        value: topicLines.length > 0 ? fitLines(topicLines, LIMITS.fieldValue, lang) : t(lang, 'stats.noFeedback'),
        inline: false,
      },
      {
        name: t(lang, 'stats.topUnanswered'),
        value:
          unansweredLines.length > 0
            ? fitLines(unansweredLines, LIMITS.fieldValue, lang)
            : t(lang, 'stats.noneEscalated'),
        inline: false,
      },
      {
        name: t(lang, 'stats.perStaff'),
        value:
          s.per_staff.length > 0
            ? fitLines(
                s.per_staff.map((p) => `<@${p.staff}>: ${handlingLine(p, lang)}`),
                LIMITS.fieldValue,
                lang,
              )
            : t(lang, 'stats.noClaimed'),
        inline: false,
      },
    ],
    footer: { text: t(lang, 'stats.footer', { kept }) },
  };
  return embed;
}

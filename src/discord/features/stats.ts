import { ApplicationCommandOptionType, MessageFlags, PermissionFlagsBits } from 'discord.js';
import { isPeriod, type Period } from '../../core/learn/insights.js';
import { insightsFor } from '../../store/load-insights.js';
import { NO_PINGS } from '../replies.js';
import { statsEmbed } from '../stats-embed.js';
import { GUILD_ONLY } from './command-data.js';
import type { CommandFeature } from './feature.js';

/** /stats period: — support insights for staff. */
export const stats: CommandFeature = {
  name: 'stats',
  access: 'staff',
  denied: 'denied.stats',
  data: () => ({
    description: 'Support insights for staff: questions, deflection, helpful rate, unanswered',
    ...GUILD_ONLY,
    // Hidden from members by default; the access rule still checks the support role at run time.
    default_member_permissions: PermissionFlagsBits.ManageThreads.toString(),
    options: [
      {
        name: 'period',
        description: 'How far back to look (default 7 days)',
        type: ApplicationCommandOptionType.String,
        required: false,
        choices: [
          { name: 'last 24 hours', value: '1d' },
          { name: 'last 7 days', value: '7d' },
          { name: 'last 30 days', value: '30d' },
          { name: 'all retained', value: 'all' },
        ],
      },
    ],
  }),
  async run(ctx, i) {
    const raw = i.options.getString('period') ?? '7d';
    const period: Period = isPeriod(raw) ? raw : '7d';
    const insights = await insightsFor(ctx.store, period);
    const knowledge = ctx.assistant().knowledge;
    const title = (id: string) => knowledge.byId.get(id)?.title;
    await i.reply({
      embeds: [statsEmbed(insights, period, title, ctx.config.INSIGHTS_RETENTION_DAYS, i.locale)],
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_PINGS,
    });
  },
};

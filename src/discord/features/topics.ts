import { MessageFlags } from 'discord.js';
import { topicsReply } from '../replies.js';
import { GUILD_ONLY } from './command-data.js';
import type { CommandFeature } from './feature.js';

/** /topics — the guide by section, each topic with its slash command where it has one. */
export const topics: CommandFeature = {
  name: 'topics',
  access: 'anyone',
  data: () => ({ description: 'List every topic in the help guide', ...GUILD_ONLY }),
  async run(ctx, i) {
    await i.reply({ ...topicsReply(ctx.assistant().knowledge, i.locale), flags: MessageFlags.Ephemeral });
  },
};

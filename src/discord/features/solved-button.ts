import { MessageFlags } from 'discord.js';
import type { ButtonFeature } from './feature.js';
import { t } from '../../core/i18n/messages.js';

/** "This solved it": positive feedback for the topic, recorded for /stats. */
export const solvedButton: ButtonFeature<'solved'> = {
  kind: 'solved',
  access: 'anyone',
  async run(ctx, i, id) {
    await ctx.store.recordFeedback(id.questionId, id.topicId, true);
    await i.reply({ content: t(i.locale, 'solved.thanks'), flags: MessageFlags.Ephemeral });
  },
};

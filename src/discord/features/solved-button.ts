import { MessageFlags } from 'discord.js';
import { t } from '../../core/i18n/messages.js';
import { markPostSolved } from '../forum-posts.js';
import type { ButtonFeature } from './feature.js';

/** "This solved it": positive feedback for the topic, recorded for /stats; in a forum help post, the post is tagged solved. */
export const solvedButton: ButtonFeature<'solved'> = {
  kind: 'solved',
  access: 'anyone',
  async run(ctx, i, id) {
    await ctx.store.recordFeedback(id.questionId, id.topicId, true);
    const tagged = await markPostSolved(ctx, i);
    await i.reply({
      content: t(i.locale, tagged ? 'solved.thanksPost' : 'solved.thanks'),
      flags: MessageFlags.Ephemeral,
    });
  },
};

import { MessageFlags } from 'discord.js';
import { renderAnswer } from '../../core/render/render.js';
import { topicOrGone } from './topic-reply.js';
import { morePage } from '../replies.js';
import type { ButtonFeature } from './feature.js';

/**
 * "Show more" under a topic too long for one message (a long imported section): its next page, privately, in the
 * language the answer was given in.
 */
export const moreButton: ButtonFeature<'more'> = {
  kind: 'more',
  access: 'anyone',
  async run(ctx, i, id) {
    const topic = await topicOrGone(ctx, i, id.topicId);
    if (!topic) return;
    const lang = id.lang ?? i.locale;
    const view = renderAnswer(topic, ctx.assistant().knowledge, lang);
    // The topic was edited shorter since the button was posted: its last page is the nearest to what was asked for.
    await i.reply({ ...morePage(view, Math.min(id.page, view.pages.length), lang), flags: MessageFlags.Ephemeral });
  },
};

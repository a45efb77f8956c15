import { replyWithTopic, topicOrGone } from './topic-reply.js';
import type { ButtonFeature } from './feature.js';

/**
 * A topic button (related topics, "did you mean"): that topic's steps, privately, standing for the question the
 * offer was made for while the bot still holds it (after a restart, for the topic alone).
 */
export const topicButton: ButtonFeature<'topic'> = {
  kind: 'topic',
  access: 'anyone',
  async run(ctx, i, id) {
    const topic = await topicOrGone(ctx, i, id.topicId);
    if (!topic) return;
    const offer = id.handoff ? ctx.handoffs.get(id.handoff) : undefined;
    await replyWithTopic(ctx, i, topic, offer?.asked ? offer : undefined);
  },
};

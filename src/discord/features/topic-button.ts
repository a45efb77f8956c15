import { MessageFlags } from 'discord.js';
import { answerReply, NO_PINGS } from '../replies.js';
import type { ButtonFeature } from './feature.js';

/** A topic button (related topics, "did you mean"): that topic's steps, privately. */
export const topicButton: ButtonFeature<'topic'> = {
  kind: 'topic',
  access: 'anyone',
  async run(ctx, i, id) {
    const knowledge = ctx.assistant().knowledge;
    const topic = knowledge.byId.get(id.topicId);
    if (!topic) {
      await i.reply({
        content: 'That topic has been removed from the guide. Try `/topics`.',
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    const handoff = ctx.handoffs.put({ question: topic.title, topicsShown: [topic.id], answered: topic.id });
    await i.reply({
      ...answerReply(topic, knowledge, handoff),
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_PINGS,
    });
  },
};

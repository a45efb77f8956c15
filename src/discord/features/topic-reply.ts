import { type ButtonInteraction, type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import type { Topic } from '../../core/topic.js';
import type { BotContext } from '../context.js';
import { answerReply, NO_PINGS } from '../replies.js';

/** A topic's steps, privately, in the member's language: what a topic command and a topic button both show. */
export async function replyWithTopic(
  ctx: BotContext,
  i: ChatInputCommandInteraction | ButtonInteraction,
  topic: Topic,
): Promise<void> {
  const handoff = ctx.handoffs.put({
    question: topic.title,
    topicsShown: [topic.id],
    answered: topic.id,
    lang: i.locale,
  });
  const reply = answerReply(topic, ctx.assistant().knowledge, handoff, false, null, i.locale);
  await i.reply({ ...reply, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
}

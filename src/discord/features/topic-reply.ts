import { type ButtonInteraction, type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { t } from '../../core/i18n/messages.js';
import type { Topic } from '../../core/knowledge/topic.js';
import type { BotContext } from '../context.js';
import type { Handoff } from '../handoffs.js';
import { answerReply, NO_PINGS } from '../replies.js';

/**
 * A topic's steps, privately, in the member's language: what a topic command and a topic button both show.
 * `asked`: the member's question this topic was picked for (a "did you mean" or a related topic). The reply then
 * stands for that question: "This solved it" confirms the topic for it, and a ticket opened from it carries the
 * member's own words, not the topic's title.
 */
export async function replyWithTopic(
  ctx: BotContext,
  i: ChatInputCommandInteraction | ButtonInteraction,
  topic: Topic,
  asked?: Handoff,
): Promise<void> {
  const lang = asked?.lang ?? i.locale;
  const handoff = ctx.handoffs.put(
    asked
      ? {
          question: asked.question,
          asked: true,
          topicsShown: [...new Set([...asked.topicsShown, topic.id])],
          questionId: asked.questionId ?? null,
          answered: topic.id,
          lang,
        }
      : { question: topic.title, topicsShown: [topic.id], answered: topic.id, lang },
  );
  const reply = answerReply(topic, ctx.assistant().knowledge, handoff, false, asked?.questionId ?? null, lang);
  await i.reply({ ...reply, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
}

/** The topic a button names, or null once the member has been told it left the guide (edited since the button). */
export async function topicOrGone(ctx: BotContext, i: ButtonInteraction, topicId: string): Promise<Topic | null> {
  const topic = ctx.assistant().knowledge.byId.get(topicId);
  if (!topic) await i.reply({ content: t(i.locale, 'topic.gone'), flags: MessageFlags.Ephemeral });
  return topic ?? null;
}

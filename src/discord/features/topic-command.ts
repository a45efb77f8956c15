import { MessageFlags } from 'discord.js';
import type { Knowledge, Topic } from '../../core/knowledge/topic.js';
import type { BotContext } from '../context.js';
import { replyWithTopic } from './topic-reply.js';
import type { ChatInputCommandInteraction } from 'discord.js';
import { t } from '../../core/i18n/messages.js';

/**
 * The commands the guide declares (`command:` in a topic's front matter), one per topic. Unlike the
 * built-in features they come and go with the guide, so they are data derived from it.
 */
export function topicCommandTopics(knowledge: Knowledge): Topic[] {
  return knowledge.topics.filter((t) => t.command);
}

export async function runTopicCommand(ctx: BotContext, i: ChatInputCommandInteraction): Promise<void> {
  const knowledge = ctx.assistant().knowledge;
  const topic = knowledge.topics.find((t) => t.command === i.commandName);
  if (!topic) {
    await i.reply({ content: t(i.locale, 'command.gone'), flags: MessageFlags.Ephemeral });
    return;
  }
  await replyWithTopic(ctx, i, topic);
}

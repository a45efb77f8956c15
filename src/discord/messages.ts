import type { Message } from 'discord.js';
import type { BotContext } from './context.js';
import { answerQuestion } from './answers.js';
import { answerCooldown } from './cooldowns.js';
import { NO_PINGS } from './replies.js';

/** Message ids already answered: a resumed gateway may replay a dispatch, and one message gets one reply. */
const answered = new Set<string>();
const REMEMBER = 10_000;

function remember(id: string): boolean {
  if (answered.has(id)) return false;
  answered.add(id);
  if (answered.size > REMEMBER) answered.delete(answered.values().next().value!);
  return true;
}

/** Free text in help channels, or anywhere the bot is mentioned directly. */
export async function handleMessage(ctx: BotContext, m: Message, helpChannels: ReadonlySet<string>): Promise<void> {
  const me = ctx.client.user;
  if (!me || m.author.bot || m.webhookId || m.system || m.author.id === me.id || !m.inGuild()) return;
  const mention = new RegExp(`<@!?${me.id}>`, 'g');
  const mentioned = mention.test(m.content);
  const channel = m.channel;
  const inHelp = helpChannels.has(m.channelId) || (channel.isThread() && channel.parentId !== null && helpChannels.has(channel.parentId));
  if (!inHelp && !mentioned) return;
  if (!remember(m.id)) return;
  if ((await answerCooldown(ctx.store, m.guildId, m.author.id)) > 0) {
    ctx.log.debug({ message: m.id }, 'member on answer cooldown; not answering');
    return;
  }
  const { decision, reply } = await answerQuestion(ctx, m.content.replace(mention, ' '), m.channelId);
  if (!reply) return;
  ctx.log.debug({ message: m.id, action: decision.action, topic: decision.topic?.id }, 'free text answered');
  await m.reply({ ...reply, allowedMentions: NO_PINGS });
}

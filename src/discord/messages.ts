import type { Message } from 'discord.js';
import type { BotContext } from './context.js';
import { answerQuestion } from './answers.js';
import { answerCooldown } from './cooldowns.js';
import { NO_PINGS } from './replies.js';

/**
 * What the bot did with one message, kept so tests (and logs) can see a silence was decided, not
 * merely not yet reached: `replied`; `silent` (small talk: read and deliberately ignored);
 * `not-for-me` (another bot, a webhook, outside help channels and not mentioned); `repeat` (a replayed
 * dispatch already answered); `cooldown` (the member is over the answer rate limit).
 */
export type MessageOutcome = 'replied' | 'silent' | 'not-for-me' | 'repeat' | 'cooldown';

/** Free text in help channels, or anywhere the bot is mentioned directly. */
export async function handleMessage(
  ctx: BotContext,
  m: Message,
  helpChannels: ReadonlySet<string>,
): Promise<MessageOutcome> {
  const me = ctx.client.user;
  if (!me || m.author.bot || m.webhookId || m.system || m.author.id === me.id || !m.inGuild()) return 'not-for-me';
  // In a ticket thread: the member or staff wrote, so the ticket is not idle. Not a question for the guide.
  if (m.channel.isThread() && !helpChannels.has(m.channel.parentId ?? '')) {
    const ticket = await ctx.db.attempt('find ticket by thread', () => ctx.store.getTicketByThread(m.channelId), null);
    if (ticket) {
      await ctx.db.attempt('note ticket activity', () => ctx.tickets.noteMessage(ticket, m.author.id), undefined);
      return 'not-for-me';
    }
  }
  const mention = new RegExp(`<@!?${me.id}>`, 'g');
  const mentioned = mention.test(m.content);
  const channel = m.channel;
  const inThreadOfHelp = channel.isThread() && channel.parentId !== null && helpChannels.has(channel.parentId);
  if (!helpChannels.has(m.channelId) && !inThreadOfHelp && !mentioned) return 'not-for-me';
  if (!ctx.answeredMessages.firstTime(m.id)) return 'repeat';
  // With the database down the limit cannot be counted: the member is answered rather than ignored.
  if ((await ctx.db.attempt('answer rate limit', () => answerCooldown(ctx.store, m.guildId, m.author.id), 0)) > 0) {
    ctx.log.debug({ message: m.id }, 'member on answer cooldown; not answering');
    return 'cooldown';
  }
  // The message's own language decides the reply's; the server's preferred locale only when it cannot be told.
  const text = m.content.replace(mention, ' ');
  // The bot mentioned with nothing else: the member wants help and has not said with what (see bare-request.ts).
  const { decision, reply } = await answerQuestion(ctx, text, m.channelId, m.guild.preferredLocale, {
    bare: mentioned && text.trim() === '',
  });
  if (!reply) return 'silent';
  ctx.log.debug({ message: m.id, action: decision.action }, 'free text answered');
  await m.reply({ ...reply, allowedMentions: NO_PINGS });
  return 'replied';
}

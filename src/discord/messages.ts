import type { Message, PartialMessage } from 'discord.js';
import type { Decision } from '../core/decide/decision.js';
import type { BotContext } from './context.js';
import { decideQuestion, replyKey, replyToDecision } from './answers.js';
import { answerCooldown } from './cooldowns.js';
import { isGone } from './errors.js';
import { helpForumPost } from './forum-posts.js';
import { isStaff } from './features/access.js';
import { EDIT_WINDOW_MS } from './read-messages.js';
import { NO_PINGS } from './replies.js';

/**
 * What the bot did with one message event, kept so tests (and logs) can see a silence was decided, not merely not
 * yet reached: `replied`; `silent` (small talk: read and deliberately ignored); `not-for-me` (another bot, a webhook,
 * outside help channels and not mentioned, or an edit or deletion of a message the bot does not remember reading);
 * `repeat` (a replayed dispatch already answered); `cooldown` (the member is over the answer rate limit). For edits
 * and deletions: `updated` (the reply now answers the new words), `withdrawn` (the reply was deleted), `unchanged`
 * (the new words get the same reply, or none again) and `late` (edited after EDIT_WINDOW_MS).
 */
export type MessageOutcome =
  | 'replied'
  | 'silent'
  | 'not-for-me'
  | 'repeat'
  | 'cooldown'
  | 'updated'
  | 'withdrawn'
  | 'unchanged'
  | 'late';

/** The bot's mention in a message (`<@id>`, or `<@!id>` as older clients write it). */
export const botMention = (botId: string): RegExp => new RegExp(`<@!?${botId}>`, 'g');

/**
 * Whether a message is the bot's to read, and its words without the bot's mention. In a help channel, in a thread
 * of one, or wherever the bot is mentioned. A forum help channel holds one post per question: the post's opening
 * message is read with its title; later messages are people talking, read only when they mention the bot, or when
 * the post's author answers the bot's "what is wrong?" (see ReadMessages.waitsOnPost).
 */
function reading(ctx: BotContext, m: Message, helpChannels: ReadonlySet<string>) {
  const known = ctx.readMessages.get(m.id);
  const me = ctx.client.user!;
  const mention = botMention(me.id);
  const mentioned = mention.test(m.content);
  const channel = m.channel;
  const inThreadOfHelp = channel.isThread() && channel.parentId !== null && helpChannels.has(channel.parentId);
  const post = helpForumPost(channel, helpChannels);
  // An edit of a message read as the post's question is still one, whatever the post is waiting for now.
  const postQuestion =
    post !== null &&
    (m.id === post.id ||
      known?.post === post.id ||
      (m.author.id === post.ownerId && ctx.readMessages.waitsOnPost(post.id)));
  const words = m.content.replace(mention, ' ');
  const text = postQuestion ? `${post.name}\n${words}` : words;
  return {
    forMe: helpChannels.has(m.channelId) || (inThreadOfHelp && (!post || postQuestion)) || mentioned,
    text,
    // The bot mentioned with nothing else: the member wants help and has not said with what (see bare-request.ts).
    bare: mentioned && words.trim() === '' && !postQuestion,
    /** The forum post this message asks the question of, if it does. */
    post: postQuestion ? post.id : null,
  };
}

/** Over the answer rate limit. With the database down the limit cannot be counted: the member is answered. */
async function overAnswerLimit(ctx: BotContext, guildId: string, userId: string): Promise<boolean> {
  return (await ctx.db.attempt('answer rate limit', () => answerCooldown(ctx.store, guildId, userId), 0)) > 0;
}

/** A forum post still waits for its question when the bot asked what is wrong, or read nothing to act on. */
const waitsForQuestion = (d: Decision) => d.action === 'clarify' || d.action === 'ignore';

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
      const staff = isStaff(m, ctx.config.SUPPORT_ROLE_ID);
      await ctx.db.attempt(
        'note ticket activity',
        () => ctx.tickets.noteMessage(ticket, m.author.id, staff),
        undefined,
      );
      return 'not-for-me';
    }
  }
  const { forMe, text, bare, post } = reading(ctx, m, helpChannels);
  if (!forMe) return 'not-for-me';
  if (!ctx.readMessages.firstTime(m.id, m.channelId, ctx.now())) return 'repeat';
  return ctx.readMessages.queue(m.id, async (read) => {
    if (await overAnswerLimit(ctx, m.guildId, m.author.id)) {
      ctx.log.debug({ message: m.id }, 'member on answer cooldown; not answering');
      return 'cooldown';
    }
    // The message's own language decides the reply's; the server's preferred locale only when it cannot be told.
    const decision = decideQuestion(ctx, text, m.guild.preferredLocale, { bare });
    read.said = replyKey(decision);
    if (post) {
      read.post = post;
      ctx.readMessages.notePost(post, waitsForQuestion(decision));
    }
    const { reply, questionId } = await replyToDecision(ctx, decision, m.channelId);
    read.questionId = questionId;
    if (!reply) return 'silent';
    ctx.log.debug({ message: m.id, action: decision.action }, 'free text answered');
    read.replyId = (await m.reply({ ...reply, allowedMentions: NO_PINGS })).id;
    return 'replied';
  });
}

/**
 * A member edited a message the bot read: a typo fixed, a detail added, "nvm, solved it". The reply follows the new
 * words (edited in place, sent when there was none, deleted when they need none), within EDIT_WINDOW_MS of posting.
 * An edit that leads to the same reply (an embed unfurled, a typo that changed nothing) leaves everything alone,
 * records nothing and counts against no limit.
 */
export async function handleMessageEdit(
  ctx: BotContext,
  m: Message | PartialMessage,
  helpChannels: ReadonlySet<string>,
): Promise<MessageOutcome> {
  const known = ctx.readMessages.get(m.id);
  if (!known || !ctx.client.user) return 'not-for-me';
  if (ctx.now() - known.postedAt > EDIT_WINDOW_MS) return 'late';
  const full = m.partial ? await m.fetch().catch(() => null) : m;
  if (!full?.inGuild()) return 'not-for-me';
  return ctx.readMessages.queue(m.id, async (read) => {
    const { forMe, text, bare, post } = reading(ctx, full, helpChannels);
    // Taking the bot's mention out of a message outside the help channels takes the question back.
    const decision = forMe ? decideQuestion(ctx, text, full.guild.preferredLocale, { bare }) : null;
    const said = decision ? replyKey(decision) : null;
    if (said === read.said) return 'unchanged';
    if (post && decision) ctx.readMessages.notePost(post, waitsForQuestion(decision));
    if (decision && (await overAnswerLimit(ctx, full.guildId, full.author.id))) return 'cooldown';
    read.said = said;
    const answered = decision ? await replyToDecision(ctx, decision, full.channelId) : null;
    if (answered) read.questionId = answered.questionId;
    const reply = answered?.reply ?? null;
    if (!reply) {
      if (!read.replyId) return 'unchanged';
      await deleteReply(ctx, read.channelId, read.replyId);
      read.replyId = null;
      return 'withdrawn';
    }
    if (read.replyId) {
      const edited = await full.channel.messages
        .edit(read.replyId, { content: reply.content ?? '', embeds: reply.embeds, components: reply.components })
        .then(() => true)
        .catch((err: unknown) => {
          if (isGone(err)) return false; // a moderator deleted the reply meanwhile: send a new one
          throw err;
        });
      if (edited) return 'updated';
    }
    read.replyId = (await full.reply({ ...reply, allowedMentions: NO_PINGS })).id;
    return 'replied';
  });
}

/** A member (or a moderator) deleted a message the bot read: its reply goes too, rather than answer nothing. */
export async function handleMessageDelete(ctx: BotContext, messageId: string): Promise<MessageOutcome> {
  if (!ctx.readMessages.get(messageId)) return 'not-for-me';
  const outcome = await ctx.readMessages.queue(messageId, async (read): Promise<MessageOutcome> => {
    if (!read.replyId) return 'unchanged';
    await deleteReply(ctx, read.channelId, read.replyId);
    read.replyId = null;
    return 'withdrawn';
  });
  ctx.readMessages.forget(messageId);
  return outcome;
}

/** Delete the bot's reply; one already gone (a moderator was quicker) is no error. */
async function deleteReply(ctx: BotContext, channelId: string, replyId: string): Promise<void> {
  const channel = await ctx.client.channels.fetch(channelId).catch(() => null);
  if (!channel?.isTextBased()) return;
  await channel.messages.delete(replyId).catch((err: unknown) => {
    if (!isGone(err)) throw err;
  });
}

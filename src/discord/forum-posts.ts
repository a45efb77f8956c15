import { ChannelType, type Channel, type Interaction, type ThreadChannel } from 'discord.js';
import type { BotContext } from './context.js';
import { isStaff } from './features/access.js';

/**
 * A post in a forum help channel: one question per post, the post's title part of it (see messages.ts), and a
 * "Solved" tag the forum may have for posts whose question was answered.
 */
export function helpForumPost(channel: Channel | null, helpChannels: ReadonlySet<string>): ThreadChannel | null {
  if (!channel?.isThread() || channel.parentId === null || !helpChannels.has(channel.parentId)) return null;
  return channel.parent?.type === ChannelType.GuildForum ? channel : null;
}

/**
 * The names forums give the tag for an answered post, in the languages Stepwise speaks; read without emoji, case or
 * brackets ("✅ Solved", "[RESOLVED]").
 */
const SOLVED_NAMES = new Set([
  'solved',
  'resolved',
  'answered',
  'fixed',
  'resuelto',
  'solucionado',
  'resolvido',
  'gelöst',
  'erledigt',
  'résolu',
  'risolto',
  'rozwiązane',
  'çözüldü',
  'решено',
  'решён',
  '解決済み',
  '解決',
  '已解决',
  '해결됨',
  '해결',
  'selesai',
  'terjawab',
  'đã giải quyết',
  'हल',
  'हल हो गया',
]);

const tagWords = (name: string) =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * "This solved it" pressed in a forum help post, by its author or by staff: the post gets the forum's "Solved" tag
 * when the forum has one (and the post has room for it: Discord allows five). Returns whether the tag is on now. A
 * failure (the bot may not manage threads there) is logged, never shown as an error: the member's thanks stand.
 */
export async function markPostSolved(ctx: BotContext, i: Interaction): Promise<boolean> {
  const post = helpForumPost(i.channel, new Set(ctx.config.HELP_CHANNEL_IDS));
  if (!post || post.parent?.type !== ChannelType.GuildForum) return false;
  if (i.user.id !== post.ownerId && !isStaff(i, ctx.config.SUPPORT_ROLE_ID)) return false;
  const tag = post.parent.availableTags.find((t) => SOLVED_NAMES.has(tagWords(t.name)));
  if (!tag) return false;
  if (post.appliedTags.includes(tag.id)) return true;
  if (post.appliedTags.length >= 5) return false;
  try {
    await post.setAppliedTags([...post.appliedTags, tag.id], 'The member marked the answer as the solution');
    return true;
  } catch (err) {
    ctx.log.warn({ err, post: post.id }, 'could not tag the forum post as solved');
    return false;
  }
}

import { ChannelType, type TextChannel } from 'discord.js';
import type { Ticket } from '../../store/store.js';
import type { BotContext } from '../context.js';

/**
 * The channel a setting names for one server (TICKET_CHANNEL_ID, TRANSCRIPT_CHANNEL_ID: one per server,
 * comma-separated): the listed text channel in that guild, or the only one listed; null when none is.
 */
export async function channelForServer(
  ctx: BotContext,
  ids: readonly string[],
  guildId: string,
): Promise<TextChannel | null> {
  for (const id of ids) {
    const channel = await ctx.client.channels.fetch(id).catch(() => null);
    if (channel?.type === ChannelType.GuildText && (channel.guildId === guildId || ids.length === 1)) return channel;
  }
  return null;
}

/** A ticket's thread as Discord has it now, or null (none yet, deleted, or not visible to the bot). */
export async function ticketThread(ctx: BotContext, ticket: Ticket) {
  const channel = ticket.threadId ? await ctx.client.channels.fetch(ticket.threadId).catch(() => null) : null;
  return channel?.isThread() ? channel : null;
}

/** The support role of the server `guild` is: the listed role it has, or the only one listed. */
export function supportRoleFor(
  ctx: BotContext,
  guild: { roles: { cache: { has(id: string): boolean } } },
): string | undefined {
  const roles = ctx.config.SUPPORT_ROLE_ID;
  return roles.find((id) => guild.roles.cache.has(id)) ?? (roles.length === 1 ? roles[0] : undefined);
}

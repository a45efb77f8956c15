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

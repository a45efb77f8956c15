import { MessageFlags, type GuildMember, type Interaction, type Message, type RepliableInteraction } from 'discord.js';
import type { BotContext } from '../context.js';
import type { Access } from './feature.js';
import { type MessageKey, t } from '../../core/i18n/messages.js';

/**
 * Whether the person behind an interaction (or the author of a message) holds a support role: checked at run time
 * on every staff action. Role ids are unique across Discord, so one list serves every server the bot is in.
 */
export function isStaff(
  who: Pick<Interaction, 'member'> | Pick<Message, 'member'>,
  supportRoleIds: readonly string[],
): boolean {
  const member = who.member;
  if (!member || supportRoleIds.length === 0) return false;
  const roles = (member as GuildMember).roles;
  if (Array.isArray(roles)) return roles.some((r: string) => supportRoleIds.includes(r));
  return supportRoleIds.some((id) => roles?.cache?.has(id) ?? false);
}

const DEFAULT_DENIED: Record<Exclude<Access, 'anyone'>, MessageKey> = {
  staff: 'denied.staff',
  'owner-or-staff': 'denied.ownerOrStaff',
};

/**
 * The one place access rules are enforced: true when the handler may run; otherwise the member has
 * been told why (privately) and the handler must not run.
 */
export async function allow(
  ctx: BotContext,
  i: RepliableInteraction,
  access: Access,
  denied: MessageKey | undefined,
  owner: () => Promise<string | null>,
): Promise<boolean> {
  if (access === 'anyone' || isStaff(i, ctx.config.SUPPORT_ROLE_ID)) return true;
  if (access === 'owner-or-staff' && (await owner()) === i.user.id) return true;
  await i.reply({ content: t(i.locale, denied ?? DEFAULT_DENIED[access]), flags: MessageFlags.Ephemeral });
  return false;
}

/** For `owner-or-staff` on a ticket's buttons and forms: the member who opened the ticket. */
export const ticketOwner = (ctx: BotContext, id: { ticketId: number }): Promise<string | null> =>
  ctx.tickets.ownerOf(id.ticketId);

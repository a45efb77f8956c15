import type { GuildMember, Interaction } from 'discord.js';

/**
 * Whether the person behind an interaction holds a support role: checked at run time on every staff
 * action (a command's default permissions are only a first filter that server admins can change).
 * Role ids are unique across Discord, so one list serves every server the bot is in.
 */
export function isStaff(interaction: Interaction, supportRoleIds: readonly string[]): boolean {
  const member = interaction.member;
  if (!member || supportRoleIds.length === 0) return false;
  const roles = (member as GuildMember).roles;
  if (Array.isArray(roles)) return roles.some((r: string) => supportRoleIds.includes(r));
  return supportRoleIds.some((id) => roles?.cache?.has(id) ?? false);
}

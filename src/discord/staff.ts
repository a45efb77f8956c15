import type { GuildMember, Interaction } from 'discord.js';

/** Whether the person behind an interaction holds the support role: checked at run time on every staff action. */
export function isStaff(interaction: Interaction, supportRoleId: string | undefined): boolean {
  if (!supportRoleId) return false;
  const member = interaction.member;
  if (!member) return false;
  const roles = (member as GuildMember).roles;
  if (Array.isArray(roles)) return roles.includes(supportRoleId);
  return roles?.cache?.has(supportRoleId) ?? false;
}

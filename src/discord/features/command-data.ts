import { InteractionContextType } from 'discord.js';

/** Every Stepwise command works in servers only: tickets, help channels and roles are per server. */
export const GUILD_ONLY = { contexts: [InteractionContextType.Guild] };

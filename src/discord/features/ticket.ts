import { GUILD_ONLY } from './command-data.js';
import type { CommandFeature } from './feature.js';

/** /ticket — the ticket form, or a pointer to the member's open ticket. No options: members just ask. */
export const ticket: CommandFeature = {
  name: 'ticket',
  access: 'anyone',
  data: () => ({ description: 'Open a private support ticket with the staff', ...GUILD_ONLY }),
  async run(ctx, i) {
    await ctx.tickets.offer(i, ctx.handoffs.put({ question: '', topicsShown: [] }));
  },
};

import type { ButtonFeature } from './feature.js';

/** Claim, on the ticket's first post in its thread: one staff member takes the ticket. */
export const claimButton: ButtonFeature<'claim'> = {
  kind: 'claim',
  access: 'staff',
  denied: 'denied.claim',
  run: (ctx, i, id) => ctx.tickets.claim(i, id.ticketId),
};

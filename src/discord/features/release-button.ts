import type { ButtonFeature } from './feature.js';

/** Release, beside Claimed on the ticket's first post: the ticket goes back to open, for any staff member to claim. */
export const releaseButton: ButtonFeature<'release'> = {
  kind: 'release',
  access: 'staff',
  denied: 'denied.claim',
  run: (ctx, i, id) => ctx.tickets.release(i, id.ticketId),
};

import { ticketOwner } from './access.js';
import type { ButtonFeature } from './feature.js';

export const CLOSE_DENIED = 'denied.close' as const;

/** Close, on the ticket's first post: asks for the reason. The member may close their own ticket. */
export const closeButton: ButtonFeature<'close'> = {
  kind: 'close',
  access: 'owner-or-staff',
  denied: CLOSE_DENIED,
  ownerOf: ticketOwner,
  run: (ctx, i, id) => ctx.tickets.askCloseReason(i, id.ticketId),
};

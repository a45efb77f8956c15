import { ticketOwner } from './access.js';
import type { ButtonFeature } from './feature.js';

/** Reopen, under a closed ticket's last post: the member or staff, within TICKET_REOPEN_DAYS. */
export const reopenButton: ButtonFeature<'reopen'> = {
  kind: 'reopen',
  access: 'owner-or-staff',
  denied: 'denied.ownerOrStaff',
  ownerOf: ticketOwner,
  run: (ctx, i, id) => ctx.tickets.reopen(i, id.ticketId),
};

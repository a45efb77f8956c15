import { ticketOwner } from './access.js';
import type { ButtonFeature } from './feature.js';

/** Keep open, under an idle warning: the member or staff stop the auto-close countdown. */
export const keepOpenButton: ButtonFeature<'keep-open'> = {
  kind: 'keep-open',
  access: 'owner-or-staff',
  denied: 'denied.ownerOrStaff',
  ownerOf: ticketOwner,
  run: (ctx, i, id) => ctx.tickets.keepOpen(i, id.ticketId),
};

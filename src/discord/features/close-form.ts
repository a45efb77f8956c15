import { ticketOwner } from './access.js';
import { CLOSE_DENIED } from './close-button.js';
import type { ModalFeature } from './feature.js';

/** The close form, submitted: the ticket closes with that reason and its thread is archived and locked. */
export const closeForm: ModalFeature<'close-modal'> = {
  kind: 'close-modal',
  access: 'owner-or-staff',
  denied: CLOSE_DENIED,
  ownerOf: ticketOwner,
  run: (ctx, i, id) => ctx.tickets.close(i, id.ticketId),
};

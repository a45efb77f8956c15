import type { ModalFeature } from './feature.js';

/** The submitted ticket form: stored first, then the private thread (see TicketService.submit). */
export const ticketForm: ModalFeature<'ticket-modal'> = {
  kind: 'ticket-modal',
  access: 'anyone',
  run: (ctx, i, id) => ctx.tickets.submit(i, id.handoff),
};

import type { ButtonFeature } from './feature.js';

/** "Open a ticket" / "Didn't help" / "None of these": the ticket form, pre-filled from the handoff. */
export const ticketButton: ButtonFeature<'ticket'> = {
  kind: 'ticket',
  access: 'anyone',
  run: (ctx, i, id) => ctx.tickets.offer(i, id.handoff),
};

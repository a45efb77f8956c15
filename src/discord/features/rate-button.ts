import type { ButtonFeature } from './feature.js';

/** 1-5 stars after close: the member who opened the ticket rates it (checked by the service, with a kind reply). */
export const rateButton: ButtonFeature<'rate'> = {
  kind: 'rate',
  access: 'anyone',
  run: (ctx, i, id) => ctx.tickets.askRating(i, id.ticketId, id.stars),
};

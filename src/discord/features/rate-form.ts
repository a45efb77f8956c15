import type { ModalFeature } from './feature.js';

/** The rating's optional comment, submitted: the rating is stored for /stats and insights. */
export const rateForm: ModalFeature<'rate-modal'> = {
  kind: 'rate-modal',
  access: 'anyone',
  run: (ctx, i, id) => ctx.tickets.rate(i, id.ticketId, id.stars),
};

import { topicsReply } from '../replies.js';
import type { ButtonFeature } from './feature.js';

/** Previous / Next under /topics: the list turns to that page in place (the reply is the member's own, ephemeral). */
export const topicsPageButton: ButtonFeature<'topics-page'> = {
  kind: 'topics-page',
  access: 'anyone',
  async run(ctx, i, id) {
    await i.update(topicsReply(ctx.assistant().knowledge, i.locale, id.page));
  },
};

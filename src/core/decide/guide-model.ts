import type { GuideModel } from './answer-model.js';
import fitted from './guide-model.json' with { type: 'json' };

/**
 * The answer model Stepwise ships: weights and cut-offs fitted on every untaught guide in
 * test/data/guides by `npm run eval -- --guides test/data/guides --write-model`. The figures to trust
 * are that command's leave-one-guide-out ones (each guide scored by a model that never saw it), not
 * those of this file on its own training guides.
 */
export const GUIDE_MODEL: GuideModel = fitted;

import type { Policy } from './decision.js';
import type { Example } from './examples.js';
import { GUIDE_MODEL } from './guide-model.js';
import { TAUGHT_MIN, THRESHOLDS } from './tuning.js';

/**
 * How a guide is judged: by its own classifier and cut-offs when its team has labelled enough member questions
 * (TAUGHT_MIN), else by the answer model fitted across many guides.
 */
export function policyFor(examples: readonly Example[]): Policy {
  const count = (o: Example['outcome']) => examples.filter((e) => e.outcome === o).length;
  return count('topic') >= TAUGHT_MIN.topic && count('escalate') >= TAUGHT_MIN.escalate
    ? { kind: 'taught', thresholds: THRESHOLDS }
    : { kind: 'model', model: GUIDE_MODEL };
}

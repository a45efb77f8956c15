import type { Policy } from './decision.js';
import type { Example } from '../knowledge/examples.js';
import { GUIDE_MODEL } from './guide-model.js';
import { TAUGHT_MIN, THRESHOLDS } from '../tuning.js';

/**
 * How a guide is judged: by its own classifier and the taught cut-offs when its team has labelled enough member
 * questions, on topics and off them, for most of its topics (TAUGHT_MIN); else by the answer model fitted across many
 * guides. The classifier learns a topic from the questions labelled with it, so a total alone is not enough: an
 * imported guide of 150 topics with 300 labelled questions has two a topic, and judged by the classifier it offered
 * "did you mean" so seldom that members helped fell by half (see TAUGHT_MIN).
 */
export function policyFor(examples: readonly Example[], topicCount: number): Policy {
  return isTaught(examples, topicCount) ? taughtPolicy() : modelPolicy();
}

/** Whether the team's labelled questions are enough to judge by: TAUGHT_MIN's totals, and most topics taught. */
export function isTaught(examples: readonly Example[], topicCount: number): boolean {
  const perTopic = new Map<string, number>();
  let escalate = 0;
  for (const e of examples) {
    if (e.outcome === 'escalate') escalate++;
    if (e.outcome === 'topic' && e.topic) perTopic.set(e.topic, (perTopic.get(e.topic) ?? 0) + 1);
  }
  let total = 0;
  let learned = 0;
  for (const n of perTopic.values()) {
    total += n;
    if (n >= TAUGHT_MIN.perTopic) learned++;
  }
  return total >= TAUGHT_MIN.topic && escalate >= TAUGHT_MIN.escalate && learned >= TAUGHT_MIN.topicShare * topicCount;
}

/** The taught cut-offs (a guide its team has taught, like the sign-in guide). */
export const taughtPolicy = (): Policy => ({ kind: 'taught', thresholds: THRESHOLDS });
/** The answer model fitted across many guides (a guide on day one). */
export const modelPolicy = (): Policy => ({ kind: 'model', model: GUIDE_MODEL });

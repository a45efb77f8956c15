import { computeInsights, periodStart, type Insights, type Period } from '../core/learn/insights.js';
import type { FeedbackRecord, Store, StoredQuestion, Ticket } from './store.js';

export interface InsightRows {
  questions: StoredQuestion[];
  feedback: FeedbackRecord[];
  tickets: Ticket[];
}

/** Everything recorded since a time: the rows /stats and `npm run insights` both aggregate. */
export async function insightRows(store: Store, since: number): Promise<InsightRows> {
  const [questions, feedback, tickets] = await Promise.all([
    store.questionsSince(since),
    store.feedbackSince(since),
    store.ticketsSince(since),
  ]);
  return { questions, feedback, tickets };
}

/** Read one period's rows and aggregate them. */
export async function insightsFor(
  store: Store,
  period: Period,
  now: number = Date.now(),
  topUnanswered?: number,
): Promise<Insights> {
  const rows = await insightRows(store, periodStart(period, now));
  return computeInsights({ ...rows, now, ...(topUnanswered === undefined ? {} : { topUnanswered }) });
}

import type { Decision } from '../decide/decision.js';
import { cleanText, wordingKey } from '../normalise/normalise.js';

/**
 * Insights over recorded questions, feedback and tickets: plain data in, plain data out, no platform.
 * The shapes below are the few fields the aggregation reads, so any store's rows fit.
 */
export interface InsightQuestion {
  id: number;
  question: string;
  action: string;
  topicId: string | null;
  at: number;
}

export interface InsightFeedback {
  questionId: number | null;
  topicId: string;
  helpful: boolean;
  at: number;
}

export interface InsightTicket {
  questionId: number | null;
  createdAt: number;
  /** Optional for callers that only measure deflection. */
  closedAt?: number | null;
  claimedBy?: string | null;
  firstStaffReplyAt?: number | null;
  rating?: number | null;
}

/** Ticket handling, overall or for one staff member (by who claimed the ticket). */
export interface TicketHandling {
  tickets: number;
  rated: number;
  /** Mean of the members' 1-5 ratings; null without any. */
  average_rating: number | null;
  /** Median ms from opening to the first staff message; null when staff never wrote. */
  median_first_reply_ms: number | null;
  /** Median ms from opening to closing, over closed tickets; null when none closed. */
  median_resolution_ms: number | null;
}

export interface TopicInsight {
  topic: string;
  /** Questions answered with this topic in the period. */
  answered: number;
  helpful: number;
  not_helpful: number;
  /** helpful / (helpful + not_helpful); null without any feedback. */
  helpful_rate: number | null;
}

export interface UnansweredGroup {
  /** The most common original wording in the group (earliest on a tie). */
  question: string;
  count: number;
  /** The grouping key (`wordingKey`): the question's search terms, sorted. */
  key: string;
}

export interface Insights {
  questions: number;
  answered: number;
  suggested: number;
  escalated: number;
  /** Bare requests for help ("can someone help me?") the bot asked to say what is wrong. */
  clarified: number;
  ignored: number;
  helpful: number;
  not_helpful: number;
  /** helpful / (helpful + not_helpful); null without any feedback. */
  helpful_rate: number | null;
  /** Questions (groups of wordings) members confirmed a topic for: the lines of `confirmedEvalLines`. */
  confirmed: number;
  /** Answered questions with no ticket linked to them within a day, over answered questions; null when none was answered. */
  deflection_rate: number | null;
  deflected: number;
  top_unanswered: UnansweredGroup[];
  per_topic: TopicInsight[];
  tickets: TicketHandling;
  /** By the staff member who claimed the ticket (Discord id), most tickets first. */
  per_staff: Array<TicketHandling & { staff: string }>;
}

export interface InsightsInput {
  questions: readonly InsightQuestion[];
  feedback: readonly InsightFeedback[];
  tickets: readonly InsightTicket[];
  now: number;
  /** How many unanswered groups to list (default 10). */
  topUnanswered?: number;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
/** A ticket within this long after an answer means the answer did not deflect it. */
export const DEFLECTION_WINDOW_MS = DAY_MS;

/** Periods /stats and the CLI accept; `all` is everything still retained. */
export const PERIODS = { '1d': DAY_MS, '7d': 7 * DAY_MS, '30d': 30 * DAY_MS, all: Infinity } as const;
export type Period = keyof typeof PERIODS;

export function isPeriod(value: string): value is Period {
  return Object.hasOwn(PERIODS, value);
}

/** The first moment (ms epoch) a period covers. */
export function periodStart(period: Period, now: number): number {
  const span = PERIODS[period];
  return Number.isFinite(span) ? now - span : 0;
}

/** What is stored for one question the bot handled: the redacted text, never a user id. */
export function questionRecord(decision: Decision, source: 'discord' | 'cli', channelId: string | null, at: number) {
  return {
    question: decision.question,
    normalised: cleanText(decision.question).toLowerCase(),
    action: decision.action,
    topicId: decision.topic?.id ?? null,
    confidence: decision.confidence,
    source,
    channelId,
    at,
  };
}

/** Group questions by `wordingKey`, most frequent first; each group shows its most common wording. */
export function groupQuestions(questions: readonly Pick<InsightQuestion, 'question'>[]): UnansweredGroup[] {
  const groups = new Map<
    string,
    { count: number; first: number; wordings: Map<string, { n: number; first: number }> }
  >();
  questions.forEach((q, i) => {
    const text = cleanText(q.question);
    if (!text) return;
    const key = wordingKey(text);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { count: 0, first: i, wordings: new Map() }));
    g.count++;
    const w = g.wordings.get(text);
    if (w) w.n++;
    else g.wordings.set(text, { n: 1, first: i });
  });
  const out: Array<UnansweredGroup & { first: number }> = [];
  for (const [key, g] of groups) {
    let best = '';
    let bestN = -1;
    let bestFirst = Infinity;
    for (const [text, w] of g.wordings) {
      if (w.n > bestN || (w.n === bestN && w.first < bestFirst)) [best, bestN, bestFirst] = [text, w.n, w.first];
    }
    out.push({ question: best, count: g.count, key, first: g.first });
  }
  out.sort((a, b) => b.count - a.count || a.first - b.first);
  return out.map(({ question, count, key }) => ({ question, count, key }));
}

const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function byStaff(tickets: readonly InsightTicket[]): Map<string, InsightTicket[]> {
  const out = new Map<string, InsightTicket[]>();
  for (const t of tickets) if (t.claimedBy) out.set(t.claimedBy, [...(out.get(t.claimedBy) ?? []), t]);
  return out;
}

export function ticketHandling(tickets: readonly InsightTicket[]): TicketHandling {
  const ratings = tickets.flatMap((t) => (t.rating ? [t.rating] : []));
  return {
    tickets: tickets.length,
    rated: ratings.length,
    average_rating: ratings.length
      ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100
      : null,
    median_first_reply_ms: median(
      tickets.flatMap((t) => (t.firstStaffReplyAt ? [t.firstStaffReplyAt - t.createdAt] : [])),
    ),
    median_resolution_ms: median(tickets.flatMap((t) => (t.closedAt ? [t.closedAt - t.createdAt] : []))),
  };
}

export function computeInsights(input: InsightsInput): Insights {
  const { questions, feedback, tickets } = input;
  const count = (action: string) => questions.filter((q) => q.action === action).length;

  // Tickets linked to a question: a ticket counts against an answer when opened within a day after it.
  const ticketTimes = new Map<number, number[]>();
  for (const t of tickets) {
    if (t.questionId === null) continue;
    const list = ticketTimes.get(t.questionId) ?? [];
    list.push(t.createdAt);
    ticketTimes.set(t.questionId, list);
  }
  const answered = questions.filter((q) => q.action === 'answer');
  const deflected = answered.filter(
    (q) => !(ticketTimes.get(q.id) ?? []).some((at) => at >= q.at && at - q.at <= DEFLECTION_WINDOW_MS),
  ).length;

  const topics = new Map<string, TopicInsight>();
  const topic = (id: string) => {
    let t = topics.get(id);
    if (!t) topics.set(id, (t = { topic: id, answered: 0, helpful: 0, not_helpful: 0, helpful_rate: null }));
    return t;
  };
  for (const q of answered) if (q.topicId) topic(q.topicId).answered++;
  for (const f of feedback) {
    if (f.helpful) topic(f.topicId).helpful++;
    else topic(f.topicId).not_helpful++;
  }
  for (const t of topics.values()) t.helpful_rate = ratio(t.helpful, t.helpful + t.not_helpful);
  const perTopic = [...topics.values()].sort(
    (a, b) =>
      b.helpful + b.not_helpful - (a.helpful + a.not_helpful) ||
      b.answered - a.answered ||
      a.topic.localeCompare(b.topic),
  );

  const helpful = feedback.filter((f) => f.helpful).length;
  const notHelpful = feedback.length - helpful;
  return {
    questions: questions.length,
    answered: answered.length,
    suggested: count('suggest'),
    escalated: count('escalate'),
    clarified: count('clarify'),
    ignored: count('ignore'),
    helpful,
    not_helpful: notHelpful,
    helpful_rate: ratio(helpful, helpful + notHelpful),
    confirmed: confirmedEvalLines(questions, feedback).length,
    deflection_rate: ratio(deflected, answered.length),
    deflected,
    top_unanswered: groupQuestions(questions.filter((q) => q.action === 'escalate')).slice(
      0,
      input.topUnanswered ?? 10,
    ),
    per_topic: perTopic,
    tickets: ticketHandling(tickets),
    per_staff: [...byStaff(tickets)]
      .map(([staff, theirs]) => ({ staff, ...ticketHandling(theirs) }))
      .sort((a, b) => b.tickets - a.tickets || a.staff.localeCompare(b.staff)),
  };
}

/** The escalated questions as eval lines, one per group, most frequent first: for the team to label. */
export function unansweredEvalLines(
  questions: readonly InsightQuestion[],
): Array<{ q: string; expect: 'escalate'; cat: 'oos' }> {
  return groupQuestions(questions.filter((q) => q.action === 'escalate')).map((g) => ({
    q: g.question,
    expect: 'escalate',
    cat: 'oos',
  }));
}

/**
 * The questions members confirmed a topic for ("This solved it" under an answer, or under a topic they picked from
 * "did you mean" or the related topics), as labelled eval lines: one per group of wordings and topic, most confirmed
 * first. Members label these themselves; the team checks them and adds them to knowledge/examples.jsonl, where the
 * bot learns from them. A topic the same question also found unhelpful ("Didn't help") is no label.
 */
export function confirmedEvalLines(
  questions: readonly InsightQuestion[],
  feedback: readonly InsightFeedback[],
): Array<{ q: string; expect: [string]; cat: 'in' }> {
  const asked = new Map(questions.map((q) => [q.id, q]));
  const verdicts = new Map<string, { question: InsightQuestion; topicId: string; helpful: boolean }>();
  for (const f of feedback) {
    const question = f.questionId === null ? undefined : asked.get(f.questionId);
    if (!question) continue;
    const key = `${question.id} ${f.topicId}`;
    const seen = verdicts.get(key);
    verdicts.set(key, { question, topicId: f.topicId, helpful: f.helpful && (seen?.helpful ?? true) });
  }
  const byTopic = new Map<string, InsightQuestion[]>();
  for (const v of verdicts.values())
    if (v.helpful) byTopic.set(v.topicId, [...(byTopic.get(v.topicId) ?? []), v.question]);
  return [...byTopic]
    .flatMap(([topicId, qs]) => groupQuestions(qs).map((g) => ({ ...g, topicId })))
    .sort((a, b) => b.count - a.count || a.topicId.localeCompare(b.topicId) || a.question.localeCompare(b.question))
    .map((g) => ({ q: g.question, expect: [g.topicId], cat: 'in' }));
}

import { type AskStyle, askStyle } from './ask-style.js';
import { FILLER_TERMS } from '../normalise/filler-words.js';
import { STEADY, steadiness, type Steadiness } from '../search/leave-one-word-out.js';
import { predict } from './logistic.js';
import { plainWords } from '../normalise/normalise.js';
import type { SearchHit, SearchResult } from '../search/search-index.js';
import type { Topic } from '../knowledge/topic.js';
import { unicodeWords } from '../normalise/word-boundary.js';

/**
 * How sure Stepwise is that a topic answers a question, on a guide it has never been taught: a
 * logistic model over signals that mean the same on any guide (how much of the question the topic's
 * heading and text explain, how far it leads the others, how much of the question the guide does not
 * know at all). It is fitted across many guides' labelled questions (`npm run eval -- --guides`), so
 * nothing in it belongs to one guide; see GUIDE_MODEL for where its numbers come from.
 */

/** The signals, in the order the weights read them. Each is 0..1 or a difference of two such. */
export const CANDIDATE_FEATURES = [
  'bias',
  'cover',
  'headCover',
  'titleRecall',
  'match',
  'fit',
  'coverBehind',
  'headBehind',
  'matchBehind',
  'fitBehind',
  'bm25',
  'bm25Behind',
  'bm25Ratio',
  'passage',
  'passageBehind',
  'pairs',
  'overview',
  'childHead',
  'unknownShare',
  'strangeWords',
  'otherSubject',
  'shortQuestion',
  'knownWords',
  'asksQuantity',
  'statesQuantity',
  'asksForFeature',
  'messageLength',
] as const;

/**
 * Kinds of question guides rarely answer, whatever the product: how long, how many, how much, limits and
 * prices; requests for features, and news of the project (the next release, whether the service is down).
 * They are signals, weighed like the others, not rules.
 */
const ASKS_QUANTITY = unicodeWords(
  /\bhow\s+(?:long|many|much|often|big|large)\b|\b(?:max|maximum|minimum|limit|limits|cost|costs|price|pricing)\b/i,
);
const ASKS_FOR_FEATURE = unicodeWords(
  /\b(?:pl[sz]|please|could\s+you|can\s+you|you\s+should)\s+add\b|\bfeature\s+request\b|\bwould\s+be\s+(?:nice|useful|great|cool)\b|\bwhen\s+will\b|\bwhen\s+(?:is|are|does|do)\b.{0,40}\b(?:released|coming\s+out|shipping|launch(?:ed|ing)?)\b|\broadmap\b|\b(?:next|upcoming)\s+(?:stable\s+|major\s+)?(?:release|version)\b|\brelease\s+date\b|\bis\s+it\s+down\b|\bdown\s+for\s+(?:me|everyone|anyone)\b|\bjust\s+me\b/i,
);

/**
 * A number with what it counts ("40 MB", "up to 5 devices", "30 days"): a topic that says one can answer "how long",
 * "how many" or "what is the limit", which guides rarely do; an off-topic question built from the guide's words
 * ("how long do moderators take to act on a report?") usually finds a topic that states no such figure.
 */
const QUANTITY_STATED = unicodeWords(
  /\b\d+(?:[.,]\d+)?\s*(?:%|[kmgt]i?b\b|bytes?\b|px\b|pixels?\b|characters?\b|chars?\b|words?\b|seconds?\b|secs?\b|minutes?\b|mins?\b|hours?\b|hrs?\b|days?\b|weeks?\b|months?\b|years?\b|times?\b|items?\b|files?\b|devices?\b|people\b|users?\b|members?\b|options?\b|entries\b|fps\b)|\b(?:up\s+to|at\s+most|maximum\s+of|limit(?:ed)?\s+(?:of|to))\s+\d/i,
);
const quantityStated = new WeakMap<Topic, boolean>();
function statesQuantity(topic: Topic): boolean {
  let known = quantityStated.get(topic);
  if (known === undefined) {
    known = QUANTITY_STATED.test([topic.title, topic.summary, topic.intro, ...topic.steps, topic.notes].join('\n'));
    quantityStated.set(topic, known);
  }
  return known;
}

/** Past this many words, a message is simply long. */
const MAX_LENGTH_WORDS = 40;

/** How sure to be before answering or offering topics, and the weights that say how sure Stepwise is. */
export interface Judge {
  /** One weight per SCOPE_FEATURES entry: P(the guide answers the question at all). */
  scope: number[];
  /** One weight per SCOPE_FEATURES entry: P(the best-ranked topic is a right answer). */
  answer: number[];
  /** Answer when the best topic is a right answer with at least this probability… */
  answerAt: number;
  /** …and the question reads as in scope at least this much; below it, offer topics or hand over. */
  answerScope: number;
  /** Offer the closest topics ("did you mean") when the question reads as in scope at least this much; escalate below. */
  suggestAt: number;
}

export interface GuideModel extends Judge {
  /** One weight per CANDIDATE_FEATURES entry: P(this topic answers the question). */
  ranker: number[];
  /** How questions guides answer are worded, against off-topic ones (see ask-style.ts): one of the scope signals. */
  style: AskStyle;
  /**
   * The judge for a line whose wording the style model cannot read (another language, a bag of words read through the
   * lexicon), fitted with no wording signal at all: the wording makes the scope model surer of itself, and cut-offs
   * chosen for that would offer topics too readily where it is missing.
   */
  unread: Judge;
  /** How many topics a "did you mean" offers at most. */
  maxSuggestions: number;
}

export interface ScoredTopic {
  topic: Topic;
  /** Probability that this topic is the one that answers the question. */
  p: number;
  /** The best topic's signals, kept for the scope model. */
  features?: number[];
}

/**
 * The feature vector of each hit, in hit order. `words`: how long the member's message is, in words; the searched
 * text's own length unless the search read a rewording of it (a question in another language read in English).
 */
export function candidateFeatures(
  result: SearchResult,
  question: string,
  words = plainWords(question).length,
): number[][] {
  const hits = result.hits;
  const max = (f: (h: SearchHit) => number) => hits.reduce((m, h) => Math.max(m, f(h)), 0);
  const top = {
    cover: max((h) => h.cover),
    head: max((h) => h.headCover),
    match: max((h) => h.match),
    fit: max((h) => h.fit),
    bm25: max((h) => h.bm25),
    passage: max((h) => h.passage),
  };
  const subject = result.otherSubjects.length > 0 ? 1 : 0;
  const short = result.terms.length <= 2 ? 1 : 0;
  const strange = Math.min(4, result.unknown.filter((u) => !FILLER_TERMS.has(u)).length) / 4;
  const knownWords = Math.min(8, result.terms.filter((t) => !FILLER_TERMS.has(t)).length) / 8;
  const quantity = ASKS_QUANTITY.test(question) ? 1 : 0;
  const feature = ASKS_FOR_FEATURE.test(question) ? 1 : 0;
  // A long message with its backstory is seldom off-topic chat: people write that much when they need the guide.
  const length = Math.min(MAX_LENGTH_WORDS, words) / MAX_LENGTH_WORDS;
  return hits.map((h) => [
    1,
    h.cover,
    h.headCover,
    h.titleRecall,
    h.match,
    h.fit,
    h.cover - top.cover,
    h.headCover - top.head,
    h.match - top.match,
    h.fit - top.fit,
    h.bm25,
    h.bm25 - top.bm25,
    top.bm25 === 0 ? 0 : h.bm25 / top.bm25,
    h.passage,
    h.passage - top.passage,
    h.pairs,
    h.overview,
    h.childHead,
    result.unknownShare,
    strange,
    subject,
    short,
    knownWords,
    quantity,
    quantity === 1 && statesQuantity(h.topic) ? 1 : 0,
    feature,
    length,
  ]);
}

/** Every hit with its probability of being the answer, most likely first. */
export function scoreTopics(
  result: SearchResult,
  question: string,
  weights: readonly number[],
  words?: number,
): ScoredTopic[] {
  const xs = candidateFeatures(result, question, words);
  return result.hits
    .map((h, i) => ({ topic: h.topic, p: predict(weights, xs[i]!), x: xs[i]! }))
    .sort((a, b) => b.p - a.p || a.topic.id.localeCompare(b.topic.id))
    .map(({ topic, p }, i, all) => (i === 0 ? { topic, p, features: all[0]!.x } : { topic, p }));
}

/**
 * The question-level signals: how likely the best topics are, the best topic's own signals, and whether it stays
 * best when any one word of the question is left out (see leave-one-word-out.ts). Whether a guide covers a question
 * at all is a different judgement from which topic fits best, so it gets its own model, stacked on the ranker's
 * output.
 */
export const SCOPE_FEATURES = [
  'bias',
  'best',
  'second',
  'topThree',
  ...CANDIDATE_FEATURES.slice(1),
  'staysFirst',
  'weakestHold',
  'askStyle',
] as const;

/** `style`: how much the question's wording leans towards one a guide answers (askStyle, -1..1), 0 when unknown. */
export function scopeFeatures(ranked: readonly ScoredTopic[], steady: Steadiness = STEADY, style = 0): number[] {
  const p = (i: number) => ranked[i]?.p ?? 0;
  const best = ranked[0]?.features ?? new Array<number>(CANDIDATE_FEATURES.length).fill(0);
  return [1, p(0), p(1), p(0) + p(1) + p(2), ...best.slice(1), steady.staysFirst, steady.weakestHold, style];
}

/** How steady the best of `ranked` is across the searches without each word, ranked by the same weights. */
export function steadinessOf(
  ranked: readonly ScoredTopic[],
  without: readonly SearchResult[],
  question: string,
  weights: readonly number[],
  words?: number,
): Steadiness {
  const best = ranked[0];
  if (!best) return STEADY;
  return steadiness({ id: best.topic.id, p: best.p }, without, (result) =>
    scoreTopics(result, question, weights, words),
  );
}

/** What the answer model makes of a search: the topics ranked, and how likely the guide covers the question. */
export interface Judgement {
  ranked: ScoredTopic[];
  inScope: number;
  /** Probability that the best-ranked topic answers the question. */
  bestIsRight: number;
  /** Whether the style model read the wording: the model's own cut-offs apply, else those of `unread`. */
  wordingRead: boolean;
  /** The same question judged as if its wording were unread, when worked out ahead (fitting judges each line once). */
  plain?: Judgement;
}

/**
 * `without`: the question searched again without each of its words (see searchesWithoutEachWord). `wording: false`
 * judges as for a line whose wording the style model cannot read (how the unread judge is fitted).
 */
export function judge(
  result: SearchResult,
  question: string,
  model: Pick<GuideModel, 'ranker' | 'scope' | 'answer' | 'style' | 'unread'>,
  words?: number,
  without: readonly SearchResult[] = [],
  { wording = true }: { wording?: boolean } = {},
): Judgement {
  const lean = wording ? askStyle(model.style, question) : null;
  const weights = lean === null ? model.unread : model;
  const ranked = scoreTopics(result, question, model.ranker, words);
  if (ranked.length === 0) return { ranked, inScope: 0, bestIsRight: 0, wordingRead: lean !== null };
  const steady = steadinessOf(ranked, without, question, model.ranker, words);
  const x = scopeFeatures(ranked, steady, lean ?? 0);
  return {
    ranked,
    inScope: predict(weights.scope, x),
    bestIsRight: predict(weights.answer, x),
    wordingRead: lean !== null,
  };
}

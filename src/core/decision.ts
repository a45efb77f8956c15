import { THANKS_OR_SOLVED } from './lexicon.js';
import { cleanText, plainWords } from './normalise.js';
import type { SearchIndex, SearchResult } from './search-index.js';
import { containsSecret, redactSecrets } from './secrets.js';
import { asksSomething, isChatterStatement, isSmallTalk } from './small-talk.js';
import { FILLER_TERMS } from './filler-words.js';
import type { Topic } from './topic.js';
import { judge, type GuideModel, type Judgement } from './answer-model.js';

export type Action = 'answer' | 'suggest' | 'escalate' | 'ignore';

export interface Decision {
  action: Action;
  /** The topic answered with (answer), or the best guess (suggest); null otherwise. */
  topic: Topic | null;
  /** 0..1: the best topic's score; 1 for small talk, which is certain. */
  confidence: number;
  /** Other close topics, best first (for suggest: the ones to offer). */
  alternatives: Topic[];
  /** The question as safe plain text, secrets redacted: what may be shown or stored. */
  question: string;
  /** The message looked like it carried a password, code, key or token. */
  secret: boolean;
}

/**
 * Calibrated on knowledge/examples.jsonl by five-fold cross-fitting (each example scored by an index that
 * never saw it; scratch/cv.mts), choosing the middle of a plateau rather than the single best cell.
 * A topic's score blends its phrase match with the classifier's fit; the doubt that the guide covers the
 * question at all (the classifier's "reads like an off-topic question") is taken off it. Below
 * ESCALATE_BELOW a human is better. Above it, a topic is answered when that evidence plus its lead over
 * the runner-up reaches ANSWER_AT: a clear winner may be answered at a lower score than a close call.
 * Only a genuine tie (lead under MARGIN) asks "did you mean"; a suggestion is a half answer that helps
 * nobody when one topic is clearly better or none fits.
 */
export interface Thresholds {
  escalateBelow: number;
  /** How much the classifier's "reads like a question the guide does not cover" takes off the best score. */
  notCoveredWeight: number;
  /** Added to the bar when the question names another support subject (billing, installation, …). */
  subjectBar: number;
  answerAt: number;
  /** How much the lead over the runner-up adds to the best score when deciding to answer. */
  leadWeight: number;
  margin: number;
  suggestShare: number;
  maxSuggestions: number;
}

export const THRESHOLDS: Thresholds = {
  escalateBelow: 0.35,
  notCoveredWeight: 1,
  subjectBar: 0.1,
  answerAt: 0.4,
  leadWeight: 1,
  /** The lead over the runner-up below which two topics are a tie: suggest both. */
  margin: 0.02,
  /** A suggestion must be at least this share of the best score to be offered. */
  suggestShare: 0.7,
  maxSuggestions: 3,
};

export function decideFromSearch(question: string, secret: boolean, result: SearchResult, th: Thresholds = THRESHOLDS): Decision {
  const [best, second] = result.hits;
  const base = { question, secret };
  /** The best topic's score, less the doubt that the guide covers the question at all. */
  const evidence = Math.max(0, (best?.score ?? 0) - th.notCoveredWeight * result.notCovered);
  const escalate = (): Decision => ({
    ...base,
    action: 'escalate',
    topic: null,
    confidence: evidence,
    alternatives: result.hits.slice(0, th.maxSuggestions).filter((h) => h.score >= th.escalateBelow * 0.6).map((h) => h.topic),
  });
  const bar = th.escalateBelow + (result.otherSubjects.length > 0 ? th.subjectBar : 0);
  if (!best || evidence < bar) return escalate();
  const lead = best.score - (second?.score ?? 0);
  if (lead < th.margin) {
    const offered = result.hits.filter((h) => h.score >= best.score * th.suggestShare).slice(0, th.maxSuggestions);
    return { ...base, action: 'suggest', topic: best.topic, confidence: evidence, alternatives: offered.map((h) => h.topic) };
  }
  if (evidence + th.leadWeight * lead >= Math.max(th.answerAt, bar)) {
    return { ...base, action: 'answer', topic: best.topic, confidence: evidence, alternatives: result.hits.slice(1, 3).filter((h) => h.score >= best.score * th.suggestShare).map((h) => h.topic) };
  }
  return escalate();
}

/** Up to this many words, an unmatched message with no other subject is chatter, not a question for staff. */
const MAX_CHATTER_WORDS = 3;
/** How many topics the search hands on for judging: enough for the answer model to re-rank. */
const SEARCH_DEPTH = 30;

/**
 * How a guide turns search results into a decision. A guide that has been taught with labelled member
 * questions (examples.jsonl) is judged by its own classifier and the cut-offs cross-validated on those
 * examples; any other guide by the answer model fitted across many guides, whose signals mean the same
 * on a guide it has never seen.
 */
export type Policy = { kind: 'taught'; thresholds: Thresholds } | { kind: 'model'; model: GuideModel };

/** A message read once: cleaned, secrets redacted, searched. Deciding from it is cheap, so eval can try many policies. */
export interface Reading {
  question: string;
  secret: boolean;
  /** Greetings, thanks, reactions, or nothing searchable at all: silence, whatever the guide. */
  chatter: boolean;
  result: SearchResult;
  words: number;
  /** Words the guide knows that are not everyday filler: what the message says about the product. */
  content: number;
  thanks: boolean;
}

/** message → normalise → search. */
export function read(index: SearchIndex, raw: string, policy: Policy): Reading {
  const text = cleanText(raw);
  const secret = containsSecret(text);
  const question = secret ? redactSecrets(text) : text;
  const words = plainWords(question);
  const thanks = !question.includes('?') && words.some((w) => THANKS_OR_SOLVED.has(w)) && !asksSomething(words);
  if (isSmallTalk(question)) return { question, secret, chatter: true, result: EMPTY_RESULT, words: words.length, content: 0, thanks };
  const result = index.search(question, SEARCH_DEPTH, policy.kind === 'taught' ? 'coverage' : 'bm25');
  // Nothing searchable at all ("can you help me?"): silence beats a ticket template for a vague line; and a
  // greeting or a cheer that names the product in passing asks nothing of anyone.
  const content = result.terms.filter((t) => !FILLER_TERMS.has(t)).length;
  const chatter = (result.terms.length === 0 && result.unknown.length === 0) || (result.otherSubjects.length === 0 && isChatterStatement(question, content));
  return { question, secret, chatter, result, words: words.length, content, thanks };
}

const EMPTY_RESULT: SearchResult = { hits: [], otherSubjects: [], terms: [], unknown: [], notCovered: 0, smallTalk: 0, unknownShare: 0 };

/** decide, for a message already read. */
export function decideReading(r: Reading, policy: Policy, judged?: Judgement): Decision {
  const { question, secret, result } = r;
  if (r.chatter) return { action: 'ignore', topic: null, confidence: 1, alternatives: [], question, secret };
  const decision =
    policy.kind === 'taught'
      ? decideFromSearch(question, secret, { ...result, hits: result.hits.slice(0, 5) }, policy.thresholds)
      : decideWithModel(question, secret, result, policy.model, judged);
  // A message that matches nothing well is chatter when it is a few words naming no other subject ("ahh ok",
  // "oops wrong channel"); when it reads more like the small-talk examples than like an off-topic question
  // ("back, had to get the kids from school"), and, naming another subject, more likely small talk than not
  // ("lifesaver, my laptop nearly went out the window"); or when it thanks or says it is solved, asks nothing
  // and names no other subject, however long. A ticket template in reply to chatter is the spam members mute
  // bots for.
  const subject = result.otherSubjects.length > 0;
  // On a guide judged by the answer model, a short line that names something the guide covers is a search-box
  // question ("hotkey mute"), not chatter: it gets the ticket template rather than silence.
  const fewWords = r.words <= MAX_CHATTER_WORDS && !subject && (policy.kind === 'taught' || r.content === 0);
  const readsAsChatter = result.smallTalk > result.notCovered && (!subject || result.smallTalk >= 0.5);
  const thanks = r.thanks && !subject;
  if (decision.action === 'escalate' && (fewWords || readsAsChatter || thanks)) {
    return { ...decision, action: 'ignore', alternatives: [] };
  }
  return decision;
}

/**
 * The answer model's decision: answer the best-ranked topic when it is likely right and the question likely
 * in scope; otherwise offer the closest topics when the question likely is in scope; otherwise hand over to
 * a person.
 */
export function decideWithModel(question: string, secret: boolean, result: SearchResult, model: GuideModel, judged = judge(result, question, model)): Decision {
  const { ranked, inScope, bestIsRight } = judged;
  const [best] = ranked;
  const base = { question, secret };
  if (!best) return { ...base, action: 'escalate', topic: null, confidence: 0, alternatives: [] };
  const offered = ranked.slice(0, model.maxSuggestions).map((t) => t.topic);
  if (bestIsRight >= model.answerAt && inScope >= model.answerScope) {
    return { ...base, action: 'answer', topic: best.topic, confidence: bestIsRight, alternatives: ranked.slice(1, 3).filter((t) => t.p >= best.p / 2).map((t) => t.topic) };
  }
  if (inScope >= model.suggestAt) return { ...base, action: 'suggest', topic: best.topic, confidence: best.p, alternatives: offered };
  return { ...base, action: 'escalate', topic: null, confidence: best.p, alternatives: offered };
}

/** message → normalise → search → decide: the whole core path for one question. */
export function decide(index: SearchIndex, raw: string, policy: Policy = { kind: 'taught', thresholds: THRESHOLDS }): Decision {
  return decideReading(read(index, raw, policy), policy);
}

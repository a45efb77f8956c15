import { FILLER_TERMS } from '../normalise/filler-words.js';
import { plainWords, term } from '../normalise/normalise.js';
import type { SearchIndex, SearchResult } from './search-index.js';

/**
 * How much the best topic rests on any one word of the question. A topic that answers a question stays first when
 * one of its words is left out ("reset password email" without "email" still finds the reset topic); one that only
 * shares a word with it falls away ("how long do moderators take to act on a report?" without "report" finds
 * another topic). The searches are made once, when the question is read; the answer model reads what they say about
 * its own best topic (see steadiness).
 */

/** At most this many words are left out in turn: the question's first content words, each once. */
const MAX_WORDS_LEFT_OUT = 8;

/** The question searched again without each of its content words in turn (everyday filler is never left out). */
export function searchesWithoutEachWord(
  index: SearchIndex,
  question: string,
  depth: number,
  rankBy: 'coverage' | 'bm25',
  unread = 0,
): SearchResult[] {
  const words = plainWords(question);
  const content = [...new Set(words)]
    .filter((w) => w.length > 2 && !FILLER_TERMS.has(term(w)))
    .slice(0, MAX_WORDS_LEFT_OUT);
  return content.flatMap((left) => {
    const rest = words.filter((w) => w !== left).join(' ');
    return rest === '' ? [] : [index.search(rest, depth, rankBy, unread)];
  });
}

/** What the searches without each word say about the best topic, read by the same ranker that chose it. */
export interface Steadiness {
  /** The share of those searches whose best-ranked topic is still the same one (1 when there were none). */
  staysFirst: number;
  /** The lowest probability the best topic kept in any of them, as a share of its own (1 when there were none). */
  weakestHold: number;
}

export const STEADY: Steadiness = { staysFirst: 1, weakestHold: 1 };

export function steadiness(
  best: { id: string; p: number },
  without: readonly SearchResult[],
  rankerOf: (result: SearchResult) => ReadonlyArray<{ topic: { id: string }; p: number }>,
): Steadiness {
  if (without.length === 0) return STEADY;
  let first = 0;
  let weakest = 1;
  for (const result of without) {
    const ranked = rankerOf(result);
    if (ranked[0]?.topic.id === best.id) first++;
    const p = ranked.find((t) => t.topic.id === best.id)?.p ?? 0;
    weakest = Math.min(weakest, best.p > 0 ? Math.min(1, p / best.p) : 0);
  }
  return { staysFirst: first / without.length, weakestHold: weakest };
}

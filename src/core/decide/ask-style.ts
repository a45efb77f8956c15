import { sigmoid } from './logistic.js';
import { plainWords } from '../normalise/normalise.js';

/**
 * How a question is worded, read across guides: the words and word pairs of questions guides answer ("where_is",
 * "shows_up", "need_to") against those of questions they do not ("refund", "when_will", "pls_add"). Only grams asked
 * in at least MIN_GUIDES guides of the corpus are kept, so no product's own vocabulary is in it. Fitted across guides
 * with the rest of the answer model (`npm run eval -- --guides DIR --write-model`), and read by the scope model as
 * one more signal beside what the search found: whether a question reads like one for the guide at all.
 */
export interface AskStyle {
  bias: number;
  /** Gram → weight; a gram not listed weighs nothing. */
  weights: Record<string, number>;
}

/** A style that knows no words: every question reads 0.5. */
export const NO_STYLE: AskStyle = { bias: 0, weights: {} };

/** A gram must be asked in this many guides' questions to be kept: generic wording, not one product's names. */
export const MIN_GUIDES = 4;

/** The words of a question and its adjacent pairs ("when_will"), each once. */
export function styleGrams(question: string): string[] {
  const words = plainWords(question);
  return [...new Set([...words, ...words.slice(1).map((w, i) => `${words[i]}_${w}`)])];
}

/** Below this share of its words known, a line's wording is not read (another language, mostly). */
export const MIN_KNOWN_SHARE = 0.5;

/**
 * -1..1: how much the question's wording leans towards one a guide answers (above 0) or an off-topic one (below 0);
 * null when fewer than MIN_KNOWN_SHARE of its words are known grams, as for a line in another language: wording the
 * model never saw says nothing, and such a line is judged without it (GuideModel.unread).
 */
export function askStyle(style: AskStyle, question: string): number | null {
  const words = plainWords(question);
  const known = words.filter((w) => style.weights[w] !== undefined).length;
  if (words.length === 0 || known < MIN_KNOWN_SHARE * words.length) return null;
  let z = 0;
  for (const g of styleGrams(question)) z += style.weights[g] ?? 0;
  return Math.tanh(z / 4);
}

export interface StyleRow {
  question: string;
  /** True for a question the guide answers, false for an off-topic one. */
  inScope: boolean;
  /** Which guide it was asked of: every guide has the same say, and a gram must be asked in MIN_GUIDES of them. */
  guide: string;
}

/**
 * A sparse logistic fit by plain gradient descent over the whole set (deterministic: the same rows give the same
 * weights on every machine). Classes and guides are weighed evenly; `l2` keeps the weights of rare grams small.
 */
export function fitAskStyle(rows: readonly StyleRow[], { l2 = 3, rounds = 150, rate = 2 } = {}): AskStyle {
  const guidesOf = new Map<string, Set<string>>();
  const grams = rows.map((r) => styleGrams(r.question));
  rows.forEach((r, i) => {
    for (const g of grams[i]!) (guidesOf.get(g) ?? guidesOf.set(g, new Set()).get(g)!).add(r.guide);
  });
  const vocab = [...guidesOf].filter(([, s]) => s.size >= MIN_GUIDES).map(([g]) => g);
  const index = new Map(vocab.map((g, i) => [g, i]));
  const features = grams.map((gs) => gs.flatMap((g) => (index.has(g) ? [index.get(g)!] : [])));
  // Even say: each guide's rows weigh 1 in all, split evenly between its in-scope and off-topic questions.
  const count = new Map<string, number>();
  for (const r of rows) count.set(`${r.guide}|${r.inScope}`, (count.get(`${r.guide}|${r.inScope}`) ?? 0) + 1);
  const weightOf = rows.map((r) => 1 / (2 * count.get(`${r.guide}|${r.inScope}`)!));
  const total = weightOf.reduce((s, w) => s + w, 0);
  const w = new Array<number>(vocab.length).fill(0);
  let bias = 0;
  for (let round = 0; round < rounds; round++) {
    const grad = new Array<number>(vocab.length).fill(0);
    let gradBias = 0;
    rows.forEach((r, i) => {
      let z = bias;
      for (const k of features[i]!) z += w[k]!;
      const err = (sigmoid(z) - (r.inScope ? 1 : 0)) * weightOf[i]!;
      gradBias += err;
      for (const k of features[i]!) grad[k]! += err;
    });
    bias -= (rate * gradBias) / total;
    for (let k = 0; k < w.length; k++) w[k]! -= (rate * (grad[k]! + (l2 / rows.length) * w[k]!)) / total;
  }
  const weights: Record<string, number> = {};
  vocab.forEach((g, k) => {
    if (Math.abs(w[k]!) >= 1e-3) weights[g] = Math.round(w[k]! * 1e4) / 1e4;
  });
  return { bias: Math.round(bias * 1e4) / 1e4, weights };
}

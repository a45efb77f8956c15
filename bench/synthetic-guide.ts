import { stringify } from 'yaml';
import { plainWords } from '../src/core/normalise/normalise.js';
import type { Topic } from '../src/core/knowledge/topic.js';

/**
 * Deterministic synthetic guides for the benchmark: many topics built from the real guide's own words,
 * with the real topics embedded among them, so the same questions can be asked of a large guide.
 */

/** mulberry32: a tiny seeded PRNG; the same seed always gives the same sequence of numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DEFAULT_SEED = 20_260_401;

export interface SyntheticOptions {
  /** Total topics in the guide, the real ones included. */
  topics: number;
  seed?: number;
}

/**
 * Every word of the real guide, repeated as often as it occurs there: drawing uniformly from this list
 * draws words with the guide's own frequencies, so common words stay common and rare words rare.
 */
export function guideWords(real: readonly Topic[]): string[] {
  const words: string[] = [];
  for (const t of real) {
    for (const text of [t.title, t.summary, t.intro, ...t.aliases, ...t.steps, t.notes]) {
      for (const w of plainWords(text)) if (w.length <= 24) words.push(w);
    }
  }
  if (words.length === 0) throw new Error('synthetic guide: the real guide has no words to draw from');
  return words;
}

/**
 * `n` drawn words, cut before `maxChars`; optionally capitalised and ended with a full stop. Built with one
 * join, so each text is one flat string, as text read from a file is (not a chain of concatenations).
 */
function sentence(
  pick: () => string,
  n: number,
  maxChars = Infinity,
  style: 'plain' | 'capital' | 'prose' = 'plain',
): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; i < n; i++) {
    const w = pick();
    if (length + w.length + 1 > maxChars && out.length >= 1) break;
    out.push(w);
    length += w.length + 1;
  }
  if (style !== 'plain') out[0] = capital(out[0]!);
  if (style === 'prose') out[out.length - 1] += '.';
  return out.join(' ');
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A guide of `topics` topics: the real ones at seeded positions, the rest synthetic with realistic lengths
 * (titles 3–8 words, 10–20 aliases of 2–6 words, 4–6 steps of 8–20 words, a one-line summary and intro).
 */
export function syntheticGuide(real: readonly Topic[], opts: SyntheticOptions): Topic[] {
  const rand = mulberry32(opts.seed ?? DEFAULT_SEED);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const words = guideWords(real);
  const pick = () => words[Math.floor(rand() * words.length)]!;
  const total = Math.max(opts.topics, real.length);
  const synthetic = total - real.length;
  const width = String(synthetic).length;
  const out: Topic[] = [];
  const usedTitles = new Set(real.map((t) => t.title.toLowerCase()));
  for (let i = 0; i < synthetic; i++) {
    const id = `synthetic-${String(i + 1).padStart(width, '0')}`;
    let title = sentence(pick, int(3, 8), 100, 'capital');
    // Two topics with one title would be a broken guide; a number keeps them apart.
    if (title.length < 3 || usedTitles.has(title.toLowerCase())) title = `${title.slice(0, 90)} ${i + 1}`.trim();
    usedTitles.add(title.toLowerCase());
    const aliases = Array.from({ length: int(10, 20) }, () => sentence(pick, int(2, 6), 100));
    const steps = Array.from({ length: int(4, 6) }, () => sentence(pick, int(8, 20), Infinity, 'prose'));
    out.push({
      id,
      title,
      section: `Synthetic ${1 + (i % 20)}`,
      summary: sentence(pick, int(5, 12), 100, 'capital'),
      aliases,
      related: [],
      intro: sentence(pick, int(8, 15), Infinity, 'prose'),
      steps,
      notes: '',
      file: `${id}.md`,
    });
  }
  // The real topics go to seeded positions, keeping their own order.
  const slots = new Set<number>();
  while (slots.size < real.length) slots.add(int(0, total - 1));
  const positions = [...slots].sort((a, b) => a - b);
  const guide: Topic[] = [];
  let r = 0;
  let s = 0;
  for (let i = 0; i < total; i++) {
    if (positions[r] === i) guide.push(real[r++]!);
    else guide.push(out[s++]!);
  }
  return guide;
}

/** A topic as a knowledge file, so a synthetic guide can go through the same loader checks as a real one. */
export function topicMarkdown(t: Topic): string {
  const fm: Record<string, unknown> = { id: t.id, title: t.title, section: t.section };
  if (t.command !== undefined) fm.command = t.command;
  fm.summary = t.summary;
  fm.aliases = t.aliases;
  fm.related = t.related;
  const steps = t.steps.map((s, i) => `${i + 1}. ${s.replace(/\n/g, '\n   ')}`).join('\n');
  return `---\n${stringify(fm)}---\n${[t.intro, steps, t.notes].filter(Boolean).join('\n\n')}\n`;
}

import Fuse from 'fuse.js';
import { TYPO_THRESHOLD } from '../tuning.js';
import { allowedTypos, editDistance } from './edit-distance.js';

/** How many words' corrections a speller remembers. */
const SPELLER_MEMORY = 4096;

/** Typo correction against a word list: each word length gets its own small Fuse over the words of nearby lengths. */
export class Speller {
  /** Each word length's candidates: the words within two letters of it. Key -1: every word (other lengths). */
  private readonly buckets = new Map<number, string[]>();
  /** A bucket's Fuse, built on its first correction (never, for a speller that ranks by distance alone). */
  private readonly fuses = new Map<number, Fuse<string>>();

  /**
   * @param known corrections already worked out for this vocabulary: the same unknown words come back (in
   * examples, and from members). Filled as the speller learns; a caller may keep it across runs.
   * @param byDistance rank the candidates by edit distance alone, without Fuse's scan of the length bucket: for an
   * index of many languages, whose buckets are large and whose thousands of example words are mostly unknown to
   * it (Fuse took 6 of the 7 seconds the multilingual index needed to build).
   */
  constructor(
    vocabulary: Iterable<string>,
    private readonly known: Map<string, string[]> = new Map(),
    private readonly byDistance = false,
  ) {
    // Typos change a word's length by at most two, so a correction compares against a few hundred words, not all.
    const words = [...new Set(vocabulary)].filter((w) => w.length >= 4);
    for (const len of new Set(words.map((w) => w.length)))
      this.buckets.set(
        len,
        words.filter((w) => Math.abs(w.length - len) <= 2),
      );
    this.buckets.set(-1, words);
  }

  /** The bucket a term of this length is compared against. */
  private bucketOf(len: number): { key: number; words: string[] } {
    const key = this.buckets.has(len) ? len : -1;
    return { key, words: this.buckets.get(key)! };
  }

  private fuseOf(key: number, words: string[]): Fuse<string> {
    let fuse = this.fuses.get(key);
    if (!fuse) {
      fuse = new Fuse(words, { threshold: TYPO_THRESHOLD, ignoreLocation: true, includeScore: true });
      this.fuses.set(key, fuse);
    }
    return fuse;
  }

  /** A length bucket's words by first letter, with their place in the bucket (built on first use). */
  private byStart(len: number): Map<string, Array<{ w: string; at: number }>> {
    let starts = this.starts.get(len);
    if (!starts) {
      starts = new Map();
      this.bucketOf(len).words.forEach((w, at) => {
        const list = starts!.get(w[0]!);
        if (list) list.push({ w, at });
        else starts!.set(w[0]!, [{ w, at }]);
      });
      this.starts.set(len, starts);
    }
    return starts;
  }
  private readonly starts = new Map<number, Map<string, Array<{ w: string; at: number }>>>();

  /** Words a typo'd term most likely meant, best first. */
  correct(term: string): string[] {
    let fixes = this.known.get(term);
    if (fixes === undefined) {
      fixes = this.search(term);
      // Bounded, so a flood of made-up words cannot grow it without end; the oldest is forgotten first.
      if (this.known.size >= SPELLER_MEMORY) this.known.delete(this.known.keys().next().value!);
      this.known.set(term, fixes);
    }
    return fixes;
  }

  private search(term: string): string[] {
    if (term.length < 4 || /\d/.test(term)) return [];
    // People rarely get the first letter wrong, so "walk" is not "talk" and "steam" is not "team".
    const max = allowedTypos(term.length);
    if (this.byDistance) {
      const starts = this.byStart(term.length);
      // In bucket order, as Fuse would list ties: words starting with the term's first letter, or its first two swapped.
      const second = term[1] === term[0] ? [] : (starts.get(term[1]!) ?? []);
      // Only the few words near enough are sorted (by distance, then bucket order), not the whole pool.
      const near: Array<{ w: string; d: number; at: number }> = [];
      for (const list of [starts.get(term[0]!) ?? [], second])
        for (const { w, at } of list) {
          // A length further off than the typos allowed is further off in edits too.
          if (Math.abs(w.length - term.length) > max || !sameStart(term, w)) continue;
          const d = editDistance(term, w, max);
          if (d <= max) near.push({ w, d, at });
        }
      return near
        .sort((a, b) => a.d - b.d || a.at - b.at)
        .slice(0, 2)
        .map((x) => x.w);
    }
    const { key, words } = this.bucketOf(term.length);
    // Fuse finds the pattern anywhere inside a word ("pric" in "carica"), so its hits are
    // confirmed with a true edit distance before they count as the word meant.
    const near = (w: string) => sameStart(term, w) && editDistance(term, w, max) <= max;
    // Only such words can come out, so when the list has none, Fuse's scan of every word is skipped.
    if (!words.some(near)) return [];
    return this.fuseOf(key, words)
      .search(term, { limit: 5 })
      .filter((r) => near(r.item))
      .slice(0, 2)
      .map((r) => r.item);
  }
}

/** Same first letter, or the first two letters swapped ("lgoin"/"login" yes, "walk"/"talk" no). */
function sameStart(a: string, b: string): boolean {
  return a[0] === b[0] || (a[0] === b[1] && a[1] === b[0]);
}

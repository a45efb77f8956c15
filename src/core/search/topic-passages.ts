import { FILLER_TERMS } from '../normalise/filler-words.js';
import { terms, WHOLE } from '../normalise/normalise.js';
import { holds } from './sorted-search.js';
import type { Topic } from '../knowledge/topic.js';

/**
 * Pair keys are made as a * PAIR_BASE + b while the index is built, before the number of distinct terms is known;
 * exact in a double for ids below 2^26 (67 million distinct terms, far beyond any guide).
 */
const PAIR_BASE = 2 ** 26;
/** With at most this many distinct terms a pair key fits 32 bits, and keys are kept in a Uint32Array. */
const SMALL_VOCABULARY = 2 ** 16;

/** The question's side of a passage comparison: its credited terms' ids (-1: no topic's text says it) and worth. */
export interface PassageQuery {
  ids: Int32Array;
  /** What each term is worth when a passage says it (weight × credit), summed in this order as before. */
  worth: Float64Array;
}

/** The question's adjacent word pairs: how many distinct ones it has, and the keys of those a topic could say. */
export interface PairQuery {
  size: number;
  keys: number[];
}

/**
 * Every topic's passages (title, summary, each paragraph of its intro and notes, each step) as term sets, and its
 * adjacent content-word pairs ("device id", "dark mode"), read once while the index is built: the answer model
 * compares each of a question's ~30 candidate topics with them. Read from a topic's text when it was first a
 * candidate and kept for the last 2,048 topics, they were read again and again on a 10,000-topic guide once a set of
 * questions reached more topics than that (holdout 3 reaches 2,938): 5.6-5.9 ms a question instead of 0.55 ms.
 * The price is paid at build instead: every step and paragraph is read by terms() on its own, besides the body read
 * whole (their terms cannot be cut from the body's: phrases such as "sign in" are read across lines).
 *
 * Terms are numbered in first-seen order. Topic i owns passages topicPassages[i] .. topicPassages[i + 1] - 1;
 * passage j is the distinct term ids ids[passageStart[j]] .. ids[passageStart[j + 1] - 1], ascending. Its pairs
 * are the distinct keys pairs[topicPairs[i]] .. pairs[topicPairs[i + 1] - 1], ascending (key = a * base + b).
 * A 10,000-topic guide keeps 3.8 MB here, for all its topics; as sets of strings, the 1,792 topics the dev
 * questions reach took some 7 MB of heap.
 */
export class TopicPassages {
  private readonly vocabulary: ReadonlyMap<string, number>;
  private readonly topicPassages: Int32Array;
  private readonly passageStart: Int32Array;
  private readonly ids: Int32Array;
  private readonly topicPairs: Int32Array;
  private readonly pairs: Uint32Array | Float64Array;
  private readonly base: number;

  constructor(p: PackedPassages) {
    this.vocabulary = p.vocabulary;
    this.topicPassages = p.topicPassages;
    this.passageStart = p.passageStart;
    this.ids = p.ids;
    this.topicPairs = p.topicPairs;
    this.pairs = p.pairs;
    this.base = p.base;
  }

  /** The question's credited terms, in the order their worth is summed. */
  passageQuery(credit: ReadonlyMap<string, { weight: number; credit: number }>): PassageQuery {
    const ids = new Int32Array(credit.size);
    const worth = new Float64Array(credit.size);
    let n = 0;
    for (const [t, k] of credit) {
      ids[n] = this.vocabulary.get(t) ?? -1;
      worth[n++] = k.weight * k.credit;
    }
    return { ids, worth };
  }

  /** The question's adjacent content terms as pairs, order kept: "device id" is not "id device". */
  pairQuery(content: readonly string[]): PairQuery {
    // Distinct by their text, as a question's pairs always were; terms hold no spaces, so text and ids agree.
    const seen = new Set<string>();
    const keys: number[] = [];
    for (let i = 1; i < content.length; i++) {
      const text = `${content[i - 1]} ${content[i]}`;
      if (seen.has(text)) continue;
      seen.add(text);
      const a = this.vocabulary.get(content[i - 1]!);
      const b = this.vocabulary.get(content[i]!);
      if (a !== undefined && b !== undefined) keys.push(a * this.base + b);
    }
    return { size: seen.size, keys };
  }

  /** 0..1: how much of the question's weight (coverMass) the topic's best single passage says. */
  cover(topicIndex: number, query: PassageQuery, coverMass: number): number {
    const { ids, passageStart } = this;
    let best = 0;
    for (let j = this.topicPassages[topicIndex]!; j < this.topicPassages[topicIndex + 1]!; j++) {
      const from = passageStart[j]!;
      const to = passageStart[j + 1]!;
      let m = 0;
      for (let q = 0; q < query.ids.length; q++) {
        const id = query.ids[q]!;
        if (id >= 0 && holds(ids, from, to, id)) m += query.worth[q]!;
      }
      best = Math.max(best, m);
    }
    return Math.min(1, best / coverMass);
  }

  /** 0..1: the share of the question's pairs the topic also says (in its title, aliases, summary or body). */
  pairShare(topicIndex: number, query: PairQuery): number {
    if (query.size === 0) return 0;
    const from = this.topicPairs[topicIndex]!;
    const to = this.topicPairs[topicIndex + 1]!;
    let n = 0;
    for (const key of query.keys) if (holds(this.pairs, from, to, key)) n++;
    return n / query.size;
  }
}

/**
 * terms() of a topic's title, summary and each alias as written (typos and all: a pair counts as the alias says
 * it), which the index has already read: they are not read twice.
 */
export interface ReadFields {
  title: readonly string[];
  summary: readonly string[];
  aliases: ReadonlyArray<readonly string[]>;
}

/** What TopicPassages reads (see there). */
export interface PackedPassages {
  vocabulary: ReadonlyMap<string, number>;
  topicPassages: Int32Array;
  passageStart: Int32Array;
  ids: Int32Array;
  topicPairs: Int32Array;
  pairs: Uint32Array | Float64Array;
  base: number;
}

/** Reads the topics one at a time, in index order (add), then packs what it read (done). */
export class TopicPassagesBuilder {
  private readonly vocabulary = new Map<string, number>();
  private readonly topicPassages: Int32Array;
  private readonly passageStart = new GrowingArray(Int32Array);
  private readonly ids = new GrowingArray(Int32Array);
  private readonly topicPairs: Int32Array;
  private readonly pairs = new GrowingArray(Float64Array);
  private added = 0;
  /** One topic's ids (then keys) before they are sorted into place. */
  private scratch = new Float64Array(256);

  constructor(private readonly topics: number) {
    this.topicPassages = new Int32Array(topics + 1);
    this.topicPairs = new Int32Array(topics + 1);
    this.passageStart.push(0);
  }

  /** The next topic's passages and pairs, each part read by terms() as the search read it per question before. */
  add(topic: Topic, read: ReadFields): void {
    const intro = topic.intro.split(/\n\s*\n/).map((x) => terms(x, WHOLE));
    const steps = topic.steps.map((x) => terms(x, WHOLE));
    const notes = topic.notes.split(/\n\s*\n/).map((x) => terms(x, WHOLE));
    for (const passage of [read.title, read.summary, ...intro, ...steps, ...notes]) this.addPassage(passage);
    this.topicPassages[++this.added] = this.passageStart.length - 1;
    // Pairs run across an intro's or notes' paragraphs (the text is read whole); one paragraph is read once.
    const wholeIntro = intro.length === 1 ? intro[0]! : terms(topic.intro, WHOLE);
    const wholeNotes = notes.length === 1 ? notes[0]! : terms(topic.notes, WHOLE);
    let n = 0;
    for (const part of [read.title, ...read.aliases, read.summary, wholeIntro, ...steps, wholeNotes]) {
      let last = -1;
      for (const t of part) {
        if (FILLER_TERMS.has(t)) continue;
        const id = this.idOf(t);
        if (last >= 0) this.stage(n++, last * PAIR_BASE + id);
        last = id;
      }
    }
    this.keepDistinct(n, this.pairs);
    this.topicPairs[this.added] = this.pairs.length;
  }

  /** Everything added, packed. */
  done(): TopicPassages {
    if (this.added !== this.topics) throw new Error(`TopicPassages: ${this.added} of ${this.topics} topics added`);
    const keys = this.pairs.trimmed() as Float64Array;
    // A guide of at most 65,536 distinct terms keeps its pair keys in 32 bits (the sign-in guide has some 950, the
    // imported test guides 530-1,330, the 10,000-topic synthetic guide 1,140).
    const small = this.vocabulary.size <= SMALL_VOCABULARY;
    const base = small ? SMALL_VOCABULARY : PAIR_BASE;
    let pairs: Uint32Array | Float64Array = keys;
    if (small) {
      pairs = new Uint32Array(keys.length);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        pairs[i] = Math.floor(key / PAIR_BASE) * SMALL_VOCABULARY + (key % PAIR_BASE);
      }
    }
    return new TopicPassages({
      vocabulary: this.vocabulary,
      topicPassages: this.topicPassages,
      passageStart: this.passageStart.trimmed() as Int32Array,
      ids: this.ids.trimmed() as Int32Array,
      topicPairs: this.topicPairs,
      pairs,
      base,
    });
  }

  private idOf(t: string): number {
    let id = this.vocabulary.get(t);
    if (id === undefined) {
      id = this.vocabulary.size;
      if (id >= PAIR_BASE) throw new RangeError('TopicPassages: more than 2^26 distinct terms');
      this.vocabulary.set(t, id);
    }
    return id;
  }

  private addPassage(passage: readonly string[]): void {
    // An empty passage can cover nothing, and the best passage's cover starts at 0 anyway.
    if (passage.length === 0) return;
    let n = 0;
    for (const t of passage) this.stage(n++, this.idOf(t));
    this.keepDistinct(n, this.ids);
    this.passageStart.push(this.ids.length);
  }

  private stage(at: number, value: number): void {
    if (at === this.scratch.length) {
      const grown = new Float64Array(at * 2);
      grown.set(this.scratch);
      this.scratch = grown;
    }
    this.scratch[at] = value;
  }

  /** The first n staged values, sorted and each once, appended to `out`. */
  private keepDistinct(n: number, out: GrowingArray): void {
    const staged = this.scratch.subarray(0, n).sort();
    for (let i = 0; i < n; i++) if (i === 0 || staged[i] !== staged[i - 1]) out.push(staged[i]!);
  }
}

/** A typed array grown by doubling, trimmed to its length once filled. */
class GrowingArray {
  private data: Int32Array | Float64Array;
  length = 0;

  constructor(private readonly kind: Int32ArrayConstructor | Float64ArrayConstructor) {
    this.data = new kind(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new this.kind(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  trimmed(): Int32Array | Float64Array {
    return this.data.slice(0, this.length);
  }
}

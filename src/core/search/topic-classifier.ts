/** Labels beyond the topics' own indexes (0..topicCount-1). */
export const NOT_COVERED = -1;
export const SMALL_TALK = -2;

export interface TrainingDocument {
  /** Topic index, NOT_COVERED for a question the guide does not cover, or SMALL_TALK for chatter. */
  label: number;
  terms: readonly string[];
}

export interface Posterior {
  /** Probability of each candidate topic, in the order given. */
  topics: Float64Array;
  /** Probability that the question is one the guide does not cover. */
  notCovered: number;
  /** Probability that the message is chatter, not a question. */
  smallTalk: number;
}

/**
 * Naive Bayes over the question's terms: which topic's wording (its title, aliases and summary, and the
 * member questions labelled with it) the question reads like, or whether it reads like the questions the
 * guide does not cover. It complements the phrase search: long messages full of backstory match no alias
 * well but still read like their topic, and off-topic questions built from sign-in words read like the
 * off-topic examples. Training is counting, so it is rebuilt with the index on every reload.
 */
export class TopicClassifier {
  /**
   * Every term's counts per class, packed flat: the term in slot i owns entries start[i] .. start[i + 1] - 1,
   * ascending by class (after the topics: "not covered", then small talk). One object per term would cost
   * more than the counts themselves at 10,000 topics.
   */
  private readonly slotOf = new Map<string, number>();
  private readonly start: Int32Array;
  private readonly classes: Int32Array;
  private readonly counts: Float32Array;
  /** Terms counted per class. */
  private readonly totals: Float64Array;
  private readonly notCoveredClass: number;
  private readonly smallTalkClass: number;
  /** The extra classes that have examples: one without any is left out rather than guessed. */
  private readonly extraClasses: number[];

  /**
   * `documentsOf(label, count)` calls `count` once for each distinct term of each document with that label:
   * a topic index, NOT_COVERED or SMALL_TALK. It is read twice, label by label, so counts are packed at their
   * final size with no map entry per (term, class) and no copy of each document: at 10,000 topics there are
   * 170,000 documents and 700,000 such pairs.
   */
  constructor(
    topicCount: number,
    documentsOf: (label: number, count: (term: string) => void) => void,
    /** Add-alpha smoothing: how much an unseen term still allows a class. */
    private readonly smoothing: number,
    /** Log-likelihoods are divided by (terms ^ lengthDamping), so a long message is not absurdly certain. */
    private readonly lengthDamping: number,
  ) {
    this.notCoveredClass = topicCount;
    this.smallTalkClass = topicCount + 1;
    const classCount = topicCount + 2;
    this.totals = new Float64Array(classCount);
    /** How many of the class's documents use each term (each document counts a term once). */
    const countClass = (cls: number): Map<string, number> => {
      const counts = new Map<string, number>();
      const label = cls === this.notCoveredClass ? NOT_COVERED : cls === this.smallTalkClass ? SMALL_TALK : cls;
      documentsOf(label, (t) => counts.set(t, (counts.get(t) ?? 0) + 1));
      return counts;
    };
    const classesPerTerm: number[] = [];
    for (let c = 0; c < classCount; c++) {
      for (const [t, n] of countClass(c)) {
        let slot = this.slotOf.get(t);
        if (slot === undefined) this.slotOf.set(t, (slot = classesPerTerm.push(0) - 1));
        classesPerTerm[slot]!++;
        this.totals[c]! += n;
      }
    }
    this.start = new Int32Array(classesPerTerm.length + 1);
    for (let i = 0; i < classesPerTerm.length; i++) this.start[i + 1] = this.start[i]! + classesPerTerm[i]!;
    const total = this.start[classesPerTerm.length]!;
    this.classes = new Int32Array(total);
    this.counts = new Float32Array(total);
    const next = this.start.slice(0, classesPerTerm.length);
    for (let c = 0; c < classCount; c++) {
      for (const [t, n] of countClass(c)) {
        const at = next[this.slotOf.get(t)!]!++;
        this.classes[at] = c;
        this.counts[at] = n;
      }
    }
    this.extraClasses = [this.notCoveredClass, this.smallTalkClass].filter((c) => this.totals[c]! > 0);
  }

  /** A classifier from labelled documents in any order (NOT_COVERED and SMALL_TALK as labels). */
  static fromDocuments(
    topicCount: number,
    documents: readonly TrainingDocument[],
    smoothing: number,
    lengthDamping: number,
  ): TopicClassifier {
    const byLabel = new Map<number, Array<Set<string>>>();
    for (const d of documents) {
      let docs = byLabel.get(d.label);
      if (!docs) byLabel.set(d.label, (docs = []));
      docs.push(new Set(d.terms));
    }
    return new TopicClassifier(
      topicCount,
      (label, count) => byLabel.get(label)?.forEach((doc) => doc.forEach(count)),
      smoothing,
      lengthDamping,
    );
  }

  /**
   * Topics whose training wording uses any of these terms, most uses first, at most `limit`: how a word that
   * only the examples use ("zorbl", a new product nickname) still brings its topic into consideration.
   */
  topicsUsing(terms: readonly string[], limit: number): number[] {
    const uses = new Map<number, number>();
    for (const t of terms) {
      const slot = this.slotOf.get(t);
      if (slot === undefined) continue;
      for (let j = this.start[slot]!; j < this.start[slot + 1]!; j++) {
        const c = this.classes[j]!;
        if (c < this.notCoveredClass) uses.set(c, (uses.get(c) ?? 0) + this.counts[j]!);
      }
    }
    return [...uses]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([c]) => c);
  }

  /** P(topic) for each candidate topic index, P(not covered) and P(small talk), given the question's terms. */
  posterior(questionTerms: readonly string[], candidates: readonly number[]): Posterior {
    const vocabulary = this.slotOf.size;
    const a = this.smoothing;
    const slots = [...new Set(questionTerms)].flatMap((t) => this.slotOf.get(t) ?? []);
    const classes = [...candidates, ...this.extraClasses];
    const out: Posterior = { topics: new Float64Array(candidates.length), notCovered: 0, smallTalk: 0 };
    if (slots.length === 0 || classes.length === 0) return out;
    // Every term starts from the unseen-term likelihood; a class that did see it gets the difference. A common
    // term is used by thousands of topics in a large guide, so each class is looked up, not each use walked.
    const damping = slots.length ** this.lengthDamping;
    const logs = classes.map((c) => {
      let log = slots.length * Math.log(a / (this.totals[c]! + a * vocabulary));
      for (const slot of slots) {
        const j = indexIn(this.classes, this.start[slot]!, this.start[slot + 1]!, c);
        if (j >= 0) log += Math.log((this.counts[j]! + a) / a);
      }
      return log / damping;
    });
    const top = Math.max(...logs);
    const weights = logs.map((l) => Math.exp(l - top));
    const sum = weights.reduce((s, w) => s + w, 0);
    for (let i = 0; i < candidates.length; i++) out.topics[i] = weights[i]! / sum;
    this.extraClasses.forEach((c, i) => {
      const p = weights[candidates.length + i]! / sum;
      if (c === this.notCoveredClass) out.notCovered = p;
      else out.smallTalk = p;
    });
    return out;
  }
}

/** Position of `value` in the ascending run sorted[from] .. sorted[to - 1], or -1. */
function indexIn(sorted: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Naive Bayes over the question's terms: which topic's wording (its title, aliases and summary, and the
 * member questions labelled with it) the question reads like, or whether it reads like the questions the
 * guide does not cover. It complements the phrase search: long messages full of backstory match no alias
 * well but still read like their topic, and off-topic questions built from sign-in words read like the
 * off-topic examples. Training is counting, so it is rebuilt with the index on every reload.
 */
/** Labels beyond the topics' own indexes. */
export const NOT_COVERED = -1;
export const SMALL_TALK = -2;

export interface TrainingDocument {
  /** Topic index, NOT_COVERED for a question the guide does not cover, or SMALL_TALK for chatter. */
  label: number;
  terms: readonly string[];
}

/** A term's counts per class, ascending by class (after the topics: "not covered", then small talk). */
interface TermCounts {
  classes: Int32Array;
  counts: Float64Array;
}

export interface Posterior {
  /** Probability of each candidate topic, in the order given. */
  topics: Float64Array;
  /** Probability that the question is one the guide does not cover. */
  notCovered: number;
  /** Probability that the message is chatter, not a question. */
  smallTalk: number;
}

export class TopicClassifier {
  private readonly byTerm = new Map<string, TermCounts>();
  /** Terms counted per class. */
  private readonly totals: Float64Array;
  private readonly notCoveredClass: number;
  private readonly smallTalkClass: number;
  /** The extra classes that have examples: one without any is left out rather than guessed. */
  private readonly extraClasses: number[];
  private readonly scratch: Float64Array;

  constructor(
    topicCount: number,
    documents: readonly TrainingDocument[],
    /** Add-alpha smoothing: how much an unseen term still allows a class. */
    private readonly smoothing = 0.5,
    /** Log-likelihoods are divided by (terms ^ lengthDamping), so a long message is not absurdly certain. */
    private readonly lengthDamping = 0.5,
  ) {
    this.notCoveredClass = topicCount;
    this.smallTalkClass = topicCount + 1;
    this.totals = new Float64Array(topicCount + 2);
    this.scratch = new Float64Array(topicCount + 2);
    const counting = new Map<string, Map<number, number>>();
    for (const doc of documents) {
      const cls = doc.label === NOT_COVERED ? this.notCoveredClass : doc.label === SMALL_TALK ? this.smallTalkClass : doc.label;
      for (const t of new Set(doc.terms)) {
        let perClass = counting.get(t);
        if (!perClass) counting.set(t, (perClass = new Map()));
        perClass.set(cls, (perClass.get(cls) ?? 0) + 1);
        this.totals[cls]! += 1;
      }
    }
    for (const [t, perClass] of counting) {
      const sorted = [...perClass].sort((a, b) => a[0] - b[0]);
      this.byTerm.set(t, { classes: Int32Array.from(sorted, ([c]) => c), counts: Float64Array.from(sorted, ([, n]) => n) });
    }
    this.extraClasses = [this.notCoveredClass, this.smallTalkClass].filter((c) => this.totals[c]! > 0);
  }

  /**
   * Topics whose training wording uses any of these terms, most uses first, at most `limit`: how a word that
   * only the examples use ("zorbl", a new product nickname) still brings its topic into consideration.
   */
  topicsUsing(terms: readonly string[], limit: number): number[] {
    const uses = new Map<number, number>();
    for (const t of terms) {
      const seen = this.byTerm.get(t);
      if (!seen) continue;
      for (let j = 0; j < seen.classes.length; j++) {
        const c = seen.classes[j]!;
        if (c < this.notCoveredClass) uses.set(c, (uses.get(c) ?? 0) + seen.counts[j]!);
      }
    }
    return [...uses].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit).map(([c]) => c);
  }

  /** P(topic) for each candidate topic index, P(not covered) and P(small talk), given the question's terms. */
  posterior(questionTerms: readonly string[], candidates: readonly number[]): Posterior {
    const vocabulary = this.byTerm.size;
    const a = this.smoothing;
    const terms = [...new Set(questionTerms)].filter((t) => this.byTerm.has(t));
    const classes = [...candidates, ...this.extraClasses];
    const out: Posterior = { topics: new Float64Array(candidates.length), notCovered: 0, smallTalk: 0 };
    if (terms.length === 0 || classes.length === 0) return out;
    // Every term starts from the unseen-term likelihood; the classes that did see it get the difference.
    const extra = this.scratch;
    for (const c of classes) extra[c] = 0;
    for (const t of terms) {
      const { classes: seenIn, counts } = this.byTerm.get(t)!;
      for (let j = 0; j < seenIn.length; j++) extra[seenIn[j]!]! += Math.log((counts[j]! + a) / a);
    }
    const damping = terms.length ** this.lengthDamping;
    const logs = classes.map((c) => (extra[c]! + terms.length * Math.log(a / (this.totals[c]! + a * vocabulary))) / damping);
    for (const t of terms) for (const c of this.byTerm.get(t)!.classes) extra[c] = 0;
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

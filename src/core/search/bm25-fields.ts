import type { SearchParams } from '../tuning.js';

/** BM25's idf: how much a term that `df` of `n` topics use says about which topic is meant. */
export function bmIdf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * BM25F over a topic's fields (title, aliases, summary, body): repeats count, each field is normalised by
 * its average length, and the field-weighted frequency saturates, so a long body that says a word ten times
 * does not outrank a title that says it once.
 */
export class Bm25Fields {
  private readonly avg: number[];
  private readonly fieldWeights: number[];

  constructor(
    private readonly docs: ReadonlyArray<readonly (readonly string[])[]>,
    private readonly params: SearchParams,
  ) {
    const fields = docs[0]?.length ?? 0;
    this.avg = Array.from({ length: fields }, (_, f) =>
      Math.max(1, docs.reduce((sum, d) => sum + d[f]!.length, 0) / Math.max(1, docs.length)),
    );
    this.fieldWeights = [params.bmTitle, params.bmAliases, params.bmSummary, 1];
  }

  /** term → saturated weight (0..k1 + 1) in topic i. */
  weights(i: number): Map<string, number> {
    const { bmK1: k1, bmB: b } = this.params;
    const tf = new Map<string, number>();
    this.docs[i]!.forEach((field, f) => {
      const norm = 1 - b + (b * field.length) / this.avg[f]!;
      for (const t of field) tf.set(t, (tf.get(t) ?? 0) + this.fieldWeights[f]! / norm);
    });
    for (const [t, x] of tf) tf.set(t, (x * (k1 + 1)) / (x + k1));
    return tf;
  }
}

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours
 * each cost one, which is how people mistype ("pasword", "passwrod"). Exact up to `max`; past it, some
 * number above `max`.
 *
 * With a bound, only the cells within `max` of the diagonal are worked out: a way from one word to the
 * other that leaves that band has already cost more than `max`. Building a guide's index corrects
 * thousands of words against thousands, so the rows live in buffers kept between calls.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // No two words are further apart than the longer one's length: a bound past it is that length, and the band the
  // whole table.
  const bound = Math.min(max, Math.max(a.length, b.length));
  const m = b.length;
  const over = bound + 1;
  if (rows[0]!.length < m + 1) for (let k = 0; k < 3; k++) rows[k] = new Int32Array(2 * (m + 1));
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  // Row 0: j edits from nothing; beyond the band, too many.
  for (let j = 0; j <= m; j++) prev[j] = j <= bound ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - bound);
    const hi = Math.min(m, i + bound);
    cur[lo - 1] = lo === 1 ? i : over;
    let rowMin = cur[lo - 1]!;
    for (let j = lo; j <= hi; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // The next row reads one cell past this band.
    if (hi < m) cur[hi + 1] = over;
    if (rowMin > bound) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]! > bound ? max + 1 : prev[m]!;
}

/** Three rows of the table, grown to the longest word seen. */
const rows: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Typos a word of this length may carry and still be recognised. */
export function allowedTypos(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/** The ascending typed arrays the index keeps (phrase lists, passage term ids, pair keys), searched by halving. */
type Ascending = Int32Array | Uint32Array | Float64Array;

/** The first place in the ascending slice list[from .. to - 1] holding at least `value` (`to` when none does). */
export function firstAtLeast(list: Ascending, value: number, from = 0, to = list.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the ascending slice list[from .. to - 1] holds `value`. */
export function holds(list: Ascending, from: number, to: number, value: number): boolean {
  const at = firstAtLeast(list, value, from, to);
  return at < to && list[at] === value;
}

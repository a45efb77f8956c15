/**
 * Logistic regression, small and exact: Newton's method with an L2 penalty, for the handful of
 * features the answer model reads. Pure and deterministic, so a fit is the same on every machine.
 */

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function predict(weights: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < weights.length; i++) z += weights[i]! * x[i]!;
  return sigmoid(z);
}

/**
 * Weights for P(y = 1 | x). `x[0]` is expected to be the constant 1 (the intercept, which is not
 * penalised). `l2` keeps weights small where the data says little; `sampleWeight` lets a caller
 * give every guide the same say however many questions it has.
 */
export function fitLogistic(
  xs: readonly (readonly number[])[],
  ys: readonly number[],
  opts: { l2?: number; iterations?: number; sampleWeight?: readonly number[] } = {},
): number[] {
  const l2 = opts.l2 ?? 1;
  const n = xs[0]?.length ?? 0;
  const w = new Array<number>(n).fill(0);
  for (let iter = 0; iter < (opts.iterations ?? 25); iter++) {
    const grad = new Array<number>(n).fill(0);
    const hess = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    xs.forEach((x, r) => {
      const sw = opts.sampleWeight?.[r] ?? 1;
      const p = predict(w, x);
      const g = (p - ys[r]!) * sw;
      const h = Math.max(p * (1 - p), 1e-9) * sw;
      for (let i = 0; i < n; i++) {
        grad[i]! += g * x[i]!;
        for (let j = 0; j <= i; j++) hess[i]![j]! += h * x[i]! * x[j]!;
      }
    });
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < i; j++) hess[j]![i] = hess[i]![j]!;
      if (i > 0) {
        grad[i]! += l2 * w[i]!;
        hess[i]![i]! += l2;
      } else hess[0]![0]! += 1e-6;
    }
    const step = solve(hess, grad);
    let moved = 0;
    for (let i = 0; i < n; i++) {
      w[i]! -= step[i]!;
      moved = Math.max(moved, Math.abs(step[i]!));
    }
    if (moved < 1e-7) break;
  }
  return w;
}

/** Solve A·x = b by Gaussian elimination with partial pivoting (A is small and symmetric positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const d = m[c]![c]! || 1e-12;
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / d;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / (m[r]![r]! || 1e-12);
  }
  return x;
}

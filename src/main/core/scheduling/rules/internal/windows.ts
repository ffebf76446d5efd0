// Owns rolling-window arithmetic over per-day arrays (prefix sums) and the grouping of flagged
// windows or days into maximal runs, so each rule reports one finding per run, not per window.

/**
 * Sum over every window of `width` consecutive days in [0, n): entry i covers days i … i+width-1.
 * When n < width there is one window, over all n days.
 */
export function windowSums(values: ArrayLike<number>, n: number, width: number): Float64Array {
  const w = Math.min(width, n);
  const count = n - w + 1;
  const out = new Float64Array(count);
  let sum = 0;
  for (let d = 0; d < w; d++) sum += values[d]!;
  out[0] = sum;
  for (let i = 1; i < count; i++) {
    sum += values[i + w - 1]! - values[i - 1]!;
    out[i] = sum;
  }
  return out;
}

/** Maximal runs [first, last] of indices in [0, count) where `flag` holds. */
export function runsOf(count: number, flag: (i: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i < count; i++) {
    if (flag(i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push([start, i - 1]);
      start = -1;
    }
  }
  if (start >= 0) out.push([start, count - 1]);
  return out;
}

/** Index of the best entry in [a, b] by `better(candidate, current)`. */
export function pick(a: number, b: number, values: ArrayLike<number>, better: (x: number, y: number) => boolean): number {
  let best = a;
  for (let i = a + 1; i <= b; i++) if (better(values[i]!, values[best]!)) best = i;
  return best;
}

// The arithmetic of dot voting, apart from the DOM so it is tested alone: a voter's dots can never add up to
// more than they have, nor go below none on a proposal, whatever is pressed.

/** Dots a voter has in all, and the most on one option (1 unless dots may be stacked). */
export interface DotLimits {
  total: number;
  maxEach: number;
}

export function dotsUsed(values: Iterable<number>): number {
  let used = 0;
  for (const v of values) used += v;
  return used;
}

/** Never negative, even if the server's allocation came from a round with more dots. */
export function dotsLeft(values: Iterable<number>, limits: DotLimits): number {
  return Math.max(0, limits.total - dotsUsed(values));
}

export function mayAdd(values: ReadonlyMap<string, number>, key: string, limits: DotLimits): boolean {
  return dotsLeft(values.values(), limits) > 0 && (values.get(key) ?? 0) < limits.maxEach;
}

export function mayRemove(values: ReadonlyMap<string, number>, key: string): boolean {
  return (values.get(key) ?? 0) > 0;
}

/** One press of + or −: the new allocation, or the same one when the press is not allowed. */
export function step(values: ReadonlyMap<string, number>, key: string, delta: 1 | -1, limits: DotLimits): Map<string, number> {
  const next = new Map(values);
  if (delta > 0 ? mayAdd(values, key, limits) : mayRemove(values, key)) next.set(key, (values.get(key) ?? 0) + delta);
  return next;
}

/** An allocation read from elsewhere (the server, a saved ballot), cut down to fit: whole dots, none negative, within the limits. */
export function fitted(entries: Iterable<[string, number]>, limits: DotLimits): Map<string, number> {
  const result = new Map<string, number>();
  let left = limits.total;
  for (const [key, value] of entries) {
    const v = Math.min(Math.max(0, Math.floor(value) || 0), limits.maxEach, left);
    result.set(key, v);
    left -= v;
  }
  return result;
}

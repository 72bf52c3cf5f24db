/** A seeded pseudo-random source: mulberry32, 32-bit state, the same sequence for the same seed. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** Integer in [0, n) with a power-law (Zipf-like) bias towards 0: a few hubs, a long tail. */
  skewed(n: number, exponent?: number): number;
}

/** mulberry32 (Tommy Ettinger): fast, small state, good enough for test data. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (items) => {
      if (items.length === 0) throw new RangeError("pick needs a non-empty list");
      return items[Math.floor(next() * items.length)]!;
    },
    chance: (p) => next() < p,
    // Inverse-transform sampling of a bounded power law: u^exponent concentrates mass near 0.
    skewed: (n, exponent = 3) => Math.min(n - 1, Math.floor(Math.pow(next(), exponent) * n)),
  };
}

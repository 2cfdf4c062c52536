/**
 * A seeded pseudo-random source, so that one seed always gives the same
 * synthetic site on every machine and Node version. Math.random cannot be
 * seeded; mulberry32 (public domain, Tommy Ettinger) is six lines with good
 * enough statistics for picking phrases — a dependency would be more to review.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** `count` hex digits. */
  hex(count: number): string;
}

/** Creates a random source from a 32-bit integer seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error("pick() needs a non-empty list");
      return items[int(0, items.length - 1)]!;
    },
    chance: (p) => next() < p,
    hex: (count) => Array.from({ length: count }, () => int(0, 15).toString(16)).join(""),
  };
}

/**
 * Seeded random numbers for repeatable analyses: the same seed gives the same stream on every
 * platform (32-bit integer arithmetic only, no `Math.random`).
 *
 * Generator: xoshiro128** (Blackman & Vigna, "Scrambled linear pseudorandom number generators",
 * ACM TOMS 47(4), 2021), its 128-bit state filled from the seed by splitmix32.
 * @module
 */

/** A stream of uniform numbers in [0, 1) with 32 random bits each. @internal */
export type Uniform = () => number;

/**
 * A seeded uniform generator. Any safe integer seeds it; two different seeds give unrelated
 * streams.
 * @internal
 */
export function uniform(seed: number): Uniform {
  // splitmix32 over the seed's low and high 32 bits fills the state.
  let z = (seed | 0) ^ Math.imul(Math.floor(seed / 4294967296) | 0, 0x9e3779b9);
  const next = (): number => {
    z = (z + 0x9e3779b9) | 0;
    let t = z ^ (z >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
  let a = next();
  let b = next();
  let c = next();
  let d = next();
  if ((a | b | c | d) === 0) a = 1;
  return () => {
    const r = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return r / 4294967296;
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A uniform integer in [0, n) from `u`. @internal */
export function below(u: Uniform, n: number): number {
  return Math.floor(u() * n);
}

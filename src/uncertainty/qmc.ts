/**
 * Randomised quasi-Monte Carlo points for the Saltelli design: the Sobol' low-discrepancy sequence
 * (Sobol' 1967) built with the direction numbers of Joe & Kuo ("Constructing Sobol sequences with
 * better two-dimensional projections", SIAM J. Sci. Comput. 30, 2008; the file new-joe-kuo-6.21201,
 * its first 64 dimensions), in Gray-code order (Antonov & Saleev 1979), each dimension randomised
 * by a seeded random digital shift (an XOR of its 32 bits with a random 32-bit word), so the points
 * are uniform on the unit cube for any seed while keeping the sequence's even spread.
 *
 * Direction numbers: © 2008 Stephen Joe and Frances Y. Kuo, published with a BSD-style licence
 * ("Redistribution and use in source and binary forms, with or without modification, are
 * permitted provided that … the above copyright notice, this list of conditions and the following
 * disclaimer" are retained; https://web.maths.unsw.edu.au/~fkuo/sobol/). Each entry below is
 * dimension 2, 3, …: the degree s of its primitive polynomial, the polynomial's inner
 * coefficients a, and the initial direction numbers m₁…mₛ, in base 36.
 * @module
 */
import type { Uniform } from "./random";

const JOE_KUO =
  "1 0 1|2 1 1 3|3 1 1 3 1|3 2 1 1 1|4 1 1 1 3 3|4 4 1 3 5 d|5 2 1 1 5 5 h|5 4 1 1 5 5 5|5 7 1 1 7 b j|5 b 1 1 5 1 1|5 d 1 1 1 3 b|5 e 1 3 5 5 v|6 1 1 3 3 9 7 1d|6 d 1 1 1 f l l|6 g 1 3 1 d r 1d|6 j 1 1 1 f 7 5|6 m 1 3 1 f d p|6 p 1 1 5 5 j 1p|7 1 1 3 7 b n f 2v|7 4 1 3 7 d d f 1x|7 7 1 1 3 d 7 z 1r|7 8 1 3 5 9 1 p 1h|7 e 1 3 1 d 9 z 2z|7 j 1 3 1 5 r 1p v|7 l 1 1 5 b j 15 1p|7 s 1 3 5 3 3 d 1x|7 v 1 1 7 d 1 j 1|7 w 1 3 7 5 d j 1n|7 11 1 1 3 9 p t 15|7 15 1 3 5 d n 1 1j|7 16 1 3 7 3 d 1n h|7 1e 1 3 1 3 5 1h 1x|7 1j 1 1 5 5 n x d|7 1k 1 1 7 7 1 1p 3f|7 1n 1 1 7 9 d 1p 1d|7 1q 1 3 3 5 3 1j x|8 e 1 3 1 f v d 1d 6t|8 l 1 3 5 f v 1n 1r 2p|8 m 1 3 1 b b b 25 6x|8 12 1 3 1 b r 17 1z 9|8 1b 1 1 7 f l b 29 19|8 1d 1 3 7 3 p v 1t 27|8 1e 1 3 1 1 j b 3 5p|8 1g 1 1 5 9 j l t 4d|8 1k 1 3 7 b 1 x 2h 55|8 1v 1 3 3 3 f 9 27 1z|8 1y 1 3 7 b f 13 3b r|8 2c 1 1 3 1 b v 2p 69|8 2p 1 1 1 3 n 17 1l 4x|8 2v 1 3 7 7 h h 11 1z|8 37 1 3 1 5 r 1r 3f 5x|8 3e 1 1 3 5 b 17 1h 3p|9 8 1 3 5 5 t h 1b 4t db|9 d 1 3 3 b 3 1 31 9 1x|9 g 1 1 1 5 h 13 n 5 9j|9 m 1 3 1 5 p f v 2v dv|9 p 1 1 1 b b h 1r 2x 53|9 18 1 1 5 b 9 t 2p 6f a3|9 1b 1 1 5 f j 19 15 7 an|9 1g 1 3 7 7 v j 2b 3t 65|9 1j 1 1 1 3 n f 33 67 2b|9 1n 1 1 5 d v f 1j p 4h|9 1q 1 1 3 d p 1b 13 2f 75";

/** Dimensions the table covers. @internal */
export const QMC_DIMENSIONS = 64;

const BITS = 32;

/** Direction numbers v[k] of one dimension, as 32-bit words. */
function directions(j: number): Uint32Array {
  const v = new Uint32Array(BITS);
  if (j === 0) {
    for (let k = 0; k < BITS; k++) v[k] = 2 ** (BITS - 1 - k);
    return v;
  }
  const [s, a, ...m] = JOE_KUO.split("|")
    [j - 1]!.split(" ")
    .map((x) => Number.parseInt(x, 36)) as [number, number, ...number[]];
  for (let k = 0; k < s; k++) v[k] = m[k]! * 2 ** (BITS - 1 - k);
  for (let k = s; k < BITS; k++) {
    let x = v[k - s]! ^ (v[k - s]! >>> s);
    for (let l = 1; l < s; l++) if ((a >>> (s - 1 - l)) & 1) x ^= v[k - l]!;
    v[k] = x >>> 0;
  }
  return v;
}

/**
 * n points of the randomised Sobol' sequence in `dims` dimensions (at most {@link QMC_DIMENSIONS}),
 * row after row (points[j·dims + i]), each coordinate in [0, 1); the shifts are drawn from `u`.
 * @internal
 */
export function sobolPoints(n: number, dims: number, u: Uniform): Float64Array {
  const out = new Float64Array(n * dims);
  for (let i = 0; i < dims; i++) {
    const v = directions(i);
    const shift = Math.floor(u() * 2 ** BITS) >>> 0;
    let x = 0;
    for (let j = 0; j < n; j++) {
      out[j * dims + i] = ((x ^ shift) >>> 0) / 2 ** BITS;
      // Gray code: the next point flips the direction number of the lowest zero bit of j.
      x ^= v[31 - Math.clz32(~j & (j + 1))]!;
    }
  }
  return out;
}

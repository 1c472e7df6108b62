/**
 * The two places where the scoring engine meets JavaScript objects, made cheap (measured, see
 * docs/methodology.md "Columns in, columns out" and "Measured performance"):
 *
 * - **Reading rows.** A row's keys are compared in order with the previous row's (one `for…in`
 *   pass in the engine); rows built the same way share one key list, validated once. The values
 *   are then read by a reader generated for that key list — one named property load per key,
 *   which V8 serves from an inline cache for rows built with `Object.fromEntries` or literals,
 *   and by one hash probe for rows built property by property (dictionary mode). Anything that is
 *   not a finite number, `null` or `undefined` goes to the validating path unchanged.
 * - **Building results.** Rounded numbers take few distinct values (an indicator score in [1, 10]
 *   at 2 decimals takes at most 901), so the engine keeps them as keys into a table of boxed
 *   numbers shared by every record that holds them: a record costs one allocation, not one per
 *   non-integer number.
 *
 * Generated code is used where the environment allows it (not under a Content-Security-Policy
 * without 'unsafe-eval'); otherwise plain loops do the same work. Keys are embedded only after
 * validation, as JSON string literals.
 * @module
 */

/**
 * Reads the values of one row into the column-major array `V` (`V[I[j] * n + u]`, NaN for `null`
 * or `undefined`), for one key list, from position `from`, keeping each column's extremes as it
 * goes: for column c of m, `E[c]` the smallest value, `E[m + c]` the largest, `E[2m + c]` the
 * count of missing values. Returns the position `j` of the first value that is not a finite
 * number, `null` or `undefined` (for the validating path to read), or -1 when the row is read.
 * @internal
 */
export type RowReader = (o: Record<string, unknown>, V: Float64Array, I: Int32Array, u: number, n: number, from: number, E: Float64Array, m: number) => number;

/** The plain loop every generated reader is equivalent to. @internal */
export function loopReader(keys: readonly string[]): RowReader {
  return (o, V, I, u, n, from, E, m) => {
    for (let j = from; j < keys.length; j++) {
      const v = o[keys[j]!];
      const c = I[j]!;
      if (typeof v === "number" && v - v === 0) {
        // + 0 turns −0 into 0 and leaves every other number as it is.
        const x = v + 0;
        V[c * n + u] = x;
        if (x < E[c]!) E[c] = x;
        if (x > E[m + c]!) E[m + c] = x;
      } else if (v === null || v === undefined) {
        V[c * n + u] = Number.NaN;
        E[2 * m + c]!++;
      } else return j;
    }
    return -1;
  };
}

let readers: Map<string, RowReader> | undefined;

/**
 * A reader for a validated key list: straight-line code, one named load per key (memoised per key
 * list), that hands the rest of a row to the loop after an unusual value. The loop itself where
 * code cannot be generated. @internal
 */
export function rowReader(keys: readonly string[], idx: Int32Array, m: number): RowReader {
  const key = `${keys.join("\u0000")}\u0001${idx.join(",")}\u0001${m}`;
  readers ??= new Map();
  const hit = readers.get(key);
  if (hit) return hit;
  const loop = loopReader(keys);
  let made: RowReader = loop;
  try {
    const body = keys
      .map((k, j) => {
        // Column offsets and the places of its extremes are constants of the generated code.
        const c = idx[j]!;
        return `v=o[${JSON.stringify(k)}];if(typeof v==="number"&&v-v===0){v+=0;V[${c}*n+u]=v;if(v<E[${c}])E[${c}]=v;if(v>E[${m + c}])E[${m + c}]=v;}else if(v===null||v===undefined){V[${c}*n+u]=NaN;E[${2 * m + c}]++;}else return ${j};`;
      })
      .join("");
    const straight = new Function("o", "V", "u", "n", "E", `"use strict";var v;${body}return -1;`) as (o: Record<string, unknown>, V: Float64Array, u: number, n: number, E: Float64Array) => number;
    made = (o, V, I, u, n, from, E, mm) => (from === 0 ? straight(o, V, u, n, E) : loop(o, V, I, u, n, from, E, mm));
  } catch {
    made = loop;
  }
  if (readers.size > 64) readers.clear();
  readers.set(key, made);
  return made;
}

/**
 * Builds `{ id: T[K[u + i·n]] }` records of one fixed shape (the table's last entry is `null`, the
 * key of a missing value). @internal
 */
export type KeyedMaker = (K: Uint16Array | Int32Array, T: readonly unknown[], u: number, n: number) => Record<string, number | null>;

/**
 * The plain record factory over shared boxes, for where {@link unitMaker} cannot generate code
 * (a Content-Security-Policy without 'unsafe-eval', an id `__proto__`): the same records, one
 * property at a time. @internal
 */
export function keyedMaker(ids: readonly string[]): KeyedMaker {
  return (K, T, u, n) => {
    const o: Record<string, number | null> = {};
    for (let i = 0; i < ids.length; i++) {
      Object.defineProperty(o, ids[i]!, { value: T[K[u + i * n]!], enumerable: true, writable: true, configurable: true });
    }
    return o;
  };
}

/**
 * Builds one whole frozen unit of a row result — `{ unit, group, indicators, components,
 * composite, rank }` with its two records — from keys into shared boxes: scores at `KI[i·n + u]`,
 * components at `KC[c·n + u]`, composite `NaN` → null, rank 0 → null. @internal
 */
export type UnitMaker = (
  units: readonly string[],
  groups: readonly (string | null)[],
  KI: Uint16Array | Int32Array,
  KC: Uint16Array | Int32Array,
  T: readonly unknown[],
  composite: Float64Array,
  rank: Int32Array,
  u: number,
  n: number,
) => unknown;

/**
 * The generated {@link UnitMaker} of a framework (one function and one call per unit, so V8 can
 * allocate the three objects together), or null where code cannot be generated. Its first unit
 * holds only nulls, as for {@link keyedMaker}. @internal
 */
export function unitMaker(indIds: readonly string[], compIds: readonly string[]): UnitMaker | null {
  if (indIds.includes("__proto__") || compIds.includes("__proto__")) return null;
  try {
    const ind = indIds.map((id, i) => `${JSON.stringify(id)}:T[KI[u${i === 0 ? "" : `+${i}*n`}]]`).join(",");
    const comp = compIds.map((id, c) => `${JSON.stringify(id)}:T[KC[u${c === 0 ? "" : `+${c}*n`}]]`).join(",");
    const made = new Function(
      "F",
      `"use strict";return function(units,groups,KI,KC,T,composite,rank,u,n){var x=composite[u],r=rank[u];return F({unit:units[u],group:groups[u],indicators:F({${ind}}),components:F({${comp}}),composite:x===x?x:null,rank:r===0?null:r});};`,
    )(Object.freeze) as UnitMaker;
    made([""], [null], new Int32Array(indIds.length), new Int32Array(compIds.length), [null], new Float64Array([Number.NaN]), new Int32Array(1), 0, 1);
    return made;
  } catch {
    return null;
  }
}

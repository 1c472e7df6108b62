/**
 * The two places where the scoring engine meets JavaScript objects, made cheap (measured, see
 * docs/methodology.md "Columns in, columns out" and "Measured performance"):
 *
 * - **Reading rows.** A row's keys are compared in order with the previous row's (./read.ts); rows
 *   built the same way share one key list, validated once. The values are then read by a reader
 *   generated for that key list — one named property load per key, which V8 serves from an inline
 *   cache. Anything that is not a finite number, `null` or `undefined` goes to the validating path.
 * - **Building results.** Rounded numbers take few distinct values (an indicator score in [1, 10]
 *   at 2 decimals takes at most 901), so the engine keeps them as keys into a table of boxed
 *   numbers shared by every record that holds them: a record costs one allocation, not one per
 *   non-integer number.
 *
 * Generated code comes from ./codegen.ts (probed once, with an opt-out); without it, plain loops
 * do the same work and build records by plain assignment, with identical results.
 * @module
 */
import { canGenerate, generate } from "./codegen";
import type { Compiled, RowReader, UnitMaker } from "./compiled";

export type { RowReader, UnitMaker } from "./compiled";

/** The plain loop every generated reader is equivalent to, from key `from` of `keys`. */
function loopFrom(
  keys: readonly string[],
  o: Record<string, unknown>,
  V: Float64Array,
  I: Int32Array,
  u: number,
  n: number,
  from: number,
  E: Float64Array,
  m: number,
): number {
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
}

/**
 * The plain reader every generated reader is equivalent to. A row's keys are those of the list, in
 * order (./read.ts checks them first), so `Object.entries` gives its values in one call instead of
 * one keyed lookup per key; each entry's key is checked against the list's, and the entries are
 * kept for the calls that continue the same row after an unusual value. Should the entries not be
 * the list's (a getter deleting a key, a proxy), the row is read key by key. @internal
 */
export function loopReader(keys: readonly string[]): RowReader {
  let row: Record<string, unknown> | null = null;
  let entries: [string, unknown][] = [];
  return (o, V, I, u, n, from, E, m) => {
    if (from === 0) {
      entries = Object.entries(o);
      row = entries.length === keys.length ? o : null;
    }
    if (row !== o) return loopFrom(keys, o, V, I, u, n, from, E, m);
    for (let j = from; j < entries.length; j++) {
      const e = entries[j]!;
      if (e[0] !== keys[j]) {
        row = null;
        return loopFrom(keys, o, V, I, u, n, j, E, m);
      }
      const v = e[1];
      const c = I[j]!;
      if (typeof v === "number" && v - v === 0) {
        const x = v + 0;
        V[c * n + u] = x;
        if (x < E[c]!) E[c] = x;
        if (x > E[m + c]!) E[m + c] = x;
      } else if (v === null || v === undefined) {
        V[c * n + u] = Number.NaN;
        E[2 * m + c]!++;
      } else return j;
    }
    row = null;
    entries = [];
    return -1;
  };
}

/**
 * A reader for a validated key list of a framework's rows: straight-line code, one named load per
 * key (memoised per framework and key list), that hands the rest of a row to the loop after an
 * unusual value. The loop itself where code cannot be generated. @internal
 */
export function rowReader(c: Compiled, keys: readonly string[], idx: Int32Array): RowReader {
  const loop = loopReader(keys);
  if (!canGenerate()) return loop;
  const m = c.m;
  const key = `${keys.join("\u0000")}\u0001${idx.join(",")}`;
  c.readers ??= new Map();
  const hit = c.readers.get(key);
  if (hit) return hit;
  const body = keys
    .map((k, j) => {
      // Column offsets and the places of its extremes are constants of the generated code.
      const col = idx[j]!;
      return `v=o[${JSON.stringify(k)}];if(typeof v==="number"&&v-v===0){v+=0;V[${col}*n+u]=v;if(v<E[${col}])E[${col}]=v;if(v>E[${m + col}])E[${m + col}]=v;}else if(v===null||v===undefined){V[${col}*n+u]=NaN;E[${2 * m + col}]++;}else return ${j};`;
    })
    .join("");
  const straight = generate<(o: Record<string, unknown>, V: Float64Array, u: number, n: number, E: Float64Array) => number>(
    ["o", "V", "u", "n", "E"],
    `var v;${body}return -1;`,
  );
  const made: RowReader = straight === null ? loop : (o, V, I, u, n, from, E, mm) => (from === 0 ? straight(o, V, u, n, E) : loop(o, V, I, u, n, from, E, mm));
  if (c.readers.size > 64) c.readers.clear();
  c.readers.set(key, made);
  return made;
}

/**
 * Builds `{ id: T[K[u + i·n]] }` records of one fixed shape (the table's last entry is `null`, the
 * key of a missing value). @internal
 */
export type KeyedMaker = (K: Uint16Array | Int32Array, T: readonly unknown[], u: number, n: number) => Record<string, number | null>;

/**
 * The plain record factory over shared boxes, for where {@link unitMaker} cannot generate code:
 * the same records, by plain assignment (framework ids are never `__proto__`). @internal
 */
export function keyedMaker(ids: readonly string[]): KeyedMaker {
  return (K, T, u, n) => {
    const o: Record<string, number | null> = {};
    for (let i = 0; i < ids.length; i++) o[ids[i]!] = T[K[u + i * n]!] as number | null;
    return o;
  };
}

/** Builds { id: column[u + i·n] or null } records of one fixed shape. @internal */
export type RecordMaker = (col: Float64Array, u: number, n: number) => Record<string, number | null>;

/**
 * A fixed-shape record factory for a list of ids (rounded doubles, NaN → null): one object
 * literal where code can be generated (memoised per framework), else plain assignment. @internal
 */
export function recordMaker(c: Compiled, ids: readonly string[]): RecordMaker {
  const plain: RecordMaker = (col, u, n) => {
    const o: Record<string, number | null> = {};
    for (let i = 0; i < ids.length; i++) {
      const x = col[u + i * n]!;
      o[ids[i]!] = x === x ? x : null;
    }
    return o;
  };
  if (!canGenerate()) return plain;
  const key = ids.join("\u0000");
  c.makers ??= new Map();
  const hit = c.makers.get(key) as RecordMaker | undefined;
  if (hit) return hit;
  const body = ids.map((id, i) => `${JSON.stringify(id)}:(x=c[u${i === 0 ? "" : `+${i}*n`}])===x?x:null`).join(",");
  const made = generate<RecordMaker>(["c", "u", "n"], `var x;return{${body}};`) ?? plain;
  c.makers.set(key, made);
  return made;
}

/**
 * The generated {@link UnitMaker} of a framework (one function and one call per unit, so V8 can
 * allocate the three objects together), memoised with the framework; null where code cannot be
 * generated. @internal
 */
export function unitMaker(c: Compiled): UnitMaker | null {
  if (!canGenerate()) return null;
  if (c.unit !== undefined) return c.unit;
  const ind = c.ids.map((id, i) => `${JSON.stringify(id)}:T[KI[u${i === 0 ? "" : `+${i}*n`}]]`).join(",");
  const comp = c.compIds.map((id, j) => `${JSON.stringify(id)}:T[KC[u${j === 0 ? "" : `+${j}*n`}]]`).join(",");
  const outer = generate<(F: typeof Object.freeze) => UnitMaker>(
    ["F"],
    `return function(units,groups,KI,KC,T,composite,rank,u,n){var x=composite[u],r=rank[u];return F({unit:units[u],group:groups[u],indicators:F({${ind}}),components:F({${comp}}),composite:x===x?x:null,rank:r===0?null:r});};`,
  );
  const made = outer === null ? null : outer(Object.freeze);
  // Its first unit holds only nulls (a warm-up that fixes the shapes V8 sees first).
  made?.([""], [null], new Int32Array(c.m), new Int32Array(c.k), [null], new Float64Array([Number.NaN]), new Int32Array(1), 0, 1);
  c.unit = made;
  return made;
}

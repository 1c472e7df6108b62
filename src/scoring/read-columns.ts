/**
 * Stage 1, for columns — read a columns input `{ units, groups?, columns }` into column-major
 * values; the contract is that of ./read.ts (names and groups checked, `values[i·n + u]` written
 * into the caller's view, each column's extremes kept as it is read).
 * @module
 */
import { describe, PgiError } from "../errors";
import type { Compiled } from "./compiled";
import { UnitNames } from "./names";
import { type ReadUnits, unknownKey } from "./read";
import type { ScoreColumnsInput } from "./types";

/** The number of units of a columns input, after checking its shape. @internal */
export function columnCount(input: unknown): number {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new PgiError(
      "INVALID_INPUT",
      { en: `expected { units, columns }, got ${describe(input)}`, vi: `cần { units, columns }, nhận được ${describe(input)}` },
      [],
    );
  }
  const names = (input as ScoreColumnsInput).units;
  if (!Array.isArray(names) || names.length === 0) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `units must be a non-empty array of unit names, got ${describe(names)}`,
        vi: `units phải là một mảng không rỗng các tên đơn vị, nhận được ${describe(names)}`,
      },
      ["units"],
    );
  }
  return names.length;
}

/** The unit names and groups of a columns input. */
function columnUnits(input: ScoreColumnsInput, n: number): ReadUnits {
  const names = new UnitNames(n, true);
  for (let u = 0; u < n; u++) names.add(input.units[u], u);
  const units = names.done();
  const groups: (string | null)[] = new Array(n).fill(null);
  if (input.groups !== undefined) {
    if (!Array.isArray(input.groups) || input.groups.length !== n) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `groups must be an array as long as units (${n}), got ${describe(input.groups)}`,
          vi: `groups phải là một mảng dài bằng units (${n}), nhận được ${describe(input.groups)}`,
        },
        ["groups"],
      );
    }
    for (let u = 0; u < n; u++) {
      const g = input.groups[u];
      if (g !== null && g !== undefined && typeof g !== "string") {
        throw new PgiError(
          "INVALID_INPUT",
          { en: `a group must be a string or null, got ${describe(g)}`, vi: `nhóm phải là một chuỗi hoặc null, nhận được ${describe(g)}` },
          ["groups", u],
        );
      }
      groups[u] = g ?? null;
    }
  }
  return { units, groups };
}

/** Where a column is read: its indicator, and the views it goes to (see {@link readColumns}). */
interface ColumnTarget {
  readonly i: number;
  readonly m: number;
  readonly n: number;
  readonly values: Float64Array;
  readonly ext: Float64Array;
}

/**
 * Copy one column into `values` (from i·n), refusing ±Infinity and values that are not numbers, and
 * keep its extremes and count of missing values in `ext` as it goes.
 */
function readColumn(col: unknown, k: string, to: ColumnTarget): void {
  const { i, m, n, values, ext } = to;
  const base = i * n;
  const typed = col instanceof Float64Array;
  if (!typed && !Array.isArray(col)) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `column ${describe(k)} must be a Float64Array or an array of numbers, got ${describe(col)}`,
        vi: `cột ${describe(k)} phải là Float64Array hoặc một mảng số, nhận được ${describe(col)}`,
      },
      ["columns", k],
    );
  }
  const c = col as ArrayLike<unknown>;
  if (c.length !== n) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `column ${describe(k)} has ${c.length} values for ${n} units; give one value per unit (NaN when missing)`,
        vi: `cột ${describe(k)} có ${c.length} giá trị cho ${n} đơn vị; mỗi đơn vị một giá trị (NaN khi thiếu)`,
      },
      ["columns", k],
    );
  }
  const infinite = (x: number, u: number): PgiError =>
    new PgiError(
      "INVALID_NUMBER",
      {
        en: `expected a finite number, NaN or null (missing), got ${describe(x)}`,
        vi: `cần một số hữu hạn, NaN hoặc null (thiếu số liệu), nhận được ${describe(x)}`,
      },
      ["columns", k, u],
    );
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let miss = 0;
  if (typed) {
    const f = col as Float64Array;
    for (let u = 0; u < n; u++) {
      const x = f[u]!;
      if (x - x !== 0 && x === x) throw infinite(x, u);
      // + 0 turns −0 into 0 and leaves every other number (NaN included) as it is.
      const y = x + 0;
      values[base + u] = y;
      if (y !== y) miss++;
      else {
        if (y < lo) lo = y;
        if (y > hi) hi = y;
      }
    }
  } else {
    for (let u = 0; u < n; u++) {
      const x = c[u];
      let y = Number.NaN;
      if (typeof x === "number") {
        if (x - x !== 0 && x === x) throw infinite(x, u);
        y = x + 0;
      } else if (x !== null && x !== undefined) {
        throw new PgiError(
          "INVALID_NUMBER",
          { en: `expected a number, NaN or null (missing), got ${describe(x)}`, vi: `cần một số, NaN hoặc null (thiếu số liệu), nhận được ${describe(x)}` },
          ["columns", k, u],
        );
      }
      values[base + u] = y;
      if (y !== y) miss++;
      else {
        if (y < lo) lo = y;
        if (y > hi) hi = y;
      }
    }
  }
  ext[i] = lo;
  ext[m + i] = hi;
  ext[2 * m + i] = miss;
}

/**
 * Read columns into `values` (NaN where a column is absent or a value missing) and `ext` (each
 * column's extremes and count of missing values, as {@link readRows} keeps them). @internal
 */
export function readColumns(c: Compiled, input: ScoreColumnsInput, values: Float64Array, ext: Float64Array): ReadUnits {
  const n = input.units.length;
  const m = c.m;
  const read = columnUnits(input, n);
  const cols = input.columns;
  if (typeof cols !== "object" || cols === null || Array.isArray(cols)) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `columns must be an object { indicatorId: Float64Array | number[] }, got ${describe(cols)}`,
        vi: `columns phải là một đối tượng { mã chỉ tiêu: Float64Array | number[] }, nhận được ${describe(cols)}`,
      },
      ["columns"],
    );
  }
  const given = new Uint8Array(m);
  for (const k of Object.keys(cols)) {
    const i = c.idIndex.get(k);
    if (i === undefined) throw unknownKey(c, k, ["columns", k]);
    const col = (cols as Record<string, unknown>)[k];
    if (col === undefined) continue;
    readColumn(col, k, { i, m, n, values, ext });
    given[i] = 1;
  }
  // An absent column: missing everywhere.
  for (let i = 0; i < m; i++) {
    if (given[i] === 1) continue;
    values.fill(Number.NaN, i * n, (i + 1) * n);
    ext[i] = Number.POSITIVE_INFINITY;
    ext[m + i] = Number.NEGATIVE_INFINITY;
    ext[2 * m + i] = n;
  }
  return read;
}

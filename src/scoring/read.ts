/**
 * Stage 1 — read the input into column-major values.
 *
 * Contract: in, rows `{ unit, group?, indicators }` or columns `{ units, groups?, columns }`; out,
 * the unit names (trimmed, no duplicates ignoring case and diacritics: ./names.ts), the groups, and
 * `values[i·n + u]` (a double, NaN = missing, −0 read as 0) written into the caller's view, and
 * each column's extremes (`ext`), kept as the values are read, so no later pass looks for them.
 * Every bad value throws a PgiError naming its place; nothing of the input is changed, and only
 * the unit names of the last call are remembered (./names.ts).
 *
 * Rows built the same way share one key list, validated once; a reader generated for it (./fast.ts)
 * reads their values. Numeric strings are read exactly ({@link exactDouble}).
 * @module
 */
import { toDec } from "../decimal";
import { describe, isReservedKey, PgiError, type PgiPath } from "../errors";
import type { Compiled } from "./compiled";
import { loopReader, rowReader, type RowReader } from "./fast";
import { UnitNames } from "./names";
import type { UnitRow } from "./types";

/** The names and groups read from the input. @internal */
export interface ReadUnits {
  readonly units: string[];
  readonly groups: (string | null)[];
}

/**
 * Read a numeric string exactly into a double, refusing values a double cannot hold exactly
 * (beyond ±1.8e308, underflowing, or with more significant digits than a double keeps). @internal
 */
export function exactDouble(v: unknown, path: PgiPath): number {
  const d = toDec(v, { path });
  const x = Number(d.toFixed());
  if (!Number.isFinite(x) || !d.eq(x === 0 ? 0 : String(x))) {
    const shown = describe(v);
    throw new PgiError(
      "OUT_OF_RANGE",
      {
        en: `${shown} is not exactly a JavaScript number (beyond ±1.8e308, too close to 0, or more than 17 significant digits); round it to at most 17 significant digits within that range`,
        vi: `${shown} không phải đúng một số của JavaScript (vượt quá ±1,8e308, quá gần 0, hoặc nhiều hơn 17 chữ số có nghĩa); hãy làm tròn tới tối đa 17 chữ số có nghĩa trong khoảng đó`,
      },
      path,
      { value: typeof v === "string" ? v.slice(0, 60) : v },
    );
  }
  return x === 0 ? 0 : x;
}

/** An unknown key of a row's indicators or of the columns, refused (reserved keys as unsafe). */
export function unknownKey(c: Compiled, key: string, path: PgiPath): PgiError {
  const some = `${c.ids.slice(0, 10).join(", ")}${c.ids.length > 10 ? ", …" : ""}`;
  return new PgiError(
    isReservedKey(key) ? "UNSAFE_KEY" : "UNKNOWN_INDICATOR",
    {
      en: `unknown indicator ${describe(key)}; the framework's indicators are ${some}`,
      vi: `không có chỉ tiêu ${describe(key)} trong bộ chỉ số; các chỉ tiêu là ${some}`,
    },
    path,
  );
}

/** The number of rows, after checking they are a non-empty array. @internal */
export function rowCount(rows: unknown): number {
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `expected a non-empty array of rows { unit, indicators }, got ${describe(rows)}`,
        vi: `cần một mảng không rỗng các dòng { unit, indicators }, nhận được ${describe(rows)}`,
      },
      ["rows"],
    );
  }
  return rows.length;
}

/** Whether an object or anything on its prototype chain has an enumerable string key. */
function hasEnumerable(o: object): boolean {
  for (const k in o) if (typeof k === "string") return true;
  return false;
}

/** Check one row's shape and read its unit and group; returns its indicators object. */
function rowHead(row: unknown, u: number, names: UnitNames, out: ReadUnits): Record<string, unknown> {
  if (typeof row !== "object" || row === null || Array.isArray(row)) {
    throw new PgiError(
      "INVALID_INPUT",
      { en: `expected a row { unit, indicators }, got ${describe(row)}`, vi: `cần một dòng { unit, indicators }, nhận được ${describe(row)}` },
      [u],
    );
  }
  const hasOwn = Object.prototype.hasOwnProperty;
  for (const k in row) {
    if (k !== "unit" && k !== "group" && k !== "indicators" && hasOwn.call(row, k)) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `unknown field ${describe(k)} in a row; rows have unit, group and indicators`,
          vi: `dòng có trường lạ ${describe(k)}; mỗi dòng chỉ có unit, group và indicators`,
        },
        [u, k],
      );
    }
  }
  const r = row as UnitRow;
  names.add(r.unit, u);
  const group = r.group;
  if (group !== undefined && group !== null && typeof group !== "string") {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `group must be a string or null (no group), got ${describe(group)}`,
        vi: `nhóm (group) phải là một chuỗi hoặc null (không thuộc nhóm nào), nhận được ${describe(group, "vi")}`,
      },
      [u, "group"],
    );
  }
  out.groups[u] = group ?? null;
  const ind = r.indicators as Record<string, unknown>;
  if (typeof ind !== "object" || ind === null || Array.isArray(ind)) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `indicators must be an object { id: value }, got ${describe(ind)}`,
        vi: `indicators phải là một đối tượng { mã: giá trị }, nhận được ${describe(ind)}`,
      },
      [u, "indicators"],
    );
  }
  return ind;
}

/** The key list the rows are read with: validated once, shared by the rows that have it. */
interface KeyList {
  keys: readonly string[] | null;
  /** The indicator of each key. */
  idx: Int32Array;
  /** The indicators the list lacks (missing in every row that has it). */
  absent: readonly number[];
  read: RowReader;
  /** How many rows in a row have had it (a reader is generated after eight). */
  sameRows: number;
}

/**
 * Validate a row's own keys into a new key list; the list of the framework's usual rows (kept with
 * its reader) when the row's keys are theirs and for…in lists only its own keys (`clean`).
 */
function newKeyList(c: Compiled, ind: Record<string, unknown>, u: number, list: KeyList, clean: boolean): void {
  const usualKeys = c.readerKeys;
  if (clean && usualKeys !== undefined && c.readerIdx !== undefined && c.readerAbsent !== undefined && sameKeys(ind, usualKeys)) {
    list.keys = usualKeys;
    list.idx = c.readerIdx;
    list.absent = c.readerAbsent;
    list.read = c.reader!;
    list.sameRows = 8;
    return;
  }
  const ks = Object.keys(ind);
  const idx = new Int32Array(ks.length);
  for (let j = 0; j < ks.length; j++) {
    const found = c.idIndex.get(ks[j]!);
    if (found === undefined) throw unknownKey(c, ks[j]!, [u, "indicators", ks[j]!]);
    idx[j] = found;
  }
  // The reader generated for this framework's usual rows, when these keys are theirs.
  const known = c.readerKeys;
  let usual = known !== undefined && known.length === ks.length;
  for (let j = 0; usual && j < ks.length; j++) usual = ks[j] === known![j];
  const absent: number[] = [];
  if (ks.length < c.m) {
    const has = new Uint8Array(c.m);
    for (let j = 0; j < ks.length; j++) has[idx[j]!] = 1;
    for (let i = 0; i < c.m; i++) if (has[i] === 0) absent.push(i);
  }
  list.keys = ks;
  list.idx = idx;
  list.absent = absent;
  list.read = usual ? c.reader! : loopReader(ks);
  list.sameRows = usual ? 8 : 0;
}

/** Whether a row's keys are, in order, those of the list (for…in allocates nothing). */
function sameKeys(ind: Record<string, unknown>, keys: readonly string[]): boolean {
  let j = 0;
  for (const k in ind) {
    if (k !== keys[j]) return false;
    j++;
  }
  return j === keys.length;
}

/**
 * Read rows into `values` (every entry written) and `ext` (each column's extremes and count of
 * missing values). Only a row's own keys are read. @internal
 */
export function readRows(c: Compiled, rows: readonly UnitRow[], values: Float64Array, ext: Float64Array): ReadUnits {
  const n = rows.length;
  const m = c.m;
  for (let i = 0; i < m; i++) {
    ext[i] = Number.POSITIVE_INFINITY;
    ext[m + i] = Number.NEGATIVE_INFINITY;
    ext[2 * m + i] = 0;
  }
  const names = new UnitNames(n, false);
  const out: ReadUnits = { units: names.names, groups: new Array(n) };
  const getProto = Object.getPrototypeOf;
  // for…in lists exactly a row's own keys when nothing on its prototype chain is enumerable: checked
  // once per prototype while the rows share one; other rows take the checking path.
  let lastProto: object | null | undefined;
  let protoClean = false;
  const list: KeyList = { keys: null, idx: new Int32Array(0), absent: [], read: loopReader([]), sameRows: 0 };
  // The list's fields in locals, refreshed when the list changes (the loop below reads them per row).
  let keys: readonly string[] = [];
  let idx = list.idx;
  let absent = list.absent;
  let read = list.read;
  for (let u = 0; u < n; u++) {
    const ind = rowHead(rows[u], u, names, out);
    const proto = getProto(ind) as object | null;
    if (proto !== lastProto) {
      lastProto = proto;
      protoClean = proto === null || !hasEnumerable(proto);
    }
    if (list.keys === null || !protoClean || !sameKeys(ind, keys)) {
      newKeyList(c, ind, u, list, protoClean);
      keys = list.keys!;
      idx = list.idx;
      absent = list.absent;
      read = list.read;
    } else if (++list.sameRows === (n < 9 ? n - 1 : 8)) {
      read = list.read = rowReader(c, keys, idx);
      c.readerKeys = keys;
      c.reader = read;
      c.readerIdx = idx;
      c.readerAbsent = absent;
    }
    for (let a = 0; a < absent.length; a++) {
      values[absent[a]! * n + u] = Number.NaN;
      ext[2 * m + absent[a]!]!++;
    }
    // Values that are not a finite number, null or undefined are read here, one by one.
    for (let j = read(ind, values, idx, u, n, 0, ext, m); j >= 0; j = read(ind, values, idx, u, n, j + 1, ext, m)) {
      const k = keys[j]!;
      const v = ind[k];
      if (typeof v === "number") {
        throw new PgiError(
          "INVALID_NUMBER",
          { en: `expected a finite number or null, got ${describe(v)}`, vi: `cần một số hữu hạn hoặc null, nhận được ${describe(v)}` },
          [u, "indicators", k],
        );
      }
      const col = idx[j]!;
      const x = exactDouble(v, [u, "indicators", k]);
      values[col * n + u] = x;
      if (x < ext[col]!) ext[col] = x;
      if (x > ext[m + col]!) ext[m + col] = x;
    }
  }
  names.done();
  return out;
}

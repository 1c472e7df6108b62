/**
 * What the ranking functions rank: a score table of PGI cards, or the units of your own framework
 * as `scoreUnits`/`scoreColumns` scored them (or a JSON copy of either), read into one shape. A
 * scoring's units take their `group` as their region.
 * @internal
 * @module
 */
import { D, type Dec } from "../decimal";
import { describe, isReservedKey, PgiError, type PgiPath } from "../errors";
import type { Region } from "../data/provinces";
import { asFramework } from "../framework/revive";
import type { Component, Framework } from "../framework/types";
import { field, kindOf } from "../revive";
import { foldName, isSealed } from "../util";
import { asTable, byId, findRow, tableFramework, type ScoreTable } from "./table";

/**
 * A scoring of your own framework as the ranking functions read it: what `scoreUnits` returns
 * (`Scoring`), or its JSON copy. Declared here, not imported, because the table and scoring domains
 * do not import each other.
 */
export interface ScoredUnits<C extends string = string> {
  readonly kind: "scoring";
  readonly framework: string;
  readonly units: readonly {
    readonly unit: string;
    readonly group: string | null;
    readonly components: Readonly<Record<C, number | null>>;
    readonly composite: number | null;
  }[];
}

/** A columnar scoring as the ranking functions read it: what `scoreColumns` returns (`ScoringColumns`), or its JSON copy. */
export interface ScoredColumns {
  readonly kind: "scoringColumns";
  readonly framework: string;
  readonly units: readonly string[];
  readonly groups: readonly (string | null)[];
  readonly components: Readonly<Record<string, ArrayLike<number>>>;
  readonly composite: ArrayLike<number>;
}

/** One unit as the ranking functions see it. @internal */
export interface PoolRow {
  readonly unit: string;
  /** The province's region (tables), or `null`. */
  readonly region: Region | null;
  /** What `within: "region"` groups by: the region's id (tables) or the unit's `group` (scorings). */
  readonly group: string | null;
  /** The composite; `null` for a unit a scoring could not score. */
  readonly composite: number | null;
  /** Component scores (a `null` score: not scored); `null` for a composite-only table entry. */
  readonly scores: Readonly<Record<string, number | null>> | null;
  readonly publishedRank: number | null;
}

/** The units to rank, with what is known of their framework. @internal */
export interface Pool {
  /** `true` for a scoring of your own framework (units grouped by `group`). */
  readonly own: boolean;
  readonly framework: string;
  /** The table's edition year; `null` for a scoring. */
  readonly year: number | null;
  /** The framework: PGI's edition for a table, the one passed for a scoring, else `null`. */
  readonly fw: Framework | null;
  /** Component ids in the framework's order (a scoring's: every level it holds). */
  readonly ids: readonly string[];
  readonly rows: readonly PoolRow[];
  /** The score table (for its spellings of provinces), or `null` for a scoring. */
  readonly table: ScoreTable | null;
}

/** A row's exact value by `by` (`null` when it has none). @internal */
export function poolValue(row: PoolRow, by: string): Dec | null {
  const v = by === "composite" ? row.composite : row.scores === null ? null : (row.scores[by] ?? null);
  return v === null ? null : new D(String(v));
}

/** The rows that have a value `by`. @internal */
export function poolWith(pool: Pool, by: string): readonly PoolRow[] {
  return pool.rows.filter((r) => (by === "composite" ? r.composite !== null : r.scores !== null && r.scores[by] !== null && r.scores[by] !== undefined));
}

/**
 * The input of `rank`, `regionSummary`, `rankGoal` or `benchmark` as a pool: a score table, or a
 * scoring (rows or columns; the result or its JSON copy), with the framework it was scored with
 * when given. @internal
 */
export function poolOf(input: unknown, framework: unknown): Pool {
  const kind = kindOf(input, ["table"]);
  if (kind !== "scoring" && kind !== "scoringColumns") {
    if (framework !== undefined) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: "framework is for a scoring of your own framework; a score table knows its PGI edition — leave framework out",
          vi: "framework chỉ dùng cho kết quả chấm điểm theo bộ chỉ số riêng; bảng điểm PGI đã biết kỳ của nó — hãy bỏ framework",
        },
        ["framework"],
      );
    }
    const table = asTable(input);
    const fw = tableFramework(table);
    return {
      own: false,
      framework: table.framework,
      year: table.year,
      fw,
      ids: fw.components.map((c) => c.id),
      rows: table.rows.map((r) => ({
        unit: r.unit,
        region: r.region,
        group: r.region?.id ?? null,
        composite: r.composite,
        scores: r.scores,
        publishedRank: r.publishedRank,
      })),
      table,
    };
  }
  const read = kind === "scoring" ? scoringRows(input) : columnsRows(input);
  const fw = framework === undefined ? null : asFramework(framework);
  if (fw !== null) {
    // A multi-level framework's scoring also holds the levels below the top one (subComponents).
    const ids = fw.components.map((c) => c.id);
    const all = [...ids, ...(fw.subComponents ?? []).map((c) => c.id)];
    if (fw.id !== read.framework || ids.some((id) => !read.ids.includes(id)) || read.ids.some((id) => !all.includes(id))) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `the framework passed (${describe(fw.id)}) is not the one the units were scored with (${describe(read.framework)}); pass the framework given to scoreUnits`,
          vi: `bộ chỉ số truyền vào (${describe(fw.id, "vi")}) không phải bộ chỉ số đã dùng để chấm điểm các đơn vị (${describe(read.framework, "vi")}); hãy truyền đúng bộ chỉ số đã dùng với scoreUnits`,
        },
        ["framework"],
        { framework: fw.id, scoring: read.framework },
      );
    }
    return { own: true, framework: read.framework, year: null, fw, ids: read.ids, rows: read.rows, table: null };
  }
  return { own: true, framework: read.framework, year: null, fw: null, ids: read.ids, rows: read.rows, table: null };
}

/** A component of a framework at any level (the top level, or a multi-level framework's levels below). @internal */
export function componentOf(fw: Framework, id: string): Component {
  return fw.components.find((c) => c.id === id) ?? fw.subComponents!.find((c) => c.id === id)!;
}

/** The framework of a pool, or a PgiError saying to pass it (what it is needed for: `why`). @internal */
export function needFramework(pool: Pool, why: { en: string; vi: string }): Framework {
  if (pool.fw !== null) return pool.fw;
  throw new PgiError(
    "INVALID_INPUT",
    {
      en: `a scoring carries only its framework's id (${describe(pool.framework)}); ${why.en} — pass the framework it was scored with as { framework }`,
      vi: `kết quả chấm điểm chỉ ghi mã bộ chỉ số (${describe(pool.framework, "vi")}); ${why.vi} — hãy truyền bộ chỉ số đã dùng để chấm điểm qua { framework }`,
    },
    ["framework"],
  );
}

/** What to rank or measure by: `"composite"` or a component of the pool's framework. @internal */
export function poolBy(pool: Pool, by: unknown): string {
  if (pool.own && typeof by === "string" && pool.ids.includes(by)) return by;
  if (pool.fw !== null) return byId(pool.fw, by);
  if (by === undefined || by === "composite") return "composite";
  if (typeof by === "string" && pool.ids.includes(by)) return by;
  throw new PgiError(
    "UNKNOWN_SUBINDEX",
    {
      en: `by must be "composite" or a component id of ${describe(pool.framework)} (${pool.ids.join(", ")}), got ${describe(by)}`,
      vi: `by phải là "composite" (điểm tổng hợp) hoặc mã một thành phần của bộ chỉ số ${describe(pool.framework, "vi")} (${pool.ids.join(", ")}), nhận được ${describe(by, "vi")}`,
    },
    ["by"],
  );
}

/** A unit's row in a pool: a table's by any spelling of a province; a scoring's by name (case and diacritics ignored). @internal */
export function poolRow(pool: Pool, unit: unknown): PoolRow {
  if (pool.table !== null) return pool.rows[pool.table.rows.indexOf(findRow(pool.table, unit))]!;
  if (typeof unit !== "string" || unit.trim() === "") {
    throw new PgiError("INVALID_INPUT", { en: `expected the unit's name, got ${describe(unit)}`, vi: `cần tên đơn vị, nhận được ${describe(unit, "vi")}` }, [
      "unit",
    ]);
  }
  const key = foldName(unit);
  const row = pool.rows.find((r) => foldName(r.unit) === key);
  if (!row) {
    const some = `${pool.rows
      .slice(0, 8)
      .map((r) => r.unit)
      .join(", ")}${pool.rows.length > 8 ? ", …" : ""}`;
    throw new PgiError(
      "UNKNOWN_UNIT",
      { en: `${describe(unit)} is not among the scored units (${some})`, vi: `${describe(unit, "vi")} không có trong các đơn vị đã chấm điểm (${some})` },
      ["unit"],
      { unit: unit.slice(0, 300) },
    );
  }
  return row;
}

interface Read {
  readonly framework: string;
  readonly ids: string[];
  readonly rows: PoolRow[];
}

const bad = (en: string, vi: string, path: PgiPath): PgiError =>
  new PgiError(
    "INVALID_INPUT",
    {
      en: `this scoring is not as scoreUnits returns it: ${en}; pass the scoring as pgi-kit returned it, or its JSON copy unchanged`,
      vi: `kết quả chấm điểm này không đúng như scoreUnits trả về: ${vi}; hãy truyền kết quả đúng như pgi-kit trả về, hoặc bản sao JSON nguyên vẹn`,
    },
    [...path],
  );

/** A score of a copy: a finite number or null (NaN, as JSON writes it, too). */
function score(v: unknown, path: PgiPath): number | null {
  if (v === null || (typeof v === "number" && Number.isNaN(v))) return null;
  if (typeof v !== "number" || !Number.isFinite(v))
    throw bad(`${path.join(".")} is ${describe(v)}, not a number or null`, `${path.join(".")} là ${describe(v, "vi")}, không phải một số hay null`, path);
  return v;
}

function frameworkId(value: unknown): string {
  const id = field(value, "framework", []);
  if (typeof id !== "string" || id === "") throw bad(`framework is ${describe(id)}`, `framework là ${describe(id, "vi")}`, ["framework"]);
  return id;
}

function unitName(v: unknown, seen: Set<string>, path: PgiPath): string {
  if (typeof v !== "string" || v.trim() === "") throw bad(`a unit is ${describe(v)}`, `một đơn vị là ${describe(v, "vi")}`, path);
  const key = foldName(v) || v;
  if (seen.has(key)) {
    throw new PgiError(
      "DUPLICATE_UNIT",
      {
        en: `${describe(v)} appears twice in the scoring; give each unit once`,
        vi: `đơn vị ${describe(v, "vi")} xuất hiện hai lần trong kết quả chấm điểm; mỗi đơn vị chỉ ghi một lần`,
      },
      [...path],
    );
  }
  seen.add(key);
  return v;
}

function groupOf(v: unknown, path: PgiPath): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== "string") throw bad(`a group is ${describe(v)}, not a string or null`, `một nhóm là ${describe(v, "vi")}, không phải chuỗi hay null`, path);
  return v;
}

function idsOf(components: unknown, path: PgiPath): string[] {
  if (typeof components !== "object" || components === null || Array.isArray(components))
    throw bad(`components is ${describe(components)}`, `components là ${describe(components, "vi")}`, path);
  const ids = Object.keys(components);
  for (const id of ids)
    if (isReservedKey(id))
      throw new PgiError("UNSAFE_KEY", { en: `${describe(id)} is not a component id`, vi: `${describe(id, "vi")} không phải mã thành phần` }, [...path, id]);
  if (ids.length === 0) throw bad("it has no components", "không có thành phần nào", path);
  return ids;
}

/** The units of a scoring (rows): the result, or a copy checked field by field. */
function scoringRows(input: unknown): Read {
  const framework = frameworkId(input);
  const units = field(input, "units", []);
  if (!Array.isArray(units) || units.length === 0) throw bad(`units is ${describe(units)}`, `units là ${describe(units, "vi")}`, ["units"]);
  const genuine = isSealed(input, "scoring");
  const ids = idsOf(field(units[0], "components", ["units", 0]), ["units", 0, "components"]);
  const seen = new Set<string>();
  const rows = units.map((u: unknown, i): PoolRow => {
    const p: PgiPath = ["units", i];
    if (typeof u !== "object" || u === null || Array.isArray(u)) throw bad(`unit ${i} is ${describe(u)}`, `đơn vị thứ ${i} là ${describe(u, "vi")}`, p);
    const comps = field(u, "components", p);
    if (!genuine) {
      const own = idsOf(comps, [...p, "components"]);
      if (own.length !== ids.length || own.some((id, j) => id !== ids[j]))
        throw bad(
          `unit ${i} has components ${own.join(", ")}, unit 0 ${ids.join(", ")}`,
          `đơn vị thứ ${i} có các thành phần ${own.join(", ")}, đơn vị thứ 0 có ${ids.join(", ")}`,
          [...p, "components"],
        );
    }
    const scores: Record<string, number | null> = {};
    for (const id of ids) scores[id] = score(field(comps, id, [...p, "components"]), [...p, "components", id]);
    return {
      unit: unitName(field(u, "unit", p), seen, [...p, "unit"]),
      region: null,
      group: groupOf(field(u, "group", p), [...p, "group"]),
      composite: score(field(u, "composite", p), [...p, "composite"]),
      scores,
      publishedRank: null,
    };
  });
  return { framework, ids, rows };
}

/** A column of a columnar scoring: a typed array, an array, or the `{ "0": … }` object JSON writes for a typed array. */
function column(v: unknown, n: number, path: PgiPath): unknown[] {
  let out: unknown[] | null = null;
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) out = Array.from(v as unknown as ArrayLike<number>);
  else if (Array.isArray(v)) out = v;
  else if (typeof v === "object" && v !== null && Object.keys(v).length === n) out = Array.from({ length: n }, (_, i) => field(v, String(i), path));
  if (out === null || out.length !== n)
    throw bad(`${path.join(".")} is not a column of ${n} values`, `${path.join(".")} không phải một cột ${n} giá trị`, path);
  return out;
}

/** The units of a columnar scoring: the result, or a copy checked field by field. */
function columnsRows(input: unknown): Read {
  const framework = frameworkId(input);
  const units = field(input, "units", []);
  if (!Array.isArray(units) || units.length === 0) throw bad(`units is ${describe(units)}`, `units là ${describe(units, "vi")}`, ["units"]);
  const n = units.length;
  const groupsIn = field(input, "groups", []);
  const groups = groupsIn === undefined ? new Array(n).fill(null) : column(groupsIn, n, ["groups"]);
  const comps = field(input, "components", []);
  const ids = idsOf(comps, ["components"]);
  const cols = ids.map((id) => column(field(comps, id, ["components"]), n, ["components", id]));
  const composite = column(field(input, "composite", []), n, ["composite"]);
  const seen = new Set<string>();
  const rows = units.map((name: unknown, u): PoolRow => {
    const scores: Record<string, number | null> = {};
    ids.forEach((id, j) => {
      scores[id] = score(cols[j]![u], ["components", id, u]);
    });
    return {
      unit: unitName(name, seen, ["units", u]),
      region: null,
      group: groupOf(groups[u], ["groups", u]),
      composite: score(composite[u], ["composite", u]),
      scores,
      publishedRank: null,
    };
  });
  return { framework, ids, rows };
}

/** Names in Vietnamese alphabetical order. @internal */
export function collator(a: string, b: string): number {
  return a.localeCompare(b, "vi");
}

/** Exact median of Decimals. @internal */
export function medianDec(values: readonly Dec[]): Dec {
  const s = [...values].sort((a, b) => a.comparedTo(b));
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : s[m - 1]!.plus(s[m]!).div(2);
}

/** The decimals of what `by` measures: 2 for a table, the framework's for a scoring. @internal */
export function decimalsOf(pool: Pool, by: string, why: { en: string; vi: string }): number {
  if (!pool.own) return 2;
  const fw = needFramework(pool, why);
  if (by === "composite") return fw.composite.decimals;
  return componentOf(fw, by).decimals ?? fw.decimals;
}

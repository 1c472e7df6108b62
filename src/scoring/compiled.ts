/**
 * The compiled framework — the engine's one cache. Everything the runs of one framework share is
 * built on its first run and kept with it (frameworks are frozen, so it never goes stale): the
 * indicator arrays, the id lookup, the normalisation of each indicator, the key table of its
 * rounded scores, and the functions generated for its rows and records.
 *
 * Contract: `compiled(fw)` returns the same object for the same framework object; fields marked
 * lazy are filled by the stage that first needs them and never change afterwards.
 * @module
 */
import { PgiError } from "../errors";
import { asFramework } from "../framework/revive";
import type { Aggregation, Framework, FreeNormalization, Normalization } from "../framework/types";
import type { Plan } from "./layout";
import { levelsOf, type Levels } from "./levels";

/**
 * Reads the values of one row into the column-major array `V` (`V[I[j] * n + u]`, NaN for `null`
 * or `undefined`), for one key list, from position `from`, keeping each column's extremes as it
 * goes: for column c of m, `E[c]` the smallest value, `E[m + c]` the largest, `E[2m + c]` the
 * count of missing values. Returns the position `j` of the first value that is not a finite
 * number, `null` or `undefined` (for the validating path to read), or -1 when the row is read.
 * @internal
 */
export type RowReader = (o: Record<string, unknown>, V: Float64Array, I: Int32Array, u: number, n: number, from: number, E: Float64Array, m: number) => number;

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

/** Rounded values as keys: value = `T[key]`, key = round(value · 10^decimals) − `base`; `T`'s last entry is `null`. @internal */
export interface KeyTable {
  readonly base: number;
  readonly T: readonly unknown[];
}

/** @internal The compiled form of one framework. */
export interface Compiled {
  readonly fw: Framework;
  /** Indicators, components. */
  readonly m: number;
  readonly k: number;
  readonly ids: readonly string[];
  readonly idIndex: ReadonlyMap<string, number>;
  readonly compIds: readonly string[];
  /** Which component each indicator belongs to. */
  readonly compOf: Int32Array;
  /** 1 where lower is better. */
  readonly lower: Uint8Array;
  /** Each indicator's weight in its component (1 unless the aggregation is `weightedMean`). */
  readonly weights: Float64Array;
  /** How many indicators each component has (the half rule counts against it). */
  readonly total: Int32Array;
  /** Each indicator's normalisation (its own, else the framework's). */
  readonly nz: readonly Normalization[];
  /** Each indicator's normalisation without a fixed scale (./methods.ts), or null (then `nz` holds it). */
  readonly free: readonly (FreeNormalization | null)[];
  /** Each component's aggregation (its own, else the framework's). */
  readonly agg: readonly Aggregation[];
  /**
   * Whether the framework uses a method beyond min–max/goalposts/distance-to-target with a mean:
   * such a run goes through ./methods.ts (decided once, in ./run.ts).
   */
  readonly extended: boolean;
  /**
   * Each component's weight in the composite (1 unless the composite is `weightedSum`); in a
   * multi-level framework, a child's weight in its parent's aggregation (1 unless it is weighted).
   */
  readonly compWeights: Float64Array;
  /**
   * The tree of a multi-level framework (./levels.ts), or null. Components are then numbered top
   * level first (`fw.components`), then `fw.subComponents`; `k` counts them all.
   */
  readonly levels: Levels | null;
  /** Lazy: the key table of the rounded scores (null: none pays at any size seen). */
  table?: KeyTable | null;
  /** Lazy: the generated builder of a whole row-result unit (null: none can be generated). */
  unit?: UnitMaker | null;
  /** Lazy: readers generated for key lists of this framework's rows, by key list. */
  readers?: Map<string, RowReader>;
  /** Lazy: the key list of the usual rows and its reader, set together with its indicators and the indicators it lacks. */
  readerKeys?: readonly string[];
  reader?: RowReader;
  readerIdx?: Int32Array;
  readerAbsent?: readonly number[];
  /** Lazy: record factories by id list (row results in float mode). */
  makers?: Map<string, unknown>;
  /** The memory plans of its recent run shapes (./layout.ts). */
  readonly plans: Map<string, Plan>;
}

const DEFAULT_NZ: Normalization = { method: "minmax", range: [1, 10] };

const LINEAR = new Set(["minmax", "goalposts", "distanceToTarget"]);
const isFree = (n: Normalization | FreeNormalization): n is FreeNormalization => !LINEAR.has(n.method);

let compiledOf: WeakMap<Framework, Compiled> | undefined;

/** The framework's compiled form (memoised per framework object). @internal */
export function compiled(fw: Framework): Compiled {
  compiledOf ??= new WeakMap();
  const hit = compiledOf.get(fw);
  if (hit !== undefined) return hit;
  const m = fw.indicators.length;
  const all = fw.subComponents === undefined ? fw.components : [...fw.components, ...fw.subComponents];
  const k = all.length;
  const compOf = new Int32Array(m);
  const lower = new Uint8Array(m);
  const weights = new Float64Array(m);
  const total = new Int32Array(k);
  const idIndex = new Map<string, number>();
  fw.indicators.forEach((ind, i) => {
    compOf[i] = all.findIndex((c) => c.id === ind.component);
    lower[i] = ind.direction === "lower" ? 1 : 0;
    const a = all[compOf[i]!]!.aggregation ?? fw.aggregation;
    weights[i] = a === "weightedMean" || a === "geometricMean" || a === "harmonicMean" ? ind.weight : 1;
    total[compOf[i]!]!++;
    idIndex.set(ind.id, i);
  });
  const free = fw.indicators.map((ind) => (ind.normalization !== undefined && isFree(ind.normalization) ? ind.normalization : null));
  const agg = all.map((x) => x.aggregation ?? fw.aggregation);
  const levels = fw.subComponents === undefined ? null : levelsOf(fw, all, agg, total);
  const c: Compiled = {
    fw,
    m,
    k,
    ids: fw.indicators.map((i) => i.id),
    idIndex,
    compIds: all.map((x) => x.id),
    compOf,
    lower,
    weights,
    total,
    nz: fw.indicators.map(
      (ind) => (ind.normalization !== undefined && !isFree(ind.normalization) ? ind.normalization : null) ?? fw.normalization ?? DEFAULT_NZ,
    ),
    free,
    agg,
    extended:
      levels !== null ||
      free.some((x) => x !== null) ||
      agg.some((a) => a !== "mean" && a !== "weightedMean") ||
      !["sum", "mean", "weightedSum", "none"].includes(fw.composite.method),
    compWeights:
      levels?.weights ??
      Float64Array.from(fw.components, (x) => (["weightedSum", "geometricMean", "harmonicMean"].includes(fw.composite.method) ? x.weight : 1)),
    levels,
    plans: new Map(),
  };
  compiledOf.set(fw, c);
  return c;
}

/** The framework argument, revived and checked (a copy of a framework is rebuilt). @internal */
export function checkFramework(value: Framework): Framework {
  const fw = asFramework(value);
  if (fw.indicators.length === 0) {
    throw new PgiError(
      "INVALID_FRAMEWORK",
      {
        en: `framework "${fw.id}" defines no indicators; the built-in PGI publishes none, so define your own with defineFramework`,
        vi: `bộ chỉ số "${fw.id}" không có chỉ tiêu nào; bộ PGI có sẵn không công bố chỉ tiêu, hãy tự khai báo bộ chỉ số của mình bằng defineFramework`,
      },
      ["framework", "indicators"],
    );
  }
  return fw;
}

/**
 * The memory of one scoring run, declared once: a list of regions (name, element type, length,
 * whether it must start zeroed, whether it is output the caller keeps) from which both the bytes
 * of the run's buffers and the typed-array views of every stage are derived. A region that a run
 * does not use has length 0.
 *
 * Contract: `layoutOf(shape, part)` lists the regions of the input (read by the first stage) or of
 * the run (every later stage); `carve(regions, lent, at)` returns one view per region — the
 * scratch regions in one buffer (a region of a buffer lent by the caller when it keeps one between
 * calls, zeroed where a region says so), the output regions in one fresh buffer the caller owns.
 * @module
 */

/** What decides a run's memory. @internal */
export interface Shape {
  /** Indicators, units, components. */
  readonly m: number;
  readonly n: number;
  readonly k: number;
  /** Scores rounded to keys into a table (row results), 16-bit unless `wide`. */
  readonly keyed: boolean;
  readonly wide: boolean;
  /** The extremes are kept while reading (rows and columns read by ./read.ts); the input part has room for them. */
  readonly rows: boolean;
  /** The rounded columns are returned to the caller (scoreColumns): they go in a fresh buffer. */
  readonly out: boolean;
}

type Kind = "f64" | "i32" | "u16";

/** One region: `len` elements of `kind`; `zero`: starts at 0; `out`: in the caller's buffer. @internal */
export interface Region {
  readonly name: RegionName;
  readonly kind: Kind;
  readonly len: number;
  readonly zero: boolean;
  readonly out: boolean;
}

/** @internal */
export type RegionName = keyof Views;

/** The views of the input part. @internal */
export type InputViews = Pick<Views, "values" | "ext">;
/** The views of the run part. @internal */
export type RunViews = Omit<Views, "values" | "ext">;

/** The views of a run, one per region. @internal */
export interface Views {
  /** Raw values, column-major: `values[i·n + u]`, NaN = missing. */
  values: Float64Array;
  /** Rounded scores as keys (keyed runs), `keys[i·n + u]`. */
  keys: Uint16Array | Int32Array;
  /** Float scores of one column (keyed runs: each column is rounded as soon as it is normalised). */
  scratch: Float64Array;
  /** Float scores of every column (float runs), rounded in place into the published scores. */
  norm: Float64Array;
  /** Extremes kept while reading: `[i]` min, `[m + i]` max, `[2m + i]` missing count. */
  ext: Float64Array;
  min: Float64Array;
  max: Float64Array;
  missing: Int32Array;
  errNorm: Float64Array;
  rangeAbs: Float64Array;
  summed: Int32Array;
  comp: Float64Array;
  present: Int32Array;
  wsum: Float64Array;
  fastCount: Float64Array;
  todo: Int32Array;
  errComp: Float64Array;
  rangeComp: Float64Array;
  compositeRaw: Float64Array;
  /** Rounded components as keys (keyed runs). */
  compKeys: Uint16Array | Int32Array;
  /** Rounded components (float runs). */
  comps: Float64Array;
  nullAt: Int32Array;
  composite: Float64Array;
  rank: Int32Array;
  rankCount: Int32Array;
  rankKey: Int32Array;
}

/** The most keys {@link ranksOf} counts for n values (beyond, it sorts). @internal */
export const rankCountLen = (n: number): number => 4 * n + 4098;

/**
 * The regions of the input (`values`, `ext`) or of the run (the rest) for a shape, in buffer order
 * (the scratch regions that start zeroed last, so that one fill zeroes them). @internal
 */
export function layoutOf(s: Shape, part: "input" | "run"): readonly Region[] {
  const { m, n, k, keyed, rows, out } = s;
  // Keys are 16-bit unless the table is wider.
  const key: Kind = s.wide ? "i32" : "u16";
  const r = (name: RegionName, kind: Kind, len: number, zero = false, isOut = false): Region => ({ name, kind, len, zero, out: isOut && out });
  if (part === "input") return [r("values", "f64", m * n), r("ext", "f64", rows ? 3 * m : 0)];
  return [
    r("keys", key, keyed ? m * n : 0),
    r("scratch", "f64", keyed ? n : 0),
    r("norm", "f64", keyed ? 0 : m * n, false, true),
    r("todo", "i32", n),
    r("compKeys", key, keyed ? k * n : 0),
    r("comps", "f64", keyed ? 0 : k * n, false, true),
    r("composite", "f64", n, false, true),
    r("rankKey", "i32", n),
    r("rank", "i32", n, true, true),
    r("min", "f64", m, true),
    r("max", "f64", m, true),
    r("missing", "i32", m, true),
    r("errNorm", "f64", m, true),
    r("rangeAbs", "f64", m, true),
    r("summed", "i32", m, true),
    r("comp", "f64", k * n, true),
    r("present", "i32", k * n, true),
    r("wsum", "f64", k * n, true),
    r("fastCount", "f64", k, true),
    r("errComp", "f64", k, true),
    r("rangeComp", "f64", k, true),
    r("compositeRaw", "f64", n, true),
    r("nullAt", "i32", n, true),
    r("rankCount", "i32", rankCountLen(n), true),
  ];
}

/** Bytes of a region, rounded up to 8 so that every region starts 8-byte aligned. */
const bytesOf = (g: Region): number => (g.len * (g.kind === "f64" ? 8 : g.kind === "i32" ? 4 : 2) + 7) & ~7;

/** Bytes of the scratch buffer and of the output buffer of a layout. @internal */
export function sizeOf(layout: readonly Region[]): { scratch: number; out: number } {
  let scratch = 0;
  let out = 0;
  for (const g of layout) {
    if (g.out) out += bytesOf(g);
    else scratch += bytesOf(g);
  }
  return { scratch, out };
}

/** The views carved in a lent buffer, by layout (a buffer lent again to the same layout gets them again). */
let carved: WeakMap<ArrayBuffer, Map<readonly Region[], { from: number; views: Partial<Views> }>> | undefined;

/**
 * The views of a layout: scratch regions in `lent` from byte `from` (zeroed where the region says
 * so) or in a fresh buffer, output regions in one fresh buffer. Views in a lent buffer are carved
 * once per layout and buffer, and zeroed again on each call. @internal
 */
export function carve<V extends Partial<Views>>(layout: readonly Region[], lent: ArrayBuffer | null = null, from = 0): V {
  const size = sizeOf(layout);
  if (lent !== null && size.out === 0) {
    carved ??= new WeakMap();
    let byLayout = carved.get(lent);
    if (byLayout === undefined) carved.set(lent, (byLayout = new Map()));
    const hit = byLayout.get(layout);
    if (hit !== undefined && hit.from === from) {
      zeroTail(layout, lent, from);
      return hit.views as V;
    }
    const views = carveFresh<V>(layout, size, lent, from);
    if (byLayout.size >= 16) byLayout.clear();
    byLayout.set(layout, { from, views });
    return views;
  }
  return carveFresh<V>(layout, size, lent, from);
}

/** Zero the regions of a layout that must start at 0 (they are last) in a lent buffer. */
function zeroTail(layout: readonly Region[], lent: ArrayBuffer, from: number): void {
  let at = from;
  let zeroFrom = -1;
  for (const g of layout) {
    if (g.out) continue;
    if (g.zero && zeroFrom < 0) zeroFrom = at;
    at += bytesOf(g);
  }
  if (zeroFrom >= 0) new Uint8Array(lent, zeroFrom, at - zeroFrom).fill(0);
}

function carveFresh<V extends Partial<Views>>(layout: readonly Region[], size: { scratch: number; out: number }, lent: ArrayBuffer | null, from: number): V {
  const scratch = lent ?? new ArrayBuffer(size.scratch);
  const outBuf = size.out > 0 ? new ArrayBuffer(size.out) : scratch;
  // One literal of every region (V8 keeps it in fast mode: the stages read its fields per column).
  const views = emptyViews() as unknown as Record<RegionName, Float64Array | Int32Array | Uint16Array>;
  let at = lent === null ? 0 : from;
  let outAt = 0;
  for (const g of layout) {
    const buf = g.out ? outBuf : scratch;
    const off = g.out ? outAt : at;
    views[g.name] =
      g.kind === "f64" ? new Float64Array(buf, off, g.len) : g.kind === "i32" ? new Int32Array(buf, off, g.len) : new Uint16Array(buf, off, g.len);
    if (g.out) outAt += bytesOf(g);
    else at += bytesOf(g);
  }
  // A lent buffer holds the previous run's numbers: the regions that must start at 0 are last.
  if (lent !== null) zeroTail(layout, lent, from);
  return views as unknown as V;
}

const F0 = new Float64Array(0);
const I0 = new Int32Array(0);

function emptyViews(): Views {
  return {
    values: F0,
    keys: I0,
    scratch: F0,
    norm: F0,
    ext: F0,
    min: F0,
    max: F0,
    missing: I0,
    errNorm: F0,
    rangeAbs: F0,
    summed: I0,
    comp: F0,
    present: I0,
    wsum: F0,
    fastCount: F0,
    todo: I0,
    errComp: F0,
    rangeComp: F0,
    compositeRaw: F0,
    compKeys: I0,
    comps: F0,
    nullAt: I0,
    composite: F0,
    rank: I0,
    rankCount: I0,
    rankKey: I0,
  };
}

/** The layouts and sizes of a run shape, remembered for the last few shapes (runs in a row share them). */
export interface Plan {
  readonly input: readonly Region[];
  readonly run: readonly Region[];
  /** Scratch bytes of the input part (where the run part starts in a lent buffer) and of both. */
  readonly inputBytes: number;
  readonly bytes: number;
}

/** The {@link Plan} of a shape, memoised in `plans` (the compiled framework's). @internal */
export function planOf(s: Shape, plans: Map<string, Plan>): Plan {
  const key = `${s.n},${s.keyed ? 1 : 0}${s.wide ? 1 : 0}${s.rows ? 1 : 0}${s.out ? 1 : 0}`;
  let p = plans.get(key);
  if (p === undefined) {
    const input = layoutOf(s, "input");
    const run = layoutOf(s, "run");
    const inputBytes = sizeOf(input).scratch;
    p = { input, run, inputBytes, bytes: inputBytes + sizeOf(run).scratch };
    if (plans.size >= 8) plans.clear();
    plans.set(key, p);
  }
  return p;
}

let spare: WeakRef<ArrayBuffer> | undefined;
let spareInUse = false;

/**
 * Run `fn` with a scratch buffer of at least `bytes`, reused between calls: kept through a WeakRef,
 * so calls in a row reuse it and the garbage collector takes it back when it likes. A nested call
 * (from a getter in the caller's rows) gets a fresh one. @internal
 */
export function withLent<T>(bytes: number, fn: (buffer: ArrayBuffer) => T): T {
  if (spareInUse || typeof WeakRef !== "function") return fn(new ArrayBuffer(bytes));
  spareInUse = true;
  try {
    let b = spare?.deref();
    if (b === undefined || b.byteLength < bytes) {
      b = new ArrayBuffer(bytes);
      spare = new WeakRef(b);
    }
    return fn(b);
  } finally {
    spareInUse = false;
  }
}

/**
 * How scoreUnits reads row objects (src/scoring/fast.ts): a key list checked once for the rows that
 * share it, a reader generated for it after eight such rows, the validating path for anything
 * unusual. Whatever reads a row, the values read are the row's own values and errors are the same.
 */
import { describe, expect, it, vi } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import { defineFramework, scoreColumns, scoreUnits, type UnitRow } from "../../src/index";
import {
  carve,
  compiled,
  computeRaw,
  keyTablesAlways,
  layoutOf,
  prepare,
  prepareColumns,
  roundAll,
  sizeOf,
  toScoring,
  type Shape,
} from "../../src/scoring/stages";
import { loopReader, rowReader } from "../../src/scoring/fast";
import { configure } from "../../src/index";
import { thrown } from "../foundation/helpers";

// Property tests of many runs: room for a loaded machine (the default is 5 s).
vi.setConfig({ testTimeout: 60_000 });

const ids = ["a", "b", "c", "d", "e"];
const fw = defineFramework({
  id: "rows",
  name: { vi: "Dòng", en: "Rows" },
  components: [{ id: "x" }, { id: "y" }],
  indicators: ids.map((id, i) => ({ id, component: i < 3 ? "x" : "y", direction: i === 1 ? ("lower" as const) : ("higher" as const) })),
});

/** `n` rows with the same keys, values from a seed. */
const rowsOf = (n: number): UnitRow[] =>
  Array.from({ length: n }, (_, u) => ({ unit: `U${u}`, indicators: Object.fromEntries(ids.map((id, i) => [id, ((u * 7 + i * 13) % 50) / 2])) }));

/** The value prepare must read for unit u, indicator i: the row's own number, else NaN. */
const own = (rows: readonly UnitRow[], u: number, id: string): number => {
  const ind = rows[u]!.indicators as Record<string, unknown>;
  const v = Object.hasOwn(ind, id) ? ind[id] : undefined;
  return typeof v === "number" ? v : typeof v === "string" ? Number(v) : Number.NaN;
};

const valueArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -1000, max: 1000 }).map((x) => x / 10) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 999 }).map((x) => String(x / 100)) },
  { weight: 1, arbitrary: fc.constant(-0) },
);
/** Rows whose key lists vary (order, subsets, absent keys) or repeat for long runs. */
const rowsArb = fc
  .tuple(fc.array(fc.shuffledSubarray(ids, { minLength: 1 }), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 12 }))
  .chain(([lists, n, run]) =>
    fc.array(fc.array(valueArb, { minLength: 5, maxLength: 5 }), { minLength: n, maxLength: n }).map((vals) =>
      vals.map((vs, u) => {
        const keys = lists[Math.floor(u / run) % lists.length]!;
        const indicators: Record<string, unknown> = {};
        for (const k of keys) indicators[k] = vs[ids.indexOf(k)];
        return { unit: `U${u}`, indicators } as UnitRow;
      }),
    ),
  );

describe("reading rows", () => {
  prop.prop([rowsArb], { numRuns: 200 })("with code generation refused (configure jitless), scoreUnits gives the JSON of the generated path", (rows) => {
    const run = () => {
      try {
        return JSON.stringify(scoreUnits(fw, rows));
      } catch (e) {
        return `threw ${(e as Error).message}`;
      }
    };
    const generated = run();
    configure({ jitless: true });
    try {
      expect(run()).toBe(generated);
    } finally {
      configure({ jitless: false });
    }
  });

  it("reads by key a row whose entries are not its key list: a proxy that lists its keys in another order, a getter that deletes a key", () => {
    const plain = { a: 1, b: 2, c: 3, d: 4, e: 5 };
    let listed = 0;
    // Its keys in order when they are checked, reversed when its entries are read.
    const proxy = new Proxy(plain, { ownKeys: (t) => (++listed === 2 ? Reflect.ownKeys(t).reverse() : Reflect.ownKeys(t)) });
    const deleting = () => ({
      get a() {
        delete (this as Record<string, unknown>).c;
        return 1;
      },
      b: 2,
      c: 3,
      d: 4,
      e: 5,
    });
    const rest = rowsOf(12).slice(1);
    const json = (first: Record<string, number>) => JSON.stringify(scoreUnits(fw, [{ unit: "U0", indicators: first }, ...rest]));
    for (const jitless of [false, true]) {
      configure({ jitless });
      try {
        listed = 0;
        expect(json(proxy)).toBe(json({ ...plain }));
        expect(json(deleting())).toBe(json({ a: 1, b: 2, d: 4, e: 5 }));
      } finally {
        configure({ jitless: false });
      }
    }
  });

  prop.prop([rowsArb], { numRuns: 300 })("every value read is the row's own value, whichever reader reads it", (rows) => {
    const p = prepare(fw, rows);
    rows.forEach((_, u) => {
      ids.forEach((id, i) => {
        expect(Object.is(p.values[i * rows.length + u], own(rows, u, id) === 0 ? 0 : own(rows, u, id))).toBe(true);
      });
    });
  });

  prop.prop([rowsArb], { numRuns: 300 })("the extremes kept while reading are those of the values read", (rows) => {
    const p = prepare(fw, rows);
    const n = rows.length;
    ids.forEach((_, i) => {
      const col = Array.from(p.values.subarray(i * n, (i + 1) * n));
      const present = col.filter((x) => !Number.isNaN(x));
      expect(p.extremes![2 * 5 + i]).toBe(n - present.length);
      if (present.length > 0) {
        expect(Object.is(p.extremes![i], Math.min(...present) + 0)).toBe(true);
        expect(Object.is(p.extremes![5 + i], Math.max(...present) + 0)).toBe(true);
      }
    });
  });

  prop.prop([fc.array(fc.oneof(valueArb, fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, "abc", {}, [], true)), { minLength: 5, maxLength: 5 })], {
    numRuns: 300,
  })("the generated reader stops where the loop stops and writes what the loop writes", (vs) => {
    const o = Object.fromEntries(ids.map((id, i) => [id, vs[i]]));
    const I = Int32Array.from(ids, (_, i) => i);
    const run = (read: ReturnType<typeof loopReader>) => {
      const V = new Float64Array(5).fill(-1);
      const E = new Float64Array(15).fill(0).fill(Number.POSITIVE_INFINITY, 0, 5).fill(Number.NEGATIVE_INFINITY, 5, 10);
      const stops: number[] = [];
      for (let j = read(o, V, I, 0, 1, 0, E, 5); j >= 0; j = read(o, V, I, 0, 1, j + 1, E, 5)) stops.push(j);
      return { V: Array.from(V), E: Array.from(E), stops };
    };
    expect(run(rowReader(compiled(fw), ids, I))).toEqual(run(loopReader(ids)));
  });

  const cellArb = fc.oneof(
    fc.integer({ min: -1000, max: 1000 }).map((x) => x / 10),
    fc.constantFrom(null, undefined, Number.NaN, -0),
  );
  const columnsArb = fc.integer({ min: 1, max: 30 }).chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(fc.oneof(fc.constant("absent" as const), fc.tuple(fc.boolean(), fc.array(cellArb, { minLength: n, maxLength: n }))), {
        minLength: 5,
        maxLength: 5,
      }),
    ),
  );
  prop.prop([columnsArb], { numRuns: 300 })("the extremes kept while reading columns are those of the values read", ([n, spec]) => {
    const columns: Record<string, Float64Array | (number | null | undefined)[]> = {};
    spec.forEach((col, i) => {
      if (col === "absent") return;
      const [typed, cells] = col;
      columns[ids[i]!] = typed ? Float64Array.from(cells, (x) => (x === null || x === undefined ? Number.NaN : x)) : cells;
    });
    // undefined in an array is read as missing, like null.
    const p = prepareColumns(fw, { units: Array.from({ length: n }, (_, u) => `C${u}`), columns: columns as Record<string, Float64Array | (number | null)[]> });
    ids.forEach((_, i) => {
      const col = Array.from(p.values.subarray(i * n, (i + 1) * n));
      const present = col.filter((x) => !Number.isNaN(x));
      expect(col.some((x) => Object.is(x, -0))).toBe(false);
      expect(p.extremes![2 * 5 + i]).toBe(n - present.length);
      if (present.length > 0) {
        expect(Object.is(p.extremes![i], Math.min(...present) + 0)).toBe(true);
        expect(Object.is(p.extremes![5 + i], Math.max(...present) + 0)).toBe(true);
      }
    });
  });

  it("reads rows whose keys change order, go missing or gain inherited keys, after the reader is generated", () => {
    const rows = rowsOf(20);
    const proto = { z: 1 };
    const changed: UnitRow[] = rows.map((r, u) => {
      if (u === 12) return { unit: r.unit, indicators: Object.fromEntries(Object.entries(r.indicators).reverse()) };
      if (u === 14) return { unit: r.unit, indicators: { a: 1, c: 3 } };
      if (u === 16) return { unit: r.unit, indicators: Object.assign(Object.create(proto) as object, r.indicators) };
      return r;
    });
    const p = prepare(fw, changed);
    changed.forEach((_, u) => {
      ids.forEach((id, i) => {
        expect(p.values[i * 20 + u]).toEqual(own(changed, u, id));
      });
    });
    // the same numbers as when every row is read one by one by the loop (rows with distinct keys)
    expect(scoreUnits(fw, changed)).toEqual(
      scoreUnits(
        fw,
        changed.map((r) => ({ unit: r.unit, indicators: { ...r.indicators } })),
      ),
    );
  });

  it("refuses an unknown or unsafe key, a bad value and a throwing getter in a row read after the reader is generated", () => {
    const at = (u: number, indicators: Record<string, unknown>) => rowsOf(20).map((r, k) => (k === u ? { unit: r.unit, indicators } : r)) as UnitRow[];
    const e1 = thrown(() => scoreUnits(fw, at(15, { a: 1, b: 2, c: 3, d: 4, zz: 5 })));
    expect([e1.code, e1.path]).toEqual(["UNKNOWN_INDICATOR", [15, "indicators", "zz"]]);
    const e2 = thrown(() => scoreUnits(fw, at(15, JSON.parse('{"a":1,"b":2,"c":3,"d":4,"__proto__":5}') as Record<string, unknown>)));
    expect([e2.code, e2.path]).toEqual(["UNSAFE_KEY", [15, "indicators", "__proto__"]]);
    const e3 = thrown(() => scoreUnits(fw, at(15, { a: 1, b: Number.NaN, c: 3, d: 4, e: 5 })));
    expect([e3.code, e3.path]).toEqual(["INVALID_NUMBER", [15, "indicators", "b"]]);
    const e4 = thrown(() => scoreUnits(fw, at(15, { a: 1, b: 2, c: "abc", d: 4, e: 5 })));
    expect([e4.code, e4.path]).toEqual(["INVALID_NUMBER", [15, "indicators", "c"]]);
    const getter = { a: 1, b: 2, c: 3, d: 4, e: 5 };
    Object.defineProperty(getter, "d", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const e5 = thrown(() => scoreUnits(fw, at(15, getter)));
    expect(e5.code).toBe("INVALID_INPUT");
  });

  it("ignores an inherited value for an indicator the row lacks, even when the row's keys with it match the rows before", () => {
    // for…in over this row lists a, b, c, d and then the inherited e: the previous rows' key list.
    const proto = { e: 99 };
    const rows = rowsOf(20).map((r, u) =>
      u === 15 ? { unit: r.unit, indicators: Object.assign(Object.create(proto) as object, { a: 1, b: 2, c: 3, d: 4 }) } : r,
    ) as UnitRow[];
    const p = prepare(fw, rows);
    expect(p.values[4 * 20 + 15]).toBeNaN();
    const s = scoreUnits(fw, rows);
    expect(s.units[15]!.indicators.e).toBeNull();
    expect(s.indicators.find((x) => x.id === "e")).toMatchObject({ max: Math.max(...rowsOf(20).map((r) => r.indicators.e as number)), missing: 1 });
  });

  it("ignores an inherited value in the first row of a call, when the framework's usual key list is remembered from an earlier call", () => {
    scoreUnits(fw, rowsOf(20));
    const proto = { e: 99 };
    const rows = rowsOf(20).map((r, u) =>
      u === 0 ? { unit: r.unit, indicators: Object.assign(Object.create(proto) as object, { a: 1, b: 2, c: 3, d: 4 }) } : r,
    ) as UnitRow[];
    const s = scoreUnits(fw, rows);
    expect(s.units[0]!.indicators.e).toBeNull();
    expect(s.indicators.find((x) => x.id === "e")!.missing).toBe(1);
    // And a first row with an unknown key is refused, with the usual list remembered.
    const e = thrown(() => scoreUnits(fw, [{ unit: "Q", indicators: { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 } }, ...rowsOf(3)]));
    expect([e.code, e.path]).toEqual(["UNKNOWN_INDICATOR", [0, "indicators", "f"]]);
  });

  it("reads rows that are class instances as their own values, and ignores what their class's prototype lists", () => {
    class Indicators {
      constructor(values: Record<string, number>) {
        Object.assign(this, values);
      }
      total(): number {
        return Object.values(this as unknown as Record<string, number>).reduce((a, b) => a + b, 0);
      }
    }
    const plain = rowsOf(20);
    const instances = plain.map((r) => ({
      unit: r.unit,
      indicators: new Indicators(r.indicators as Record<string, number>) as unknown as Record<string, number>,
    }));
    expect(scoreUnits(fw, instances)).toEqual(scoreUnits(fw, plain));
    // An enumerable value on the prototype (assigned, not a method) is inherited, never read.
    class Leaky extends Indicators {}
    (Leaky.prototype as unknown as Record<string, number>).e = 99;
    const partial = plain.map((r, u) => {
      const { e, ...rest } = r.indicators as Record<string, number>;
      return { unit: r.unit, indicators: (u % 2 === 0 ? new Leaky({ ...rest, e: e! }) : new Leaky(rest)) as unknown as Record<string, number> };
    });
    const p = prepare(fw, partial);
    partial.forEach((_, u) => {
      expect(Object.is(p.values[4 * 20 + u], u % 2 === 0 ? (plain[u]!.indicators.e as number) : Number.NaN)).toBe(true);
    });
  });

  it("reads only own values when Object.prototype has an enumerable key named like an indicator", () => {
    const rows = rowsOf(20).map((r, u) =>
      u % 2 === 0 ? r : { unit: r.unit, indicators: { a: r.indicators.a, b: r.indicators.b, c: r.indicators.c, d: r.indicators.d } },
    ) as UnitRow[];
    const clean = scoreUnits(fw, rows);
    const polluted = Object.prototype as Record<string, unknown>;
    polluted.e = 99;
    try {
      const p = prepare(fw, rows);
      rows.forEach((_, u) => {
        expect(Object.is(p.values[4 * 20 + u], u % 2 === 0 ? rows[u]!.indicators.e : Number.NaN)).toBe(true);
      });
      expect(scoreUnits(fw, rows)).toEqual(clean);
    } finally {
      delete polluted.e;
    }
  });

  it("reads a numeric string exactly and a -0 as 0 in a row read by the generated reader", () => {
    const rows = rowsOf(20).map((r, u) => (u === 18 ? { unit: r.unit, indicators: { ...r.indicators, a: "12.5", b: -0 } } : r)) as UnitRow[];
    const p = prepare(fw, rows);
    expect(p.values[0 * 20 + 18]).toBe(12.5);
    expect(Object.is(p.values[1 * 20 + 18], 0)).toBe(true);
  });
});

describe("the memory layout of a run", () => {
  const shape: Shape = { m: 5, n: 7, k: 2, keyed: true, wide: false, rows: true, out: false };

  it("carves every region 8-byte aligned, one after another, ending at exactly the bytes sizeOf gives", () => {
    const regions = [...layoutOf(shape, "input"), ...layoutOf(shape, "run")];
    const bytes = sizeOf(regions).scratch;
    const lent = new ArrayBuffer(bytes + 16);
    const views = carve<Record<string, ArrayBufferView>>(regions, lent, 16);
    let at = 16;
    for (const g of regions) {
      const view = views[g.name]!;
      expect([g.name, view.byteOffset]).toEqual([g.name, at]);
      expect(view.byteOffset % 8).toBe(0);
      at += Math.ceil(view.byteLength / 8) * 8;
    }
    expect(at).toBe(16 + bytes);
  });

  it("zeroes the regions that must start at 0 in a lent buffer that holds an earlier run's numbers", () => {
    const regions = layoutOf(shape, "run");
    const lent = new ArrayBuffer(sizeOf(regions).scratch);
    new Uint8Array(lent).fill(0xff);
    const views = carve<Record<string, Float64Array | Int32Array>>(regions, lent);
    for (const g of regions) if (g.zero) expect([g.name, Array.from(views[g.name]!).every((x) => x === 0)]).toEqual([g.name, true]);
  });

  it("puts the output regions of a columns run in one buffer of their own, fresh on each run", () => {
    const regions = layoutOf({ ...shape, keyed: false, rows: false, out: true }, "run");
    const a = carve<Record<string, ArrayBufferView>>(regions, new ArrayBuffer(sizeOf(regions).scratch));
    const b = carve<Record<string, ArrayBufferView>>(regions, new ArrayBuffer(sizeOf(regions).scratch));
    const outs = regions.filter((g) => g.out).map((g) => g.name);
    expect(outs).toEqual(["norm", "comps", "composite", "rank"]);
    expect(new Set(outs.map((x) => a[x]!.buffer)).size).toBe(1);
    expect(a.norm!.buffer).not.toBe(a.min!.buffer);
    expect(a.norm!.buffer).not.toBe(b.norm!.buffer);
  });

  it("score runs whose ranks take the counting path at its largest key span", () => {
    // Composites from 4 to 50.96 at 2 dp over 150 units: a span of 4,696 keys, the most the counting
    // path takes (4n + 4096).
    const one = defineFramework({
      id: "one",
      name: { vi: "Một", en: "One" },
      components: [{ id: "x" }],
      indicators: [{ id: "a", component: "x", direction: "higher" }],
      normalization: { method: "minmax", range: [4, 50.96] },
    });
    const rows: UnitRow[] = Array.from({ length: 150 }, (_, u) => ({ unit: `R${u}`, indicators: { a: u } }));
    // Keyed, in a buffer lent at exactly the size of its layout: the ranks' counts are its last region.
    keyTablesAlways(true);
    try {
      const p = prepare(one, rows);
      const bytes = sizeOf(layoutOf({ m: 1, n: 150, k: 1, keyed: true, wide: false, rows: true, out: false }, "run")).scratch;
      const keyed = roundAll(computeRaw(p, true, { buffer: new ArrayBuffer(bytes), at: 0 }));
      expect(keyed.keyed).not.toBeNull();
      expect(keyed.rank.byteOffset + keyed.rank.byteLength).toBeLessThanOrEqual(bytes);
      expect(Array.from(keyed.rank)).toEqual(rows.map((_, u) => 150 - u));
      expect(JSON.stringify(toScoring(keyed))).toBe(JSON.stringify(scoreUnits(one, rows)));
      expect([keyed.composite[0], keyed.composite[149]]).toEqual([4, 50.96]);
    } finally {
      keyTablesAlways(false);
    }
  });
});

describe("keys wider than 16 bits", () => {
  it("a range of 100,001 keys at 2 decimals is kept in 32-bit keys with the same results", () => {
    const wide = defineFramework({
      id: "wide",
      name: { vi: "Rộng", en: "Wide" },
      components: [{ id: "x" }],
      indicators: [
        { id: "a", component: "x", direction: "higher" },
        { id: "b", component: "x", direction: "lower" },
      ],
      normalization: { method: "minmax", range: [0, 1000] },
    });
    const rows: UnitRow[] = Array.from({ length: 30 }, (_, u) => ({ unit: `W${u}`, indicators: { a: (u * 37) % 101, b: ((u * 13) % 7) + 0.5 } }));
    const p = prepare(wide, rows);
    keyTablesAlways(true);
    try {
      const keyed = roundAll(computeRaw(p, true));
      expect(keyed.keyed?.scores.K).toBeInstanceOf(Int32Array);
      expect(JSON.stringify(toScoring(keyed))).toBe(JSON.stringify(toScoring(roundAll(computeRaw(p, false)))));
    } finally {
      keyTablesAlways(false);
    }
  });
});

describe("scores rounded to keys", () => {
  // Ranges below zero, across zero and far from it, values on and near the ties: the one-pass
  // rounding to keys (src/scoring/fused.ts) leaves what it cannot decide to the rounding by value.
  const rangeArb = fc
    .tuple(fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: 1, max: 3000 }))
    .map(([lo, w]) => [lo / 100, (lo + w) / 100] as [number, number]);
  const cellArb = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: -400, max: 400 }).map((x) => x / 8) }, { weight: 1, arbitrary: fc.constant(null) });
  prop.prop([rangeArb, fc.array(fc.tuple(cellArb, cellArb, cellArb), { minLength: 2, maxLength: 30 }), fc.integer({ min: 0, max: 3 })], { numRuns: 200 })(
    "row results rounded to keys equal those rounded as values, for any range",
    (range, cells, decimals) => {
      const f = defineFramework({
        id: "keys",
        name: { vi: "Khoá", en: "Keys" },
        decimals,
        components: [{ id: "x" }, { id: "y" }],
        indicators: [
          { id: "a", component: "x", direction: "higher" },
          { id: "b", component: "x", direction: "lower" },
          { id: "c", component: "y", direction: "higher" },
        ],
        normalization: { method: "minmax", range },
      });
      const rows: UnitRow[] = cells.map(([a, b, c], u) => ({ unit: `K${u}`, indicators: { a, b, c } }));
      const p = prepare(f, rows);
      keyTablesAlways(true);
      try {
        const keyed = roundAll(computeRaw(p, true));
        expect(keyed.keyed).not.toBeNull();
        expect(JSON.stringify(toScoring(keyed))).toBe(JSON.stringify(toScoring(roundAll(computeRaw(p, false)))));
      } finally {
        keyTablesAlways(false);
      }
    },
  );
});

describe("unit names", () => {
  it("refuses the same province written with and without diacritics, on every call (names are folded once and remembered)", () => {
    const rows = (second: string): UnitRow[] => [
      { unit: "Hà Nội", indicators: { a: 1, b: 2, c: 3, d: 4, e: 5 } },
      { unit: second, indicators: { a: 2, b: 3, c: 4, d: 5, e: 6 } },
    ];
    for (let k = 0; k < 3; k++) {
      for (const second of ["Ha Noi", "HÀ NỘI", "ha-noi"]) {
        const e = thrown(() => scoreUnits(fw, rows(second)));
        expect([e.code, e.path]).toEqual(["DUPLICATE_UNIT", [1, "unit"]]);
      }
      expect(scoreUnits(fw, rows("Hà Nam")).units.map((u) => u.unit)).toEqual(["Hà Nội", "Hà Nam"]);
    }
  });
  it("refuses a duplicate after names remembered from an earlier call, wherever it differs from them", () => {
    const named = (units: readonly string[]): UnitRow[] => units.map((unit, u) => ({ unit, indicators: { a: u, b: 1, c: 2, d: 3, e: 4 } }));
    const scored = (units: readonly string[]) => scoreUnits(fw, named(units)).units.map((u) => u.unit);
    const refused = (units: readonly string[]) => {
      const e = thrown(() => scoreUnits(fw, named(units)));
      return [e.code, e.path, e.details];
    };
    expect(scored(["Hà Nội", " Huế ", "Cần Thơ"])).toEqual(["Hà Nội", "Huế", "Cần Thơ"]);
    expect(scored(["Hà Nội", " Huế ", "Cần Thơ"])).toEqual(["Hà Nội", "Huế", "Cần Thơ"]);
    // The same first names, then one that repeats an earlier one: at the end, in the middle, past the end.
    expect(refused(["Hà Nội", " Huế ", "ha noi"])).toEqual(["DUPLICATE_UNIT", [2, "unit"], { unit: "ha noi", first: 0 }]);
    expect(refused(["Hà Nội", "HÀ NỘI", "Cần Thơ"])).toEqual(["DUPLICATE_UNIT", [1, "unit"], { unit: "HÀ NỘI", first: 0 }]);
    expect(refused(["Hà Nội", " Huế ", "Cần Thơ", "can tho"])).toEqual(["DUPLICATE_UNIT", [3, "unit"], { unit: "can tho", first: 2 }]);
    // A shorter list of the same first names, then the same names in another order.
    expect(scored(["Hà Nội", " Huế "])).toEqual(["Hà Nội", "Huế"]);
    expect(scored(["Cần Thơ", "Hà Nội", " Huế "])).toEqual(["Cần Thơ", "Hà Nội", "Huế"]);
    expect(refused(["Cần Thơ", "Hà Nội", "Cần Thơ"])).toEqual(["DUPLICATE_UNIT", [2, "unit"], { unit: "Cần Thơ", first: 0 }]);
    // The columns input shares the names remembered by rows.
    const cols = (units: string[]) => scoreColumns(fw, { units, columns: { a: units.map((_, u) => u) } });
    expect(cols(["Cần Thơ", "Hà Nội", " Huế "]).units).toEqual(["Cần Thơ", "Hà Nội", "Huế"]);
    const e = thrown(() => cols(["Cần Thơ", "Hà Nội", "cần thơ"]));
    expect([e.code, e.path]).toEqual(["DUPLICATE_UNIT", ["units", 2]]);
  });

  it("checks the names of a call made from a getter inside another call against its own names only", () => {
    expect(
      scoreUnits(fw, [
        { unit: "A", indicators: { a: 1 } },
        { unit: "B", indicators: { a: 2 } },
        { unit: "Z", indicators: { a: 3 } },
      ]).units,
    ).toHaveLength(3);
    // Remembered: A, B, Z. The outer call starts with A, B; the inner one, run while the outer reads
    // B, remembers Q, R, A; the outer's third name, A again, is still refused.
    let innerUnits: string[] = [];
    const outer: UnitRow[] = [
      { unit: "A", indicators: { a: 1 } },
      {
        unit: "B",
        get indicators() {
          innerUnits = scoreUnits(
            fw,
            ["Q", "R", "A"].map((unit, u) => ({ unit, indicators: { a: u } })),
          ).units.map((x) => x.unit);
          return { a: 2 };
        },
      } as UnitRow,
      { unit: "A", indicators: { a: 3 } },
    ];
    const e = thrown(() => scoreUnits(fw, outer));
    expect([e.code, e.path, innerUnits]).toEqual(["DUPLICATE_UNIT", [2, "unit"], ["Q", "R", "A"]]);
  });
});

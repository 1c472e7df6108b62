/**
 * A plain textbook implementation of PCI/PGI-style scoring, written from the formulas in
 * docs/methodology.md and nothing else: floats for the "before rounding" comparison, and the same
 * steps in decimal.js at 60 digits for the "after rounding" comparison.
 */
import Decimal from "decimal.js";
import type { Framework, UnitRow } from "../../src/index";
import type { Normalization } from "../../src/framework/types";

const Big = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });

export interface Textbook {
  indicators: (number | null)[][]; // [unit][indicator]
  components: (number | null)[][]; // [unit][component]
  composite: (number | null)[];
}

function run<T>(
  fw: Framework,
  rows: readonly UnitRow[],
  num: (x: number) => T,
  ops: {
    sub: (a: T, b: T) => T;
    add: (a: T, b: T) => T;
    mul: (a: T, b: T) => T;
    div: (a: T, b: T) => T;
    lt: (a: T, b: T) => boolean;
    eq: (a: T, b: T) => boolean;
    toNumber: (a: T) => number;
  },
): Textbook {
  const value = (r: UnitRow, id: string): number | null => {
    const v = r.indicators[id];
    return v === null || v === undefined ? null : Number(String(v).replace(",", "."));
  };
  const scores = rows.map(() => [] as (T | null)[]);
  fw.indicators.forEach((ind, i) => {
    const present = rows.map((r) => value(r, ind.id)).filter((v): v is number => v !== null);
    const min = num(Math.min(...present));
    const max = num(Math.max(...present));
    const nz = ind.normalization as Normalization; // textbook: the linear methods only
    const [a, b] = [num(nz.range[0]), num(nz.range[1])];
    rows.forEach((r, u) => {
      const raw = value(r, ind.id);
      if (raw === null) {
        scores[u]![i] = null;
        return;
      }
      const x = num(raw);
      let s: T;
      if (nz.method === "minmax") {
        if (ops.eq(max, min)) s = ops.div(ops.add(a, b), num(2));
        else {
          const t = ops.div(ops.sub(x, min), ops.sub(max, min));
          s = ind.direction === "lower" ? ops.sub(b, ops.mul(ops.sub(b, a), t)) : ops.add(a, ops.mul(ops.sub(b, a), t));
        }
      } else if (nz.method === "goalposts") {
        const lo = num(nz.min);
        const hi = num(nz.max);
        const c = ops.lt(x, lo) ? lo : ops.lt(hi, x) ? hi : x;
        const t = ops.div(ops.sub(c, lo), ops.sub(hi, lo));
        s = ind.direction === "lower" ? ops.sub(b, ops.mul(ops.sub(b, a), t)) : ops.add(a, ops.mul(ops.sub(b, a), t));
      } else {
        const v = ops.add(a, ops.mul(ops.sub(b, a), ops.div(ops.sub(x, num(nz.low)), ops.sub(num(nz.target), num(nz.low)))));
        s = ops.lt(v, a) ? a : ops.lt(b, v) ? b : v;
      }
      scores[u]![i] = s;
    });
  });
  const components = rows.map((_, u) =>
    fw.components.map((c) => {
      const members = fw.indicators.map((ind, i) => [ind, i] as const).filter(([ind]) => ind.component === c.id);
      const present = members.filter(([, i]) => scores[u]![i] !== null);
      if (present.length * 2 < members.length) return null;
      let s = num(0);
      let w = num(0);
      for (const [ind, i] of present) {
        const wi = num(fw.aggregation === "weightedMean" ? ind.weight : 1);
        s = ops.add(s, ops.mul(scores[u]![i]!, wi));
        w = ops.add(w, wi);
      }
      return ops.div(s, w);
    }),
  );
  const composite = components.map((cs) => {
    if (cs.some((c) => c === null)) return null;
    let s = num(0);
    cs.forEach((c, k) => {
      s = ops.add(s, fw.composite.method === "weightedSum" ? ops.mul(c!, num(fw.components[k]!.weight)) : c!);
    });
    return fw.composite.method === "mean" ? ops.div(s, num(cs.length)) : s;
  });
  return {
    indicators: scores.map((r) => r.map((v) => (v === null ? null : ops.toNumber(v)))),
    components: components.map((r) => r.map((v) => (v === null ? null : ops.toNumber(v)))),
    composite: composite.map((v) => (v === null ? null : ops.toNumber(v))),
  };
}

/** The textbook computation in binary floating point. */
export function textbookFloat(fw: Framework, rows: readonly UnitRow[]): Textbook {
  return run(fw, rows, (x) => x, {
    sub: (a, b) => a - b,
    add: (a, b) => a + b,
    mul: (a, b) => a * b,
    div: (a, b) => a / b,
    lt: (a, b) => a < b,
    eq: (a, b) => a === b,
    toNumber: (a) => a,
  });
}

/** The textbook computation in 60-digit decimals, each result rounded half-up at `decimals`. */
export function textbookRounded(fw: Framework, rows: readonly UnitRow[], decimals = 2): Textbook {
  return run<Decimal>(fw, rows, (x) => new Big(String(x)), {
    sub: (a, b) => a.minus(b),
    add: (a, b) => a.plus(b),
    mul: (a, b) => a.times(b),
    div: (a, b) => a.div(b),
    lt: (a, b) => a.lt(b),
    eq: (a, b) => a.eq(b),
    toNumber: (a) => Number(a.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed()),
  });
}

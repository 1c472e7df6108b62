/** Deterministic synthetic data for the benches (a linear congruential generator, no Math.random). */
import { defineFramework, type Framework, type Question, type SurveyResponse, type UnitRow } from "../src/index";

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** A framework of 4 components and `m` indicators, every third one "lower is better". */
export function framework(m: number): Framework {
  const comps = ["pollution", "compliance", "greenPractices", "incentives"];
  return defineFramework({
    id: `bench-${m}`,
    name: { vi: "bench", en: "bench" },
    components: comps.map((id) => ({ id })),
    indicators: Array.from({ length: m }, (_, i) => ({
      id: `i${String(i + 1).padStart(2, "0")}`,
      component: comps[i % 4]!,
      direction: i % 3 === 2 ? ("lower" as const) : ("higher" as const),
    })),
  });
}

/** `n` units with one-decimal percentages, about 1 % missing. */
export function rows(fw: Framework, n: number, seed = 1): UnitRow[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, u) => {
    const indicators: Record<string, number | null> = {};
    for (const ind of fw.indicators) indicators[ind.id] = r() < 0.01 ? null : Math.round(r() * 1000) / 10;
    return { unit: `U${u}`, indicators };
  });
}

/** `n` responses × 50 questions over `units` units: 20 yes/no, 20 likert, 10 numeric. */
export function survey(n: number, units: number, seed = 2): { responses: SurveyResponse[]; questions: Question[] } {
  const r = rng(seed);
  const questions: Question[] = Array.from({ length: 50 }, (_, j) =>
    j < 20
      ? { id: `q${j}`, type: "yesNo" as const }
      : j < 40
        ? { id: `q${j}`, type: "likert" as const, agreeFrom: 4 }
        : { id: `q${j}`, type: "numeric" as const },
  );
  const responses = Array.from({ length: n }, (_, i) => {
    const answers: Record<string, unknown> = {};
    for (let j = 0; j < 50; j++) {
      const x = r();
      answers[`q${j}`] = x < 0.02 ? null : j < 20 ? x < 0.5 : j < 40 ? 1 + Math.floor(x * 5) : Math.round(x * 10000) / 100;
    }
    return { unit: `U${i % units}`, answers };
  });
  return { responses, questions };
}

/**
 * The same survey as `survey` with each `answers` object built by Object.fromEntries: V8 keeps
 * those in fast mode, while answers assigned one key at a time (as `survey` and CSV parsers do)
 * become hash tables.
 */
export function surveyFromEntries(n: number, units: number, seed = 2): { responses: SurveyResponse[]; questions: Question[] } {
  const { responses, questions } = survey(n, units, seed);
  return { questions, responses: responses.map((r) => ({ unit: r.unit, answers: Object.fromEntries(Object.entries(r.answers)) })) };
}

/** The same rows as `rows` (same values), with `indicators` built by Object.fromEntries. */
export function rowsFromEntries(fw: Framework, n: number, seed = 1): UnitRow[] {
  return rows(fw, n, seed).map((r) => ({ unit: r.unit, indicators: Object.fromEntries(fw.indicators.map((ind) => [ind.id, r.indicators[ind.id]!])) }));
}

/** Rows as columns: unit names, one Float64Array per indicator (NaN = missing), and the column-major matrix. */
export function columnsOf(fw: Framework, rs: readonly UnitRow[]): { units: string[]; columns: Record<string, Float64Array>; matrix: Float64Array } {
  const n = rs.length;
  const matrix = new Float64Array(fw.indicators.length * n);
  const columns: Record<string, Float64Array> = {};
  fw.indicators.forEach((ind, i) => {
    const col = matrix.subarray(i * n, (i + 1) * n);
    for (let u = 0; u < n; u++) {
      const v = rs[u]!.indicators[ind.id];
      col[u] = v === null || v === undefined ? Number.NaN : (v as number);
    }
    columns[ind.id] = col;
  });
  return { units: rs.map((r) => r.unit), columns, matrix };
}

type ReadableScoring = {
  units: readonly {
    indicators: Readonly<Record<string, number | null>>;
    components: Readonly<Record<string, number | null>>;
    composite: number | null;
    rank: number | null;
  }[];
};

/**
 * Read every number of a scoreUnits result (what a caller that uses the result does), each record
 * through a local variable: `for (k in o) … o[k]` over the very object being iterated, which V8
 * compiles to a field load by the enumeration's index (about 3 ns a value).
 */
export function readAll(s: ReadableScoring): number {
  let acc = 0;
  for (const u of s.units) {
    const ind = u.indicators;
    for (const k in ind) acc += ind[k] ?? 0;
    const comp = u.components;
    for (const k in comp) acc += comp[k] ?? 0;
    acc += (u.composite ?? 0) + (u.rank ?? 0);
  }
  return acc;
}

/**
 * The same reads written `for (k in u.indicators) … u.indicators[k]`: the object is fetched again
 * for every read, so V8 cannot use the enumeration's index and each read is a generic keyed lookup
 * (about 12 ns a value, 4× the form above). Benched beside it, so the cost of the form is seen.
 */
export function readAllRefetching(s: ReadableScoring): number {
  let acc = 0;
  for (const u of s.units) {
    for (const k in u.indicators) acc += u.indicators[k] ?? 0;
    for (const k in u.components) acc += u.components[k] ?? 0;
    acc += (u.composite ?? 0) + (u.rank ?? 0);
  }
  return acc;
}

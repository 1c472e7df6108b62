/**
 * The results corpus: one case per result worth keeping byte-identical across refactors of the
 * engine and the domains (published cards, rankings, plans, gaps, allocations, trajectories,
 * scoring of synthetic data by rows and by columns, what-if, solve-for, survey aggregation,
 * extraction of real plan texts). Each case is computed from the public API and stored as JSON
 * under test/corpus/results/<name>.json; test/corpus/corpus.test.ts recomputes every case and
 * compares the text byte for byte.
 *
 * Re-record (only when a change of results is intended, e.g. a new field): `npm run corpus:record`,
 * then review `git diff test/corpus/results` and commit it with the change that explains it.
 */
import { readFileSync } from "node:fs";
import {
  aggregateSurvey,
  allocate,
  assessProgress,
  benchmark,
  checkPlan,
  createPlan,
  defineFramework,
  extractPlan,
  gapReport,
  langSonPlan2024,
  publishedScoreCard,
  PGI_PUBLISHED,
  rank,
  rankGoal,
  regionSummary,
  scoreCard,
  scoreColumns,
  scoreTable,
  scoreUnits,
  solveFor,
  trajectory,
  whatIf,
  yearOverYear,
  type Framework,
  type FrameworkSpec,
  type Question,
  type SurveyResponse,
  type UnitRow,
} from "../../src/index";

/** Where the recorded results live. */
export const CORPUS_DIR = new URL("./results/", import.meta.url);

/**
 * The JSON text of a result: `JSON.stringify(result, replacer, 1)`, where the replacer writes typed
 * arrays as arrays and the numbers JSON cannot hold (NaN, ±Infinity, −0) as strings, so that a
 * column result is recorded without loss.
 */
export function corpusText(result: unknown): string {
  return `${JSON.stringify(result, replacer, 1)}\n`;
}

function replacer(this: unknown, _key: string, value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value as unknown as ArrayLike<number>, num);
  if (typeof value === "number") return num(value);
  return value;
}

function num(x: number): number | string {
  if (Number.isNaN(x)) return "NaN";
  if (x === Number.POSITIVE_INFINITY) return "Infinity";
  if (x === Number.NEGATIVE_INFINITY) return "-Infinity";
  if (Object.is(x, -0)) return "-0";
  return x;
}

/** A deterministic generator (linear congruential), so the synthetic data never changes. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

type Norm = "minmax" | "goalposts" | "distanceToTarget" | "mixed";

interface SynthOptions {
  readonly m: number;
  readonly k: number;
  readonly norm: Norm;
  readonly aggregation: "mean" | "weightedMean";
  readonly composite: "sum" | "mean" | "weightedSum";
  readonly decimals?: number;
  readonly range?: readonly [number, number];
}

/** A synthetic framework: k components, m indicators, every third one lower-is-better. */
function synthFramework(o: SynthOptions): Framework {
  const comps = Array.from({ length: o.k }, (_, c) => ({ id: `c${c}`, weight: o.composite === "weightedSum" ? [1, 2, 0.5, 1.5][c % 4]! : 1 }));
  const indicators = Array.from({ length: o.m }, (_, i) => {
    const lower = i % 3 === 2;
    const method = o.norm === "mixed" ? (["minmax", "goalposts", "distanceToTarget"] as const)[i % 3]! : o.norm;
    const normalization =
      method === "minmax"
        ? undefined
        : method === "goalposts"
          ? { method: "goalposts" as const, min: 10, max: 90 }
          : lower
            ? { method: "distanceToTarget" as const, low: 95, target: 5 }
            : { method: "distanceToTarget" as const, low: 5, target: 95 };
    return {
      id: `i${String(i + 1).padStart(2, "0")}`,
      component: `c${i % o.k}`,
      direction: lower ? ("lower" as const) : ("higher" as const),
      ...(o.aggregation === "weightedMean" ? { weight: [1, 2, 3, 0.5, 1.25][i % 5]! } : {}),
      ...(normalization ? { normalization } : {}),
    };
  });
  const spec: FrameworkSpec = {
    id: `synth-${o.norm}-${o.aggregation}-${o.composite}`,
    name: { vi: "Tổng hợp", en: "Synthetic" },
    components: comps,
    indicators,
    aggregation: o.aggregation,
    composite: o.composite,
    ...(o.decimals !== undefined ? { decimals: o.decimals } : {}),
    ...(o.range ? { normalization: { method: "minmax" as const, range: [o.range[0], o.range[1]] as [number, number] } } : {}),
  };
  return defineFramework(spec);
}

/**
 * `n` units of one-decimal percentages from a small pool (so min, max and x.xx5 ties recur), about
 * 4 % missing, one indicator missing for most of one unit's component (the half rule), some values
 * given as numeric strings.
 */
function synthRows(fw: Framework, n: number, seed: number): UnitRow[] {
  const r = rng(seed);
  const pool = [0, 12.5, 25, 33.3, 50, 66.7, 75, 87.5, 100];
  return Array.from({ length: n }, (_, u) => {
    const indicators: Record<string, number | string | null> = {};
    fw.indicators.forEach((ind, i) => {
      const x = r();
      let v: number | string | null = x < 0.04 ? null : x < 0.3 ? pool[Math.floor(r() * pool.length)]! : Math.round(r() * 1000) / 10;
      if (u === 1 && ind.component === fw.components[0]!.id && i > 0) v = null;
      if (typeof v === "number" && u % 17 === 5 && i % 4 === 1) v = String(v);
      indicators[ind.id] = v;
    });
    return { unit: `Đơn vị ${u}`, group: u % 3 === 0 ? "north" : "south", indicators };
  });
}

function columnsOf(fw: Framework, rows: readonly UnitRow[]) {
  return {
    units: rows.map((r) => r.unit),
    groups: rows.map((r) => r.group ?? null),
    columns: Object.fromEntries(
      fw.indicators.map((ind) => [
        ind.id,
        Float64Array.from(rows, (r) => {
          const v = r.indicators[ind.id];
          return v === null || v === undefined ? Number.NaN : Number(v);
        }),
      ]),
    ),
  };
}

/** Every combination of normalisation, weighting and composite, at a small and a middle size. */
function scoringCases(): Record<string, () => unknown> {
  const out: Record<string, () => unknown> = {};
  let seed = 11;
  for (const norm of ["minmax", "goalposts", "distanceToTarget", "mixed"] as const) {
    for (const aggregation of ["mean", "weightedMean"] as const) {
      for (const composite of ["sum", "mean", "weightedSum"] as const) {
        const s = seed++;
        const name = `${norm}-${aggregation}-${composite}`;
        const fw = () => synthFramework({ m: 12, k: 3, norm, aggregation, composite });
        // 6 units: the float path (no key table); 80 units: shared boxes (keys).
        out[`scoring/rows-${name}-6`] = () => {
          const f = fw();
          return scoreUnits(f, synthRows(f, 6, s));
        };
        out[`scoring/rows-${name}-80`] = () => {
          const f = fw();
          return scoreUnits(f, synthRows(f, 80, s));
        };
        out[`scoring/columns-${name}-80`] = () => {
          const f = fw();
          return scoreColumns(f, columnsOf(f, synthRows(f, 80, s)));
        };
      }
    }
  }
  // Decimals and ranges other than PGI's; large and tiny magnitudes (the exact path).
  const odd: [string, SynthOptions, number][] = [
    ["decimals0", { m: 8, k: 2, norm: "minmax", aggregation: "mean", composite: "sum", decimals: 0 }, 50],
    ["decimals4", { m: 8, k: 2, norm: "mixed", aggregation: "weightedMean", composite: "mean", decimals: 4 }, 50],
    ["decimals6-range-0-100", { m: 8, k: 2, norm: "minmax", aggregation: "mean", composite: "weightedSum", decimals: 6, range: [0, 100] }, 40],
    ["range-neg", { m: 9, k: 3, norm: "mixed", aggregation: "mean", composite: "sum", range: [-5, 5] }, 40],
  ];
  for (const [name, o, n] of odd) {
    out[`scoring/rows-${name}`] = () => {
      const f = synthFramework(o);
      return scoreUnits(f, synthRows(f, n, 99));
    };
    out[`scoring/columns-${name}`] = () => {
      const f = synthFramework(o);
      return scoreColumns(f, columnsOf(f, synthRows(f, n, 99)));
    };
  }
  out["scoring/rows-extreme-magnitudes"] = () => {
    const f = synthFramework({ m: 4, k: 2, norm: "minmax", aggregation: "mean", composite: "sum" });
    const vals = [
      [1e300, -1e300, 5e-324, 0.1],
      [-1e300, 1e300, 0, 0.2],
      [3, 1.7976931348623157e308, -5e-324, 0.30000000000000004],
      [null, 2.5, 1e-300, 123456789.12345679],
    ];
    return scoreUnits(
      f,
      vals.map((v, u) => ({ unit: `X${u}`, indicators: Object.fromEntries(f.indicators.map((ind, i) => [ind.id, v[i]!])) })),
    );
  };
  out["scoring/rows-constant-and-all-missing"] = () => {
    const f = synthFramework({ m: 6, k: 2, norm: "minmax", aggregation: "mean", composite: "sum" });
    return scoreUnits(
      f,
      [0, 1, 2, 3].map((u) => ({ unit: `K${u}`, indicators: { i01: 7, i02: null, i03: u, i04: 7, i05: u % 2 === 0 ? null : 4, i06: 10 - u } })),
    );
  };
  // The sizes the benches measure (63 provinces × 46; 1,000 units), rows and columns.
  out["scoring/rows-63x46"] = () => {
    const f = synthFramework({ m: 46, k: 4, norm: "minmax", aggregation: "mean", composite: "sum" });
    return scoreUnits(f, synthRows(f, 63, 7));
  };
  out["scoring/columns-1000x20"] = () => {
    const f = synthFramework({ m: 20, k: 4, norm: "minmax", aggregation: "mean", composite: "sum" });
    return scoreColumns(f, columnsOf(f, synthRows(f, 1000, 8)));
  };
  out["scoring/rows-1000x20"] = () => {
    const f = synthFramework({ m: 20, k: 4, norm: "minmax", aggregation: "mean", composite: "sum" });
    return scoreUnits(f, synthRows(f, 1000, 8));
  };
  return out;
}

function whatIfCases(): Record<string, () => unknown> {
  const out: Record<string, () => unknown> = {};
  const variants: [string, SynthOptions][] = [
    ["minmax", { m: 8, k: 2, norm: "minmax", aggregation: "mean", composite: "sum" }],
    ["mixed-weighted", { m: 9, k: 3, norm: "mixed", aggregation: "weightedMean", composite: "weightedSum" }],
    ["mean", { m: 6, k: 2, norm: "goalposts", aggregation: "mean", composite: "mean" }],
  ];
  for (const [name, o] of variants) {
    out[`whatif/whatIf-${name}`] = () => {
      const f = synthFramework(o);
      const rows = synthRows(f, 12, 5);
      return whatIf(f, rows, { unit: "Đơn vị 3", changes: { i01: 99.9, i03: "missing", i02: "12,5" } });
    };
    out[`whatif/solveFor-${name}-composite`] = () => {
      const f = synthFramework(o);
      const rows = synthRows(f, 12, 5);
      const comp = scoreUnits(f, rows).units[4]!.composite ?? 0;
      return solveFor(f, rows, { unit: "Đơn vị 4", target: Math.min(f.composite.scale.max, Math.round((comp + 1.5) * 100) / 100) });
    };
    out[`whatif/solveFor-${name}-component`] = () => {
      const f = synthFramework(o);
      const rows = synthRows(f, 12, 5);
      return solveFor(f, rows, { unit: "Đơn vị 6", component: "c1", target: 7.25 });
    };
    out[`whatif/solveFor-${name}-met`] = () => {
      const f = synthFramework(o);
      const rows = synthRows(f, 12, 5);
      return solveFor(f, rows, { unit: "Đơn vị 6", component: "c0", target: f.components[0]!.scale.min });
    };
  }
  return out;
}

/** The commune plan of test/plan/mixed.test.ts (a worked example of our own). */
function communeFramework(): Framework {
  return defineFramework({
    id: "commune-env",
    name: { vi: "Kế hoạch bảo vệ môi trường xã", en: "Commune environment plan" },
    components: [
      {
        id: "bins",
        name: { vi: "Hộ dọc trục đường chính có thùng rác đạt chuẩn", en: "Households along the main road with a standard bin" },
        unit: "%",
        scale: [0, 100],
        direction: "higher",
        decimals: 1,
      },
      { id: "cleanups", name: { vi: "Ngày Chủ nhật xanh", en: "Green Sunday clean-ups" }, unit: { vi: "lần", en: "times" }, scale: [0, null], decimals: 0 },
      {
        id: "dumps",
        name: { vi: "Điểm tập kết rác tự phát", en: "Open dumping sites" },
        unit: { vi: "điểm", en: "sites" },
        scale: [0, null],
        direction: "lower",
        decimals: 0,
      },
      { id: "sorted", kind: "yesNo" },
    ],
    composite: "none",
  });
}
const communePlan = () => ({
  unit: "Xã Tân Thành",
  title: "Kế hoạch bảo vệ môi trường năm 2025",
  baselineYear: 2024,
  targetYear: 2025,
  baseline: { bins: 62.5, cleanups: 12, dumps: 5, sorted: 0 },
  targets: { bins: 90, cleanups: 40, dumps: 0, sorted: 1 },
});

const PROVINCES = ["Lạng Sơn", "Hải Dương", "Bắc Ninh", "An Giang", "Quảng Ninh", "Cà Mau", "Đà Nẵng", "Lào Cai"];

function tableOf(year: number) {
  const names = [...new Set(PGI_PUBLISHED.filter((r) => r.edition === year && r.scores).map((r) => r.province))];
  return scoreTable(names.map((p) => publishedScoreCard(p, year)));
}

function domainCases(): Record<string, () => unknown> {
  const out: Record<string, () => unknown> = {};
  for (const year of [2023, 2024]) {
    out[`cards/published-${year}`] = () => PGI_PUBLISHED.filter((r) => r.edition === year && r.scores).map((r) => publishedScoreCard(r.province, year));
    out[`table/rank-${year}`] = () => rank(tableOf(year));
    out[`table/rank-${year}-pollution`] = () => rank(tableOf(year), { by: "pollution" });
    out[`table/regionSummary-${year}`] = () => regionSummary(tableOf(year));
  }
  out["table/rankGoal"] = () => [
    rankGoal(tableOf(2024), "Lạng Sơn", 10),
    rankGoal(tableOf(2024), "Lạng Sơn", 30, { by: "compliance" }),
    rankGoal(tableOf(2024), "Cà Mau", 1),
  ];
  out["table/benchmark"] = () => [
    benchmark(tableOf(2024), "best"),
    benchmark(tableOf(2024), "median"),
    benchmark(tableOf(2024), "best", { region: "northernMidlandsMountains" }),
    benchmark(tableOf(2024), "Hải Dương"),
  ];
  out["plan/createPlan-langson"] = () => createPlan(langSonPlan2024());
  out["plan/createPlan-mixed"] = () => createPlan(communePlan(), communeFramework());
  out["plan/checkPlan-langson"] = () => checkPlan(createPlan(langSonPlan2024()));
  out["plan/checkPlan-mixed"] = () => checkPlan(createPlan(communePlan(), communeFramework()), communeFramework());
  out["plan/checkPlan-input"] = () => checkPlan({ ...langSonPlan2024(), targets: { pollution: 4 } });
  out["plan/gapReport-langson"] = () => gapReport(langSonPlan2024(), publishedScoreCard("Lạng Sơn", 2024));
  out["plan/gapReport-mixed"] = () =>
    gapReport(
      createPlan(communePlan(), communeFramework()),
      scoreCard({ unit: "Xã Tân Thành", year: 2025, scores: { bins: 84.4, cleanups: 44, dumps: 2, sorted: 1 } }, communeFramework()),
      communeFramework(),
    );
  out["plan/yearOverYear"] = () => {
    const both = (p: string) =>
      PGI_PUBLISHED.some((r) => r.province === p && r.edition === 2023 && r.scores) &&
      PGI_PUBLISHED.some((r) => r.province === p && r.edition === 2024 && r.scores);
    return PROVINCES.filter(both).map((p) => yearOverYear(publishedScoreCard(p, 2023), publishedScoreCard(p, 2024)));
  };
  out["plan/yearOverYear-mixed"] = () =>
    yearOverYear(
      scoreCard({ unit: "Xã Tân Thành", year: 2024, scores: { bins: 62.5, cleanups: 12, dumps: 5, sorted: 0 } }, communeFramework()),
      scoreCard({ unit: "Xã Tân Thành", year: 2025, scores: { bins: 84.4, cleanups: 44, dumps: 2, sorted: 1 } }, communeFramework()),
      communeFramework(),
    );
  for (const strategy of ["equal", "headroom", "benchmark", "weakestFirst"] as const) {
    out[`targets/allocate-${strategy}`] = () => {
      const ls = publishedScoreCard("Lạng Sơn", 2023);
      const options = strategy === "benchmark" ? { strategy, benchmark: benchmark(tableOf(2023), "best") } : { strategy };
      return [
        allocate(ls, { compositeTarget: strategy === "benchmark" ? 19.5 : 22.37 }, options),
        allocate(ls, { compositeDelta: 1 }, options),
        allocate(ls, { compositeDelta: 0.03 }, options),
      ];
    };
  }
  out["targets/trajectory"] = () => [
    trajectory({ baselineYear: 2023, baseline: 17.33, targetYear: 2026, target: 25, label: "PGI" }),
    trajectory({ baselineYear: 2024, baseline: 5, targetYear: 2030, target: 0, label: "dumps" }),
    trajectory({ baselineYear: "2025-Q1", baseline: 60, targetYear: "2025-Q4", target: 90 }),
  ];
  out["targets/assessProgress"] = () => {
    const t = trajectory({ baselineYear: 2023, baseline: 17.33, targetYear: 2026, target: 25 });
    return [22.63, 18.5, 16, 19.9].map((value) => assessProgress(t, [{ year: 2024, value }]));
  };
  out["survey/aggregateSurvey"] = () => {
    const r = rng(3);
    const questions: Question[] = [
      { id: "warned", type: "yesNo" },
      { id: "support", type: "likert", agreeFrom: 4 },
      { id: "cost", type: "numeric" },
      { id: "trust", type: "likert", agreeFrom: 3 },
    ];
    const responses: SurveyResponse[] = Array.from({ length: 240 }, (_, i) => ({
      unit: ["Cao Lộc", "Văn Quan", "Tràng Định", "Bắc Sơn"][i % 4]!,
      answers: {
        warned: r() < 0.05 ? "dk" : r() < 0.5 ? "có" : "không",
        support: r() < 0.03 ? null : 1 + Math.floor(r() * 5),
        cost: r() < 0.1 ? null : Math.round(r() * 10000) / 100,
        trust: 1 + Math.floor(r() * 5),
      },
    }));
    return [aggregateSurvey(responses, questions), aggregateSurvey(responses.slice(0, 9), questions, { minResponses: 3 })];
  };
  for (const file of [
    "van-quan-docx.md",
    "trang-dinh-plain.txt",
    "bac-son-emphasis.md",
    "lang-son-province.md",
    "long-names.md",
    "missing-target.md",
    "wrong-increase.md",
  ]) {
    out[`extract/${file.replace(/\.[a-z]+$/, "")}`] = () => extractPlan(readFileSync(new URL(`../extract/fixtures/${file}`, import.meta.url), "utf8"));
  }
  return out;
}

/** Every case of the corpus, by file name (without `.json`). */
export function corpusCases(): Record<string, () => unknown> {
  return { ...domainCases(), ...scoringCases(), ...whatIfCases() };
}

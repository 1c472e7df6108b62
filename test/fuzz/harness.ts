/**
 * The fuzz harness of issue 8: every export of pgi-kit called with hostile values in each
 * argument position, with JSON copies and tampered copies of real results, and with extra
 * arguments; each call is checked for the promises of docs/concepts.md ("What pgi-kit promises"):
 *
 * 1. it returns, or throws a PgiError (no other exception type);
 * 2. (JSON copies of results are accepted: checked by the `copies` generator giving valid calls);
 * 3. no Infinity, NaN or −0 anywhere in a result;
 * 4. the caller's arguments are neither mutated nor frozen, and the same call twice gives the
 *    same output (byte for byte) or the same error;
 * 5. (bounded cost: error messages are at most a few hundred characters);
 * 6. a result object is deeply frozen (but a Vega-Lite spec, which Vega annotates in place: it is
 *    documented as a fresh mutable object).
 *
 * Used by test/fuzz/fuzz.test.ts (a modest number of runs in `npm test`) and by
 * test/fuzz/run.ts (`npm run fuzz`, 20,000 calls per export, with a table of outcomes).
 */
import fc from "fast-check";
import * as api from "../../src/index";
import { isPgiError } from "../../src/index";
import { arbHostileValue } from "../../src/testing";

/** One export under test: its name, the function, and valid sample argument lists. */
export interface Target {
  readonly name: string;
  readonly fn: (...args: any[]) => unknown;
  /** Valid argument lists (fresh objects each call). */
  readonly samples: () => readonly unknown[][];
}

const card2023 = () => api.publishedScoreCard("Lạng Sơn", 2023);
const card2024 = () => api.publishedScoreCard("Lạng Sơn", 2024);
const planInput = () => ({
  unit: "Lạng Sơn",
  title: "Kế hoạch PGI 2024",
  baselineYear: 2023,
  targetYear: 2024,
  baseline: { pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 },
  targets: { pollution: 6.58, compliance: "6,11", greenPractices: { target: 4.38, delta: 0.78, owners: ["Sở TN&MT"], due: "2024-12-31" }, incentives: 5.3 },
});
const table = () => api.scoreTable(["Hải Dương", "Bắc Ninh", "An Giang", "Lạng Sơn"].map((p) => api.publishedScoreCard(p, 2024)));
const fwSpec = () => ({
  id: "district",
  name: { vi: "Chỉ số huyện", en: "District index" },
  components: [{ id: "env" }, { id: "gov" }],
  indicators: [
    { id: "waste", component: "env", direction: "higher" },
    { id: "floods", component: "env", direction: "lower" },
    { id: "permits", component: "gov", direction: "higher", normalization: { method: "goalposts", min: 0, max: 100 } },
  ],
});
const fw = () => api.defineFramework(fwSpec() as any);
/** A commune's mixed plan (issue 11): a %, a count without upper end, a lower-is-better count, no composite. */
const mixedFw = () =>
  api.defineFramework({
    id: "commune-env",
    name: { vi: "Kế hoạch môi trường xã", en: "Commune environment plan" },
    components: [
      { id: "bins", unit: "%", scale: [0, 100], direction: "higher", decimals: 1 },
      { id: "cleanups", unit: { vi: "lần", en: "times" }, scale: [0, null], decimals: 0 },
      { id: "dumps", unit: { vi: "điểm", en: "sites" }, scale: [0, null], direction: "lower", decimals: 0 },
    ],
    composite: "none",
  });
const mixedPlanInput = () => ({
  unit: "Xã Tân Thành",
  baselineYear: 2024,
  targetYear: 2025,
  baseline: { bins: 62.5, cleanups: 12, dumps: 5 },
  targets: { bins: 90, cleanups: 40, dumps: { target: 0, owners: "UBND xã" } },
});
const mixedCard = () => api.scoreCard({ unit: "Xã Tân Thành", year: 2025, scores: { bins: 84.4, cleanups: 44, dumps: 2 } }, mixedFw());
const rows = () => [
  { unit: "A", indicators: { waste: 90, floods: 2, permits: 40 } },
  { unit: "B", indicators: { waste: 60, floods: 5, permits: "55,5" } },
  { unit: "C", indicators: { waste: 70.5, floods: 3, permits: null } },
];
/** The rows scored, each with a group (what the ranking functions take as its region). */
const scoring = () =>
  api.scoreUnits(
    fw(),
    rows().map((r, i) => ({ ...r, group: i % 2 ? "Miền núi" : "Đồng bằng" })),
  );
const traj = () => api.trajectory({ baselineYear: 2023, baseline: 17.33, targetYear: 2026, target: 25 });
const questions = (): any[] => [
  { id: "q1", type: "yesNo" },
  { id: "q2", type: "likert", scale: [1, 5], agreeFrom: 4 },
  { id: "q3", type: "numeric", min: 0, max: 100 },
];
const responses = () => [
  { unit: "A", answers: { q1: "yes", q2: 5, q3: 40 } },
  { unit: "A", weight: 2, answers: { q1: "no", q2: 3, q3: null } },
  { unit: "B", answers: { q1: true, q2: 4, q3: 75.5 } },
];

/** A JSON copy: what an app gets back from storage. */
export const jsonCopy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Every callable export with valid sample arguments. */
export function targets(): readonly Target[] {
  const t: Target[] = [
    { name: "parseNumber", fn: api.parseNumber, samples: () => [["6,58"], [4.84, { decimal: "," }], ["−1.5", { path: ["x"] }]] },
    { name: "formatNumber", fn: api.formatNumber, samples: () => [[6.58], [1.5, { lang: "en", decimals: 1, signed: true }]] },
    { name: "isPgiError", fn: api.isPgiError, samples: () => [[new api.PgiError("INVALID_INPUT", { en: "x", vi: "x" })]] },
    { name: "pgiEdition", fn: api.pgiEdition, samples: () => [[2023], ["2022"]] },
    {
      name: "subIndex",
      fn: api.subIndex,
      samples: () => [
        [api.PGI, "Dam bao tuan thu"],
        [api.PGI, 3],
        [fw(), "env"],
        [jsonCopy(api.PGI), "pollution"],
      ],
    },
    { name: "subIndexIds", fn: api.subIndexIds, samples: () => [[], [api.PGI], [fw()], [jsonCopy(fw())]] },
    {
      name: "scoreCard",
      fn: api.scoreCard,
      samples: () => [
        [{ unit: "Lạng Sơn", year: 2023, composite: 17.33, rank: 62, scores: { pollution: 4.84, compliance: "4,14", 3: 3.6, incentives: 4.75 } }],
        [{ unit: "X", year: 2024, scores: { 1: 5, 2: 5, 3: 5, 4: 5 } }, api.PGI],
      ],
    },
    {
      name: "publishedRow",
      fn: api.publishedRow,
      samples: () => [
        ["Lạng Sơn", 2023],
        ["Hai Duong", 2024],
      ],
    },
    {
      name: "publishedScoreCard",
      fn: api.publishedScoreCard,
      samples: () => [
        ["Lạng Sơn", 2023],
        ["TP.HCM", 2022],
      ],
    },
    { name: "province", fn: api.province, samples: () => [["Lạng Sơn"], ["TPHCM"]] },
    { name: "findProvince", fn: api.findProvince, samples: () => [["Hà Nội"], ["nowhere"]] },
    {
      name: "createPlan",
      fn: api.createPlan,
      samples: () => [
        [planInput()],
        [{ ...planInput(), baseline: card2023() }],
        [{ ...planInput(), baseline: jsonCopy(card2023()) }],
        [planInput(), api.PGI],
        [mixedPlanInput(), mixedFw()],
        [mixedPlanInput(), jsonCopy(mixedFw())],
      ],
    },
    { name: "checkPlan", fn: api.checkPlan, samples: () => [[planInput()], [api.createPlan(planInput())], [jsonCopy(api.createPlan(planInput()))]] },
    {
      name: "gapReport",
      fn: api.gapReport,
      samples: () => [
        [api.createPlan(planInput()), card2024()],
        [jsonCopy(api.createPlan(planInput())), jsonCopy(card2024())],
        [planInput(), card2024()],
        [api.createPlan(mixedPlanInput(), mixedFw()), mixedCard(), mixedFw()],
        [mixedPlanInput(), mixedCard(), jsonCopy(mixedFw())],
      ],
    },
    {
      name: "yearOverYear",
      fn: api.yearOverYear,
      samples: () => [
        [card2023(), card2024()],
        [jsonCopy(card2023()), jsonCopy(card2024())],
      ],
    },
    {
      name: "scoreTable",
      fn: api.scoreTable,
      samples: () => [
        [[card2023(), api.publishedScoreCard("Hải Dương", 2023)]],
        [[jsonCopy(card2024()), { unit: "Hà Nội", year: 2024, composite: 20 }]],
        [[{ unit: "Huyện A", year: 2024, scores: { 1: 5, 2: 5, 3: 5, 4: 5 } }], { units: "any" }],
      ],
    },
    {
      name: "rank",
      fn: api.rank,
      samples: () => [
        [table()],
        [jsonCopy(table()), { by: "compliance" }],
        [table(), { within: "region" }],
        // Units scored with your own framework (and their JSON copies), grouped as regions.
        [scoring(), { within: "region" }],
        [jsonCopy(scoring()), { by: "env", framework: jsonCopy(fw()) }],
      ],
    },
    {
      name: "regionSummary",
      fn: api.regionSummary,
      samples: () => [[table()], [jsonCopy(table()), { by: 2 }], [jsonCopy(scoring()), { framework: fw() }]],
    },
    {
      name: "rankGoal",
      fn: api.rankGoal,
      samples: () => [
        [table(), "Lạng Sơn", 1],
        [jsonCopy(table()), "An Giang", 2, { by: "pollution" }],
        [jsonCopy(scoring()), "B", 1, { framework: fw() }],
      ],
    },
    {
      name: "benchmark",
      fn: api.benchmark,
      samples: () => [
        [table(), "best"],
        [jsonCopy(table()), "median"],
        [table(), "Bắc Ninh"],
      ],
    },
    {
      name: "allocate",
      fn: api.allocate,
      samples: () => [
        [card2023(), { compositeTarget: 22.37 }, { strategy: "equal" }],
        [jsonCopy(card2023()), { compositeDelta: 1 }, { strategy: "weakestFirst" }],
        [{ pollution: 4, compliance: 4, greenPractices: 4, incentives: 4 }, { compositeDelta: "1,5" }, { strategy: "headroom" }],
      ],
    },
    {
      name: "trajectory",
      fn: api.trajectory,
      samples: () => [
        [{ baselineYear: 2023, baseline: "17,33", targetYear: 2026, target: 25 }],
        [{ baselineYear: 2023, baseline: 10, targetYear: 2025, target: 5, direction: "lower", decimals: 0 }],
      ],
    },
    {
      name: "assessProgress",
      fn: api.assessProgress,
      samples: () => [
        [traj(), [{ year: 2024, value: 22.63 }]],
        [jsonCopy(traj()), [{ year: 2025, value: "20,1" }]],
      ],
    },
    { name: "defineFramework", fn: api.defineFramework, samples: () => [[fwSpec()], [jsonCopy(fw())]] },
    {
      name: "scoreUnits",
      fn: api.scoreUnits,
      samples: () => [
        [fw(), rows()],
        [jsonCopy(fw()), rows()],
      ],
    },
    {
      name: "whatIf",
      fn: api.whatIf,
      samples: () => [
        [fw(), rows(), { unit: "C", changes: { waste: 95 } }],
        [jsonCopy(fw()), rows(), { unit: "A", changes: { floods: null } }],
      ],
    },
    {
      name: "solveFor",
      fn: api.solveFor,
      samples: () => [
        [fw(), rows(), { unit: "C", component: "env", target: 7 }],
        [jsonCopy(fw()), rows(), { unit: "B", target: "12,5" }],
      ],
    },
    {
      name: "aggregateSurvey",
      fn: api.aggregateSurvey,
      samples: () => [
        [responses(), questions()],
        [responses(), questions(), { minResponses: 1 }],
      ],
    },
    { name: "langSonPlan2024", fn: api.langSonPlan2024, samples: () => [[]] },
    {
      name: "trajectory (quarters)",
      fn: api.trajectory,
      samples: () => [
        [{ baselineYear: "2025-Q1", baseline: 3, targetYear: "2025-Q4", target: 0, direction: "lower" }],
        [{ baselineYear: "2025-06", baseline: "62,5", targetYear: "2026-01", target: 90 }],
      ],
    },
    {
      name: "assessProgress (quarters)",
      fn: api.assessProgress,
      samples: () => [
        [qTraj(), [{ year: "2025-Q3", value: 2 }]],
        [jsonCopy(qTraj()), [{ year: "2025-Q2", value: "2,5" }]],
      ],
    },
    { name: "defineChecklist", fn: api.defineChecklist, samples: () => [[checklistSpec()], [jsonCopy(api.defineChecklist(checklistSpec()))]] },
    {
      name: "assessChecklist",
      fn: api.assessChecklist,
      samples: () => [
        [api.defineChecklist(checklistSpec()), { unit: "Xã A", region: "mountain", values: { "17.1": "91,5", "17.3": "đạt", "17.8": 1 } }],
        [jsonCopy(api.defineChecklist(checklistSpec())), { unit: "Xã B", target: "ntmNangCao", values: { "17.1": 99, "17.3": true, "17.8": 0 } }],
      ],
    },
    {
      name: "assessMany",
      fn: api.assessMany,
      samples: () => [
        [
          checklistSpec(),
          [
            { unit: "A", values: { "17.1": 96 } },
            { unit: "B", region: "delta", values: { "17.1": 99, "17.3": "đạt", "17.8": 0 } },
          ],
          { targets: { A: "ntm", B: "ntmNangCao" } },
        ],
      ],
    },
    { name: "ntmEnvironmentTemplate", fn: api.ntmEnvironmentTemplate, samples: () => [[], [{ "17.1": { atLeast: 95 } }]] },
    { name: "ntmEnvironmentSource", fn: api.ntmEnvironmentSource, samples: () => [[]] },
    {
      name: "extractPlan",
      fn: api.extractPlan,
      samples: () => [
        [planText()],
        [planText(), { baseline: card2024() }],
        [planText(), { unit: "Văn Quan", targetYear: 2025, baseline: { 1: 5, 2: 5, 3: 5, 4: 5 } }],
      ],
    },
    {
      name: "toPlanDocument",
      fn: api.toPlanDocument,
      samples: () => [[api.createPlan(planInput())], [jsonCopy(api.createPlan(planInput())), { lang: "en" }], [planInput()]],
    },
  ];
  const results = () => {
    const plan = api.createPlan(planInput());
    const gap = api.gapReport(plan, card2024());
    const out: unknown[] = [
      card2023(),
      plan,
      gap,
      api.checkPlan(plan),
      api.yearOverYear(card2023(), card2024()),
      table(),
      api.rank(table()),
      api.regionSummary(table()),
      api.rankGoal(table(), "Lạng Sơn", 2),
      api.benchmark(table(), "best"),
      api.allocate(card2023(), { compositeDelta: 1 }, { strategy: "equal" }),
      traj(),
      api.assessProgress(traj(), [{ year: 2024, value: 20 }]),
      api.scoreUnits(fw(), rows()),
      api.whatIf(fw(), rows(), { unit: "C", changes: { waste: 95 } }),
      api.aggregateSurvey(responses(), questions()),
      qTraj(),
      api.assessProgress(qTraj(), [{ year: "2025-Q3", value: 2 }]),
      api.defineChecklist(checklistSpec()),
      api.assessChecklist(checklistSpec(), { unit: "Xã A", region: "mountain", values: { "17.1": 91.5, "17.8": 1 } }),
      api.assessMany(
        checklistSpec(),
        [
          { unit: "A", values: { "17.1": 96 } },
          { unit: "B", values: {} },
        ],
        { targets: { A: "ntm" } },
      ),
      api.extractPlan(planText()),
      api.solveFor(fw(), rows(), { unit: "C", component: "env", target: 7 }),
    ];
    return out;
  };
  for (const [name, fn] of [
    ["toMarkdown", api.toMarkdown],
    ["toCsv", api.toCsv],
    ["toVegaLite", api.toVegaLite],
  ] as const) {
    t.push({
      name,
      fn,
      samples: () => results().flatMap((r) => [[r], [jsonCopy(r), { lang: "en" }]]),
    });
  }
  return t;
}

/** A quarterly trajectory (issue 11). */
function qTraj() {
  return api.trajectory({ baselineYear: "2025-Q1", baseline: 3, targetYear: "2025-Q4", target: 0, direction: "lower", decimals: 0 });
}

/** A small checklist spec (issue 11): two levels, a regional threshold, yes/no and lower-is-better indicators. */
function checklistSpec(): api.ChecklistSpec {
  return {
    id: "env",
    name: { vi: "Môi trường", en: "Environment" },
    levels: [
      { id: "ntm", name: "NTM" },
      { id: "ntmNangCao", name: "NTM nâng cao" },
    ],
    regions: [
      { id: "mountain", name: "Miền núi" },
      { id: "delta", name: "Đồng bằng" },
    ],
    criteria: [
      {
        id: "c17",
        name: "Tiêu chí 17",
        levels: ["ntm", "ntmNangCao"],
        indicators: [
          { id: "17.1", name: "Nước sạch", unit: "%", threshold: { ntm: { atLeast: 95, byRegion: { mountain: 90 } }, ntmNangCao: { atLeast: 98 } } },
          { id: "17.3", name: "Cảnh quan", threshold: { yes: true } },
          { id: "17.8", name: "Điểm tập kết", unit: "điểm", threshold: { atMost: 0 } },
        ],
      },
    ],
  };
}

/** The text of a plan document, as extractPlan reads it. */
function planText(): string {
  return api.toPlanDocument(api.createPlan(planInput()));
}

/** A getter that throws, as a hostile caller may pass. */
function throwingGetter(): object {
  return Object.defineProperty({}, "unit", {
    enumerable: true,
    get() {
      throw new Error("getter threw");
    },
  });
}

function cyclic(): object {
  const o: Record<string, unknown> = { unit: "A" };
  o.self = o;
  return o;
}

/**
 * Hostile values of every kind (issue 8's list): `pgi-kit/testing`'s `arbHostileValue`, the
 * harness's own extras, and fast-check's `anything`.
 */
export function hostile(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: arbHostileValue().map((d) => d.value) },
    {
      weight: 6,
      arbitrary: fc.constantFrom<unknown>(
        null,
        undefined,
        NaN,
        Infinity,
        -Infinity,
        -0,
        1e308,
        -1e308,
        5e-324,
        1e21,
        2 ** 53 + 1,
        "",
        " ",
        "abc",
        "6,5,8",
        "1,234",
        "1".repeat(309),
        "Infinity",
        "NaN",
        "__proto__",
        "constructor",
        true,
        false,
        0,
        -1,
        11,
        1e6,
        2024.5,
      ),
    },
    {
      weight: 4,
      arbitrary: fc
        .constantFrom<() => unknown>(
          () => Symbol("s"),
          () => 10n,
          () => Object.create(null),
          () => throwingGetter(),
          () => cyclic(),
          // biome-ignore lint/suspicious/noSparseArray: an array with a hole is one of the hostile values
          () => [, 1],
          () => new Array(3),
          () => new Float64Array(3),
          () => new Uint8Array(2),
          () => () => 1,
          () => new Date(0),
          () => new Map([["a", 1]]),
          () => new Set([1]),
          () => JSON.parse('{"__proto__": {"x": 1}, "unit": "A"}'),
          () => JSON.parse('{"constructor": 1}'),
          () => "x".repeat(1_000_000),
          () => ({
            toFixed: () => {
              throw new Error("toFixed threw");
            },
          }),
          () => ({ kind: "scoreCard" }),
          () => ({ kind: "plan", subIndices: null }),
          () => ({ kind: "scoreTable", rows: [1] }),
          () => [null],
          () => [{}],
          () => ({}),
          () => ({ unit: "x".repeat(100_000), year: 2024, scores: {} }),
        )
        .map((f) => f()),
    },
    {
      weight: 2,
      arbitrary: fc.anything({
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withSparseArray: true,
        withNullPrototype: true,
        maxDepth: 2,
      }),
    },
  );
}

/** Replace one leaf of a JSON value, chosen by `pick`, with `value`. */
export function tamper(json: unknown, pick: number, value: unknown): unknown {
  const leaves: { parent: any; key: string | number }[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v))
      v.forEach((x, i) => {
        leaves.push({ parent: v, key: i });
        walk(x);
      });
    else if (typeof v === "object" && v !== null)
      for (const k of Object.keys(v)) {
        leaves.push({ parent: v, key: k });
        walk((v as any)[k]);
      }
  };
  walk(json);
  if (leaves.length === 0) return value;
  const l = leaves[pick % leaves.length]!;
  l.parent[l.key] = value;
  return json;
}

/** A structural fingerprint of a value that survives cycles, symbols, BigInts and getters. */
export function fingerprint(v: unknown, seen = new Map<object, number>()): string {
  if (v === null) return "null";
  switch (typeof v) {
    case "undefined":
      return "u";
    case "number":
      return Object.is(v, -0) ? "-0" : `n${v}`;
    case "bigint":
      return `b${v}`;
    case "string":
      return v.length > 200 ? `s${v.length}:${v.slice(0, 50)}` : JSON.stringify(v);
    case "symbol":
      return `sym${String(v.description)}`;
    case "boolean":
      return String(v);
    case "function":
      return "f";
  }
  const o = v as object;
  if (seen.has(o)) return `@${seen.get(o)}`;
  seen.set(o, seen.size);
  const frozen = Object.isFrozen(o) ? "F" : "";
  if (ArrayBuffer.isView(o)) return `${frozen}view${Array.from(o as any).join(",")}`;
  if (o instanceof Map) return `${frozen}map${fingerprint([...o.entries()], seen)}`;
  if (o instanceof Set) return `${frozen}set${fingerprint([...o.values()], seen)}`;
  if (o instanceof Date) return `${frozen}date${o.getTime()}`;
  const parts: string[] = [];
  for (const k of Reflect.ownKeys(o)) {
    const d = Object.getOwnPropertyDescriptor(o, k)!;
    parts.push(`${String(k)}:${"value" in d ? fingerprint(d.value, seen) : "getter"}`);
  }
  return `${frozen}${Array.isArray(o) ? "[" : "{"}${parts.join(",")}`;
}

/** Problems found in one result: non-finite numbers or −0, parts not frozen. */
export function resultProblems(v: unknown, path = "", seen = new Set<object>()): string[] {
  if (typeof v === "number") return Number.isFinite(v) && !Object.is(v, -0) ? [] : [`${path || "result"} is ${Object.is(v, -0) ? "-0" : v}`];
  if (typeof v !== "object" || v === null || seen.has(v)) return [];
  seen.add(v);
  const out: string[] = [];
  if (!Object.isFrozen(v) && !(v instanceof Error)) out.push(`${path || "result"} is not frozen`);
  if (v instanceof Error) return out;
  for (const k of Object.keys(v)) out.push(...resultProblems((v as any)[k], `${path}.${k}`, seen));
  return out;
}

/** The tallies of `npm run fuzz`. */
export interface Tally {
  calls: number;
  pgiErrors: number;
  otherThrows: number;
  nonFinite: number;
  mutations: number;
  nondeterminism: number;
  notFrozen: number;
  longMessages: number;
  examples: string[];
}

export const newTally = (): Tally => ({
  calls: 0,
  pgiErrors: 0,
  otherThrows: 0,
  nonFinite: 0,
  mutations: 0,
  nondeterminism: 0,
  notFrozen: 0,
  longMessages: 0,
  examples: [],
});

function outcome(fn: (...a: unknown[]) => unknown, args: unknown[]): { ok: true; value: unknown } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: fn(...args) };
  } catch (error) {
    return { ok: false, error };
  }
}

function describeArgs(args: unknown[]): string {
  return args.map((a) => fingerprint(a).slice(0, 120)).join(" | ");
}

/** Call `fn(...args)` twice and record what the promises say about it. */
export function probe(target: Target, args: unknown[], tally: Tally): void {
  tally.calls++;
  const before = args.map((a) => fingerprint(a));
  const first = outcome(target.fn as any, args);
  const note = (what: string) => {
    if (tally.examples.length < 8) tally.examples.push(`${target.name}: ${what} — args ${describeArgs(args)}`);
  };
  const after = args.map((a) => fingerprint(a));
  if (before.some((b, i) => b !== after[i])) {
    tally.mutations++;
    note("argument mutated or frozen");
  }
  const second = outcome(target.fn as any, args);
  if (first.ok) {
    const problems = resultProblems(first.value);
    const nonFinite = problems.filter((p) => / is (-?Infinity|NaN|-0)$/.test(p));
    if (nonFinite.length > 0) {
      tally.nonFinite++;
      note(nonFinite.join("; ").slice(0, 200));
    } else if (problems.length > 0 && typeof first.value === "object" && first.value !== null && target.name !== "toVegaLite") {
      tally.notFrozen++;
      note(problems[0]!);
    }
    const a = safeJson(first.value);
    const b = second.ok ? safeJson(second.value) : "threw";
    if (a !== b) {
      tally.nondeterminism++;
      note("second call differs");
    }
  } else {
    if (isPgiError(first.error)) {
      tally.pgiErrors++;
      if (first.error.message.length > 400) {
        tally.longMessages++;
        note(`message of ${first.error.message.length} characters`);
      }
    } else {
      tally.otherThrows++;
      note(`threw ${String((first.error as Error)?.name)}: ${String((first.error as Error)?.message).slice(0, 150)}`);
    }
    const same = !second.ok && isPgiError(first.error) && isPgiError(second.error) && second.error.message === first.error.message;
    if (isPgiError(first.error) && !same) {
      tally.nondeterminism++;
      note("second call does not throw the same error");
    }
  }
}

function safeJson(v: unknown): string {
  try {
    return typeof v === "string" ? v : (JSON.stringify(v) ?? "undefined");
  } catch (e) {
    return `unserialisable: ${(e as Error).message}`;
  }
}

/** Argument lists for one target: valid samples with one position made hostile, tampered or extra. */
export function argsFor(target: Target): fc.Arbitrary<unknown[]> {
  const samples = target.samples();
  const maxArity = Math.max(...samples.map((s) => s.length), 1);
  return fc.tuple(fc.nat(samples.length - 1), fc.nat(maxArity), fc.nat(), hostile(), fc.nat(3)).map(([si, pos, pick, h, mode]) => {
    const args = [...target.samples()[si]!];
    if (mode === 0) {
      // a hostile value in one position (or one past the end: an extra argument)
      args[pos] = h;
    } else if (mode === 1 && typeof args[pos % Math.max(args.length, 1)] === "object" && args.length > 0) {
      // a tampered JSON copy of the argument
      const i = pos % args.length;
      args[i] = tamper(jsonCopy(args[i]), pick, h);
    } else if (mode === 2 && args.length > 0) {
      // a JSON copy (must work exactly like the original)
      const i = pos % args.length;
      args[i] = jsonCopy(args[i]);
    } else {
      args.push(h);
    }
    return args;
  });
}

/**
 * Results are data: each sample call with its object arguments replaced by their JSON copies
 * must give the same output as the original call. Returns the differences found.
 */
export function copyProblems(target: Target): string[] {
  const out: string[] = [];
  for (const args of target.samples()) {
    const original = outcome(target.fn as any, args);
    const copies = args.map((a) => (typeof a === "object" && a !== null && !(a instanceof Error) ? jsonCopy(a) : a));
    const copied = outcome(target.fn as any, copies);
    const a = original.ok ? safeJson(original.value) : `threw ${(original.error as Error).message}`;
    const b = copied.ok ? safeJson(copied.value) : `threw ${(copied.error as Error).message}`;
    if (a !== b) out.push(`${target.name}(${describeArgs(args).slice(0, 100)}): JSON copies give ${b.slice(0, 200)} instead of ${a.slice(0, 200)}`);
  }
  return out;
}

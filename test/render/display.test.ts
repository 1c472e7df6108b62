import { inspect } from "node:util";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import {
  allocate,
  benchmark,
  checkPlan,
  createPlan,
  defineFramework,
  gapReport,
  langSonPlan2024,
  PGI_PUBLISHED,
  publishedScoreCard,
  rank,
  rankGoal,
  scoreCard,
  scoreColumns,
  scoreTable,
  scoreUnits,
  toMarkdown,
  toMimeBundle,
  toVegaLite,
} from "../../src/index";
import { thrown } from "../foundation/helpers";

const DISPLAY = Symbol.for("Jupyter.display");
const INSPECT = Symbol.for("nodejs.util.inspect.custom");
const VL = "application/vnd.vegalite.v5+json";

type Displayable = { [DISPLAY]: () => Record<string, unknown> | Promise<Record<string, unknown>> };
const display = async (value: unknown): Promise<Record<string, unknown>> => (value as Displayable)[DISPLAY]();

const plan = createPlan(langSonPlan2024());
const gap = gapReport(plan, publishedScoreCard("Lạng Sơn", 2024));
const t2024 = scoreTable(PGI_PUBLISHED.filter((r) => r.edition === 2024 && r.scores !== null).map((r) => publishedScoreCard(r.province, 2024)));

function deepFrozen(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deepFrozen);
}

describe('Jupyter display (Symbol.for("Jupyter.display"))', () => {
  it("a gap report answers with the Markdown table, its Vega-Lite chart and plain text", async () => {
    const bundle = await display(gap);
    expect(Object.keys(bundle)).toEqual(["text/markdown", VL, "text/plain"]);
    expect(bundle["text/markdown"]).toBe(toMarkdown(gap));
    expect(bundle["text/markdown"]).toContain("| Chỉ số thành phần");
    expect(bundle[VL]).toEqual(toVegaLite(gap));
    expect(bundle["text/plain"]).toBe(toMarkdown(gap));
  });

  it("a result without a chart (rank goal) answers with the table only", async () => {
    const bundle = await display(rankGoal(t2024, "Lạng Sơn", 10));
    expect(Object.keys(bundle)).toEqual(["text/markdown", "text/plain"]);
    expect(bundle["text/markdown"]).toContain("Lạng Sơn");
  });

  it("every result kind of the walkthrough displays, and a plan check (an array of findings) too", async () => {
    const card = publishedScoreCard("Lạng Sơn", 2023);
    const values = [
      card,
      plan,
      gap,
      rank(t2024),
      rankGoal(t2024, "Lạng Sơn", 10),
      allocate(card, { compositeTarget: 22.37 }, { strategy: "equal" }),
      checkPlan(plan),
    ];
    for (const v of values) {
      const bundle = await display(v);
      expect(typeof bundle["text/markdown"]).toBe("string");
      expect(bundle["text/markdown"]).toBe(toMarkdown(v));
    }
    expect((await display(checkPlan(plan)))["text/markdown"]).toBe("_Không có phát hiện nào._");
  });

  it("a result kind without a renderer (benchmark) falls back to its JSON as plain text", async () => {
    const b = benchmark(t2024, "best");
    expect(await display(b)).toEqual({ "text/plain": JSON.stringify(b, null, 2) });
  });

  it("inside Deno's kernel a charted result sends two outputs itself, the table then the chart, and leaves the cell's result empty", async () => {
    const shown: unknown[] = [];
    const g = globalThis as { Deno?: unknown };
    const before = g.Deno;
    g.Deno = { jupyter: { display: async (bundle: unknown, options: unknown) => void shown.push([bundle, options]) } };
    try {
      const returned = await display(gap);
      expect(returned).toEqual({});
      const chart = toVegaLite(gap);
      expect(shown).toEqual([
        [{ "text/markdown": toMarkdown(gap), "text/plain": toMarkdown(gap) }, { raw: true }],
        [{ [VL]: chart, "text/plain": chart.title }, { raw: true }],
      ]);
      // Without a chart, one output.
      shown.length = 0;
      expect(await display(rankGoal(t2024, "Lạng Sơn", 10))).toEqual({});
      expect(shown).toHaveLength(1);
    } finally {
      g.Deno = before;
    }
  });

  it("outside a kernel the bundle is built at once (no promise): every kind, scorings by rows and by columns included", () => {
    const fw = defineFramework({
      id: "d",
      name: { vi: "Chỉ số D", en: "D index" },
      components: [{ id: "env" }],
      indicators: [{ id: "waste", component: "env", direction: "higher" }],
    });
    const byRows = scoreUnits(fw, [
      { unit: "A", indicators: { waste: 1 } },
      { unit: "B", indicators: { waste: 2 } },
    ]);
    const byColumns = scoreColumns(fw, { units: ["A", "B"], columns: { waste: [1, 2] } });
    for (const v of [byRows, byColumns]) {
      const bundle = (v as unknown as { [DISPLAY]: () => Record<string, unknown> })[DISPLAY]();
      expect(bundle).not.toBeInstanceOf(Promise);
      expect(Object.keys(bundle)).toEqual(["text/markdown", VL, "text/plain"]);
      expect(bundle["text/markdown"]).toContain("|    1 | B      | 10,00 |    10,00 |");
      // the chart is titled with the framework's name, which the scoring remembers for its display
      expect((bundle[VL] as { title: string }).title).toBe("Kết quả chấm điểm: Chỉ số D");
    }
    expect(toMarkdown(byColumns)).toBe(toMarkdown(byRows));
  });
});

describe("outside the kernel", () => {
  it("a Deno whose Deno.jupyter getter throws (deno run) gets the whole bundle", async () => {
    const g = globalThis as { Deno?: unknown };
    const before = g.Deno;
    g.Deno = Object.defineProperty({}, "jupyter", {
      get() {
        throw new Error("Deno.jupyter is only available in `deno jupyter` subcommand");
      },
    });
    try {
      expect(Object.keys(await display(gap))).toEqual(["text/markdown", VL, "text/plain"]);
    } finally {
      g.Deno = before;
    }
  });
});

describe("the display methods leave a result's data alone", () => {
  it("keys, JSON and frozenness are unchanged; the methods are non-enumerable symbols that copies leave behind", () => {
    for (const v of [gap, plan, publishedScoreCard("Lạng Sơn", 2023), rank(t2024), checkPlan(plan)]) {
      expect(Object.keys(v).every((k) => typeof k === "string")).toBe(true);
      expect(Object.getOwnPropertySymbols(v).sort((a, b) => String(a).localeCompare(String(b)))).toEqual([DISPLAY, INSPECT]);
      for (const s of [DISPLAY, INSPECT])
        expect(Object.getOwnPropertyDescriptor(v, s)).toMatchObject({ enumerable: false, writable: false, configurable: false });
      expect(JSON.parse(JSON.stringify(v))).toEqual(v);
      expect(deepFrozen(v)).toBe(true);
      expect(Object.getOwnPropertySymbols({ ...v })).toEqual([]);
      expect(Object.getOwnPropertySymbols(structuredClone(v))).toEqual([]);
    }
    expect(Object.keys(gap)).toEqual([
      "kind",
      "framework",
      "unit",
      "indexUnit",
      "title",
      "baselineYear",
      "targetYear",
      "subIndices",
      "composite",
      "actual",
      "summary",
    ]);
  });

  it("a JSON copy of a displayed result is still accepted back", async () => {
    await display(plan);
    const copy = JSON.parse(JSON.stringify(plan)) as typeof plan;
    expect(gapReport(copy, publishedScoreCard("Lạng Sơn", 2024))).toEqual(gap);
  });

  fcTest.prop([fc.array(fc.integer({ min: 100, max: 1000 }), { minLength: 4, maxLength: 4 })])(
    "displaying a score card never changes its JSON or its keys",
    async (hundredths) => {
      const [pollution, compliance, greenPractices, incentives] = hundredths.map((h) => h / 100) as [number, number, number, number];
      const card = scoreCard({ unit: "X", year: 2024, scores: { pollution, compliance, greenPractices, incentives } });
      const json = JSON.stringify(card);
      const keys = Object.keys(card);
      const bundle = await display(card);
      expect(bundle["text/markdown"]).toBe(toMarkdown(card));
      expect(JSON.stringify(card)).toBe(json);
      expect(Object.keys(card)).toEqual(keys);
      expect(deepFrozen(card)).toBe(true);
    },
  );
});

describe("toMimeBundle", () => {
  it("renders in English on request", () => {
    const b = toMimeBundle(gap, { lang: "en" });
    expect(b["text/markdown"]).toBe(toMarkdown(gap, { lang: "en" }));
    expect(b[VL]).toEqual(toVegaLite(gap, { lang: "en" }));
  });

  it("is the Markdown of toMarkdown and the chart of toVegaLite, for a result, its JSON copy and a result of a framework of one's own", () => {
    const fw = defineFramework({ id: "district", name: { vi: "Huyện", en: "District" }, components: [{ id: "air" }, { id: "water" }] });
    const own = createPlan({ unit: "Văn Quan", baselineYear: 2023, targetYear: 2025, baseline: { air: 5, water: 6 }, targets: { air: 6, water: 7 } }, fw);
    const cases: [unknown, { framework?: typeof fw }][] = [
      [gap, {}],
      [JSON.parse(JSON.stringify(gap)), {}],
      [own, { framework: fw }],
      [JSON.parse(JSON.stringify(own)), { framework: fw }],
    ];
    for (const [value, options] of cases) {
      for (const lang of ["vi", "en"] as const) {
        const b = toMimeBundle(value, { lang, ...options });
        expect(b["text/markdown"]).toBe(toMarkdown(value, { lang, ...options }));
        expect(b["text/plain"]).toBe(b["text/markdown"]);
        expect(b[VL]).toEqual(toVegaLite(value, { lang, ...options }));
      }
    }
  });

  it("refuses what is not a result, and a bad language, with INVALID_INPUT", () => {
    expect(thrown(() => toMimeBundle({ a: 1 })).code).toBe("INVALID_INPUT");
    expect(thrown(() => toMimeBundle(gap, { lang: "fr" as "en" })).code).toBe("INVALID_INPUT");
  });
});

describe("Node REPL view (util.inspect.custom)", () => {
  it("names the result by its kind and shows nested rows instead of [Object]", () => {
    const text = inspect(gap);
    expect(text.startsWith("GapReport {")).toBe(true);
    expect(text).toContain("status: 'partial'");
    expect(text).not.toContain("[Object]");
    expect(inspect(checkPlan(plan))).toBe("[]");
  });
});

describe("import cost", () => {
  const src = fileURLToPath(new URL("../../src/index.ts", import.meta.url));
  async function inputsOf(name: string): Promise<string[]> {
    const result = await build({
      stdin: { contents: `import { ${name} } from ${JSON.stringify(src)}; console.log(${name});`, resolveDir: ".", loader: "ts" },
      bundle: true,
      format: "esm",
      write: false,
      metafile: true,
      platform: "neutral",
      external: ["decimal.js", "zod"],
      logLevel: "silent",
    });
    // The files that put bytes into the bundle (metafile.inputs also lists tree-shaken ones).
    return Object.values(result.metafile.outputs).flatMap((o) =>
      Object.entries(o.inputs)
        .filter(([, i]) => i.bytesInOutput > 0)
        .map(([p]) => p),
    );
  }

  it("a bundle importing parseNumber alone carries no renderer", async () => {
    const inputs = await inputsOf("parseNumber");
    expect(inputs.some((p) => p.endsWith("src/decimal.ts"))).toBe(true);
    expect(inputs.filter((p) => /src\/(render\/|renderers\.ts|\w+\/(render|chart)\.ts)/.test(p))).toEqual([]);
  });

  // A result displays at once with its own domain's renderers: a bundle that makes plans carries
  // the plan (and score card) renderers, and no other domain's, nor the generic dispatchers.
  it.each([["createPlan"], ["gapReport"]])("a bundle importing %s carries its own domain's renderers only", async (name) => {
    const inputs = await inputsOf(name);
    expect(inputs.some((p) => p.endsWith("src/plan/render.ts"))).toBe(true);
    expect(inputs.filter((p) => /src\/(renderers\.ts|(table|targets|scoring|checklist|extract|survey)\/(render|chart)\.ts)/.test(p))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import * as vega from "vega";
import * as vl from "vega-lite";
import {
  allocate,
  assessProgress,
  createPlan,
  defineFramework,
  gapReport,
  langSonPlan2024,
  PGI_PUBLISHED,
  publishedScoreCard,
  rank,
  rankGoal,
  scoreTable,
  scoreUnits,
  toVegaLite,
  trajectory,
  yearOverYear,
} from "../../src/index";
import { thrown } from "../foundation/helpers";

async function svg(spec: unknown): Promise<string> {
  const compiled = vl.compile(spec as vl.TopLevelSpec).spec;
  return new vega.View(vega.parse(compiled), { renderer: "none" }).toSVG();
}

const plan = createPlan(langSonPlan2024());
const t2024 = scoreScoreTable();
function scoreScoreTable() {
  return scoreTable(PGI_PUBLISHED.filter((r) => r.edition === 2024 && r.scores !== null).map((r) => publishedScoreCard(r.province, 2024)));
}
const traj = trajectory({ baselineYear: 2023, baseline: 17.33, targetYear: 2026, target: 25, label: "PGI" });
const fw = defineFramework({
  id: "d",
  name: { vi: "D", en: "D" },
  components: [{ id: "env" }],
  indicators: [{ id: "waste", component: "env", direction: "higher" }],
});

const results: [string, unknown][] = [
  ["scoreCard", publishedScoreCard("Lạng Sơn", 2023)],
  ["plan", plan],
  ["gapReport", gapReport(plan, publishedScoreCard("Lạng Sơn", 2024))],
  ["yearOverYear", yearOverYear(publishedScoreCard("Hải Dương", 2023), publishedScoreCard("Hải Dương", 2024))],
  ["ranking", rank(t2024)],
  [
    "scoring",
    scoreUnits(fw, [
      { unit: "A", indicators: { waste: 1 } },
      { unit: "B", indicators: { waste: 2 } },
    ]),
  ],
  ["allocation", allocate(publishedScoreCard("Lạng Sơn", 2023), { compositeTarget: 22.37 }, { strategy: "headroom" })],
  ["trajectory", traj],
  ["progressAssessment", assessProgress(traj, [{ year: 2024, value: 22.63 }])],
];

describe("toVegaLite", () => {
  it.each(results)("%s compiles and renders to SVG in both languages", async (_kind, value) => {
    for (const lang of ["vi", "en"] as const) {
      const spec = toVegaLite(value, { lang, highlight: "Lạng Sơn" });
      expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
      expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
      const out = await svg(spec);
      expect(out.startsWith("<svg")).toBe(true);
    }
  });

  it("labels sub-indices and numbers in the chosen language", async () => {
    const vi = await svg(toVegaLite(publishedScoreCard("Lạng Sơn", 2023)));
    expect(vi).toContain("Giảm thiểu ô nhiễm và thiên tai");
    expect(vi).toContain("4,84"); // values written on the bars, decimal comma
    expect(vi).not.toContain("10,00"); // score ticks without decimals
    const en = await svg(toVegaLite(publishedScoreCard("Lạng Sơn", 2023), { lang: "en" }));
    expect(en).toContain("Minimizing the risk of climate hazards to firms");
    expect(en).toContain("4.84");
    expect(en).not.toContain("10.00");
  });

  it("carries the data exactly", () => {
    const spec = toVegaLite(gapReport(plan, publishedScoreCard("Lạng Sơn", 2024)), { lang: "en" }) as unknown as {
      data: { values: { name: string; series: string; value: number }[] };
    };
    expect(spec.data.values.slice(0, 3)).toEqual([
      { name: "Minimizing the risk of climate hazards to firms", series: "Baseline 2023", value: 4.84 },
      { name: "Minimizing the risk of climate hazards to firms", series: "Target 2024", value: 6.58 },
      { name: "Minimizing the risk of climate hazards to firms", series: "Result 2024", value: 4.95 },
    ]);
  });

  it("refuses what it cannot chart", () => {
    expect(thrown(() => toVegaLite(rankGoal(t2024, "Lạng Sơn", 1))).message).toContain("toMarkdown");
    expect(thrown(() => toVegaLite(42)).code).toBe("INVALID_INPUT");
    expect(thrown(() => toVegaLite(plan, { width: -1 })).path).toEqual(["options", "width"]);
    expect(thrown(() => toVegaLite(plan, { lang: "fr" as never })).path).toEqual(["options", "lang"]);
  });
});

describe("toVegaLite of a tampered copy", () => {
  const copy = <T>(v: T): Record<string, unknown> => JSON.parse(JSON.stringify(v)) as Record<string, unknown>;
  const allocation = allocate(publishedScoreCard("Lạng Sơn", 2023), { compositeTarget: 22.37 }, { strategy: "headroom" });
  const scoring = scoreUnits(fw, [
    { unit: "A", indicators: { waste: 1 } },
    { unit: "B", indicators: { waste: 2 } },
  ]);

  it("a JSON copy unchanged draws as the result does", () => {
    expect(toVegaLite(copy(allocation))).toEqual(toVegaLite(allocation));
    expect(toVegaLite(copy(scoring))).toEqual(toVegaLite(scoring));
    expect(toVegaLite(copy(publishedScoreCard("Lạng Sơn", 2023)))).toEqual(toVegaLite(publishedScoreCard("Lạng Sơn", 2023)));
  });

  it("a copy missing a figure is refused with a PgiError, never drawn with undefined values", () => {
    const a = copy(allocation);
    delete (a.targets as Record<string, Record<string, unknown>>).pollution!.delta;
    expect(thrown(() => toVegaLite(a)).code).toBe("INVALID_INPUT");
    const b = copy(allocation);
    delete (b.baseline as Record<string, unknown>).compliance;
    expect(thrown(() => toVegaLite(b)).code).toBe("INVALID_INPUT");
    const s = copy(scoring);
    delete (s.units as Record<string, unknown>[])[0]!.composite;
    expect(thrown(() => toVegaLite(s)).code).toBe("INVALID_INPUT");
    const c = copy(publishedScoreCard("Lạng Sơn", 2023));
    delete (c.scores as Record<string, unknown>).pollution;
    expect(thrown(() => toVegaLite(c)).code).toBe("MISSING_SUBINDEX"); // the card is rebuilt from its figures
  });

  it("highlight marks the unit it names", () => {
    const spec = toVegaLite(scoring, { highlight: "B" }) as unknown as { data: { values: { unit: string; highlight: boolean }[] } };
    expect(spec.data.values.map((v) => [v.unit, v.highlight])).toEqual([
      ["A", false],
      ["B", true],
    ]);
    expect(thrown(() => toVegaLite(scoring, { highlight: 3 as never })).path).toEqual(["options", "highlight"]);
  });
});

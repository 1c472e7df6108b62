/**
 * Mixed indicator plans (issue 11): a commune's plan with its own units, scales, directions and
 * decimals, and no composite. The figures are a worked example of our own (a commune's
 * environment plan as a district would follow it), not published data.
 */
import { describe, expect, it } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import { checkPlan, createPlan, defineFramework, gapReport, scoreCard, toCsv, toMarkdown, toVegaLite, yearOverYear, type FrameworkSpec } from "../../src/index";
import { thrown } from "../foundation/helpers";
import * as vega from "vega";
import * as vl from "vega-lite";

const spec = () =>
  ({
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
    ],
    composite: "none",
  }) as const;
const fw = () => defineFramework(spec());
const jsonCopy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const COMMUNE = "Xã Tân Thành";
const planInput = () => ({
  unit: COMMUNE,
  title: "Kế hoạch bảo vệ môi trường năm 2025",
  baselineYear: 2024,
  targetYear: 2025,
  baseline: { bins: 62.5, cleanups: 12, dumps: 5 },
  targets: { bins: 90, cleanups: 40, dumps: 0 },
});
const results = () => scoreCard({ unit: COMMUNE, year: 2025, scores: { bins: 84.4, cleanups: 44, dumps: 2 } }, fw());

describe("a commune's mixed plan (worked example)", () => {
  it("the framework keeps each component's unit, scale, direction and decimals; no composite", () => {
    const f = fw();
    expect(f.components.map((c) => [c.unit?.vi, c.scale.min, c.unbounded ?? false, c.direction ?? "higher", c.decimals])).toEqual([
      ["%", 0, false, "higher", 1],
      ["lần", 0, true, "higher", 0],
      ["điểm", 0, true, "lower", 0],
    ]);
    expect(f.composite.method).toBe("none");
    expect(f.components[0]!.scale.max).toBe(100);
  });

  it("a JSON copy of the framework is accepted back and rebuilds to the same", () => {
    const copy = jsonCopy(fw());
    expect(createPlan(planInput(), copy)).toEqual(createPlan(planInput(), fw()));
    expect(jsonCopy(createPlan(planInput(), copy))).toEqual(jsonCopy(createPlan(planInput(), fw())));
  });

  it("the plan: lower-is-better defaults to atMost, numbers at each component's decimals, composite all null", () => {
    const p = createPlan(planInput(), fw());
    expect(p.subIndices.bins).toMatchObject({ baseline: 62.5, target: 90, delta: 27.5, comparator: "atLeast" });
    expect(p.subIndices.cleanups).toMatchObject({ baseline: 12, target: 40, delta: 28, comparator: "atLeast" });
    expect(p.subIndices.dumps).toMatchObject({ baseline: 5, target: 0, delta: -5, comparator: "atMost", direction: "lower" });
    expect(p.composite).toEqual({ baseline: null, target: null, delta: null, stated: null, sumOfTargets: null });
    expect(createPlan({ ...planInput(), targets: { bins: "90,04" } }, fw()).subIndices.bins!.target).toBe(90);
  });

  it("the plan checks clean; the findings flip for lower-is-better and use each scale", () => {
    expect(checkPlan(planInput(), fw())).toEqual([]);
    const codes = (targets: Record<string, unknown>) => checkPlan({ ...planInput(), targets } as never, fw()).map((f) => [f.code, f.path.join(".")]);
    expect(codes({ bins: 90, cleanups: 40, dumps: 7 })).toEqual([["TARGET_ABOVE_BASELINE", "targets.dumps"]]);
    expect(codes({ bins: 50, cleanups: 40, dumps: 0 })).toEqual([["TARGET_BELOW_BASELINE", "targets.bins"]]);
    // % is bounded at 100; a count has no upper end but cannot go below 0
    expect(codes({ bins: 120, cleanups: 1e9, dumps: -1 })).toEqual([
      ["TARGET_OUT_OF_SCALE", "targets.bins"],
      ["TARGET_OUT_OF_SCALE", "targets.dumps"],
    ]);
    const msg = checkPlan({ ...planInput(), targets: { bins: 90, cleanups: 40, dumps: -1 } }, fw()).find((f) => f.code === "TARGET_OUT_OF_SCALE")!;
    expect(msg.message).toBe("the dumps target -1 is outside the scale 0–∞");
    expect(msg.details).toEqual({ id: "dumps", target: -1, min: 0, max: null });
  });

  it("a composite target is refused where there is no composite", () => {
    const e = thrown(() => createPlan({ ...planInput(), compositeTarget: 130 }, fw()));
    expect([e.code, e.path]).toEqual(["INVALID_INPUT", ["compositeTarget"]]);
  });

  it("the gap report against the results: the dumping sites' progress is a decrease", () => {
    const g = gapReport(createPlan(planInput(), fw()), results(), fw());
    expect(g.subIndices.bins!).toEqual({
      baseline: 62.5,
      target: 90,
      actual: 84.4,
      plannedDelta: 27.5,
      achievedDelta: 21.9,
      remaining: 5.6,
      surplus: 0,
      progress: 0.7964,
      status: "partial",
    });
    expect(g.subIndices.cleanups!).toMatchObject({ remaining: 0, surplus: 4, progress: 1.1429, status: "met" });
    expect(g.subIndices.dumps!).toEqual({
      baseline: 5,
      target: 0,
      actual: 2,
      plannedDelta: -5,
      achievedDelta: -3,
      remaining: 2,
      surplus: 0,
      progress: 0.6,
      status: "partial",
      comparator: "atMost",
    });
    expect(g.composite).toBeNull();
    expect(g.summary).toEqual({
      met: ["cleanups"],
      missed: ["bins", "dumps"],
      compositeMet: null,
      compositeMetButSubIndicesMissed: false,
      subIndicesMetButCompositeMissed: false,
    });
    // at or below the target is met; above the baseline has regressed
    const at = (dumps: number) =>
      gapReport(createPlan(planInput(), fw()), scoreCard({ unit: COMMUNE, year: 2025, scores: { bins: 90, cleanups: 40, dumps } }, fw()), fw()).subIndices
        .dumps!;
    expect(at(0)).toMatchObject({ status: "met", progress: 1, remaining: 0, surplus: 0 });
    expect(at(5)).toMatchObject({ status: "none", progress: 0 });
    expect(at(8)).toMatchObject({ status: "regressed", progress: -0.6, remaining: 8 });
  });

  it("JSON copies of the plan and results are accepted with the framework", () => {
    const p = createPlan(planInput(), fw());
    expect(gapReport(jsonCopy(p), jsonCopy(results()), jsonCopy(fw()))).toEqual(gapReport(p, results(), fw()));
    expect(checkPlan(jsonCopy(p), jsonCopy(fw()))).toEqual([]);
  });

  it("renders the plan in Vietnamese: targets with comparator and unit, no composite row", () => {
    const md = toMarkdown(createPlan(planInput(), fw()), { framework: fw() });
    expect(md).toContain("| Hộ dọc trục đường chính có thùng rác đạt chuẩn |       62,5 |      ≥ 90,0 % |    +27,5 |");
    expect(md).toContain("| Ngày Chủ nhật xanh                             |         12 |      ≥ 40 lần |      +28 |");
    expect(md).toContain("| Điểm tập kết rác tự phát                       |          5 |      ≤ 0 điểm |       -5 |");
    expect(md).toContain("| Chỉ tiêu ");
    expect(md).not.toContain("tổng hợp");
  });

  it("renders the gap report in English and both CSVs", () => {
    const g = gapReport(createPlan(planInput(), fw()), results(), fw());
    const md = toMarkdown(g, { lang: "en", framework: fw() });
    expect(md).toContain(
      "| Open dumping sites                                 |             5 |   ≤ 0 sites |           2 |             -5 |              -3 |         2 |       0 |   60.0 % | missed (improved) |",
    );
    expect(md).toContain("≥ 40 times");
    expect(md).toContain("Met: Green Sunday clean-ups. Missed: Households along the main road with a standard bin, Open dumping sites.");
    expect(md).not.toMatch(/composite/i);
    const en = toCsv(g, { lang: "en", framework: fw() }).split("\r\n");
    expect(en[0]).toBe(
      "unit,baseline_year,target_year,id,name,baseline,target,actual,planned_delta,achieved_delta,remaining,surplus,progress,status,comparator,measure",
    );
    expect(en[3]).toBe("Xã Tân Thành,2024,2025,dumps,Open dumping sites,5,0,2,-5,-3,2,0,0.6000,partial,atMost,sites");
    expect(en.filter((l) => l.includes("composite"))).toEqual([]);
    const vi = toCsv(g, { framework: fw() }).split("\r\n");
    expect(vi[1]).toBe(
      'Xã Tân Thành,2024,2025,bins,Hộ dọc trục đường chính có thùng rác đạt chuẩn,"62,5","90,0","84,4","27,5","21,9","5,6","0,0","0,7964",chưa đạt (có cải thiện),từ mức này trở lên,%',
    );
    const planCsv = toCsv(createPlan(planInput(), fw()), { lang: "en", framework: fw() }).split("\r\n");
    expect(planCsv.filter((l) => l !== "")).toHaveLength(4);
    expect(planCsv[3]).toBe("Xã Tân Thành,2024,2025,dumps,Open dumping sites,5,atMost,0,-5,,,,sites");
  });

  it("year over year with the framework: no composite, a summary by indicator", () => {
    const before = scoreCard({ unit: COMMUNE, year: 2024, scores: { bins: 62.5, cleanups: 12, dumps: 5 } }, fw());
    const y = yearOverYear(before, results(), fw());
    expect(y.composite).toBeNull();
    expect(y.summary).toEqual({ vi: "2 chỉ tiêu tăng, 1 chỉ tiêu giảm", en: "2 indicators rose, 1 indicator fell" });
    const md = toMarkdown(y, { lang: "en", framework: fw() });
    expect(md).toContain("| Open dumping sites ");
    expect(md).not.toMatch(/composite/i);
  });

  it("a Vega-Lite chart: one panel per indicator on its own scale, no composite panel", async () => {
    for (const lang of ["vi", "en"] as const) {
      for (const v of [createPlan(planInput(), fw()), gapReport(createPlan(planInput(), fw()), results(), fw())]) {
        const compiled = vl.compile(toVegaLite(v, { lang, framework: fw() }) as vl.TopLevelSpec).spec;
        const svg = await new vega.View(vega.parse(compiled), { renderer: "none" }).toSVG();
        expect(svg).toContain("<svg");
      }
    }
    const spec = toVegaLite(gapReport(createPlan(planInput(), fw()), results(), fw()), { lang: "en", framework: fw() }) as unknown as {
      vconcat: { layer: { encoding: { x: { title: string; scale: unknown } } }[] }[];
    };
    expect(spec.vconcat).toHaveLength(3);
    expect(spec.vconcat.map((p) => [p.layer[0]!.encoding.x.title, p.layer[0]!.encoding.x.scale])).toEqual([
      ["%", { domain: [0, 100] }],
      ["times", { domainMin: 0 }],
      ["sites", { domainMin: 0 }],
    ]);
  });
});

describe("yes/no components", () => {
  const yn = () =>
    defineFramework({
      id: "commune-rules",
      name: { vi: "Quy chế", en: "Rules" },
      composite: "none",
      components: [{ id: "rules", name: { vi: "Ban hành quy chế thu gom rác", en: "Waste collection rules adopted" }, kind: "yesNo" }],
    });
  it("read đạt / chưa đạt", () => {
    const f = yn();
    expect(f.components[0]).toMatchObject({ kind: "yesNo", scale: { min: 0, max: 1 }, decimals: 0, unit: { vi: "đạt/chưa đạt", en: "yes/no" } });
    const p = createPlan({ unit: COMMUNE, baselineYear: 2024, targetYear: 2025, baseline: { rules: 0 }, targets: { rules: 1 } }, f);
    expect(toMarkdown(p, { framework: f })).toContain("| Ban hành quy chế thu gom rác |   chưa đạt |           đạt |       +1 |");
    const g = gapReport(p, scoreCard({ unit: COMMUNE, year: 2025, scores: { rules: 1 } }, f), f);
    expect(g.subIndices.rules!.status).toBe("met");
    expect(toMarkdown(g, { lang: "en", framework: f })).toContain("| Waste collection rules adopted |            no |         yes |         yes |");
    expect(checkPlan({ unit: COMMUNE, baselineYear: 2024, targetYear: 2025, baseline: { rules: 0 }, targets: { rules: 2 } }, f).map((x) => x.code)).toEqual([
      "TARGET_OUT_OF_SCALE",
    ]);
    expect(jsonCopy(createPlan(jsonCopy(p) as never, jsonCopy(f)))).toEqual(jsonCopy(p));
  });
});

describe("bad mixed specs", () => {
  const bad = (edit: (s: any) => void): [string, readonly (string | number)[]] => {
    const s = jsonCopy(spec()) as any;
    edit(s);
    const e = thrown(() => defineFramework(s as FrameworkSpec));
    return [e.code, e.path];
  };
  const cases: [string, (s: any) => void, readonly (string | number)[]][] = [
    [
      "unit a number",
      (s: any) => {
        s.components[0].unit = 5;
      },
      ["components", 0, "unit"],
    ],
    [
      "unit empty",
      (s: any) => {
        s.components[0].unit = "";
      },
      ["components", 0, "unit"],
    ],
    [
      "unit without en",
      (s: any) => {
        s.components[1].unit = { vi: "lần" };
      },
      ["components", 1, "unit"],
    ],
    [
      "scale min ≥ max",
      (s: any) => {
        s.components[0].scale = [100, 0];
      },
      ["components", 0, "scale"],
    ],
    [
      "scale without min",
      (s: any) => {
        s.components[0].scale = [null, 100];
      },
      ["components", 0, "scale", 0],
    ],
    [
      "scale of three",
      (s: any) => {
        s.components[0].scale = [0, 50, 100];
      },
      ["components", 0, "scale"],
    ],
    [
      "scale a string",
      (s: any) => {
        s.components[0].scale = "0-100";
      },
      ["components", 0, "scale"],
    ],
    [
      "scale infinite",
      (s: any) => {
        s.components[0].scale = [0, Infinity];
      },
      ["components", 0, "scale", 1],
    ],
    [
      "direction up",
      (s: any) => {
        s.components[2].direction = "up";
      },
      ["components", 2, "direction"],
    ],
    [
      "decimals 7",
      (s: any) => {
        s.components[0].decimals = 7;
      },
      ["components", 0, "decimals"],
    ],
    [
      "decimals 1.5",
      (s: any) => {
        s.components[0].decimals = 1.5;
      },
      ["components", 0, "decimals"],
    ],
    [
      "decimals -1",
      (s: any) => {
        s.components[0].decimals = -1;
      },
      ["components", 0, "decimals"],
    ],
    [
      "kind boolean",
      (s: any) => {
        s.components[0].kind = "boolean";
      },
      ["components", 0, "kind"],
    ],
    [
      "yes/no with a scale",
      (s: any) => {
        s.components[0].kind = "yesNo";
        delete s.components[0].unit;
        delete s.components[0].direction;
        delete s.components[0].decimals;
      },
      ["components", 0, "scale"],
    ],
    [
      "yes/no with a unit",
      (s: any) => {
        s.components[1] = { id: "x", kind: "yesNo", unit: "%" };
      },
      ["components", 1, "unit"],
    ],
    [
      "composite max",
      (s: any) => {
        s.composite = "max";
      },
      ["composite"],
    ],
    [
      "scale with indicators",
      (s: any) => {
        s.composite = "sum";
        s.indicators = [
          { id: "i", component: "bins", direction: "higher" },
          { id: "j", component: "cleanups", direction: "higher" },
          { id: "k", component: "dumps", direction: "lower" },
        ];
      },
      ["components", 0, "scale"],
    ],
    [
      "composite none with indicators",
      (s: any) => {
        s.components = [{ id: "a" }];
        s.indicators = [{ id: "i", component: "a", direction: "higher" }];
      },
      ["composite"],
    ],
  ];
  it.each(cases)("%s → INVALID_FRAMEWORK at its path", (_name, edit, path) => {
    expect(bad(edit)).toEqual(["INVALID_FRAMEWORK", path]);
  });
});

describe("lower-is-better progress", () => {
  const mirror = (direction: "higher" | "lower", scale: [number, number]) =>
    defineFramework({ id: `m-${direction}`, name: { vi: "m", en: "m" }, composite: "none", components: [{ id: "x", scale, direction, decimals: 2 }] });
  const hi = mirror("higher", [0, 100]);
  const lo = mirror("lower", [-100, 0]);
  const v = fc.integer({ min: 0, max: 10000 }).map((n) => n / 100);
  const row = (f: typeof hi, b: number, t: number, a: number) =>
    gapReport(
      createPlan({ unit: "X", baselineYear: 2024, targetYear: 2025, baseline: { x: b }, targets: { x: t } }, f),
      scoreCard({ unit: "X", year: 2025, scores: { x: a } }, f),
      f,
    ).subIndices.x!;
  prop.prop([v, v, v], { numRuns: 200 })("lower-is-better progress mirrors higher-is-better (values negated on the mirrored scale)", (b, t, a) => {
    const h = row(hi, b, t, a);
    const l = row(lo, -b || 0, -t || 0, -a || 0);
    expect(l.status).toBe(h.status);
    expect(l.progress).toBe(h.progress);
    expect(l.remaining).toBe(h.remaining);
    expect(l.surplus).toBe(h.surplus);
    expect(l.achievedDelta).toBe(-h.achievedDelta || 0);
    expect(l.plannedDelta).toBe(-h.plannedDelta! || 0);
  });
});

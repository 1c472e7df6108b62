import { fc, test } from "@fast-check/vitest";
import * as vega from "vega";
import * as vl from "vega-lite";
import { describe, expect, it } from "vitest";
import {
  assessChecklist,
  assessMany,
  defineChecklist,
  ntmEnvironmentSource,
  ntmEnvironmentTemplate,
  toCsv,
  toMarkdown,
  toVegaLite,
  type ChecklistSpec,
} from "../../src/index";
import { parseCsv } from "../../src/render/primitives";
import { thrown } from "../foundation/helpers";
import { ENV_SPEC } from "./fixtures";

const env = defineChecklist(ENV_SPEC);
const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe("defineChecklist", () => {
  it("normalises thresholds per level, a missing level taking the nearest lower one", () => {
    const i171 = env.criteria[0]!.indicators[0]!;
    expect(i171.threshold).toEqual({
      ntm: { op: "atLeast", value: 95, byRegion: { mountain: 90 } },
      ntmNangCao: { op: "atLeast", value: 98, byRegion: {} },
      ntmKieuMau: { op: "atLeast", value: 98, byRegion: {} },
    });
    expect(env.criteria[1]!.indicators[0]!.threshold.ntmNangCao).toEqual({ op: "atLeast", value: 97.5, byRegion: {} });
    expect(env.criteria[0]!.indicators[2]!.unit).toEqual({ vi: "điểm", en: "sites" });
    expect(Object.isFrozen(env.criteria[0]!.indicators[0]!.threshold.ntm)).toBe(true);
  });

  it("accepts its own JSON copy and gives the same checklist", () => {
    expect(defineChecklist(json(env) as never)).toEqual(env);
  });

  it("does not keep or freeze the caller's spec", () => {
    const spec = json(ENV_SPEC);
    defineChecklist(spec);
    expect(Object.isFrozen(spec)).toBe(false);
    expect(Object.isFrozen(spec.criteria[0])).toBe(false);
  });

  const base = (): Record<string, any> => json(ENV_SPEC) as never;
  const cases: [string, (s: Record<string, any>) => void, (string | number)[], string?][] = [
    ["id missing", (s) => delete s.id, ["id"]],
    ["id not a string", (s) => (s.id = 3), ["id"]],
    ["id reserved", (s) => (s.id = "__proto__"), ["id"]],
    ["name empty", (s) => (s.name = ""), ["name"]],
    ["name without en", (s) => (s.name = { vi: "x" }), ["name"]],
    ["unknown top-level field", (s) => (s.extra = 1), []],
    ["source not a string", (s) => (s.source = 1), ["source"]],
    ["kind wrong", (s) => (s.kind = "plan"), ["kind"]],
    ["no levels", (s) => (s.levels = []), ["levels"]],
    ["level without name", (s) => delete s.levels[0].name, ["levels", 0, "name"]],
    ["duplicate level", (s) => (s.levels[1].id = "ntm"), ["levels", 1, "id"]],
    ["level id is a threshold key", (s) => (s.levels[0].id = "atLeast"), ["levels", 0, "id"]],
    ["duplicate region", (s) => (s.regions[1].id = "mountain"), ["regions", 1, "id"]],
    ["no criteria", (s) => (s.criteria = []), ["criteria"]],
    ["duplicate criterion", (s) => (s.criteria[1].id = "c17"), ["criteria", 1, "id"]],
    ["criterion without levels", (s) => (s.criteria[0].levels = []), ["criteria", 0, "levels"]],
    ["criterion with an unknown level", (s) => (s.criteria[0].levels = ["ntm", "xyz"]), ["criteria", 0, "levels", 1]],
    ["criterion naming a level twice", (s) => (s.criteria[0].levels = ["ntm", "ntm"]), ["criteria", 0, "levels", 1]],
    ["criterion without indicators", (s) => (s.criteria[0].indicators = []), ["criteria", 0, "indicators"]],
    ["duplicate indicator across criteria", (s) => (s.criteria[1].indicators[0].id = "17.1"), ["criteria", 1, "indicators", 0, "id"]],
    ["indicator unit not text", (s) => (s.criteria[0].indicators[0].unit = 5), ["criteria", 0, "indicators", 0, "unit"]],
    ["threshold missing", (s) => delete s.criteria[0].indicators[1].threshold, ["criteria", 0, "indicators", 1, "threshold"]],
    ["threshold null (not filled in)", (s) => (s.criteria[0].indicators[1].threshold = null), ["criteria", 0, "indicators", 1, "threshold"], "not filled in"],
    ["threshold empty", (s) => (s.criteria[0].indicators[1].threshold = {}), ["criteria", 0, "indicators", 1, "threshold"]],
    ["two operators", (s) => (s.criteria[0].indicators[1].threshold = { atLeast: 1, atMost: 2 }), ["criteria", 0, "indicators", 1, "threshold"]],
    ["unknown operator", (s) => (s.criteria[0].indicators[1].threshold = { atLeast: 1, above: 2 }), ["criteria", 0, "indicators", 1, "threshold", "above"]],
    ["threshold not a number", (s) => (s.criteria[0].indicators[0].threshold = { atLeast: "abc" }), ["criteria", 0, "indicators", 0, "threshold", "atLeast"]],
    ["threshold NaN", (s) => (s.criteria[0].indicators[0].threshold = { atLeast: Number.NaN }), ["criteria", 0, "indicators", 0, "threshold", "atLeast"]],
    ["yes not a boolean", (s) => (s.criteria[0].indicators[1].threshold = { yes: "đạt" }), ["criteria", 0, "indicators", 1, "threshold", "yes"]],
    [
      "level map with an unknown level",
      (s) => (s.criteria[0].indicators[0].threshold = { ntm: { atLeast: 1 }, foo: { atLeast: 2 } }),
      ["criteria", 0, "indicators", 0, "threshold", "foo"],
    ],
    [
      "level map naming a level not requiring the criterion",
      (s) => (s.criteria[1].indicators[0].threshold = { ntm: { atLeast: 1 } }),
      ["criteria", 1, "indicators", 0, "threshold", "ntm"],
    ],
    [
      "level map without the lowest level",
      (s) => (s.criteria[0].indicators[0].threshold = { ntmNangCao: { atLeast: 1 } }),
      ["criteria", 0, "indicators", 0, "threshold"],
    ],
    [
      "levels with different operators",
      (s) => (s.criteria[0].indicators[0].threshold = { ntm: { atLeast: 1 }, ntmNangCao: { atMost: 2 } }),
      ["criteria", 0, "indicators", 0, "threshold"],
    ],
    [
      "byRegion with an undeclared region",
      (s) => (s.criteria[0].indicators[0].threshold = { atLeast: 1, byRegion: { coast: 2 } }),
      ["criteria", 0, "indicators", 0, "threshold", "byRegion", "coast"],
    ],
    [
      "byRegion empty",
      (s) => (s.criteria[0].indicators[0].threshold = { atLeast: 1, byRegion: {} }),
      ["criteria", 0, "indicators", 0, "threshold", "byRegion"],
    ],
    [
      "byRegion with another operator",
      (s) => (s.criteria[0].indicators[0].threshold = { atLeast: 1, byRegion: { delta: { atMost: 2 } } }),
      ["criteria", 0, "indicators", 0, "threshold", "byRegion", "delta", "atMost"],
    ],
    [
      "byRegion only, bare number",
      (s) => (s.criteria[0].indicators[0].threshold = { byRegion: { delta: 2 } }),
      ["criteria", 0, "indicators", 0, "threshold", "byRegion", "delta"],
    ],
    [
      "normalised rule with a bad op",
      (s) => (s.criteria[0].indicators[0].threshold = { op: "above", value: 1, byRegion: {} }),
      ["criteria", 0, "indicators", 0, "threshold", "op"],
    ],
  ];
  it.each(cases)("refuses a spec with %s, naming the field", (_name, mutate, path, text) => {
    const s = base();
    mutate(s);
    const e = thrown(() => defineChecklist(s as never));
    expect(e.code).toBe(/not a number|NaN/.test(_name) ? "INVALID_NUMBER" : "INVALID_INPUT");
    expect(e.path).toEqual(path);
    if (text) expect(e.message).toContain(text);
    // Its own Vietnamese, not the English quoted in a Vietnamese frame.
    const en = e.message.slice(e.message.indexOf(": ") + 2);
    expect(e.messageVi).not.toContain(en.slice(0, 30));
  });

  it("refuses __proto__ keys and non-objects", () => {
    expect(thrown(() => defineChecklist(JSON.parse('{"__proto__": 1, "id": "x"}'))).code).toBe("UNSAFE_KEY");
    const s = base();
    s.criteria[0].indicators[0].threshold = JSON.parse('{"ntm": {"atLeast": 1}, "__proto__": {"atLeast": 2}}');
    expect(thrown(() => defineChecklist(s as never)).code).toBe("UNSAFE_KEY");
    expect(thrown(() => defineChecklist(null as never)).code).toBe("INVALID_INPUT");
    expect(thrown(() => defineChecklist([] as never)).code).toBe("INVALID_INPUT");
  });
});

describe("assessChecklist: a commune's year", () => {
  // Xã A (mountains): 91,5 % clean water (≥ 90 there for NTM), landscape "đạt", 1 open dumping site left.
  const a = assessChecklist(env, { unit: "Xã A", region: "Miền núi", values: { "17.1": "91,5", "17.3": "đạt", "17.8": 1, "18.1": 97 } });

  it("criteria, gaps in their units and counts", () => {
    expect(a.region).toBe("mountain");
    expect(a.levels.map((l) => [l.id, l.count, l.reached])).toEqual([
      ["ntm", "0/1", false],
      ["ntmNangCao", "0/2", false],
      ["ntmKieuMau", "0/3", false],
    ]);
    expect(a.highestLevel).toBe(null);
    expect(a.nextLevel).toBe("ntm");
    expect(a.missingForNext).toEqual(["c17"]);
    expect(a.at).toBe("ntm");
    expect(a.criteria[0]!.indicators.map((i) => [i.id, i.threshold.value, i.status, i.gap])).toEqual([
      ["17.1", 90, "met", 0],
      ["17.3", true, "met", null],
      ["17.8", 0, "notMet", 1],
    ]);
    expect(a.criteria[1]).toMatchObject({ id: "c18", level: "ntmNangCao", required: false, met: false });
    expect(a.criteria[1]!.indicators[0]!.gap).toBe(0.5);
  });

  it("exact gaps: 95 − 94.7 is 0.3", () => {
    const r = assessChecklist(env, { unit: "X", region: "delta", values: { "17.1": 94.7 } });
    expect(r.criteria[0]!.indicators[0]!.gap).toBe(0.3);
    expect(r.criteria[0]!.indicators[1]!.status).toBe("missing");
  });

  it("a commune with a target: 'what is still missing on the way'", () => {
    const r = assessChecklist(env, { unit: "Xã B", region: "delta", target: "ntmNangCao", values: { "17.1": 98.2, "17.3": true, "17.8": 0, "18.1": 96 } });
    expect(r.highestLevel).toBe("ntm");
    expect(r.target).toEqual({ level: "ntmNangCao", reached: false, count: "1/2", missing: ["c18"] });
    expect(r.at).toBe("ntmNangCao");
  });

  it("results are frozen, plain, and their JSON copy renders the same", () => {
    expect(Object.isFrozen(a.criteria[0]!.indicators[0])).toBe(true);
    expect(json(a)).toEqual(a);
    for (const lang of ["vi", "en"] as const) {
      expect(toMarkdown(json(a), { lang })).toBe(toMarkdown(a, { lang }));
      expect(toCsv(json(a), { lang })).toBe(toCsv(a, { lang }));
    }
  });

  it("accepts a JSON copy of the checklist and a spec", () => {
    const input = { unit: "Xã A", region: "mountain", values: { "17.1": 91.5, "17.3": true, "17.8": 1, "18.1": 97 } };
    expect(assessChecklist(json(env), input)).toEqual(assessChecklist(env, input));
    expect(assessChecklist(ENV_SPEC, input)).toEqual(assessChecklist(env, input));
  });

  it("yes/no values as plans write them", () => {
    for (const [v, met] of [
      [true, true],
      ["đạt", true],
      ["Đạt", true],
      ["không đạt", false],
      ["chưa đạt", false],
      [false, false],
      ["yes", true],
      ["no", false],
    ] as const) {
      expect(assessChecklist(env, { unit: "X", region: "delta", values: { "17.3": v } }).criteria[0]!.indicators[1]!.met).toBe(met);
    }
  });

  it("bad input: each names its field", () => {
    const e1 = thrown(() => assessChecklist(env, { unit: "X", values: { "99.9": 1 } }));
    expect([e1.code, e1.path]).toEqual(["UNKNOWN_INDICATOR", ["values", "99.9"]]);
    expect(thrown(() => assessChecklist(env, { unit: "X", values: { "17.1": "abc" } })).path).toEqual(["values", "17.1"]);
    expect(thrown(() => assessChecklist(env, { unit: "X", values: { "17.1": true } })).path).toEqual(["values", "17.1"]);
    expect(thrown(() => assessChecklist(env, { unit: "X", values: { "17.3": 1 } })).path).toEqual(["values", "17.3"]);
    expect(thrown(() => assessChecklist(env, { unit: "X", values: { "17.3": "maybe" } })).message).toContain('"đạt"');
    expect(thrown(() => assessChecklist(env, { unit: "", values: {} })).path).toEqual(["unit"]);
    expect(thrown(() => assessChecklist(env, { unit: "X", region: "coast", values: {} })).path).toEqual(["region"]);
    expect(thrown(() => assessChecklist(env, { unit: "X", target: "gold", values: {} })).path).toEqual(["target"]);
    expect(thrown(() => assessChecklist(env, { unit: "X", values: JSON.parse('{"__proto__": 1}') })).code).toBe("UNSAFE_KEY");
    expect(thrown(() => assessChecklist(env, { unit: "X", values: {}, extra: 1 } as never)).path).toEqual(["extra"]);
    expect(thrown(() => assessChecklist({ ...json(env), levels: [] } as never, { unit: "X", values: {} })).path).toEqual(["checklist", "levels"]);
  });

  it("a threshold set only per region needs the region", () => {
    const s = json(ENV_SPEC) as any;
    s.criteria[0].indicators[0].threshold = { byRegion: { mountain: { atLeast: 90 }, delta: { atLeast: 95 } } };
    const c = defineChecklist(s);
    expect(assessChecklist(c, { unit: "X", region: "delta", values: { "17.1": 94 } }).criteria[0]!.indicators[0]!.gap).toBe(1);
    const e = thrown(() => assessChecklist(c, { unit: "X", values: { "17.1": 94 } }));
    expect(e.path).toEqual(["region"]);
    expect(e.message).toContain("mountain, delta");
  });
});

describe("assessMany: a district's NTM year", () => {
  // Ten communes aim for NTM, two for NTM nâng cao; one has no target this year.
  const communes = [
    ...Array.from({ length: 10 }, (_, i) => ({ unit: `Xã ${i + 1}`, region: "delta", values: { "17.1": 90 + i, "17.3": i % 4 !== 3, "17.8": i < 8 ? 0 : 2 } })),
    { unit: "Xã Đông", region: "delta", values: { "17.1": 99, "17.3": "đạt", "17.8": 0, "18.1": 98 } },
    { unit: "Xã Tây", region: "mountain", values: { "17.1": 97, "17.3": "đạt", "17.8": 0, "18.1": 90 } },
    { unit: "Xã Nam", region: "delta", values: {} },
  ];
  const targets: Record<string, string> = Object.fromEntries(communes.slice(0, 10).map((c) => [c.unit, "ntm"]));
  targets["Xã Đông"] = "ntmNangCao";
  targets["Xã Tây"] = "ntmNangCao";
  const s = assessMany(env, communes, { targets });

  it("how many reached their target per level ('3/10 reached NTM')", () => {
    // ≥ 95 % clean water: communes 6–10; landscape fails in 4 and 8; dumping sites left in 9 and 10 → 6 and 7.
    expect(s.units.filter((u) => u.target === "ntm" && u.reachedTarget).map((u) => u.unit)).toEqual(["Xã 6", "Xã 7"]);
    expect(s.levels.map((l) => [l.id, l.count, l.atOrAbove])).toEqual([
      ["ntm", "2/10", 4],
      ["ntmNangCao", "1/2", 1],
      ["ntmKieuMau", "0/0", 0],
    ]);
    expect(s.levels[1]!.notReached).toEqual(["Xã Tây"]);
  });

  it("for each criterion, which communes still fail it", () => {
    expect(s.criteria.map((c) => [c.id, c.failing.length])).toEqual([
      ["c17", 10],
      ["c18", 1],
      ["c19", 0],
    ]);
    // Xã Tây has 97 % clean water: enough for NTM in the mountains (≥ 90), not for NTM nâng cao (≥ 98).
    expect(s.units.find((u) => u.unit === "Xã Tây")).toMatchObject({ highestLevel: "ntm", count: "0/2", missing: ["c17", "c18"] });
    expect(s.criteria[1]!.failing).toEqual(["Xã Tây"]);
    expect(s.units.find((u) => u.unit === "Xã Nam")).toMatchObject({ target: null, reachedTarget: null, count: "0/1", missing: ["c17"] });
  });

  it("counts add up", () => {
    for (const l of s.levels) expect(l.reached + l.notReached.length).toBe(l.targeted);
    expect(s.levels.reduce((n, l) => n + l.targeted, 0)).toBe(s.units.filter((u) => u.target !== null).length);
  });

  it("bad lists", () => {
    expect(
      thrown(() =>
        assessMany(env, [
          { unit: "A", values: {} },
          { unit: "A", values: {} },
        ]),
      ).code,
    ).toBe("DUPLICATE_UNIT");
    const e = thrown(() => assessMany(env, [{ unit: "A", values: {} }], { targets: { B: "ntm" } }));
    expect([e.code, e.path]).toEqual(["UNKNOWN_UNIT", ["targets", "B"]]);
    expect(thrown(() => assessMany(env, [{ unit: "A", values: {} }], { targets: { A: "gold" } })).path).toEqual(["targets", "A"]);
    expect(thrown(() => assessMany(env, [{ unit: "A", values: { x: 1 } }])).path).toEqual(["units", 0, "values", "x"]);
    expect(thrown(() => assessMany(env, "A" as never)).path).toEqual(["units"]);
  });

  it("renders in vi and en; CSV reads back; JSON copy renders the same", () => {
    const md = toMarkdown(s);
    expect(md).toContain("| NTM ");
    expect(md).toMatch(/\| NTM\s+\|\s+10 \|\s+2 \|\s+2\/10 \|/);
    expect(toMarkdown(s, { lang: "en" })).toContain("Units still failing");
    const rows = parseCsv(toCsv(s, { lang: "en" }));
    expect(rows[0]).toEqual(["unit", "region", "target", "target_reached", "highest_level", "criteria_met", "criteria_missing"]);
    expect(rows.length).toBe(1 + communes.length);
    expect(toCsv(json(s))).toBe(toCsv(s));
  });
});

describe("renderers", () => {
  const a = assessChecklist(env, { unit: "Xã A", region: "mountain", values: { "17.1": "91,5", "17.3": "đạt", "17.8": 1, "18.1": 97 } });

  it("Markdown reads as plans write thresholds", () => {
    const vi = toMarkdown(a);
    expect(vi).toContain("≥ 90 % |");
    expect(vi).toContain("≤ 0 điểm");
    expect(vi).toContain("91,5 %");
    expect(vi).toContain("chưa đạt");
    expect(vi).toContain("Mức cao nhất đã đạt: chưa đạt mức nào.");
    const en = toMarkdown(a, { lang: "en" });
    expect(en).toContain("≤ 0 sites");
    expect(en).toContain("not met");
  });

  it("CSV has one row per indicator, numbers in the language's format", () => {
    const rows = parseCsv(toCsv(a, { lang: "vi" }));
    expect(rows[1]).toEqual(["Xã A", "Miền núi", "NTM", "c17", "Môi trường", "chưa đạt", "17.1", "Hộ dùng nước sạch", "%", "≥", "90", "91,5", "0", "đạt"]);
    expect(parseCsv(toCsv(a, { lang: "en" }))[1]).toEqual([
      "Xã A",
      "mountain",
      "ntm",
      "c17",
      "Environment",
      "not met",
      "17.1",
      "Households with clean water",
      "%",
      "atLeast",
      "90",
      "91.5",
      "0",
      "met",
    ]);
    expect(rows.length).toBe(1 + 5);
  });

  it("the checklist itself renders, with regional thresholds", () => {
    const md = toMarkdown(env, { lang: "en" });
    expect(md).toContain("≥ 95 %; Mountains: ≥ 90 %");
    const rows = parseCsv(toCsv(env));
    expect(rows.filter((r) => r[2] === "17.1").map((r) => [r[5], r[7], r[8]])).toEqual([
      ["NTM", "95", ""],
      ["NTM", "90", "Miền núi"],
      ["NTM nâng cao", "98", ""],
      ["NTM kiểu mẫu", "98", ""],
    ]);
    const en = parseCsv(toCsv(env, { lang: "en" }));
    expect(en.filter((r) => r[2] === "17.1").map((r) => [r[5], r[6], r[7], r[8]])).toEqual([
      ["ntm", "atLeast", "95", ""],
      ["ntm", "atLeast", "90", "mountain"],
      ["ntmNangCao", "atLeast", "98", ""],
      ["ntmKieuMau", "atLeast", "98", ""],
    ]);
  });

  it("Vega-Lite charts compile and render", async () => {
    for (const v of [a, assessMany(env, [{ unit: "A", values: {} }], { targets: { A: "ntm" } })]) {
      for (const lang of ["vi", "en"] as const) {
        const spec = toVegaLite(v, { lang });
        const out = await new vega.View(vega.parse(vl.compile(spec as unknown as vl.TopLevelSpec).spec), { renderer: "none" }).toSVG();
        expect(out.startsWith("<svg")).toBe(true);
      }
    }
    expect(thrown(() => toVegaLite(env)).message).toContain("toMarkdown");
  });
});

describe("the shipped NTM criterion 17 template", () => {
  it("ships no threshold and says so", () => {
    expect(ntmEnvironmentSource()).toMatchObject({ decision: "318/QĐ-TTg", date: "2022-03-08", thresholdsShipped: false });
    const t = ntmEnvironmentTemplate();
    expect(t.criteria[0]!.indicators.every((i) => i.threshold === null)).toBe(true);
    const e = thrown(() => defineChecklist(t));
    expect(e.path).toEqual(["criteria", 0, "indicators", 0, "threshold"]);
    expect(e.message).toContain("not filled in");
  });

  it("takes the user's thresholds by indicator id", () => {
    const ids = ntmEnvironmentTemplate().criteria[0]!.indicators.map((i) => i.id);
    const filled = ntmEnvironmentTemplate(
      Object.fromEntries(ids.map((id) => [id, id === "17.1" ? { ntm: { atLeast: 95 }, ntmNangCao: { atLeast: 98 } } : { yes: true }])) as never,
    );
    const c = defineChecklist(filled);
    expect(c.criteria[0]!.indicators[0]!.threshold.ntmNangCao!.value).toBe(98);
    expect(thrown(() => ntmEnvironmentTemplate({ "17.99": { yes: true } })).code).toBe("UNKNOWN_INDICATOR");
    expect(Object.isFrozen(ntmEnvironmentTemplate().criteria[0]!.indicators[0])).toBe(true);
    const mine = { atLeast: 95 };
    ntmEnvironmentTemplate({ "17.1": mine });
    expect(Object.isFrozen(mine)).toBe(false);
  });
});

describe("properties", () => {
  const arbValues = fc.record({
    "17.1": fc.integer({ min: 850, max: 1000 }).map((n) => n / 10),
    "17.3": fc.boolean(),
    "17.8": fc.integer({ min: 0, max: 3 }),
    "18.1": fc.integer({ min: 900, max: 1000 }).map((n) => n / 10),
    "19.1": fc.integer({ min: 0, max: 4 }),
  });
  const arbRegion = fc.constantFrom("mountain", "delta");

  test.prop([arbValues, arbRegion])("a level is reached iff all its required criteria are met", (values, region) => {
    const a = assessChecklist(env, { unit: "X", region, values });
    for (const l of a.levels) {
      const required = env.criteria.filter((c) => c.levels.includes(l.id));
      const allMet = required.every((c) => {
        const r = assessChecklist(env, { unit: "X", region, target: l.id, values }).criteria.find((x) => x.id === c.id)!;
        return r.met;
      });
      expect(l.reached).toBe(allMet);
      expect(l.met + l.failing.length).toBe(l.total);
      expect(l.total).toBe(required.length);
    }
    const firstUnreached = a.levels.findIndex((l) => !l.reached);
    expect(a.highestLevel).toBe(firstUnreached === 0 ? null : a.levels[(firstUnreached < 0 ? a.levels.length : firstUnreached) - 1]!.id);
  });

  test.prop([fc.array(fc.tuple(arbValues, arbRegion, fc.constantFrom("ntm", "ntmNangCao", "ntmKieuMau", null)), { maxLength: 12 })])(
    "counts add up across a list",
    (rows) => {
      const units = rows.map(([values, region], i) => ({ unit: `U${i}`, region, values }));
      const targets = Object.fromEntries(rows.map(([, , t], i) => [`U${i}`, t]));
      const s = assessMany(env, units, { targets });
      expect(s.levels.reduce((n, l) => n + l.targeted, 0)).toBe(rows.filter(([, , t]) => t !== null).length);
      for (const l of s.levels) {
        expect(l.reached + l.notReached.length).toBe(l.targeted);
        expect(l.count).toBe(`${l.reached}/${l.targeted}`);
      }
      for (let i = 1; i < s.levels.length; i++) expect(s.levels[i]!.atOrAbove).toBeLessThanOrEqual(s.levels[i - 1]!.atOrAbove);
      for (const c of s.criteria) for (const u of c.failing) expect(s.units.find((x) => x.unit === u)!.missing).toContain(c.id);
    },
  );
});

const _typed: ChecklistSpec = ENV_SPEC;
void _typed;

describe("errors in Vietnamese", () => {
  it("the common mistakes read in Vietnamese too", () => {
    const t = ntmEnvironmentTemplate();
    expect(thrown(() => defineChecklist(t)).messageVi).toContain("ngưỡng chưa được điền");
    expect(thrown(() => assessChecklist(env, { unit: "X", values: { "17.3": "maybe" } })).messageVi).toContain(
      '"đạt", "có", "x" hoặc "✓" (đã đạt) hoặc "không đạt", "chưa đạt"',
    );
    const e = thrown(() =>
      assessChecklist({ ...json(env), criteria: [{ ...json(env).criteria[0]!, levels: ["ntm", "vip"] }] } as never, { unit: "X", values: {} }),
    );
    expect(e.path).toEqual(["checklist", "criteria", 0, "levels", 1]);
    expect(e.messageVi).toContain('không có mức "vip"');
  });
});

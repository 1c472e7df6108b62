/**
 * One regression test for each example in issue 8's "What was seen": each used to crash, return
 * a non-finite number, touch the caller's object or cost without bound.
 */
import { describe, expect, it } from "vitest";
import * as api from "../../src/index";
import { thrown } from "../foundation/helpers";

const card = () => api.publishedScoreCard("Lạng Sơn", 2023);
const table = () => api.scoreTable(["Hải Dương", "Bắc Ninh", "An Giang"].map((p) => api.publishedScoreCard(p, 2024)));
const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe("crashes on plain arguments are PgiErrors now", () => {
  it("null, NaN and exotic values as options, paths and years", () => {
    expect(thrown(() => api.parseNumber(0, null as never)).path).toEqual(["options"]);
    expect(thrown(() => api.formatNumber(1, null as never)).path).toEqual(["options"]);
    expect(thrown(() => api.rank(table(), null as never)).path).toEqual(["options"]);
    expect(thrown(() => api.scoreTable([card()], null as never)).path).toEqual(["options"]);
    expect(thrown(() => api.aggregateSurvey([], [{ id: "q", type: "yesNo" }], null as never)).code).toBe("INVALID_INPUT");
    expect(thrown(() => api.parseNumber(1, { path: NaN as never })).path).toEqual(["options", "path"]);
    expect(thrown(() => api.subIndex(api.PGI, "x", NaN as never)).path).toEqual(["path"]);
    expect(thrown(() => api.publishedRow(10n as never, "" as never)).path).toEqual(["province"]);
    expect(thrown(() => api.publishedRow("Hà Giang", Symbol("y") as never)).path).toEqual(["year"]);
    expect(thrown(() => api.publishedRow("Hà Giang", Object.create(null))).path).toEqual(["year"]);
  });

  it("an array with holes, a table of composite-only entries, a card as a framework", () => {
    expect(thrown(() => api.scoreTable(new Array(3))).path).toEqual([0]);
    const composites = api.scoreTable([
      { unit: "Hà Nội", year: 2024, composite: 20 },
      { unit: "Huế", year: 2024, composite: 21 },
    ]);
    expect(thrown(() => api.benchmark(composites, "median")).code).toBe("INVALID_INPUT");
    expect(thrown(() => api.allocate(card(), { compositeDelta: 1 }, { strategy: "equal" }, card() as never)).code).toBe("INVALID_FRAMEWORK");
  });
});

describe("library objects that are not what they claim", () => {
  it("JSON copies work exactly like the originals", () => {
    const plan = api.createPlan(api.langSonPlan2024());
    const actual = api.publishedScoreCard("Lạng Sơn", 2024);
    expect(api.gapReport(json(plan), json(actual))).toEqual(api.gapReport(plan, actual));
    expect(api.rank(json(table()))).toEqual(api.rank(table()));
    expect(api.checkPlan(json(plan))).toEqual(api.checkPlan(plan));
    const t = api.trajectory({ baselineYear: 2023, baseline: 17.33, targetYear: 2026, target: 25 });
    expect(api.assessProgress(json(t), [{ year: 2024, value: 20 }])).toEqual(api.assessProgress(t, [{ year: 2024, value: 20 }]));
    expect(api.toMarkdown(json(plan))).toBe(api.toMarkdown(plan));
    expect(api.subIndex(json(api.PGI), "Đảm bảo tuân thủ")).toBe(api.subIndex(api.PGI, 2));
  });

  it("a tampered copy is refused with the field's path", () => {
    const c = json(card()) as any;
    c.composite = 30;
    const e = thrown(() => api.yearOverYear(c, api.publishedScoreCard("Lạng Sơn", 2024)));
    expect(e.path).toEqual(["previous", "composite"]);
    expect(e.message).toContain("is 30, but its own figures give 17.33");
    const p = json(api.createPlan(api.langSonPlan2024())) as any;
    p.subIndices.pollution.delta = 2;
    expect(thrown(() => api.checkPlan(p)).path).toEqual(["subIndices", "pollution", "delta"]);
    const t = json(table()) as any;
    t.rows[0].composite = "abc";
    expect(thrown(() => api.rank(t)).path).toEqual(["table", "rows", 0, "composite"]);
    const r = json(api.rank(table())) as any;
    r.rows[0].unit = 5;
    expect(thrown(() => api.toMarkdown(r)).code).toBe("INVALID_INPUT");
  });
});

describe("finite, exact numbers only", () => {
  it("numbers too large or too fine are refused with OUT_OF_RANGE, never Infinity", () => {
    expect(thrown(() => api.parseNumber("1".repeat(309))).code).toBe("OUT_OF_RANGE");
    expect(thrown(() => api.parseNumber(1e308)).code).toBe("OUT_OF_RANGE");
    expect(thrown(() => api.parseNumber(5e-324)).code).toBe("OUT_OF_RANGE");
    expect(thrown(() => api.trajectory({ baselineYear: 2023, baseline: "1".repeat(309), targetYear: 2026, target: 25 })).code).toBe("OUT_OF_RANGE");
    expect(api.parseNumber("999999999999999")).toBe(999999999999999);
    // the same by quarter as by year
    expect(thrown(() => api.trajectory({ baselineYear: "2025-Q1", baseline: "1".repeat(309), targetYear: "2025-Q4", target: 25 })).code).toBe("OUT_OF_RANGE");
  });

  it("no −0 in trajectories", () => {
    const t = api.trajectory({ baselineYear: 2023, baseline: 1, targetYear: 2024, target: 2, decimals: -0 });
    expect(Object.is(t.decimals, 0)).toBe(true);
  });
});

describe("callers' objects are never touched", () => {
  it("scoreTable neither freezes nor keeps a caller's card copy", () => {
    const copy = json(card());
    const t = api.scoreTable([copy]);
    expect(Object.isFrozen(copy)).toBe(false);
    expect(t.rows[0]!.card).not.toBe(copy);
    expect(t.rows[0]!.card).toEqual(card());
  });

  it("createPlan does not freeze the baseline card's findings; rank does not freeze regions", () => {
    const copy = json(card());
    api.createPlan({ ...api.langSonPlan2024(), baseline: copy });
    expect(Object.isFrozen(copy.findings)).toBe(false);
    const t = json(table());
    api.rank(t);
    expect(Object.isFrozen(t.rows[0]!.region)).toBe(false);
  });
});

describe("bounded cost", () => {
  it("messages quote at most a short excerpt of a bad value", () => {
    const e = thrown(() => api.parseNumber("x".repeat(1_000_000)));
    expect(e.message.length).toBeLessThan(200);
    expect(e.message).toContain("(1000000 characters)");
  });

  it("a very long name is refused at once", () => {
    expect(thrown(() => api.province("x".repeat(1_000_000))).message).toContain("too long");
    expect(thrown(() => api.subIndex(api.PGI, "x".repeat(1_000_000))).code).toBe("UNKNOWN_SUBINDEX");
  });

  it("publishedScoreCard names a bad year briefly", () => {
    expect(thrown(() => api.publishedScoreCard("Hà Giang", {} as never)).message).toBe("year: expected an edition year such as 2024, got an object");
  });
});

describe("documented as frozen, deeply frozen", () => {
  it("subIndexIds and langSonPlan2024", () => {
    expect(Object.isFrozen(api.subIndexIds())).toBe(true);
    const p = api.langSonPlan2024();
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.targets)).toBe(true);
  });
});

describe("a card whose scores were rounded reads back from JSON", () => {
  it("keeps the composite of the exact scores; a composite beyond rounding is refused", () => {
    const c = api.scoreCard({ unit: "X", year: 2024, scores: { pollution: 4.845, compliance: 4.145, greenPractices: 3.605, incentives: 4.755 } });
    expect(c.findings.map((f) => f.code)).toEqual(["SCORES_ROUNDED"]);
    expect(c.computedComposite).toBe(17.35);
    const copy = json(c);
    const table = api.scoreTable([copy], { units: "any" });
    expect(table.rows[0]!.card).toEqual(c);
    const tampered = json(c) as any;
    tampered.computedComposite = 17.6;
    expect(thrown(() => api.scoreTable([tampered], { units: "any" })).code).toBe("INVALID_INPUT");
  });
});

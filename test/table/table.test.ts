import { describe, expect, it } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import { arbScoreTableCards, exactDifference } from "../../src/testing";
import {
  benchmark,
  defineFramework,
  PGI_PUBLISHED,
  publishedScoreCard,
  rank,
  rankGoal,
  regionSummary,
  scoreCard,
  scoreTable,
  toCsv,
  toMarkdown,
} from "../../src/index";
import { parseCsv } from "../../src/render/primitives";
import { thrown } from "../foundation/helpers";

/** Every shipped 2024 row with four sub-indices (33 of them of inferred edition, plus Hải Dương, Bắc Ninh and Long An). */
const cards2024 = PGI_PUBLISHED.filter((r) => r.edition === 2024 && r.scores !== null).map((r) => publishedScoreCard(r.province, 2024));
const t2024 = scoreTable(cards2024);
const card = (unit: string, s: readonly number[], extra: Record<string, unknown> = {}) =>
  scoreCard({ unit, year: 2024, scores: { pollution: s[0]!, compliance: s[1]!, greenPractices: s[2]!, incentives: s[3]! }, ...extra });

describe("scoreTable", () => {
  it("holds one edition's cards with registry names and regions", () => {
    expect(t2024.rows).toHaveLength(36);
    expect(t2024.year).toBe(2024);
    const hcm = scoreTable([card("TP.HCM", [5, 5, 5, 5])]);
    expect(hcm.rows[0]).toMatchObject({ unit: "TP. Hồ Chí Minh", province: "ho-chi-minh-city", region: { id: "southeast" } });
  });

  it("accepts score card inputs and units outside the registry when asked", () => {
    const t = scoreTable(
      [
        { unit: "Huyện Cao Lộc", year: 2024, scores: { 1: 5, 2: 6, 3: 7, 4: 8 } },
        { unit: "Huyện Văn Lãng", year: 2024, scores: { 1: 6, 2: 6, 3: 6, 4: 6 } },
        { unit: "Lạng Sơn", year: 2024, scores: { 1: 4.95, 2: 4.95, 3: 6.71, 4: 6.02 } },
      ],
      { units: "any" },
    );
    expect(t.rows.map((r) => [r.unit, r.region?.id ?? null])).toEqual([
      ["Huyện Cao Lộc", null],
      ["Huyện Văn Lãng", null],
      ["Lạng Sơn", "northernMidlandsMountains"],
    ]);
    expect(rank(t).rows.map((r) => [r.unit, r.rank])).toEqual([
      ["Huyện Cao Lộc", 1],
      ["Huyện Văn Lãng", 2],
      ["Lạng Sơn", 3],
    ]);
    expect(thrown(() => rank(t, { within: "region" })).code).toBe("INVALID_INPUT");
  });

  it.each([
    ["an empty list", [], "INVALID_INPUT", []],
    ["a unit twice", [card("Lạng Sơn", [5, 5, 5, 5]), card("Lang Son", [6, 6, 6, 6])], "DUPLICATE_UNIT", [1, "unit"]],
    ["HCMC under two spellings", [card("TP.HCM", [5, 5, 5, 5]), card("Hồ Chí Minh", [6, 6, 6, 6])], "DUPLICATE_UNIT", [1, "unit"]],
    ["a card of another edition", [card("Lạng Sơn", [5, 5, 5, 5]), publishedScoreCard("Hải Dương", 2023)], "EDITION_MISMATCH", [1, "year"]],
    ["a district without units: 'any'", [card("Huyện Cao Lộc", [5, 5, 5, 5])], "UNKNOWN_PROVINCE", [0, "unit"]],
    ["a non-card", [card("Lạng Sơn", [5, 5, 5, 5]), 42], "INVALID_INPUT", [1]],
    [
      "a card of another framework",
      [scoreCard({ unit: "Lạng Sơn", year: 2024, scores: { a: 5 } }, defineFramework({ id: "x", name: { vi: "X", en: "X" }, components: [{ id: "a" }] }))],
      "INVALID_INPUT",
      [0],
    ],
    ["a bad card input", [{ unit: "Lạng Sơn", year: 2024, scores: { 1: "abc", 2: 5, 3: 5, 4: 5 } }], "INVALID_NUMBER", [0, "scores", "1"]],
  ] as const)("refuses %s", (_n, cards, code, path) => {
    const e = thrown(() => scoreTable(cards as never));
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });

  it("refuses a bad units option", () => {
    expect(thrown(() => scoreTable([card("Lạng Sơn", [5, 5, 5, 5])], { units: "districts" as never })).path).toEqual(["units"]);
  });
});

/** The shipped 2024 figures: 36 provinces with sub-indices, 13 with only the composite (and often the rank). */
const entries2024 = PGI_PUBLISHED.filter((r) => r.edition === 2024).map((r) =>
  r.scores !== null
    ? publishedScoreCard(r.province, 2024)
    : { unit: r.province, year: 2024, composite: r.composite!, ...(r.rank !== null ? { rank: r.rank } : {}) },
);

describe("composite-only entries", () => {
  const t = scoreTable(entries2024);

  it("take part in composite rankings: the shipped 2024 table reproduces the published top 6", () => {
    expect(t.rows).toHaveLength(49);
    const r = rank(t);
    expect(r.rows.slice(0, 6).map((x) => [x.rank, x.unit, x.value, x.publishedRank])).toEqual([
      [1, "Hải Phòng", 29, 1],
      [2, "Vĩnh Long", 28.16, 2],
      [3, "Hà Nam", 28.04, 3],
      [4, "Bắc Ninh", 27.78, 4],
      [5, "Bình Dương", 27.64, 5],
      [6, "Long An", 27.56, 6],
    ]);
    expect(r.findings.filter((f) => f.code === "RANK_ORDER_CONFLICT")).toEqual([]);
  });

  it("are left out of sub-index rankings and summaries, with a finding", () => {
    const r = rank(t, { by: "pollution" });
    expect(r.rows).toHaveLength(36);
    expect(r.findings.map((f) => [f.code, f.details.count])).toEqual([["COMPOSITE_ONLY_LEFT_OUT", 13]]);
    expect(regionSummary(t, { by: "pollution" }).regions.reduce((a, x) => a + x.count, 0)).toBe(36);
    expect(regionSummary(t).regions.reduce((a, x) => a + x.count, 0)).toBe(49);
  });

  it("rank goals against the fuller table; sub-index goals and benchmarks need scores", () => {
    expect(rankGoal(t, "Lạng Sơn", 10)).toMatchObject({ currentRank: 47, competitors: 49, requiredValue: 26.34, increase: 3.71 });
    expect(thrown(() => rankGoal(t, "Hải Phòng", 1, { by: "compliance" })).path).toEqual(["by"]);
    expect(thrown(() => benchmark(t, "Hải Phòng")).code).toBe("INVALID_INPUT");
    expect(benchmark(t, "best").label.en).toBe("best of all units (Bắc Ninh)");
    expect(toMarkdown(t, { lang: "en" })).toMatch(/\| Hải Phòng\s+\|\s+— \|\s+— \|\s+— \|\s+— \|\s+29.00 \|\s+1 \|/);
  });

  it.each([
    ["a composite out of scale", { unit: "Hà Nội", year: 2024, composite: 41 }, "OUT_OF_SCALE", [0, "composite"]],
    ["a composite as words", { unit: "Hà Nội", year: 2024, composite: "abc" }, "INVALID_NUMBER", [0, "composite"]],
    ["a year without an edition", { unit: "Hà Nội", year: 2025, composite: 25 }, "UNKNOWN_EDITION", [0, "year"]],
    ["an unknown field", { unit: "Hà Nội", year: 2024, composite: 25, region: "x" }, "INVALID_INPUT", [0]],
    ["a bad rank", { unit: "Hà Nội", year: 2024, composite: 25, rank: 0 }, "INVALID_INPUT", [0, "rank"]],
  ] as const)("refuses %s", (_n, entry, code, path) => {
    const e = thrown(() => scoreTable([entry as never]));
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });
});

describe("rank", () => {
  it("ranks the shipped 2024 rows by composite, best first", () => {
    const r = rank(t2024);
    expect(r.rows.slice(0, 3).map((x) => [x.unit, x.value, x.rank])).toEqual([
      ["Bắc Ninh", 27.78, 1],
      ["Long An", 27.56, 2],
      ["Hải Dương", 26.34, 3],
    ]);
    expect(r.rows.at(-1)).toMatchObject({ unit: "Kiên Giang", value: 20.71, rank: 36 });
    expect(r.by).toBe("composite");
  });

  it("keeps published ranks and reports where they differ", () => {
    const r = rank(t2024);
    expect(r.rows.find((x) => x.unit === "Bắc Ninh")!.publishedRank).toBe(4);
    expect(r.findings.map((f) => [f.code, f.details.unit, f.details.computed, f.details.published])).toEqual([
      ["RANK_DIFFERS", "Bắc Ninh", 1, 4],
      ["RANK_DIFFERS", "Long An", 2, 6],
      ["RANK_DIFFERS", "Hải Dương", 3, 13],
    ]);
    const conflict = rank(scoreTable([card("Lạng Sơn", [5, 5, 5, 5], { rank: 1 }), card("Cao Bằng", [6, 6, 6, 6], { rank: 2 })]));
    expect(conflict.findings.map((f) => f.code)).toEqual(["RANK_DIFFERS", "RANK_DIFFERS", "RANK_ORDER_CONFLICT"]);
  });

  it("published 2024 ties share a rank: 17, 17, 19, 19, 19, 22", () => {
    const r = rank(t2024)
      .rows.slice(16, 22)
      .map((x) => [x.rank, x.unit, x.value]);
    expect(r).toEqual([
      [17, "Bình Thuận", 23.85],
      [17, "Phú Thọ", 23.85],
      [19, "Hà Giang", 23.84],
      [19, "Lào Cai", 23.84],
      [19, "Tuyên Quang", 23.84],
      [22, "Cao Bằng", 23.68],
    ]);
  });

  it("shares ranks on ties and skips the next (1, 2, 2, 4)", () => {
    const t = scoreTable([card("Lạng Sơn", [6, 6, 6, 6]), card("Cao Bằng", [5, 5, 5, 5.5]), card("Hà Giang", [5, 5.5, 5, 5]), card("Lào Cai", [5, 5, 5, 5])]);
    expect(rank(t).rows.map((r) => [r.unit, r.rank])).toEqual([
      ["Lạng Sơn", 1],
      ["Cao Bằng", 2],
      ["Hà Giang", 2],
      ["Lào Cai", 4],
    ]);
  });

  it("ranks by any sub-index and within regions", () => {
    expect(rank(t2024, { by: "Đảm bảo tuân thủ" }).rows[0]).toMatchObject({ unit: "Long An", value: 7.62, rank: 1, publishedRank: null });
    const within = rank(t2024, { within: "region" });
    const firsts = within.rows.filter((r) => r.rank === 1).map((r) => [r.region!.id, r.unit]);
    expect(firsts).toContainEqual(["redRiverDelta", "Bắc Ninh"]);
    expect(firsts).toContainEqual(["mekongDelta", "Long An"]);
    expect(within.findings).toEqual([]);
  });

  it("refuses bad options", () => {
    expect(thrown(() => rank(t2024, { by: "biodiversity" as never })).code).toBe("UNKNOWN_SUBINDEX");
    expect(thrown(() => rank(t2024, { within: "province" as never })).path).toEqual(["within"]);
    expect(thrown(() => rank([] as never)).code).toBe("INVALID_INPUT");
  });

  it("renders rankings in both languages and CSV", () => {
    const r = rank(t2024);
    expect(toMarkdown(r)).toMatch(/\|\s+1 \| Bắc Ninh\s+\| Đồng bằng sông Hồng\s+\|\s+27,78 \|\s+4 \|/);
    const rows = parseCsv(toCsv(r, { lang: "en" }));
    expect(rows[0]).toEqual(["rank", "unit", "region", "by", "value", "published_rank"]);
    expect(rows[1]).toEqual(["1", "Bắc Ninh", "redRiverDelta", "composite", "27.78", "4"]);
  });
});

describe("regionSummary", () => {
  it("count, mean, median, best and worst per region", () => {
    const s = regionSummary(t2024);
    const rrd = s.regions.find((r) => r.region?.id === "redRiverDelta")!;
    expect(rrd).toMatchObject({
      count: 2,
      mean: 27.06,
      median: 27.06,
      best: { units: ["Bắc Ninh"], value: 27.78 },
      worst: { units: ["Hải Dương"], value: 26.34 },
    });
    expect(s.regions.reduce((a, r) => a + r.count, 0)).toBe(36);
    expect(s.regions.map((r) => r.region!.id)).toEqual([
      "northernMidlandsMountains",
      "redRiverDelta",
      "northCentralCentralCoast",
      "centralHighlands",
      "mekongDelta",
    ]);
  });

  it("medians of even counts are the mean of the middle two; ties are all listed", () => {
    const t = scoreTable([card("Lạng Sơn", [6, 6, 6, 6]), card("Cao Bằng", [5, 5, 5, 5.01]), card("Hà Giang", [5, 5, 5, 5]), card("Lào Cai", [6, 6, 6, 6])]);
    const r = regionSummary(t).regions[0]!;
    expect(r).toMatchObject({ count: 4, mean: 22, median: 22.01, best: { units: ["Lạng Sơn", "Lào Cai"], value: 24 } });
    expect(toMarkdown(regionSummary(t), { lang: "en" })).toContain("24.00 (Lạng Sơn, Lào Cai)");
  });
});

describe("rankGoal", () => {
  it("Lạng Sơn 2024 into the top 10 of the shipped rows", () => {
    const g = rankGoal(t2024, "Lang Son", 10);
    const tenth = rank(t2024).rows.filter((r) => r.unit !== "Lạng Sơn")[9]!.value;
    expect(tenth).toBe(24.6); // Phú Yên
    expect(g).toMatchObject({
      unit: "Lạng Sơn",
      by: "composite",
      targetRank: 10,
      currentValue: 22.63,
      currentRank: 34,
      requiredValue: 24.6,
      increase: 1.97,
      alreadyThere: false,
      feasible: true,
      competitors: 36,
    });
    expect(g.increase).toBe(Math.round((tenth - 22.63) * 100) / 100);
    expect(g.note.vi).toContain("tương đối");
    expect(g.note.en).toContain("relative");
  });

  it("per sub-index, a requirement at the scale maximum (still feasible), already there", () => {
    const t = scoreTable([card("Lạng Sơn", [6, 6, 6, 6]), card("Cao Bằng", [10, 5, 5, 5]), card("Hà Giang", [4, 5, 5, 5])]);
    expect(rankGoal(t, "Hà Giang", 1, { by: "pollution" })).toMatchObject({ requiredValue: 10, increase: 6, feasible: true });
    expect(rankGoal(t, "Lạng Sơn", 1)).toMatchObject({ alreadyThere: false, increase: 1, currentRank: 2, requiredValue: 25 });
    expect(rankGoal(t, "Lạng Sơn", 2)).toMatchObject({ alreadyThere: true, increase: 0, requiredValue: 19 });
    expect(rankGoal(t, "Lạng Sơn", 3)).toMatchObject({ alreadyThere: true, increase: 0, requiredValue: 4 });
    const full = scoreTable([card("Lạng Sơn", [10, 10, 10, 10]), card("Hà Giang", [4, 5, 5, 5])]);
    expect(rankGoal(full, "Hà Giang", 1)).toMatchObject({ requiredValue: 40, feasible: true });
    expect(toMarkdown(rankGoal(t, "Hà Giang", 1))).toContain("Lưu ý: điểm PGI là điểm tương đối");
  });

  it("within a region ('đứng đầu khu vực')", () => {
    const g = rankGoal(t2024, "Lạng Sơn", 1, { within: "region" });
    const best = rank(t2024, { within: "region" }).rows.find((r) => r.region!.id === "northernMidlandsMountains" && r.rank === 1)!;
    expect(g.requiredValue).toBe(best.value);
    expect(g.competitors).toBe(t2024.rows.filter((r) => r.region!.id === "northernMidlandsMountains").length);
  });

  it("refuses unknown units and bad ranks", () => {
    expect(thrown(() => rankGoal(t2024, "Hà Nội", 1)).code).toBe("UNKNOWN_UNIT");
    const any = scoreTable(
      [
        { unit: "Huyện Cao Lộc", year: 2024, composite: 20 },
        { unit: "Huyện Văn Quan", year: 2024, composite: 21 },
      ],
      { units: "any" },
    );
    const typo = thrown(() => rankGoal(any, "Huyện Văn Quang", 1));
    expect(typo.message).toBe('unit: "Huyện Văn Quang" is not in the table; did you mean "Huyện Văn Quan"?');
    expect(typo.messageVi).toBe('unit: "Huyện Văn Quang" không có trong bảng; có phải là "Huyện Văn Quan"?');
    expect(thrown(() => rankGoal(any, "Thành phố Lạng Sơn", 1)).message).toContain("units: Huyện Cao Lộc, Huyện Văn Quan");
    for (const bad of [0, 37, 1.5, Number.NaN, "1"]) expect(thrown(() => rankGoal(t2024, "Lạng Sơn", bad as never)).path).toEqual(["targetRank"]);
  });
});

describe("benchmark", () => {
  it("best, median and a named unit, nationally or in a region", () => {
    expect(benchmark(t2024, "best").scores).toEqual({ pollution: 7.64, compliance: 7.47, greenPractices: 4.88, incentives: 7.78 });
    expect(benchmark(t2024, "Lạng Sơn").scores).toEqual({ pollution: 4.95, compliance: 4.95, greenPractices: 6.71, incentives: 6.02 });
    expect(benchmark(t2024, "best", { region: "northernMidlandsMountains" }).label.en).toMatch(/^best of Northern Midlands and Mountains \(/);
    expect(thrown(() => benchmark(t2024, "best", { region: "atlantis" })).path).toEqual(["region"]);
    expect(thrown(() => benchmark(t2024, "Hà Nội")).code).toBe("UNKNOWN_UNIT");
  });
});

const tableArb = arbScoreTableCards({ maxUnits: 10, year: 2024 });

describe("ranking properties", () => {
  prop.prop([tableArb, fc.context()], { numRuns: 100 })("ranks are a permutation-invariant function of scores", (cards) => {
    const a = rank(scoreTable(cards));
    const b = rank(scoreTable([...cards].reverse()));
    const byUnit = (r: typeof a) => Object.fromEntries(r.rows.map((x) => [x.unit, x.rank]));
    expect(byUnit(b)).toEqual(byUnit(a));
  });

  prop.prop([tableArb], { numRuns: 100 })("ties share a rank and the next rank skips", (cards) => {
    const r = rank(scoreTable(cards)).rows;
    for (const x of r) {
      expect(x.rank).toBe(1 + r.filter((y) => y.value > x.value).length);
      for (const y of r) if (y.value === x.value) expect(y.rank).toBe(x.rank);
    }
  });

  prop.prop([tableArb, fc.nat(), fc.nat()], { numRuns: 150 })(
    "reaching rankGoal's score gives rank ≤ target, and 0.01 less does not (when not already there)",
    (cards, ui, ri) => {
      const t = scoreTable(cards);
      const unit = t.rows[ui % t.rows.length]!.unit;
      const target = 1 + (ri % t.rows.length);
      const g = rankGoal(t, unit, target);
      const others = t.rows.filter((r) => r.unit !== unit).map((r) => r.composite);
      const rankWith = (v: number) => 1 + others.filter((o) => o > v).length;
      expect(rankWith(g.requiredValue)).toBeLessThanOrEqual(target);
      if (!g.alreadyThere) {
        expect(rankWith(exactDifference(g.requiredValue, 0.01))).toBeGreaterThan(target);
        expect(g.increase).toBe(exactDifference(g.requiredValue, g.currentValue));
      } else expect(g.increase).toBe(0);
    },
  );
});

import { describe, expect, it } from "vitest";
import { benchmark, PGI_PUBLISHED, publishedScoreCard, publishedTable, rank, rankGoal, regionSummary, toCsv } from "../../src/index";
import { thrown } from "../foundation/helpers";

describe("publishedTable: the shipped figures of an edition", () => {
  it("2024: 49 provinces, every shipped row, each the published card", () => {
    const t = publishedTable(2024);
    expect(t).toMatchObject({ kind: "scoreTable", framework: "pgi", edition: 2024, year: 2024, units: "provinces" });
    expect(t.rows.length).toBe(PGI_PUBLISHED.filter((r) => r.edition === 2024).length);
    expect(t.rows.length).toBe(49);
    expect(t.rows.filter((r) => r.scores === null).length).toBe(13); // 36 with all four sub-indices, 13 by the composite only
    expect(
      rank(t)
        .rows.slice(0, 3)
        .map((r) => [r.unit, r.value, r.rank, r.publishedRank]),
    ).toEqual([
      ["Hải Phòng", 29, 1, 1],
      ["Vĩnh Long", 28.16, 2, 2],
      ["Hà Nam", 28.04, 3, 3],
    ]);
    const ls = t.rows.find((r) => r.unit === "Lạng Sơn")!;
    expect(ls.card).toBe(publishedScoreCard("Lạng Sơn", 2024));
    expect(ls.composite).toBe(22.63);
    expect(Object.isFrozen(t)).toBe(true);
    expect(publishedTable("2024")).toBe(t);
  });

  it("keeps composite-only rows (2022 and 2023 are known partly by their composite)", () => {
    const t2023 = publishedTable(2023);
    const compositeOnly = PGI_PUBLISHED.filter((r) => r.edition === 2023 && r.scores === null && r.composite !== null);
    expect(compositeOnly.length).toBeGreaterThan(0);
    expect(t2023.rows.filter((r) => r.scores === null).map((r) => r.unit)).toEqual(compositeOnly.map((r) => r.province));
    const r0 = compositeOnly[0]!;
    const row = t2023.rows.find((r) => r.unit === r0.province)!;
    expect(row.composite).toBe(Number(r0.composite));
    expect(row.publishedRank).toBe(r0.rank);
    expect(row.card).toBeNull();
    // composite rankings hold every row; a sub-index ranking only the full rows
    expect(rank(t2023).rows.length).toBe(t2023.rows.length);
    expect(rank(t2023, { by: "pollution" }).rows.length).toBe(t2023.rows.length - compositeOnly.length);
  });

  it("rank, rank goals, regions and benchmarks run on it (Lạng Sơn 2024: 22.63)", () => {
    const t = publishedTable(2024);
    expect(rank(t).rows.find((r) => r.unit === "Lạng Sơn")!.value).toBe(22.63);
    expect(rankGoal(t, "Lạng Sơn", 10).currentValue).toBe(22.63);
    expect(regionSummary(t).regions.length).toBeGreaterThan(0);
    expect(benchmark(t, "Lạng Sơn").scores).toEqual(publishedScoreCard("Lạng Sơn", 2024).scores);
    expect(toCsv(t, { lang: "en" }).split("\n").length).toBeGreaterThan(49);
  });

  it.each([[2021], [2025], ["abc"], [Number.NaN], [null], [2024.5]])("refuses %s with the shipped editions", (e) => {
    const err = thrown(() => publishedTable(e as never));
    expect(err.code).toBe("UNKNOWN_EDITION");
    expect(err.path).toEqual(["edition"]);
    expect(err.message).toContain("shipped editions: 2022, 2023, 2024");
    expect(err.messageVi).toContain("các kỳ có số liệu: 2022, 2023, 2024");
  });
});

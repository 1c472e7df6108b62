/**
 * Rankings of your own units: rank, regionSummary, rankGoal and benchmark on a scoring of a
 * framework of your own (the worked district example of docs/methodology.md: ten districts of
 * Lạng Sơn in two groups, illustrative figures), its columns and JSON copies.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  benchmark,
  defineFramework,
  isPgiError,
  type PgiError,
  rank,
  rankGoal,
  regionSummary,
  scoreColumns,
  scoreUnits,
  toCsv,
  toMarkdown,
  toVegaLite,
  type FrameworkSpec,
  type UnitRow,
} from "../../src/index";

const examples = join(__dirname, "..", "..", "docs", "examples");
const fw = defineFramework(JSON.parse(readFileSync(join(examples, "chi-so-xanh-huyen.json"), "utf8")) as FrameworkSpec);

/** The example's CSV as rows (empty cells missing). */
function districtRows(): UnitRow[] {
  const [head, ...lines] = readFileSync(join(examples, "chi-so-xanh-huyen-2024.csv"), "utf8").trim().split("\n");
  const ids = head!.split(",").slice(2);
  return lines.map((line) => {
    const cells = line.split(",");
    return { unit: cells[0]!, group: cells[1]!, indicators: Object.fromEntries(ids.map((id, i) => [id, cells[i + 2] === "" ? null : Number(cells[i + 2])])) };
  });
}

const rows = districtRows();
const s = scoreUnits(fw, rows);

function thrown(f: () => unknown): PgiError {
  try {
    f();
  } catch (e) {
    if (isPgiError(e)) return e;
    throw e;
  }
  throw new Error("expected a PgiError");
}

describe("rank of a scoring", () => {
  it("ranks the ten districts as the scoring does, values at the framework's decimals", () => {
    const r = rank(s);
    expect(r.framework).toBe("dgi");
    expect(r.year).toBeNull();
    expect(r.rows.map((x) => [x.unit, x.group, x.value, x.rank])).toEqual([
      ["Cao Lộc", "Biên giới", 25.99, 1],
      ["Bắc Sơn", "Nội địa", 23.8, 2],
      ["Văn Lãng", "Biên giới", 22.59, 3],
      ["Chi Lăng", "Nội địa", 21.19, 4],
      ["Văn Quan", "Nội địa", 21.17, 5],
      ["Tràng Định", "Biên giới", 19.35, 6],
      ["Hữu Lũng", "Nội địa", 18.35, 7],
      ["Bình Gia", "Nội địa", 17.23, 8],
      ["Lộc Bình", "Biên giới", 15.15, 9],
      ["Đình Lập", "Biên giới", 14.73, 10],
    ]);
    for (const u of s.units) expect(r.rows.find((x) => x.unit === u.unit)!.rank).toBe(u.rank);
    expect(r.findings).toEqual([]);
  });

  it("ranks within each group (the unit's group as its region), groups in the order of the units", () => {
    const r = rank(s, { within: "region" });
    expect(r.within).toBe("region");
    expect(r.rows.map((x) => [x.group, x.rank, x.unit])).toEqual([
      ["Biên giới", 1, "Cao Lộc"],
      ["Biên giới", 2, "Văn Lãng"],
      ["Biên giới", 3, "Tràng Định"],
      ["Biên giới", 4, "Lộc Bình"],
      ["Biên giới", 5, "Đình Lập"],
      ["Nội địa", 1, "Bắc Sơn"],
      ["Nội địa", 2, "Chi Lăng"],
      ["Nội địa", 3, "Văn Quan"],
      ["Nội địa", 4, "Hữu Lũng"],
      ["Nội địa", 5, "Bình Gia"],
    ]);
  });

  it("ranks by a component: its id, or with the framework its name", () => {
    const byId = rank(s, { by: "gov" });
    expect(byId.rows.slice(0, 3).map((x) => [x.unit, x.value, x.rank])).toEqual([
      ["Cao Lộc", 10, 1],
      ["Hữu Lũng", 9, 2],
      ["Bắc Sơn", 7.71, 3],
    ]);
    expect(rank(s, { by: "Quản lý môi trường" as "gov", framework: fw })).toEqual(byId);
    expect(thrown(() => rank(s, { by: "Quản lý môi trường" as "gov" })).code).toBe("UNKNOWN_SUBINDEX");
  });

  it("ties share a rank and the next rank skips (1, 1, 3), tied units in name order", () => {
    const tfw = defineFramework({
      id: "t",
      name: { vi: "T", en: "T" },
      components: [{ id: "c" }],
      indicators: [{ id: "x", component: "c", direction: "higher" }],
    });
    const ts = scoreUnits(tfw, [
      { unit: "Bắc Sơn", indicators: { x: 5 } },
      { unit: "An Khánh", indicators: { x: 9 } },
      { unit: "Ân Thi", indicators: { x: 9 } },
      { unit: "Cao Lộc", indicators: { x: 1 } },
    ]);
    expect(rank(ts).rows.map((x) => [x.unit, x.rank])).toEqual([
      ["An Khánh", 1],
      ["Ân Thi", 1],
      ["Bắc Sơn", 3],
      ["Cao Lộc", 4],
    ]);
  });

  it("leaves units without a composite out, with an info finding UNSCORED_LEFT_OUT", () => {
    const gaps = rows.map((r) => (r.unit === "Bình Gia" ? { ...r, indicators: { ...r.indicators, budget: null, inspections: null } } : r));
    const r = rank(scoreUnits(fw, gaps));
    expect(r.rows).toHaveLength(9);
    expect(r.findings.map((f) => [f.severity, f.code, f.details.count])).toEqual([["info", "UNSCORED_LEFT_OUT", 1]]);
    expect(r.findings[0]!.messageVi).toContain("không được xếp hạng");
  });

  test.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.option(fc.integer({ min: 0, max: 20 }), { nil: null })), { minLength: 2, maxLength: 30 })])(
    "ranks of a scoring equal the engine's own ranks, from the result, its JSON copy and its columns",
    (data) => {
      const pfw = defineFramework({
        id: "p",
        name: { vi: "P", en: "P" },
        components: [{ id: "a" }, { id: "b" }],
        indicators: [
          { id: "x", component: "a", direction: "higher" },
          { id: "y", component: "b", direction: "lower" },
        ],
      });
      const prow = data.map(([x, y], i) => ({ unit: `U${i}`, indicators: { x, y } }));
      const ps = scoreUnits(pfw, prow);
      const want = ps.units
        .filter((u) => u.rank !== null)
        .map((u) => [u.unit, u.rank])
        .sort();
      for (const input of [
        ps,
        JSON.parse(JSON.stringify(ps)),
        scoreColumns(pfw, { units: prow.map((r) => r.unit), columns: { x: data.map((d) => d[0]), y: data.map((d) => d[1]) } }),
      ]) {
        expect(
          rank(input)
            .rows.map((r) => [r.unit, r.rank])
            .sort(),
        ).toEqual(want);
      }
    },
  );
});

describe("regionSummary, rankGoal and benchmark of a scoring", () => {
  it("summarises each group at the framework's decimals", () => {
    const g = regionSummary(s, { framework: fw });
    expect(g.framework).toBe("dgi");
    expect(g.regions.map((r) => [r.group, r.count, r.mean, r.median, r.best, r.worst])).toEqual([
      ["Biên giới", 5, 19.56, 19.35, { units: ["Cao Lộc"], value: 25.99 }, { units: ["Đình Lập"], value: 14.73 }],
      ["Nội địa", 5, 20.35, 21.17, { units: ["Bắc Sơn"], value: 23.8 }, { units: ["Bình Gia"], value: 17.23 }],
    ]);
    const four = defineFramework({ ...(JSON.parse(readFileSync(join(examples, "chi-so-xanh-huyen.json"), "utf8")) as FrameworkSpec), decimals: 4 });
    const s4 = scoreUnits(four, rows);
    const border = s4.units.filter((u) => u.group === "Biên giới").map((u) => u.composite!);
    expect(border).toEqual([19.3476, 22.5948, 25.9862, 15.152, 14.73]);
    // (19.3476 + 22.5948 + 25.9862 + 15.152 + 14.73) / 5 = 19.56212 → 19.5621 at 4 decimals
    expect(regionSummary(s4, { framework: four }).regions[0]!.mean).toBe(19.5621);
  });

  it("puts units without a group last under group null, and refuses a scoring with no group at all", () => {
    const some = scoreUnits(
      fw,
      rows.map((r) => (r.unit === "Cao Lộc" ? { ...r, group: null } : r)),
    );
    expect(regionSummary(some, { framework: fw }).regions.map((r) => [r.group, r.count])).toEqual([
      ["Biên giới", 4],
      ["Nội địa", 5],
      [null, 1],
    ]);
    const none = scoreUnits(
      fw,
      rows.map(({ group: _g, ...r }) => r),
    );
    const e = thrown(() => regionSummary(none, { framework: fw }));
    expect([e.code, e.message, e.messageVi]).toEqual([
      "INVALID_INPUT",
      'table.units: no scored unit has a group; a summary by group needs each unit\'s "group" (district type, area…) in the rows given to scoreUnits',
      'table.units: không đơn vị nào đã chấm điểm có nhóm; tổng hợp theo nhóm cần ghi "group" (loại huyện, khu vực…) cho từng dòng số liệu đưa vào scoreUnits',
    ]);
  });

  it("rankGoal: the framework's own scale and name, not PGI's 40", () => {
    const g = rankGoal(s, "Văn Quan", 3, { framework: fw });
    expect([g.framework, g.year, g.currentValue, g.currentRank, g.requiredValue, g.increase, g.feasible, g.max, g.competitors]).toEqual([
      "dgi",
      null,
      21.17,
      5,
      22.59,
      1.42,
      true,
      30,
      10,
    ]);
    expect(g.note.en).toContain("solveFor");
    const w = rankGoal(s, "van quan", 1, { within: "region", framework: fw });
    expect([w.unit, w.competitors, w.currentRank, w.requiredValue, w.increase]).toEqual(["Văn Quan", 5, 3, 23.8, 2.63]);
    const c = rankGoal(s, "Đình Lập", 1, { by: "gov", framework: fw });
    expect([c.requiredValue, c.increase, c.max, c.feasible]).toEqual([10, 9, 10, true]);
  });

  it("rankGoal of a component without a fixed scale has no maximum and is always feasible", () => {
    const zfw = defineFramework({
      id: "z",
      name: { vi: "Z", en: "Z" },
      components: [{ id: "c" }],
      indicators: [{ id: "x", component: "c", direction: "higher", normalization: { method: "zscore" } }],
    });
    const zs = scoreUnits(
      zfw,
      [1, 2, 3, 10].map((x, i) => ({ unit: `U${i}`, indicators: { x } })),
    );
    const g = rankGoal(zs, "U0", 1, { framework: zfw });
    expect([g.max, g.feasible, g.requiredValue]).toEqual([null, true, zs.units[3]!.composite]);
  });

  it("benchmark: the best district's scores, the medians, within a group", () => {
    expect(benchmark(s, "best")).toMatchObject({
      label: { en: "best of all units (Cao Lộc)", vi: "tốt nhất tất cả đơn vị (Cao Lộc)" },
      scores: { env: 7.01, pressure: 8.98, gov: 10 },
    });
    expect(benchmark(s, "median", { framework: fw }).scores).toEqual({ env: 7.04, pressure: 8.01, gov: 6 } /* pressure: (7.65 + 8.36) / 2 = 8.005, half-up */);
    expect(benchmark(s, "best", { region: "Nội địa" }).label.en).toBe("best of group Nội địa (Bắc Sơn)");
    expect(benchmark(s, "Văn Quan").scores).toEqual({ env: 7.07, pressure: 8.67, gov: 5.43 });
  });
});

describe("a multi-level framework", () => {
  it("ranks, summarises and sets goals on its top level", () => {
    const lfw = defineFramework({
      id: "lv",
      name: { vi: "Chỉ số nhiều cấp", en: "Multi-level index" },
      components: [{ id: "green" }, { id: "gov" }, { id: "env", parent: "green" }, { id: "pressure", parent: "green" }],
      indicators: [
        { id: "waste", component: "env", direction: "higher" },
        { id: "forest", component: "env", direction: "higher" },
        { id: "dumps", component: "pressure", direction: "lower" },
        { id: "budget", component: "gov", direction: "higher" },
      ],
    });
    const ls = scoreUnits(
      lfw,
      rows.map((r) => ({
        unit: r.unit,
        group: r.group ?? null,
        indicators: { waste: r.indicators.waste, forest: r.indicators.forest, dumps: r.indicators.dumps, budget: r.indicators.budget },
      })),
    );
    const r = rank(ls, { framework: lfw });
    for (const u of ls.units) expect(r.rows.find((x) => x.unit === u.unit)!.rank).toBe(u.rank);
    expect(rank(ls, { by: "green", framework: lfw }).rows.length).toBe(10);
    const g = rankGoal(ls, "Văn Quan", 1, { framework: lfw });
    expect([g.max, g.competitors]).toEqual([lfw.composite.scale.max, 10]);
    expect(regionSummary(ls, { framework: lfw }).regions.map((x) => x.count)).toEqual([5, 5]);
    // a level below the top one, by its id (with or without the framework)
    expect(Object.keys(ls.units[0]!.components).sort()).toEqual(["env", "gov", "green", "pressure"]);
    expect(rank(ls, { by: "env", framework: lfw })).toEqual(rank(ls, { by: "env" }));
    expect(regionSummary(ls, { by: "pressure", framework: lfw }).regions[0]!.count).toBe(5);
    expect(rankGoal(ls, "Văn Quan", 1, { by: "env", framework: lfw }).max).toBe(10);
  });
});

describe("copies and columns", () => {
  it("a JSON copy and the columns of the same scoring rank, summarise and set goals the same", () => {
    const copy = JSON.parse(JSON.stringify(s));
    const cols = scoreColumns(fw, {
      units: rows.map((r) => r.unit),
      groups: rows.map((r) => r.group ?? null),
      columns: Object.fromEntries(fw.indicators.map((i) => [i.id, rows.map((r) => (r.indicators[i.id] as number | null) ?? null)])),
    });
    const colsCopy = JSON.parse(JSON.stringify(cols));
    for (const x of [copy, cols, colsCopy]) {
      expect(rank(x, { within: "region" })).toEqual(rank(s, { within: "region" }));
      expect(regionSummary(x, { framework: fw })).toEqual(regionSummary(s, { framework: fw }));
      expect(rankGoal(x, "Văn Quan", 3, { framework: fw })).toEqual(rankGoal(s, "Văn Quan", 3, { framework: fw }));
      expect(benchmark(x, "median", { framework: fw })).toEqual(benchmark(s, "median", { framework: fw }));
    }
    expect(rankGoal(s, "Văn Quan", 3, { framework: JSON.parse(JSON.stringify(fw)) })).toEqual(rankGoal(s, "Văn Quan", 3, { framework: fw }));
  });

  it("refuses a copy whose numbers are not numbers, duplicated units, unsafe keys, a changed shape", () => {
    const copy = () => JSON.parse(JSON.stringify(s));
    const bad = copy();
    bad.units[2].composite = "abc";
    expect([thrown(() => rank(bad)).code, thrown(() => rank(bad)).path]).toEqual(["INVALID_INPUT", ["units", 2, "composite"]]);
    const inf = copy();
    inf.units[0].components.env = Number.POSITIVE_INFINITY;
    expect(thrown(() => rank(inf)).path).toEqual(["units", 0, "components", "env"]);
    const dup = copy();
    dup.units[1].unit = "cao loc";
    expect(thrown(() => rank(dup)).code).toBe("DUPLICATE_UNIT");
    const proto = JSON.parse(JSON.stringify(s).replace('"components":{"env"', '"components":{"__proto__":1,"env"'));
    expect(thrown(() => rank(proto)).code).toBe("UNSAFE_KEY");
    const shape = copy();
    delete shape.units[4].components.gov;
    expect(thrown(() => rank(shape)).path).toEqual(["units", 4, "components"]);
    const group = copy();
    group.units[0].group = 7;
    expect(thrown(() => rank(group)).path).toEqual(["units", 0, "group"]);
    expect(thrown(() => rank({ kind: "scoring", framework: "dgi", units: [] } as never)).path).toEqual(["units"]);
    expect(thrown(() => rank({ kind: "scoringColumns", framework: "dgi", units: ["A"], components: { c: [1, 2] }, composite: [1] } as never)).path).toEqual([
      "components",
      "c",
    ]);
    // NaN, as JSON writes it (null), is a unit without a score
    const nan = copy();
    nan.units[0].composite = null;
    expect(rank(nan).rows).toHaveLength(9);
  });
});

describe("bad input, in both languages", () => {
  it("ranking within groups with a unit of no group names the unit and what to do", () => {
    const one = scoreUnits(
      fw,
      rows.map((r) => (r.unit === "Văn Quan" ? { ...r, group: null } : r)),
    );
    const e = thrown(() => rank(one, { within: "region" }));
    expect([e.code, e.path, e.details]).toEqual(["INVALID_INPUT", ["within"], { unit: "Văn Quan" }]);
    expect(e.message).toBe(
      'within: "Văn Quan" has no group; ranking within groups needs a group for every unit (give each row a "group", or leave within out)',
    );
    expect(e.messageVi).toBe(
      'within: "Văn Quan" không thuộc nhóm nào; xếp hạng trong từng nhóm cần mọi đơn vị có nhóm (ghi "group" cho từng dòng, hoặc bỏ within)',
    );
    expect(thrown(() => rankGoal(one, "Văn Quan", 1, { within: "region", framework: fw })).path).toEqual(["within"]);
  });

  it("rankGoal and the median benchmark need the framework; a framework of another scoring is refused", () => {
    const e = thrown(() => rankGoal(s, "Văn Quan", 3, {} as never));
    expect([e.code, e.path]).toEqual(["INVALID_INPUT", ["framework"]]);
    expect(e.message).toContain('a scoring carries only its framework\'s id ("dgi")');
    expect(e.messageVi).toContain("hãy truyền bộ chỉ số đã dùng để chấm điểm qua { framework }");
    expect(thrown(() => regionSummary(s, {})).path).toEqual(["framework"]);
    expect(thrown(() => benchmark(s, "median")).path).toEqual(["framework"]);
    const other = defineFramework({
      id: "other",
      name: { vi: "K", en: "K" },
      components: [{ id: "env" }],
      indicators: [{ id: "x", component: "env", direction: "higher" }],
    });
    const m = thrown(() => rank(s, { framework: other as never }));
    expect([m.code, m.path, m.message]).toEqual([
      "INVALID_INPUT",
      ["framework"],
      'framework: the framework passed ("other") is not the one the units were scored with ("dgi"); pass the framework given to scoreUnits',
    ]);
  });

  it("unknown units, bad targets and bad options", () => {
    expect(thrown(() => rankGoal(s, "Văn Quang", 3, { framework: fw })).code).toBe("UNKNOWN_UNIT");
    expect(thrown(() => rankGoal(s, "Văn Quan", 11, { framework: fw })).path).toEqual(["targetRank"]);
    expect(thrown(() => rankGoal(s, "Văn Quan", Number.NaN, { framework: fw })).path).toEqual(["targetRank"]);
    expect(thrown(() => rank(s, { within: "group" as "region" })).path).toEqual(["within"]);
    expect(thrown(() => rank(s, { by: "__proto__" as "env" })).code).toBe("UNKNOWN_SUBINDEX");
    expect(thrown(() => benchmark(s, "best", { region: "Miền núi" })).messageVi).toBe(
      'region: không có đơn vị nào đã chấm điểm thuộc nhóm "Miền núi"; các nhóm là Biên giới, Nội địa',
    );
    expect(thrown(() => benchmark(s, "Đồng Đăng")).code).toBe("UNKNOWN_UNIT");
  });

  it("does not change the scoring", () => {
    const copy = JSON.parse(JSON.stringify(s));
    const before = JSON.stringify(copy);
    rank(copy, { within: "region" });
    regionSummary(copy, { framework: fw });
    rankGoal(copy, "Văn Quan", 1, { framework: fw });
    benchmark(copy, "best");
    expect(JSON.stringify(copy)).toBe(before);
    expect(Object.isFrozen(copy)).toBe(false);
  });
});

describe("rendered", () => {
  it("tables and charts name the framework and the groups (its id without the framework)", () => {
    const r = rank(s, { within: "region" });
    expect(toMarkdown(r, { lang: "vi", framework: fw }).split("\n").slice(0, 5)).toEqual([
      "**Xếp hạng Chỉ số xanh cấp huyện: Điểm tổng hợp (trong từng nhóm)**",
      "",
      "| Hạng | Đơn vị     | Nhóm      | Điểm tổng hợp |",
      "| ---: | ---------- | --------- | ------------: |",
      "|    1 | Cao Lộc    | Biên giới |         25,99 |",
    ]);
    expect(toMarkdown(rank(s, { by: "gov" }), { lang: "en" }).split("\n")[0]).toBe("**Ranking dgi: gov**");
    expect(toCsv(rank(s), { lang: "en" }).split(/\r?\n/)[1]).toBe("1,Cao Lộc,Biên giới,composite,25.99,");
    expect((toVegaLite(rank(s), { lang: "en", framework: fw }) as { title: string }).title).toBe("Ranking District green index: Composite");
    expect(toMarkdown(regionSummary(s, { framework: fw }), { lang: "en", framework: fw }).split("\n")[0]).toBe("**By group, District green index: Composite**");
    const goal = toMarkdown(rankGoal(s, "Văn Quan", 3, { framework: fw }), { lang: "vi", framework: fw });
    expect(goal.split("\n")[0]).toBe("**Văn Quan: mục tiêu hạng 3 (Điểm tổng hợp, Chỉ số xanh cấp huyện)**");
    expect(goal).toContain("| Điểm cần đạt            |   22,59 |");
  });
});

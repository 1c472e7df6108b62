/**
 * Charts of a scoring of your own framework: the title names the framework (its id when the
 * framework is not passed), and the stacked chart draws every component of every scored unit,
 * adding up to its composite, whatever the composite rule.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defineFramework, rank, scoreColumns, scoreUnits, toMarkdown, toVegaLite, type FrameworkSpec, type UnitRow } from "../../src/index";

const examples = join(__dirname, "..", "..", "docs", "examples");
const spec = JSON.parse(readFileSync(join(examples, "chi-so-xanh-huyen-xu-ly.json"), "utf8")) as FrameworkSpec;
const fw = defineFramework(spec);
const [head, ...lines] = readFileSync(join(examples, "chi-so-xanh-huyen-2024.csv"), "utf8").trim().split("\n");
const ids = head!.split(",").slice(2);
const rows: UnitRow[] = lines.map((line) => {
  const [unit, group, ...cells] = line.split(",");
  return { unit: unit!, group: group!, indicators: Object.fromEntries(ids.map((id, i) => [id, cells[i] === "" ? null : Number(cells[i])])) };
});

interface Stacked {
  title: string;
  data: { values: { unit: string; component: string; value: number; composite: number; order: number }[] };
  encoding: { color: { sort: string[] } };
}

describe("scoring chart titles", () => {
  const s = scoreUnits(fw, rows);
  it("name the framework in the chart's language, its id without the framework", () => {
    expect((toVegaLite(s, { framework: fw, lang: "en" }) as { title: string }).title).toBe("Scores: District green index");
    expect((toVegaLite(s, { framework: fw }) as { title: string }).title).toBe("Kết quả chấm điểm: Chỉ số xanh cấp huyện");
    expect((toVegaLite(JSON.parse(JSON.stringify(s)), { lang: "en" }) as { title: string }).title).toBe("Scores: dgi");
    expect(toMarkdown(s, { framework: fw, lang: "en" }).split("\n")[0]).toBe("**Scores: District green index**");
    expect(toMarkdown(JSON.parse(JSON.stringify(s)), { lang: "en" }).split("\n")[0]).toBe("**Scores: dgi**");
    expect((toVegaLite(rank(s), { lang: "en" }) as { title: string }).title).toBe("Ranking dgi: Composite");
    expect((toVegaLite(rank(s, { by: "env" }), { lang: "vi", framework: fw }) as { title: string }).title).toBe(
      "Xếp hạng Chỉ số xanh cấp huyện: Chất lượng môi trường",
    );
  });
});

describe("scoring tables", () => {
  const s = scoreUnits(fw, rows);
  it("head each component's column with its name in the table's language when the framework is passed, its id without it", () => {
    expect(toMarkdown(s, { framework: fw }).split("\n")[2]).toMatch(
      /^\| Hạng \| Đơn vị +\| Chất lượng môi trường \| Áp lực ô nhiễm \| Quản lý môi trường \| Tổng hợp \|$/,
    );
    expect(toMarkdown(s, { framework: fw, lang: "en" }).split("\n")[2]).toMatch(
      /\| Environmental quality \| Pollution pressure \| Environmental management \|/,
    );
    expect(toMarkdown(JSON.parse(JSON.stringify(s))).split("\n")[2]).toMatch(/^\| Hạng \| Đơn vị +\| +env \| pressure \| +gov \| Tổng hợp \|$/);
  });
});

describe("stacked chart of a scoring", () => {
  const names = ["Environmental quality", "Pollution pressure", "Environmental management"];
  for (const composite of ["sum", "mean", "weightedSum", "geometricMean", "harmonicMean", "median"] as const) {
    it(`draws every component of every unit, adding up to its composite (${composite})`, () => {
      const f = defineFramework({
        ...spec,
        composite,
        components: spec.components.map((c, i) => ({
          ...c,
          ...(composite === "weightedSum" || composite === "geometricMean" || composite === "harmonicMean" ? { weight: i + 1 } : {}),
        })),
      });
      const s = scoreUnits(f, rows);
      const chart = toVegaLite(s, { chart: "stacked", framework: f, lang: "en" }) as unknown as Stacked;
      expect(chart.encoding.color.sort).toEqual(names);
      for (const u of s.units) {
        const parts = chart.data.values.filter((v) => v.unit === u.unit);
        expect(parts.map((p) => p.component)).toEqual(names);
        expect(parts.map((p) => p.order)).toEqual([0, 1, 2]);
        // each part rounded at 2 decimals: the sum is within 1.5 hundredths of the composite
        expect(Math.abs(parts.reduce((a, p) => a + p.value, 0) - u.composite!)).toBeLessThanOrEqual(0.015 + 1e-9);
      }
    });
  }

  it("draws the same from the columns of the same scoring", () => {
    const s = scoreUnits(fw, rows);
    const c = scoreColumns(fw, {
      units: rows.map((r) => r.unit),
      groups: rows.map((r) => r.group ?? null),
      columns: Object.fromEntries(ids.map((id) => [id, rows.map((r) => (r.indicators[id] as number | null) ?? null)])),
    });
    expect(toVegaLite(c, { chart: "stacked", framework: fw })).toEqual(toVegaLite(s, { chart: "stacked", framework: fw }));
  });
});

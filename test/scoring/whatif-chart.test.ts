import { describe, expect, it } from "vitest";
import { defineFramework, PgiError, scoreUnits, toVegaLite } from "../../src";

const fw = defineFramework({
  id: "dgi",
  name: { vi: "Chỉ số xanh cấp huyện", en: "District green index" },
  composite: "weightedSum",
  components: [
    { id: "env", name: { vi: "Môi trường", en: "Environment" }, weight: 2 },
    { id: "soc", name: { vi: "Xã hội", en: "Society" } },
  ],
  indicators: [
    { id: "a", component: "env", direction: "higher" },
    { id: "b", component: "soc", direction: "higher" },
  ],
});
const s = scoreUnits(fw, [
  { unit: "Văn Quan", indicators: { a: 10, b: 4 } },
  { unit: "Bắc Sơn", indicators: { a: 0, b: 8 } },
  { unit: "Lộc Bình", indicators: { a: 5, b: 0 } },
]);

describe("stacked components chart of a scoring", () => {
  it("stacks each unit's weighted component contributions, adding up to its composite", () => {
    const spec = toVegaLite(s, { chart: "stacked", framework: fw, lang: "en" }) as unknown as {
      title: string;
      data: { values: { unit: string; component: string; value: number; composite: number }[] };
      encoding: { x: { stack: string } };
    };
    expect(spec.title).toBe("Scores: District green index");
    expect(spec.encoding.x.stack).toBe("zero");
    const vq = spec.data.values.filter((v) => v.unit === "Văn Quan");
    // env 10 × weight 2 = 20, soc 5.5: composite 25.5
    expect(vq.map((v) => [v.component, v.value])).toEqual([
      ["Environment", 20],
      ["Society", 5.5],
    ]);
    expect(vq[0]!.composite).toBe(25.5);
    for (const u of ["Văn Quan", "Bắc Sơn", "Lộc Bình"]) {
      const parts = spec.data.values.filter((v) => v.unit === u);
      expect(parts.reduce((a, v) => a + v.value, 0)).toBeCloseTo(parts[0]!.composite, 9);
    }
  });

  it("names the framework in the chart's language", () => {
    expect((toVegaLite(s, { framework: fw }) as unknown as { title: string }).title).toBe("Kết quả chấm điểm: Chỉ số xanh cấp huyện");
  });

  it("refuses an unknown chart kind", () => {
    let e: unknown;
    try {
      // @ts-expect-error not a chart kind
      toVegaLite(s, { chart: "pie" });
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(PgiError);
    expect((e as PgiError).path).toEqual(["options", "chart"]);
  });
});

import { describe, expect, it } from "vitest";
import { correlationHeatmap, correlations, impute, imputePanel, indicatorStats, toCsv, toMarkdown, toVegaLite, treat } from "../../src/index";
import { FW, ROWS } from "./helpers";

const REF = [...Array.from({ length: 20 }, (_, i) => i + 1), 100, 200, 400, 800];

describe("renderers of the analyst functions", () => {
  it("indicator statistics: Markdown in both languages, CSV with a decimal comma in Vietnamese", () => {
    const s = indicatorStats(FW, ROWS);
    const vi = toMarkdown(s);
    expect(vi.split("\n")[0]).toBe("**Thống kê chỉ tiêu (24 đơn vị)**");
    expect(vi).toContain(
      "| i3       |         24 |     0 |    20,27 |     45,8 |  34,1904166667 |   33,475 |   8,089254536 |  -0,07372580277 |  -1,150220287 | —  ",
    );
    expect(vi).toContain("lệch và nhọn (có giá trị ngoại lai)");
    const en = toMarkdown(s, { lang: "en" });
    expect(en).toContain("values for under 65 % of units");
    const csv = toCsv(s, { lang: "en" }).split("\r\n");
    expect(csv[0]).toBe("indicator,n,missing,min,max,mean,median,sd,skewness,kurtosis,non_zero,unique,same,availability,flags");
    expect(csv[8]).toBe("i8,24,0,0,12,1.375,0,3.004525572,2.501016167,6.378023308,6,6,18,1,skewKurtosis manyZeros fewUnique");
    expect(toCsv(s).split("\r\n")[8]).toBe('i8,24,0,0,12,"1,375",0,"3,004525572","2,501016167","6,378023308",6,6,18,1,skewKurtosis manyZeros fewUnique');
  });
  it("correlations: the matrix, each indicator with its component, the flags", () => {
    const c = correlations(FW, ROWS);
    const en = toMarkdown(c, { lang: "en" });
    expect(en.split("\n")[0]).toBe("**Pearson correlations between indicators**");
    expect(en).toContain("- i6 and i7 are nearly collinear (correlation 0.9982429973): consider dropping one");
    expect(en).toContain("- i1 and i3 in component env correlate negatively (-0.5279213099, direction-adjusted)");
    expect(en).toContain("| i3        | env       |                   0.4909600934 |");
    expect(en).toMatch(/\| gov +\| +0\.5991649219 \|/);
    expect(toMarkdown(c)).toContain("gần như trùng nhau");
    const csv = toCsv(c, { lang: "en" }).split("\r\n");
    expect(csv[0]).toBe("indicator,i1,i2,i3,i4,i5,i6,i7,i8");
    expect(csv[1]!.startsWith("i1,1,-0.01306691327,0.5279213099,")).toBe(true);
  });
  it("treatment, imputation and panel imputation", () => {
    expect(toMarkdown(treat(REF), { lang: "en" }).split("\n")[0]).toBe("**Outlier treatment: winsorised (2 points)**");
    expect(toMarkdown(treat(REF))).toContain("| Trước |     3,516456767 | 13,01367356 |");
    expect(toMarkdown(treat(REF)).split("\n")[0]).toBe("**Xử lý giá trị ngoại lai: đã thay giá trị ngoại lai bằng giá trị liền kề (2 giá trị)**");
    expect(toCsv(treat(REF), { lang: "en" }).split("\r\n").slice(-3)).toEqual(["22,200", "23,200", ""]);
    const imp = impute(FW, ROWS, { method: "groupMean" });
    const md = toMarkdown(imp, { lang: "en" });
    expect(md.split("\n")[0]).toBe(`**Imputation (group mean): ${imp.imputed.length} values**`);
    expect(md).toContain("`IMPUTATION_GAP`");
    expect(toCsv(imp).split("\r\n")[0]).toBe("Đơn vị,Chỉ tiêu,Giá trị bổ sung");
    const p = imputePanel(
      [
        { year: 2020, value: 1 },
        { year: 2021, value: null },
      ],
      { method: "latest" },
    );
    expect(toMarkdown(p)).toContain("| 2021 |       1 | có (từ 2020) |");
    expect(toCsv(p, { lang: "en" })).toBe("year,value,imputed\r\n2020,1,false\r\n2021,1,true\r\n");
  });
  it("a JSON copy renders as the result does", () => {
    const s = indicatorStats(FW, ROWS);
    expect(toMarkdown(JSON.parse(JSON.stringify(s)))).toBe(toMarkdown(s));
  });
  it("the correlation heatmap is a Vega-Lite rect chart over every pair", () => {
    const c = correlations(FW, ROWS, { method: "spearman" });
    const spec = correlationHeatmap(c, { lang: "en", width: 300 });
    expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
    expect(spec.title).toBe("Spearman correlations between indicators");
    expect(spec.data.values.length).toBe(64);
    expect(spec.data.values[2]).toEqual({ a: "i1", b: "i3", r: c.matrix[0]![2] });
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });
  it("toVegaLite draws a correlations result (or its JSON copy) as the same heatmap", () => {
    const c = correlations(FW, ROWS);
    const spec = toVegaLite(c, { lang: "en" }) as unknown as Record<string, unknown>;
    expect(spec.mark).toEqual({ type: "rect" });
    expect((spec.data as { values: unknown[] }).values).toEqual(correlationHeatmap(c).data.values);
    expect(toVegaLite(JSON.parse(JSON.stringify(c)), { lang: "en" })).toEqual(spec);
  });
});

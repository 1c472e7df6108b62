/**
 * `pgi score` reads treatment and imputation from the framework file and runs them.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "pgi-treat-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, value: unknown): string => {
  const p = join(dir, name);
  writeFileSync(p, typeof value === "string" ? value : JSON.stringify(value));
  return p;
};

describe("pgi score with treatment and imputation in the framework file", () => {
  const spec = file("framework.json", {
    id: "district",
    name: { vi: "Chỉ số xanh cấp huyện", en: "District green index" },
    components: [{ id: "env" }],
    indicators: [{ id: "waste", component: "env", direction: "higher" }],
    treatment: { method: "auto" },
    imputation: { method: "median" },
  });
  // 1…20, 100, 200, 400 and a missing value (filled with the median, 12).
  const csv = file(
    "data.csv",
    ["unit,waste", ...[...Array.from({ length: 20 }, (_, i) => i + 1), 100, 200, 400].map((x, u) => `U${u + 1},${x}`), "U24,"].join("\n"),
  );

  it("imputes, treats and says so (JSON)", async () => {
    const r = await run("score", spec, csv, "--format", "json");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.imputed).toEqual([{ unit: "U24", indicator: "waste", value: 12 }]);
    expect(out.treated.map((t: { indicator: string; method: string; winsorised: number }) => [t.indicator, t.method, t.winsorised])).toEqual([
      ["waste", "winsorise", 3],
    ]);
    expect(out.units.slice(20).map((u: { composite: number }) => u.composite)).toEqual([10, 10, 10, 6.21]);
    expect(out.findings.map((f: { code: string }) => f.code)).toEqual(["VALUES_IMPUTED", "OUTLIERS_TREATED"]);
  });

  it("ranks the treated scores (--by a component)", async () => {
    const r = await run("score", spec, csv, "--by", "env", "--format", "json");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("U24");
  });

  it("refuses a bad treatment in the file with the field named", async () => {
    const bad = file("bad.json", {
      id: "x",
      name: { vi: "X", en: "X" },
      components: [{ id: "env" }],
      indicators: [{ id: "waste", component: "env", direction: "higher" }],
      treatment: { method: "auto", winmax: -1 },
    });
    const r = await run("score", bad, csv, "--lang", "en");
    expect(r.code).not.toBe(0);
    expect(r.err).toContain("[INVALID_FRAMEWORK]");
    expect(r.err).toContain("winmax must be a whole number from 0 to 1000");
  });
});

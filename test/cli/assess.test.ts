import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { defineChecklist } from "../../src/index";
import { parseCsv } from "../../src/render/primitives";
import { ENV_SPEC } from "../checklist/fixtures";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "pgi-assess-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, value: unknown): string => {
  const p = join(dir, name);
  writeFileSync(p, typeof value === "string" ? value : JSON.stringify(value));
  return p;
};

const spec = file("env.json", ENV_SPEC);
const csv = file(
  "communes.csv",
  "\uFEFFunit;region;target;17.1;17.3;17.8;18.1\r\nXã A;mountain;ntm;91,5;đạt;0;\r\nXã B;delta;ntm;94;đạt;0;\r\nXã C;delta;ntmNangCao;99;đạt;0;98\r\n",
);

describe("pgi assess", () => {
  it("is listed in --help", async () => {
    expect((await run("help", "--lang", "en")).out).toContain("pgi assess <checklist.json> <communes.csv|communes.xlsx|communes.json>");
  });

  it("a district's list from CSV (; separated, decimal commas, BOM): targets reached per level", async () => {
    const { code, out, err } = await run("assess", spec, csv);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toMatch(/\| NTM\s+\|\s+2 \|\s+1 \|\s+1\/2 \| Xã B/);
    const en = await run("assess", spec, csv, "--format", "csv", "--lang", "en");
    const rows = parseCsv(en.out);
    expect(rows.slice(1).map((r) => [r[0], r[3], r[5], r[6]])).toEqual([
      ["Xã A", "met", "1/1", ""],
      ["Xã B", "not met", "0/1", "c17"],
      ["Xã C", "met", "2/2", ""],
    ]);
  });

  it("JSON communes, a JSON copy of the checklist, one commune → its full assessment", async () => {
    const copy = file("env-copy.json", defineChecklist(ENV_SPEC));
    const one = file("one.json", [{ unit: "Xã A", region: "Miền núi", target: "ntm", values: { "17.1": 91.5, "17.3": true, "17.8": 1 } }]);
    const { code, out } = await run("assess", copy, one, "--format", "json");
    expect(code).toBe(0);
    const a = JSON.parse(out);
    expect(a.kind).toBe("checklistAssessment");
    expect(a.target).toEqual({ level: "ntm", reached: false, count: "0/1", missing: ["c17"] });
    const vega = await run("assess", copy, one, "--format", "vega");
    expect(JSON.parse(vega.out).$schema).toContain("vega-lite");
  });

  it("bad files and bad content say what is wrong", async () => {
    const missing = await run("assess", spec, join(dir, "nope.csv"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("nope.csv");
    const badSpec = await run("assess", file("bad.json", { ...ENV_SPEC, levels: [] }), csv);
    expect(badSpec.err).toContain("levels");
    expect(badSpec.code).toBe(2);
    const badValue = await run("assess", spec, file("bad.csv", "unit,17.1,17.3,17.8\nXã A,96,đạt,0\nXã B,abc,đạt,0\n"));
    expect(badValue.err).toContain("units[1].values.17.1");
    const noUnit = await run("assess", spec, file("nounit.csv", "name,17.1\nXã A,1\n"));
    expect(noUnit.err).toContain("cần một cột tên xã");
    expect((await run("assess", spec, file("nounit.csv", "name,17.1\nXã A,1\n"), "--lang", "en")).err).toContain('needs a "unit" column');
    expect((await run("assess", spec, "--lang", "en")).err).toContain("usage: pgi assess");
  });
});

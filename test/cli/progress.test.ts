/** `pgi progress`: progress towards a target by year, quarter or month, periods as offices type them. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPeriod } from "../../src/cli/commands/progress";
import { main } from "../../src/cli/main";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "pgi-progress-"));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const QUARTERS = ["--baseline", "62,5", "--baseline-period", "2022-Q4", "--target", "90", "--target-period", "2023-Q4"];

describe("periods as offices type them", () => {
  it("quarters, months and years in Vietnamese and ISO forms", () => {
    expect(["Quý I/2023", "Quý 1/2023", "quý IV năm 2022", "Q2/2023", "2023-Q3", "2023 Q3"].map(readPeriod)).toEqual([
      "2023-Q1",
      "2023-Q1",
      "2022-Q4",
      "2023-Q2",
      "2023-Q3",
      "2023-Q3",
    ]);
    expect(["03/2023", "3/2023", "Tháng 3/2023", "tháng 12 năm 2023", "2023-03", "2023-3"].map(readPeriod)).toEqual([
      "2023-03",
      "2023-03",
      "2023-03",
      "2023-12",
      "2023-03",
      "2023-03",
    ]);
    expect(["2023", "Năm 2023", 2023].map(readPeriod)).toEqual([2023, 2023, 2023]);
    expect(["Quý V/2023", "13/2023", "00/2023", "2023-Q5", "", "abc", "1800", 2023.5, null].map(readPeriod)).toEqual(Array(9).fill(undefined));
  });
});

describe("pgi progress", () => {
  it("by quarter from a CSV typed as offices do: the path, where it should be, the rate; decimals as written", async () => {
    const obs = file("obs.csv", "\uFEFFKỳ;Giá trị\r\nQuý I/2023;65,2\r\nQuý II/2023;70,3\r\n");
    const r = await run("progress", ...QUARTERS, obs, "--format", "json");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const { trajectory, progress } = JSON.parse(r.out);
    // 62,5 → 90 in 4 quarters: 6,875 a quarter; values written with one decimal keep one
    expect(trajectory.decimals).toBe(1);
    expect(trajectory.milestones.map((m: { period: string; value: number }) => [m.period, m.value])).toEqual([
      ["2022-Q4", 62.5],
      ["2023-Q1", 69.4],
      ["2023-Q2", 76.3],
      ["2023-Q3", 83.1],
      ["2023-Q4", 90],
    ]);
    expect(trajectory.periodChange).toBe(6.875);
    // by 2023-Q2: 70,3 against 76,25 → 76,3 on the line; (70,3 − 62,5) ÷ 2 = 3,9 a quarter, 15,6 a year; 3,9 ÷ 6,875 = 0,5673
    expect(progress).toMatchObject({
      latest: { period: "2023-Q2", value: 70.3 },
      expected: 76.3,
      observedAnnualChange: 15.6,
      requiredAnnualChange: 27.5,
      ratio: 0.5673,
      status: "moderatelyImproving",
    });
    // the tables: quarters as offices write them, the indicator's decimals, the change per quarter
    const md = (await run("progress", ...QUARTERS, obs)).out;
    expect(md).toMatch(/\| Quý II\/2023\s+\| 76,3 \|/);
    expect(md).toMatch(/\| Thực tế Quý II\/2023\s+\|\s+70,3 \|/);
    expect(md).toMatch(/\| Thay đổi cần thiết\/quý\s+\|\s+\+6,875 \|/);
    expect(md).not.toMatch(/2023-Q|70,30|62,50/);
    const en = (await run("progress", ...QUARTERS, obs, "--lang", "en")).out;
    expect(en).toMatch(/\| Q2 2023\s+\|\s+76\.3 \|/);
  });

  it("by month, lower is better, --decimals, JSON observations and a table without a header", async () => {
    const months = ["--baseline", "52", "--baseline-period", "01/2023", "--target", "35", "--target-period", "Tháng 12/2023", "--direction", "lower"];
    const json = file(
      "obs.json",
      JSON.stringify([
        { period: "03/2023", value: 48 },
        { period: "Tháng 6/2023", value: "45" },
      ]),
    );
    const p = JSON.parse((await run("progress", ...months, "--decimals", "2", json, "--format", "json")).out).progress;
    // 52 + (35 − 52) × 5/11 = 44,27 by June; (45 − 52) ÷ 5 = −1,4 a month against −17/11 = −1,5455
    expect(p).toMatchObject({ direction: "lower", latest: { period: "2023-06", value: 45 }, expected: 44.27, ratio: 0.9059, status: "moderatelyImproving" });
    const bare = file("bare.csv", "03/2023,48\n06/2023,45\n");
    expect(JSON.parse((await run("progress", ...months, "--decimals", "2", bare, "--format", "json")).out).progress).toEqual(p);
  });

  it("by year", async () => {
    const years = file("years.csv", "Năm;Kết quả\n2024;22,63\n");
    const r = JSON.parse(
      (await run("progress", "--baseline", "17,33", "--baseline-period", "2023", "--target", "25", "--target-period", "2026", years, "--format", "json")).out,
    );
    expect(r.progress).toMatchObject({ latest: { year: 2024, value: 22.63 }, status: "onTrack" });
  });

  it("refuses what it cannot read, in Vietnamese by default", async () => {
    const obs = file("obs2.csv", "Kỳ;Giá trị\nQuý I/2023;65,2\n");
    expect((await run("progress", obs)).err).toBe("pgi: cần ghi --baseline N (ví dụ --baseline 62,5)\n");
    expect((await run("progress", "--baseline", "62,5", "--baseline-period", "Quý 5/2022", "--target", "90", "--target-period", "2023-Q4", obs)).err).toBe(
      'pgi: --baseline-period nhận một năm (2023), một quý ("Quý I/2023" hoặc "2023-Q1") hoặc một tháng ("03/2023" hoặc "2023-03"), nhận được "Quý 5/2022"\n',
    );
    const bad = file("bad.csv", "Kỳ;Giá trị\nQuý I/2023;65,2\nnửa năm;70\n");
    expect((await run("progress", ...QUARTERS, bad, "--lang", "en")).err).toBe(
      `pgi: ${bad}, row 3: the period must be a year (2023), a quarter ("Quý I/2023" or "2023-Q1") or a month ("03/2023" or "2023-03"), got "nửa năm"\n`,
    );
    expect((await run("progress", ...QUARTERS, "--direction", "down", obs)).err).toContain("--direction nhận higher");
    expect((await run("progress", ...QUARTERS, "--decimals", "1,5", obs)).err).toBe('pgi: --decimals nhận số nguyên từ 0 đến 10, nhận được "1,5"\n');
    const noHeader = file("cols.csv", "A;B;C\n1;2;3\n");
    expect((await run("progress", ...QUARTERS, noHeader)).err).toContain("dòng tiêu đề cần có cột kỳ");
    // a year baseline with quarter observations: the library's own error
    const mixed = await run("progress", "--baseline", "1", "--baseline-period", "2022", "--target", "2", "--target-period", "2023-Q4", obs);
    expect(mixed.code).toBe(2);
    expect((await run("progress", ...QUARTERS, obs, "--strategy", "equal", "--lang", "en")).err).toBe(
      "pgi: pgi progress does not take --strategy (pgi progress --help lists its options)\n",
    );
  });
});

describe("--framework: plans and cards of your own framework (a commune's index)", () => {
  const fw = file(
    "xa-xanh.json",
    JSON.stringify({
      id: "xa-xanh",
      name: { vi: "Chỉ số xanh cấp xã", en: "Commune green index" },
      components: [
        { id: "env", name: { vi: "Môi trường", en: "Environment" } },
        { id: "waste", name: { vi: "Rác thải", en: "Waste" } },
      ],
      indicators: [
        { id: "a", component: "env", direction: "higher" },
        { id: "b", component: "waste", direction: "higher" },
      ],
    }),
  );
  const plan = file(
    "xa-plan.json",
    JSON.stringify({
      unit: "Xã Tân Đoàn",
      baselineYear: 2023,
      targetYear: 2024,
      baseline: { env: 5, waste: "4,00" },
      targets: { "Môi trường": 6, waste: { target: 5, delta: 1 } },
    }),
  );
  const bad = file(
    "xa-plan-bad.json",
    JSON.stringify({
      unit: "Xã Tân Đoàn",
      baselineYear: 2023,
      targetYear: 2024,
      baseline: { env: 5, waste: 4 },
      targets: { env: { target: 6, delta: 2 }, waste: 5 },
    }),
  );
  const card2023 = file("xa-2023.json", JSON.stringify({ unit: "Xã Tân Đoàn", year: 2023, scores: { env: 5, waste: 4 } }));
  const card2024 = file("xa-2024.json", JSON.stringify({ unit: "Xã Tân Đoàn", year: 2024, scores: { env: 6.2, waste: 4.5 } }));

  it("plan and check take the framework's components as sub-indices, named in its own words", async () => {
    const r = await run("plan", plan, "--framework", fw);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\| Môi trường\s+\|\s+5,00 \|\s+≥ 6,00 \|\s+\+1,00 \|/);
    expect(await run("check", plan, "--framework", fw)).toEqual({ code: 0, out: "_Không có phát hiện nào._\n", err: "" });
    const checked = await run("check", bad, "--framework", fw, "--format", "json");
    expect(checked.code).toBe(1);
    expect(JSON.parse(checked.out).map((f: { code: string }) => f.code)).toEqual(["DELTA_MISMATCH"]);
    // without it, the PGI framework: the components are unknown sub-indices
    expect((await run("check", plan)).err).toContain("[UNKNOWN_SUBINDEX]");
  });

  it("gap and yoy against cards of the framework; CSV and JSON too", async () => {
    const gap = JSON.parse((await run("gap", plan, card2024, "--framework", fw, "--format", "json")).out);
    expect(gap.subIndices.env).toMatchObject({ target: 6, actual: 6.2, status: "met" });
    expect(gap.subIndices.waste).toMatchObject({ target: 5, actual: 4.5, remaining: 0.5 });
    expect(gap.composite).toMatchObject({ target: 11, actual: 10.7 });
    const csv = (await run("gap", plan, card2024, "--framework", fw, "--format", "csv")).out;
    expect(csv).toContain("Rác thải");
    const yoy = JSON.parse((await run("yoy", card2023, card2024, "--framework", fw, "--format", "json")).out);
    expect(yoy.composite).toMatchObject({ previous: 9, current: 10.7 });
    expect((await run("gap", plan, 'published:"Lạng Sơn":2024', "--framework", fw, "--lang", "en")).err).toBe(
      'pgi: published:"Lạng Sơn":2024 is a PGI card; with --framework give a card file of that framework\n',
    );
  });
});

/**
 * Every error of plans, targets, frameworks, tables and the shipped data has a Vietnamese text of
 * its own: no English words, numbers with the decimal comma, ids quoted as written.
 */
import { describe, expect, it } from "vitest";
import {
  allocate,
  assessProgress,
  benchmark,
  createPlan,
  defineFramework,
  gapReport,
  langSonPlan2024,
  ntmEnvironmentTemplate,
  pgiEdition,
  province,
  publishedRow,
  publishedScoreCard,
  publishedTable,
  rank,
  rankGoal,
  scoreTable,
  subIndex,
  trajectory,
  yearOverYear,
  PGI,
} from "../../src/index";
import { thrown } from "../foundation/helpers";

const ls = publishedScoreCard("Lạng Sơn", 2023);
const t2024 = publishedTable(2024);
const plan = createPlan(langSonPlan2024());
const ENGLISH = /\b(the|must|expected|got|pass|give|use|unknown|is|are|of|and|or|no|not|only|needs?)\b/;

const cases: [string, () => unknown][] = [
  ["createPlan: not a plan", () => createPlan(5 as never)],
  ["createPlan: target without target or delta", () => createPlan({ ...langSonPlan2024(), targets: { pollution: { owners: "Sở" } } } as never)],
  ["createPlan: duplicate sub-index", () => createPlan({ ...langSonPlan2024(), targets: { pollution: 6, 1: 6 } } as never)],
  ["createPlan: district without indexUnit", () => createPlan({ ...langSonPlan2024(), unit: "Huyện Văn Quan" } as never)],
  ["gapReport: another year", () => gapReport(plan, publishedScoreCard("Lạng Sơn", 2023) as never)],
  ["gapReport: another province", () => gapReport(plan, publishedScoreCard("Hải Dương", 2024))],
  ["yearOverYear: swapped", () => yearOverYear(publishedScoreCard("Lạng Sơn", 2024), ls)],
  ["allocate: below baseline", () => allocate(ls, { compositeTarget: 10 }, { strategy: "equal" })],
  ["allocate: impossible", () => allocate(ls, { compositeDelta: 30 }, { strategy: "equal" })],
  ["allocate: 3 decimals", () => allocate(ls, { compositeDelta: 1.005 }, { strategy: "equal" })],
  ["allocate: bad strategy", () => allocate(ls, { compositeDelta: 1 }, { strategy: "x" as never })],
  ["trajectory: reversed", () => trajectory({ baselineYear: 2026, baseline: 1, targetYear: 2024, target: 2 })],
  ["trajectory: reversed periods", () => trajectory({ baselineYear: "Quý III/2025", baseline: 1, targetYear: "Quý II/2025", target: 2 })],
  [
    "assessProgress: twice",
    () =>
      assessProgress(trajectory({ baselineYear: 2023, baseline: 1, targetYear: 2026, target: 2 }), [
        { year: 2024, value: 1 },
        { year: 2024, value: 2 },
      ]),
  ],
  ["subIndex: misspelt", () => subIndex(PGI, "tuan thuu")],
  ["defineFramework: duplicate id", () => defineFramework({ id: "x", name: { vi: "X", en: "X" }, components: [{ id: "a" }, { id: "a" }] })],
  ["pgiEdition: 2019", () => pgiEdition(2019)],
  ["scoreTable: empty", () => scoreTable([])],
  ["scoreTable: two editions", () => scoreTable([publishedScoreCard("Lạng Sơn", 2024), publishedScoreCard("Hải Dương", 2023)])],
  ["rank: bad within", () => rank(t2024, { within: "x" as never })],
  ["rankGoal: bad rank", () => rankGoal(t2024, "Lạng Sơn", 0)],
  ["benchmark: no region", () => benchmark(t2024, "best", { region: "x" as never })],
  ["province: unknown", () => province("Lang Sonn x")],
  ["publishedRow: edition", () => publishedRow("Cao Bằng", 2022)],
  ["publishedScoreCard: composite only", () => publishedScoreCard(t2024.rows.find((r) => r.scores === null)!.unit, 2024)],
  ["publishedTable: 2019", () => publishedTable(2019)],
  ["ntmEnvironmentTemplate: unknown indicator", () => ntmEnvironmentTemplate({ "99.9": { atLeast: 1 } } as never)],
];

describe("errors in Vietnamese of their own", () => {
  it.each(cases)("%s", (_name, run) => {
    const e = thrown(run);
    const text = e.messageVi.replace(/^[^:]*: /, "");
    // ids and field names quoted as code ("…", { … }, indexUnit: …) are not prose
    const prose = text
      .replace(/"[^"]*"/g, "")
      .replace(/\{[^}]*\}/g, "")
      .replace(/\b[a-z]+[A-Z]\w*\b/g, "")
      .replace(/\b(units|by|within|rows|strategy|path)\b/g, "");
    expect(prose).not.toMatch(ENGLISH);
    expect(prose).not.toMatch(/\d\.\d/);
    expect(e.messageVi).not.toBe(e.message);
  });
});

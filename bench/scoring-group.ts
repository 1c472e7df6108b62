/**
 * The scoring group shared by the scoring-*.bench.ts files (one size per file, so each runs in its
 * own worker with only its own data on the heap): pgi-kit next to two baselines of the same work,
 * `tight` (bench/tight.ts: column-major Float64Array, Math.round, no objects — the floor) and
 * `plain` (bench/plain.ts: reads the same row objects, plain float). `npm run bench` prints
 * medians and the ratio of each entry to both baselines.
 *
 * `rowKinds` says which row objects the worker builds: rows built with `Object.fromEntries`, rows
 * built property by property (V8 keeps those as hash tables: 475 MB at 100,000 × 50), or both.
 * At 100,000 units the two kinds are benched in separate files, so that neither entry pays for
 * marking the other's rows in every full collection.
 */
import { bench, describe } from "vitest";
import { scoreColumns, scoreUnits } from "../src/index";
import { columnsOf, framework, readAll, readAllRefetching, rows, rowsFromEntries } from "./data";
import { plainScore } from "./plain";
import { tightPlan, tightScore } from "./tight";

export let sink = 0;

export function scoringGroup(m: number, n: number, time: number, rowKinds: "both" | "entries" | "assigned" = "both"): void {
  const fw = framework(m);
  const assigned = rowKinds === "entries" ? null : rows(fw, n);
  const entries = rowKinds === "assigned" ? null : rowsFromEntries(fw, n);
  const cols = columnsOf(fw, entries ?? assigned!);
  const plan = tightPlan(fw);
  const input = { units: cols.units, columns: cols.columns };
  const title = `score + rank, ${n.toLocaleString("en")} units × ${m} indicators${rowKinds === "assigned" ? ", property-by-property rows" : ""}`;
  describe(title, () => {
    bench("tight (Float64Array columns, Math.round)", () => void (sink += tightScore(plan, cols.matrix, n).rank[0]!), { time });
    if (entries !== null) {
      bench("plain (row objects, float)", () => void (sink += plainScore(fw, entries).rank[0]!), { time });
      bench("pgi-kit scoreColumns (columns in and out)", () => void (sink += scoreColumns(fw, input).rank[0]!), { time });
      bench("pgi-kit scoreUnits, Object.fromEntries rows, read in full", () => void (sink += readAll(scoreUnits(fw, entries))), { time });
    }
    if (assigned !== null)
      bench("pgi-kit scoreUnits, property-by-property rows, read in full", () => void (sink += readAll(scoreUnits(fw, assigned))), { time });
    if (entries !== null)
      bench(
        "pgi-kit scoreUnits, Object.fromEntries rows, read in full re-fetching each record",
        () => void (sink += readAllRefetching(scoreUnits(fw, entries))),
        { time },
      );
  });
}

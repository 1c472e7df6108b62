import { readFileSync } from "node:fs";
import { defineFramework } from "../../src/index";

/** The district data set of the COINr fixtures: 24 units, 3 groups, 8 indicators (i3 lower is better). */
export const ROWS = JSON.parse(readFileSync(new URL("./fixtures/districts.json", import.meta.url), "utf8")) as {
  unit: string;
  group: string;
  indicators: Record<string, number | null>;
}[];

export const IDS = ["i1", "i2", "i3", "i4", "i5", "i6", "i7", "i8"];

export const FW = defineFramework({
  id: "district",
  name: { vi: "Chỉ số xanh cấp huyện", en: "District green index" },
  components: [{ id: "env" }, { id: "soc" }, { id: "gov" }],
  indicators: [
    { id: "i1", component: "env", direction: "higher" },
    { id: "i2", component: "env", direction: "higher" },
    { id: "i3", component: "env", direction: "lower" },
    { id: "i4", component: "soc", direction: "higher" },
    { id: "i5", component: "soc", direction: "higher" },
    { id: "i6", component: "gov", direction: "higher" },
    { id: "i7", component: "gov", direction: "higher" },
    { id: "i8", component: "gov", direction: "higher" },
  ],
});

/** A fixture CSV (first line a comment naming the COINr call): header and rows of cells, quotes and padding removed. */
export function fixture(name: string): { header: string[]; rows: string[][] } {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
  const lines = text.split(/\r?\n/).filter((l) => l !== "" && !l.startsWith("#"));
  const parse = (line: string): string[] => {
    const out: string[] = [];
    let cur = "";
    let q = false;
    for (const ch of line) {
      if (ch === '"') q = !q;
      else if (ch === "," && !q) {
        out.push(cur.trim());
        cur = "";
      } else cur += ch;
    }
    out.push(cur.trim());
    return out;
  };
  const [header, ...rows] = lines.map(parse);
  return { header: header!, rows };
}

/** A fixture cell as a number (`NA` → null). */
export const num = (s: string): number | null => (s === "NA" || s === "NaN" || s === "" ? null : Number(s)); // R: NaN = the mean of no value (left missing)

/** |a − b| ≤ tol·max(1, |b|). */
export function close(a: number | null, b: number | null, tol = 1e-9): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
}

/**
 * `pgi assess <checklist.json> <communes.csv|json>`: a list of communes against a criteria
 * checklist and their targets for the year (Node only).
 * @module
 */
import { readFileSync } from "node:fs";
import type { Lang } from "../decimal";
import { describe, PgiError } from "../errors";
import { assessChecklist, assessMany, type ChecklistUnitInput } from "../checklist/assess";
import { defineChecklist, type ChecklistSpec } from "../checklist/define";
import { parseCsv } from "../render/primitives";
import { toCsv, toMarkdown } from "../render/index";
import { toVegaLite } from "../render/vegalite";

/** Output options of the command (as main.ts reads them). */
export interface AssessOutput {
  readonly lang: Lang;
  readonly format: "md" | "csv" | "json" | "vega";
  readonly delimiter: "," | ";" | "\t";
  readonly bom: boolean;
}

/** Usage line of the command. */
export const ASSESS_USAGE = "pgi assess <checklist.json> <communes.csv|communes.json>";

/** Help text of the command, for `pgi --help`. */
export const ASSESS_HELP = `  ${ASSESS_USAGE}
                                   assess communes against a criteria checklist (NTM…):
                                   criteria met, gaps, "17/19", targets reached per level
                                   (communes: CSV "unit,region?,target?,<indicator ids…>" or
                                   JSON [{ "unit", "region"?, "target"?, "values": { … } }])`;

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (e) {
    throw new PgiError("INVALID_INPUT", `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new PgiError("INVALID_INPUT", `${file} is not valid JSON: ${(e as Error).message}`);
  }
}

const UNIT = /^(unit|don_vi|đơn vị|xa|xã)$/i;
const REGION = /^(region|vung|vùng)$/i;
const TARGET = /^(target|muc_tieu|mục tiêu)$/i;

/** Communes from CSV: a header `unit[,region][,target],<indicator ids…>`; empty cells are missing values. */
function fromCsv(file: string): { units: ChecklistUnitInput[]; targets: Record<string, string | null> } {
  const text = readText(file);
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = first.includes("\t") ? "\t" : first.includes(";") && !first.includes(",") ? ";" : ",";
  const [header, ...rows] = parseCsv(text, delimiter).filter((r) => r.some((c) => c.trim() !== ""));
  if (!header) throw new PgiError("INVALID_INPUT", `${file} is empty; write a header "unit,region,target,<indicator ids…>"`);
  const cols = header.map((h) => h.trim());
  const u = cols.findIndex((h) => UNIT.test(h));
  if (u < 0) throw new PgiError("INVALID_INPUT", `${file}: the header needs a "unit" column, got ${cols.join(", ")}`);
  const r = cols.findIndex((h) => REGION.test(h));
  const t = cols.findIndex((h) => TARGET.test(h));
  const targets: Record<string, string | null> = {};
  const units = rows.map((cells, i) => {
    const values: Record<string, string | null> = {};
    cols.forEach((h, k) => {
      if (k === u || k === r || k === t) return;
      const v = (cells[k] ?? "").trim();
      values[h] = v === "" ? null : v;
    });
    const unit = (cells[u] ?? "").trim();
    if (unit === "") throw new PgiError("INVALID_INPUT", `${file}, row ${i + 2}: the unit is empty`);
    const target = t >= 0 ? (cells[t] ?? "").trim() : "";
    if (target !== "") targets[unit] = target;
    const region = r >= 0 ? (cells[r] ?? "").trim() : "";
    return { unit, ...(region !== "" ? { region } : {}), values };
  });
  return { units, targets };
}

/** Communes from JSON: `[{ unit, region?, target?, values }]` or `{ units: […], targets?: { unit: level } }`. */
function fromJson(file: string): { units: ChecklistUnitInput[]; targets: Record<string, string | null> } {
  const json = readJson(file);
  const list = Array.isArray(json) ? json : typeof json === "object" && json !== null && Array.isArray((json as { units?: unknown }).units) ? (json as { units: unknown[] }).units : null;
  if (!list) throw new PgiError("INVALID_INPUT", `${file} must hold an array of communes [{ "unit", "region"?, "target"?, "values": { … } }] or { "units": […], "targets"?: { … } }, got ${describe(json)}`);
  const targets: Record<string, string | null> = { ...((json as { targets?: Record<string, string | null> }).targets ?? {}) };
  const units = list.map((x) => {
    if (typeof x === "object" && x !== null && "target" in x) {
      const { target, ...rest } = x as ChecklistUnitInput;
      if (typeof rest.unit === "string" && target !== undefined) targets[rest.unit] = target;
      return rest as ChecklistUnitInput;
    }
    return x as ChecklistUnitInput;
  });
  return { units, targets };
}

/**
 * Run `pgi assess`: the summary of every commune (one commune: its full assessment) in the
 * chosen format. Resolves to the output text.
 */
export function assessCommand(files: readonly string[], o: AssessOutput): string {
  if (files.length !== 2) throw new PgiError("INVALID_INPUT", `usage: ${ASSESS_USAGE}`);
  const checklist = defineChecklist(readJson(files[0]!) as ChecklistSpec);
  const { units, targets } = /\.csv$/i.test(files[1]!) ? fromCsv(files[1]!) : fromJson(files[1]!);
  const result =
    units.length === 1
      ? assessChecklist(checklist, { ...units[0]!, ...(targets[units[0]!.unit] !== undefined ? { target: targets[units[0]!.unit] } : {}) })
      : assessMany(checklist, units, { targets });
  if (o.format === "json") return `${JSON.stringify(result, null, 2)}\n`;
  if (o.format === "vega") return `${JSON.stringify(toVegaLite(result, { lang: o.lang }), null, 2)}\n`;
  if (o.format === "csv") return toCsv(result, { lang: o.lang, delimiter: o.delimiter, bom: o.bom });
  return toMarkdown(result, { lang: o.lang });
}

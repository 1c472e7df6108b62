/**
 * `pgi assess <checklist.json> <communes.csv|communes.xlsx|communes.json>`: a list of communes
 * against a criteria checklist and their targets for the year (Node only).
 * @internal
 * @module
 */
import { describe, PgiError } from "../errors";
import { assessChecklist, assessMany, type ChecklistUnitInput } from "../checklist/assess";
import { defineChecklist, type ChecklistSpec } from "../checklist/define";
import { UsageError } from "./args";
import type { Context } from "./context";
import { parseJsonInput, readInput } from "./files";
import type { Output } from "./output";
import { headerKey, readGrid } from "./tables";

/** Usage line of the command (without the leading `pgi `). */
export const ASSESS_USAGE = "assess <checklist.json> <communes.csv|communes.xlsx|communes.json>";

/** One line for `pgi help`. */
export const ASSESS_SUMMARY = 'communes against a criteria checklist (NTM…): criteria met, gaps, "17/19", targets reached per level';

/** More lines for `pgi assess --help`. */
export const ASSESS_DETAILS =
  "The checklist file is a spec of defineChecklist (see docs/checklists.md) or a checklist printed as JSON.\n" +
  "Communes: a table with a header unit[,region][,target],<indicator ids…> (empty cells are missing values;\n" +
  'yes/no cells "đạt"/"không đạt"), or JSON [{ "unit", "region"?, "target"?, "values": { … } }] or\n' +
  '{ "units": […], "targets": { "<unit>": "<level>" } }. One commune: its full assessment; more: the summary.';

/** An example command line. */
export const ASSESS_EXAMPLE = "pgi assess checklist.json communes.csv --format csv";

type Cell = string | number | boolean | null;
const text = (c: Cell | undefined): string => (c === null || c === undefined ? "" : String(c).trim());

/** Communes from a table: a header `unit[,region][,target],<indicator ids…>`. */
function fromGrid(grid: Cell[][], name: string): { units: ChecklistUnitInput[]; targets: Record<string, string | null> } {
  const header = (grid[0] ?? []).map(text);
  if (header.length === 0) throw new UsageError(`${name} is empty; it needs a header row (unit,region,target,<indicator ids…>)`);
  const keys = header.map(headerKey);
  const find = (names: string[]): number => keys.findIndex((k) => names.includes(k));
  const u = find(["unit", "don_vi", "ten_don_vi", "xa", "ten_xa", "commune"]);
  if (u < 0) throw new UsageError(`${name}: the header needs a "unit" column, got ${header.slice(0, 8).join(", ")}`);
  const r = find(["region", "vung"]);
  const t = find(["target", "muc_tieu"]);
  const targets: Record<string, string | null> = {};
  const units = grid.slice(1).map((cells, i) => {
    const values: Record<string, Cell> = {};
    header.forEach((h, k) => {
      if (k === u || k === r || k === t) return;
      const v = cells[k];
      values[h] = v === undefined || v === null || text(v) === "" ? null : v;
    });
    const unit = text(cells[u]);
    if (unit === "") throw new UsageError(`${name}, row ${i + 2}: the unit is empty`);
    const target = t >= 0 ? text(cells[t]) : "";
    if (target !== "") targets[unit] = target;
    const region = r >= 0 ? text(cells[r]) : "";
    return { unit, ...(region !== "" ? { region } : {}), values: values as ChecklistUnitInput["values"] };
  });
  return { units, targets };
}

/** Communes from JSON: `[{ unit, region?, target?, values }]` or `{ units: […], targets?: { unit: level } }`. */
function fromJson(json: unknown, name: string): { units: ChecklistUnitInput[]; targets: Record<string, string | null> } {
  const list = Array.isArray(json) ? json : typeof json === "object" && json !== null && Array.isArray((json as { units?: unknown }).units) ? (json as { units: unknown[] }).units : null;
  if (!list) throw new PgiError("INVALID_INPUT", `${name} must hold an array of communes [{ "unit", "region"?, "target"?, "values": { … } }] or { "units": […], "targets"?: { … } }, got ${describe(json)}`);
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

/** Run `pgi assess`: one commune's assessment, or the summary of a list. */
export async function runAssess(ctx: Context): Promise<Output> {
  if (ctx.files.length !== 2) throw new UsageError(`usage: pgi ${ASSESS_USAGE}`);
  const checklist = defineChecklist(parseJsonInput(readInput(ctx.files[0]!, "json", ctx.source)) as ChecklistSpec);
  const input = readInput(ctx.files[1]!, ctx.values["input-format"] as string | undefined, ctx.source);
  const { units, targets } = input.format === "json" ? fromJson(parseJsonInput(input), input.name) : fromGrid(await readGrid(input, ctx.values.sheet as string | undefined), input.name);
  const one = units.length === 1 ? units[0]! : null;
  const result = one
    ? assessChecklist(checklist, { ...one, ...(targets[one.unit] !== undefined ? { target: targets[one.unit] } : {}) })
    : assessMany(checklist, units, { targets });
  return { result };
}

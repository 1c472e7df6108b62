/**
 * Criteria checklists (New Rural Development / NTM and the like): levels, criteria required for
 * them, indicators with thresholds per level and per region. `defineChecklist` validates a spec.
 * @module
 */
import * as z from "zod/mini";
import { toDec } from "../decimal";
import { describe, isReservedKey, parseWith, PgiError, prefixPath, safeEntries, zodMessage, type PgiPath } from "../errors";
import type { LocalizedText } from "../framework/types";
import { isSealed, seal } from "../util";
import { showChecklist } from "./render";

/** A name or unit: one string for both languages, or `{ vi, en }`. */
export type TextInput = string | { readonly vi: string; readonly en: string };

/** A numeric threshold value: a number or a numeric string (`"95,5"`). */
export type ThresholdNumber = number | string;

/** One threshold rule: at least, at most, or yes/no. `byRegion` sets other values for some regions. */
export type ThresholdRuleInput =
  | { readonly atLeast: ThresholdNumber; readonly byRegion?: Readonly<Record<string, ThresholdNumber | { readonly atLeast: ThresholdNumber }>> }
  | { readonly atMost: ThresholdNumber; readonly byRegion?: Readonly<Record<string, ThresholdNumber | { readonly atMost: ThresholdNumber }>> }
  | { readonly yes: boolean; readonly byRegion?: Readonly<Record<string, boolean | { readonly yes: boolean }>> }
  | { readonly byRegion: Readonly<Record<string, { readonly atLeast: ThresholdNumber } | { readonly atMost: ThresholdNumber } | { readonly yes: boolean }>> };

/** A threshold: one rule for every level, or a map from level id to rule. */
export type ThresholdInput = ThresholdRuleInput | ThresholdRule | Readonly<Record<string, ThresholdRuleInput | ThresholdRule>>;

/** A checklist spec as a JSON file holds it (a {@link Checklist} or its JSON copy is one too). */
export interface ChecklistSpec {
  readonly kind?: "checklist";
  readonly id: string;
  readonly name: TextInput;
  /** Where the criteria come from (decision, article). */
  readonly source?: string | null;
  /** Levels from lowest to highest, e.g. `ntm`, `ntmNangCao`, `ntmKieuMau`. */
  readonly levels: readonly { readonly id: string; readonly name: TextInput }[];
  /** Regions whose thresholds differ (`byRegion` keys must be one of these ids). */
  readonly regions?: readonly { readonly id: string; readonly name: TextInput }[];
  readonly criteria: readonly {
    readonly id: string;
    readonly name: TextInput;
    /** The levels that require this criterion. */
    readonly levels: readonly string[];
    readonly indicators: readonly {
      readonly id: string;
      readonly name: TextInput;
      readonly unit?: TextInput;
      /** `null` = not filled in yet (refused, naming the indicator). */
      readonly threshold: ThresholdInput | null;
      readonly note?: string | null;
    }[];
  }[];
}

/** A normalised threshold rule: one operator, its default value (or null), per-region values. */
export type ThresholdRule =
  | { readonly op: "atLeast" | "atMost"; readonly value: number | null; readonly byRegion: Readonly<Record<string, number>> }
  | { readonly op: "yes"; readonly value: boolean | null; readonly byRegion: Readonly<Record<string, boolean>> };

/** One indicator of a {@link Checklist}: its unit and the rule for each level that requires it. */
export interface ChecklistIndicator {
  readonly id: string;
  readonly name: LocalizedText;
  /** Unit (`%`, `điểm`…), empty strings when none. */
  readonly unit: LocalizedText;
  /** The rule for every level that requires the criterion, by level id. */
  readonly threshold: Readonly<Record<string, ThresholdRule>>;
  readonly note: string | null;
}

/** One criterion of a {@link Checklist}. */
export interface ChecklistCriterion {
  readonly id: string;
  readonly name: LocalizedText;
  /** Level ids that require it, in level order. */
  readonly levels: readonly string[];
  readonly indicators: readonly ChecklistIndicator[];
}

/** A validated checklist: plain, frozen, JSON-serialisable; its JSON copy is accepted back. */
export interface Checklist {
  readonly kind: "checklist";
  readonly id: string;
  readonly name: LocalizedText;
  readonly source: string | null;
  readonly levels: readonly { readonly id: string; readonly name: LocalizedText }[];
  readonly regions: readonly { readonly id: string; readonly name: LocalizedText }[];
  readonly criteria: readonly ChecklistCriterion[];
}

let schema: z.ZodMiniType | undefined;

/** A schema message in both languages (the bridge from zod finds its Vietnamese by the English). */
const m = (en: string, vi: string): string => zodMessage({ en, vi });

/** The structural schema of a checklist spec, built on first use. */
function specSchema(): z.ZodMiniType {
  if (schema) return schema;
  const id = z.string(m("an id must be a string", "mã phải là một chuỗi ký tự")).check(
    z.minLength(1, m("an id must not be empty", "mã không được để trống")),
    z.maxLength(100, m("an id has at most 100 characters", "mã dài tối đa 100 ký tự")),
    z.refine((s) => !isReservedKey(s), m("this id is reserved; choose another", "mã này được dành riêng; hãy chọn mã khác")),
  );
  const str = z.string().check(z.minLength(1, m("must not be empty", "không được để trống")));
  const text = z.union(
    [str, z.strictObject({ vi: str, en: str })],
    m('expected a name as a string or { vi: "…", en: "…" }', 'tên phải là một chuỗi hoặc { vi: "…", en: "…" }'),
  );
  const named = z.strictObject({ id, name: text });
  const indicator = z.strictObject({
    id,
    name: text,
    unit: z.optional(
      z.union(
        [z.string(), z.strictObject({ vi: z.string(), en: z.string() })],
        m('expected a unit as a string or { vi: "…", en: "…" }', 'đơn vị phải là một chuỗi hoặc { vi: "…", en: "…" }'),
      ),
    ),
    threshold: z.unknown(),
    note: z.optional(z.nullable(z.string())),
  });
  const criterion = z.strictObject({
    id,
    name: text,
    levels: z
      .array(id)
      .check(z.minLength(1, m("a criterion must name at least one level that requires it", "mỗi tiêu chí phải ghi ít nhất một mức đạt chuẩn cần đến nó"))),
    indicators: z.array(indicator).check(z.minLength(1, m("a criterion needs at least one indicator", "mỗi tiêu chí cần ít nhất một chỉ tiêu"))),
  });
  schema = z.strictObject({
    kind: z.optional(z.literal("checklist", m('kind, when given, is "checklist"', 'kind, nếu ghi, phải là "checklist"'))),
    id,
    name: text,
    source: z.optional(z.nullable(z.string())),
    levels: z.array(named).check(z.minLength(1, m("a checklist needs at least one level", "bộ tiêu chí cần ít nhất một mức đạt chuẩn"))),
    regions: z.optional(z.array(named)),
    criteria: z.array(criterion).check(z.minLength(1, m("a checklist needs at least one criterion", "bộ tiêu chí cần ít nhất một tiêu chí"))),
  });
  return schema;
}

/** Keys of a threshold rule (normalised rules hold `op` and `value`). */
function isRuleKey(k: string): boolean {
  return k === "atLeast" || k === "atMost" || k === "yes" || k === "byRegion" || k === "op" || k === "value";
}

function localized(t: TextInput | undefined): LocalizedText {
  if (t === undefined) return { vi: "", en: "" };
  return typeof t === "string" ? { vi: t, en: t } : { vi: t.vi, en: t.en };
}

function bad(message: string, path: PgiPath, vi: string): never {
  throw new PgiError("INVALID_INPUT", { en: message, vi }, path);
}

/** A threshold number: exact, stored as the closest double. */
function thresholdNumber(v: unknown, path: PgiPath): number {
  if (typeof v !== "number" && typeof v !== "string")
    bad(`expected a number such as 95 or "95,5", got ${describe(v)}`, path, `cần một số, ví dụ 95 hoặc "95,5", nhận được ${describe(v, "vi")}`);
  return Number(toDec(v, { path }).toFixed());
}

/** A normalised rule `{ op, value, byRegion }` (a JSON copy of a checklist) → the spec form. */
function fromNormalised(rule: Record<string, unknown>, path: PgiPath): Record<string, unknown> {
  const op = rule.op;
  if (op !== "atLeast" && op !== "atMost" && op !== "yes")
    bad(
      `op must be "atLeast", "atMost" or "yes", got ${describe(op)}`,
      [...path, "op"],
      `op phải là "atLeast", "atMost" hoặc "yes", nhận được ${describe(op, "vi")}`,
    );
  for (const k of Object.keys(rule))
    if (k !== "op" && k !== "value" && k !== "byRegion")
      bad(
        `unknown key "${k}" in a rule of the form { op, value, byRegion }`,
        [...path, k],
        `khóa "${k}" không hợp lệ trong ngưỡng dạng { op, value, byRegion }`,
      );
  const out: Record<string, unknown> = {};
  if (rule.value !== null && rule.value !== undefined) out[op as string] = rule.value;
  const by = rule.byRegion === undefined ? [] : safeEntries(rule.byRegion, [...path, "byRegion"], { en: "byRegion", vi: "ngưỡng theo vùng (byRegion)" });
  if (by.length > 0) out.byRegion = Object.fromEntries(by.map(([r, v]) => [r, { [op as string]: v }]));
  return out;
}

/** Which operator a base rule uses, validating its keys. */
function baseOp(rule: Record<string, unknown>, path: PgiPath): "atLeast" | "atMost" | "yes" | null {
  const ops = (["atLeast", "atMost", "yes"] as const).filter((k) => k in rule);
  if (ops.length > 1)
    bad(
      `a threshold has one of atLeast, atMost or yes, got ${ops.join(" and ")}`,
      path,
      `mỗi ngưỡng chỉ dùng một trong atLeast, atMost hoặc yes, nhận được ${ops.join(" và ")}`,
    );
  return ops[0] ?? null;
}

function parseRule(raw: unknown, regions: ReadonlySet<string>, path: PgiPath): ThresholdRule {
  const entries = safeEntries(raw, path, { en: "a threshold", vi: "ngưỡng" });
  for (const [k] of entries) {
    if (!isRuleKey(k))
      bad(
        `unknown threshold key "${k}"; a threshold is { atLeast: n }, { atMost: n } or { yes: true }, optionally with byRegion`,
        [...path, k],
        `khóa "${k}" không hợp lệ; ngưỡng ghi { atLeast: n } (từ n trở lên), { atMost: n } (không quá n) hoặc { yes: true } (đạt), có thể kèm byRegion`,
      );
  }
  let rule: Record<string, unknown> = Object.fromEntries(entries);
  if ("op" in rule) rule = fromNormalised(rule, path);
  let op = baseOp(rule, path);
  const byRegionEntries =
    rule.byRegion === undefined ? [] : safeEntries(rule.byRegion, [...path, "byRegion"], { en: "byRegion", vi: "ngưỡng theo vùng (byRegion)" });
  if (rule.byRegion !== undefined && byRegionEntries.length === 0)
    bad("byRegion must name at least one region", [...path, "byRegion"], "byRegion phải ghi ít nhất một vùng");
  if (op === null) {
    if (byRegionEntries.length === 0)
      bad(
        "a threshold needs atLeast, atMost or yes (for example { atLeast: 95 } or { yes: true })",
        path,
        "ngưỡng cần atLeast, atMost hoặc yes (ví dụ { atLeast: 95 } hoặc { yes: true })",
      );
    const first = byRegionEntries[0]![1];
    op = typeof first === "object" && first !== null ? baseOp(first as Record<string, unknown>, [...path, "byRegion", byRegionEntries[0]![0]]) : null;
    if (op === null)
      bad(
        "without a default, each region's threshold must be a rule such as { atLeast: 90 }",
        [...path, "byRegion", byRegionEntries[0]![0]],
        "khi không có ngưỡng chung, ngưỡng của mỗi vùng phải ghi đủ, ví dụ { atLeast: 90 }",
      );
  }
  const readValue = (v: unknown, p: PgiPath): number | boolean => {
    if (op === "yes") {
      if (typeof v !== "boolean")
        bad(`expected true or false for a yes/no threshold, got ${describe(v)}`, p, `ngưỡng đạt/không đạt cần true hoặc false, nhận được ${describe(v)}`);
      return v as boolean;
    }
    return thresholdNumber(v, p);
  };
  const byRegion: Record<string, number | boolean> = {};
  for (const [region, v] of byRegionEntries) {
    const p = [...path, "byRegion", region];
    if (!regions.has(region)) {
      bad(
        regions.size === 0
          ? `byRegion names "${region}" but the checklist declares no regions; add regions: [{ id, name }]`
          : `unknown region "${region}"; regions: ${[...regions].join(", ")}`,
        p,
        regions.size === 0
          ? `byRegion ghi vùng "${region}" nhưng bộ tiêu chí chưa khai báo vùng nào; thêm regions: [{ id, name }]`
          : `không có vùng "${region}"; các vùng: ${[...regions].join(", ")}`,
      );
    }
    if (typeof v === "object" && v !== null && !Array.isArray(v)) {
      const inner = Object.fromEntries(safeEntries(v, p, { en: "a regional threshold", vi: "ngưỡng theo vùng" }));
      for (const k of Object.keys(inner))
        if (k !== op)
          bad(
            `a regional threshold uses the same operator as the rule ("${op}"), got "${k}"`,
            [...p, k],
            `ngưỡng theo vùng phải dùng cùng phép so sánh với ngưỡng chung ("${op}"), nhận được "${k}"`,
          );
      if (!(op! in inner)) bad(`expected { ${op}: … }`, p, `cần ghi { ${op}: … }`);
      byRegion[region] = readValue(inner[op!], [...p, op!]);
    } else byRegion[region] = readValue(v, p);
  }
  const value = op in rule ? readValue(rule[op], [...path, op]) : null;
  return (op === "yes" ? { op, value, byRegion } : { op, value, byRegion }) as ThresholdRule;
}

/** A threshold input → a rule for each level that requires the criterion. */
function parseThreshold(
  raw: unknown,
  levels: readonly string[],
  allLevels: readonly string[],
  regions: ReadonlySet<string>,
  path: PgiPath,
): Record<string, ThresholdRule> {
  if (raw === undefined || raw === null) {
    bad(
      "the threshold is not filled in; give { atLeast: n }, { atMost: n }, { yes: true } or one per level",
      path,
      "ngưỡng chưa được điền; ghi { atLeast: n } (từ n trở lên), { atMost: n } (không quá n), { yes: true } (đạt) hoặc một ngưỡng cho mỗi mức",
    );
  }
  const entries = safeEntries(raw, path, { en: "a threshold", vi: "ngưỡng" });
  if (entries.length === 0)
    bad("a threshold needs atLeast, atMost or yes (for example { atLeast: 95 })", path, "ngưỡng cần atLeast, atMost hoặc yes (ví dụ { atLeast: 95 })");
  const isRule = entries.some(([k]) => isRuleKey(k));
  const out: Record<string, ThresholdRule> = {};
  if (isRule) {
    const rule = parseRule(raw, regions, path);
    for (const l of levels) out[l] = rule;
    return out;
  }
  const given = new Map<string, ThresholdRule>();
  for (const [k, v] of entries) {
    if (!allLevels.includes(k))
      bad(
        `"${k}" is neither a threshold key (atLeast, atMost, yes, byRegion) nor a level (${allLevels.join(", ")})`,
        [...path, k],
        `"${k}" không phải khóa ngưỡng (atLeast, atMost, yes, byRegion) cũng không phải mã mức (${allLevels.join(", ")})`,
      );
    if (!levels.includes(k))
      bad(
        `level "${k}" does not require this criterion (it is required for ${levels.join(", ")}); add the level to the criterion or drop this threshold`,
        [...path, k],
        `mức "${k}" không yêu cầu tiêu chí này (chỉ yêu cầu ở ${levels.join(", ")}); thêm mức vào tiêu chí hoặc bỏ ngưỡng này`,
      );
    given.set(k, parseRule(v, regions, [...path, k]));
  }
  // A level without its own rule takes the rule of the nearest lower level that has one.
  let last: ThresholdRule | undefined;
  for (const l of allLevels) {
    if (given.has(l)) last = given.get(l);
    if (!levels.includes(l)) continue;
    if (!last)
      bad(
        `no threshold for level "${l}" (nor for a lower level); add ${l}: { … }`,
        path,
        `chưa có ngưỡng cho mức "${l}" (cũng như mức thấp hơn); thêm ${l}: { … }`,
      );
    out[l] = last;
  }
  const ops = new Set(Object.values(out).map((r) => r.op));
  if (ops.size > 1)
    bad(
      `the levels of one indicator use different operators (${[...ops].join(", ")}); use one`,
      path,
      `các mức của cùng một chỉ tiêu dùng phép so sánh khác nhau (${[...ops].join(", ")}); hãy dùng một phép so sánh`,
    );
  return out;
}

function checkUnique(items: readonly { id: string }[], path: PgiPath, what: string): void {
  const seen = new Set<string>();
  items.forEach((x, i) => {
    if (seen.has(x.id)) bad(`${what} id "${x.id}" is used twice`, [...path, i, "id"], `mã "${x.id}" được dùng hai lần`);
    seen.add(x.id);
  });
}

/**
 * Validate a checklist spec (levels, criteria required for them, indicators with a unit and a
 * threshold per level and per region) and return a frozen {@link Checklist}.
 *
 * A threshold is one rule for every level (`{ atLeast: 95 }`, `{ atMost: 0 }`, `{ yes: true }`) or
 * a map from level id to rule; a level without its own rule takes the rule of the nearest lower
 * level. `byRegion` sets other values for some regions (declared in `regions`).
 *
 * @throws {@link PgiError} `INVALID_INPUT` with the path of the first bad field: missing or empty
 * names, duplicate ids, a criterion naming an unknown level, a threshold with no or two operators,
 * a threshold for a level that does not require the criterion, an undeclared region, a threshold
 * not filled in; `UNSAFE_KEY` for `__proto__` keys.
 *
 * @example
 * ```ts
 * const c = defineChecklist({
 *   id: "env", name: { vi: "Môi trường", en: "Environment" },
 *   levels: [{ id: "ntm", name: "NTM" }, { id: "ntmNangCao", name: "NTM nâng cao" }],
 *   criteria: [{ id: "c17", name: "Tiêu chí 17", levels: ["ntm", "ntmNangCao"], indicators: [
 *     { id: "17.1", name: "Nước sạch", unit: "%", threshold: { ntm: { atLeast: 95 }, ntmNangCao: { atLeast: 98 } } },
 *     { id: "17.3", name: "Cảnh quan", threshold: { yes: true } },
 *   ] }],
 * });
 * c.criteria[0].indicators[0].threshold.ntmNangCao; // { op: "atLeast", value: 98, byRegion: {} }
 * ```
 */
export function defineChecklist(spec: ChecklistSpec): Checklist {
  return checklistFrom(spec, []);
}

/** A checklist from a built one, its JSON copy or a spec; errors carry `basePath`. @internal */
export function checklistFrom(spec: unknown, basePath: PgiPath): Checklist {
  if (isSealed(spec, "checklist")) return spec as Checklist;
  try {
    return build(spec);
  } catch (e) {
    if (basePath.length > 0) throw prefixPath(e, basePath);
    throw e;
  }
}

function build(spec: unknown): Checklist {
  safeEntries(spec, [], { en: "the checklist spec", vi: "khai báo bộ tiêu chí" });
  const s = parseWith(specSchema(), spec) as ChecklistSpec;
  checkUnique(s.levels, ["levels"], "level");
  for (const [i, l] of s.levels.entries())
    if (isRuleKey(l.id))
      bad(`"${l.id}" cannot be a level id (it is a threshold key)`, ["levels", i, "id"], `"${l.id}" không dùng làm mã mức được (đây là khóa của ngưỡng)`);
  checkUnique(s.regions ?? [], ["regions"], "region");
  checkUnique(s.criteria, ["criteria"], "criterion");
  const allLevels = s.levels.map((l) => l.id);
  const regions = new Set((s.regions ?? []).map((r) => r.id));
  const indicatorIds = new Set<string>();
  const criteria: ChecklistCriterion[] = s.criteria.map((c, ci) => {
    const seenLevels = new Set<string>();
    c.levels.forEach((l, li) => {
      if (!allLevels.includes(l))
        bad(`unknown level "${l}"; levels: ${allLevels.join(", ")}`, ["criteria", ci, "levels", li], `không có mức "${l}"; các mức: ${allLevels.join(", ")}`);
      if (seenLevels.has(l)) bad(`level "${l}" is named twice`, ["criteria", ci, "levels", li], `mức "${l}" được ghi hai lần`);
      seenLevels.add(l);
    });
    const levels = allLevels.filter((l) => seenLevels.has(l));
    const indicators = c.indicators.map((ind, ii) => {
      const path = ["criteria", ci, "indicators", ii];
      if (indicatorIds.has(ind.id))
        bad(
          `indicator id "${ind.id}" is used twice (indicator ids are unique across the checklist)`,
          [...path, "id"],
          `mã chỉ tiêu "${ind.id}" được dùng hai lần (mã chỉ tiêu không được trùng trong cả bộ tiêu chí)`,
        );
      indicatorIds.add(ind.id);
      return {
        id: ind.id,
        name: localized(ind.name),
        unit: localized(ind.unit),
        threshold: parseThreshold(ind.threshold, levels, allLevels, regions, [...path, "threshold"]),
        note: ind.note ?? null,
      };
    });
    return { id: c.id, name: localized(c.name), levels, indicators };
  });
  const out: Checklist = {
    kind: "checklist",
    id: s.id,
    name: localized(s.name),
    source: s.source ?? null,
    levels: s.levels.map((l) => ({ id: l.id, name: localized(l.name) })),
    regions: (s.regions ?? []).map((x) => ({ id: x.id, name: localized(x.name) })),
    criteria,
  };
  return seal(out, showChecklist);
}

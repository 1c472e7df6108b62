/**
 * Assessing communes (or any unit) against a checklist: criteria met, gaps, counts ("17/19"),
 * levels reached; many units against their targets for the year.
 * @module
 */
import { D, toDec, type Dec, type NumberInput } from "../decimal";
import { describe, optionsOf, PgiError, prefixPath, safeEntries, type PgiPath } from "../errors";
import type { LocalizedText } from "../framework/types";
import { foldName, seal } from "../util";
import { checklistFrom, type Checklist, type ChecklistSpec, type ThresholdRule } from "./define";
import { showChecklist } from "./render";

/** A value for one indicator: a number (`96`, `"96,5"`), yes/no (`true`, `"đạt"`, `"không đạt"`), or null when not measured. */
export type ChecklistValue = NumberInput | boolean | null | undefined;

/** One unit's values, keyed by indicator id. */
export interface ChecklistUnitInput {
  readonly unit: string;
  /** Region id or name, when thresholds differ by region. */
  readonly region?: string | null;
  readonly values: Readonly<Record<string, ChecklistValue>>;
  /** The level the unit aims for (optional; `assessMany` takes it from `targets`). */
  readonly target?: string | null;
}

/** One indicator's result at one level. */
export interface IndicatorResult {
  readonly id: string;
  readonly name: LocalizedText;
  readonly unit: LocalizedText;
  /** The value as given (numbers exact, yes/no as booleans), null when missing. */
  readonly value: number | boolean | null;
  /** The rule applied (for this level and region). */
  readonly threshold: { readonly op: "atLeast" | "atMost" | "yes"; readonly value: number | boolean };
  readonly met: boolean;
  /** `missing` when no value was given (counts as not met). */
  readonly status: "met" | "notMet" | "missing";
  /** How far from the threshold, exactly, in the indicator's unit (0 when met; null for yes/no and missing values). */
  readonly gap: number | null;
}

/** One criterion's result at one level. */
export interface CriterionResult {
  readonly id: string;
  readonly name: LocalizedText;
  /** The level it was evaluated at (the assessment's `at`, or its lowest level when `at` does not require it). */
  readonly level: string;
  /** Whether `at` requires this criterion. */
  readonly required: boolean;
  readonly met: boolean;
  readonly indicators: readonly IndicatorResult[];
}

/** One level's result: criteria met out of those it requires. */
export interface LevelResult {
  readonly id: string;
  readonly name: LocalizedText;
  /** Every criterion this level requires is met (at this level's thresholds). */
  readonly reached: boolean;
  readonly met: number;
  readonly total: number;
  /** `"17/19"`. */
  readonly count: string;
  /** Ids of the required criteria not met. */
  readonly failing: readonly string[];
}

/** The result of {@link assessChecklist}. */
export interface ChecklistAssessment {
  readonly kind: "checklistAssessment";
  readonly checklist: string;
  readonly checklistName: LocalizedText;
  readonly unit: string;
  /** The region's id, null when none. */
  readonly region: string | null;
  /** The region's name (for reports), null when none. */
  readonly regionName: LocalizedText | null;
  /** The level the criteria table is evaluated at: the target, else the next level, else the highest. */
  readonly at: string;
  readonly levels: readonly LevelResult[];
  /** Highest level reached with every level below it reached too; null when none. */
  readonly highestLevel: string | null;
  /** The level after `highestLevel`; null at the top. */
  readonly nextLevel: string | null;
  /** Criteria still failing for `nextLevel`. */
  readonly missingForNext: readonly string[];
  /** The unit's target for the year, when given: reached or not, criteria still failing on the way. */
  readonly target: { readonly level: string; readonly reached: boolean; readonly count: string; readonly missing: readonly string[] } | null;
  readonly criteria: readonly CriterionResult[];
}

function bad(message: { readonly en: string; readonly vi: string }, path: PgiPath): never {
  throw new PgiError("INVALID_INPUT", message, path);
}

/** Done marks as offices type them (folded): đạt, có, x, ✓… */
const YES = new Set(["dat", "co", "yes", "true", "x", "✓", "✔", "☑", "✅", "roi", "dathoanthanh", "hoanthanh"]);
/** Not-done marks: không đạt, chưa đạt, không, chưa… */
const NO = new Set(["khongdat", "chuadat", "khong", "chua", "no", "false", "✗", "✘", "☐", "chuahoanthanh"]);

/**
 * Yes/no input: booleans; "đạt", "có", "x", "✓" (done); "không đạt", "chưa đạt", "không", "chưa"
 * (not done); "yes"/"no", "true"/"false". Case and diacritics do not matter.
 */
function yesNo(v: unknown, path: PgiPath): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "string") {
    const t = v.trim();
    const f = foldName(t) || t;
    if (YES.has(f)) return true;
    if (NO.has(f)) return false;
  }
  return bad(
    {
      en: `expected true/false, "đạt", "có", "x" or "✓" (done) or "không đạt", "chưa đạt", "không" (not done) for a yes/no indicator, got ${describe(v)}`,
      vi: `chỉ tiêu đạt/không đạt cần "đạt", "có", "x" hoặc "✓" (đã đạt) hoặc "không đạt", "chưa đạt", "không" (chưa đạt), nhận được ${describe(v)}`,
    },
    path,
  );
}

/** A number; for an indicator in %, "95 %" and "95%" are read as 95. */
function numeric(v: unknown, path: PgiPath, unit: LocalizedText): Dec {
  if (typeof v === "boolean")
    bad(
      {
        en: `expected a number for this indicator, got ${v}; yes/no values are for { yes } thresholds`,
        vi: `chỉ tiêu này cần một số, nhận được ${v ? "đạt" : "không đạt"}; giá trị đạt/không đạt chỉ dùng cho chỉ tiêu đánh giá đạt/không đạt`,
      },
      path,
    );
  if (typeof v === "string" && /%\s*$/.test(v)) {
    if (unit.vi.trim() !== "%" && unit.en.trim() !== "%") {
      bad(
        {
          en: `this indicator is measured in ${unit.en === "" ? "plain numbers" : `"${unit.en}"`}, not in %; got ${describe(v)}`,
          vi: `chỉ tiêu này tính bằng ${unit.vi === "" ? "số" : `"${unit.vi}"`}, không tính bằng %; nhận được ${describe(v)}`,
        },
        path,
      );
    }
    return toDec(v.replace(/\s*%\s*$/, ""), { path });
  }
  return toDec(v, { path });
}

/** The exact number of a decimal (its shortest form as a double, −0 as 0). */
function exact(d: Dec): number {
  const n = Number(d.toFixed());
  return n === 0 ? 0 : n;
}

function regionOf(checklist: Checklist, region: unknown): string | null {
  if (region === undefined || region === null) return null;
  if (typeof region !== "string")
    bad({ en: `region must be a region id or name, got ${describe(region)}`, vi: `vùng phải là mã hoặc tên vùng, nhận được ${describe(region)}` }, ["region"]);
  const f = foldName(region);
  const r = checklist.regions.find((x) => x.id === region || foldName(x.id) === f || foldName(x.name.vi) === f || foldName(x.name.en) === f);
  if (!r) {
    bad(
      checklist.regions.length === 0
        ? {
            en: `the checklist has no regions; leave region out (got ${describe(region)})`,
            vi: `bộ tiêu chí không chia theo vùng; hãy bỏ trống vùng (nhận được ${describe(region)})`,
          }
        : {
            en: `unknown region ${describe(region)}; regions: ${checklist.regions.map((x) => `${x.id} ("${x.name.en}")`).join(", ")}`,
            vi: `không có vùng ${describe(region)}; các vùng: ${checklist.regions.map((x) => `"${x.name.vi}"`).join(", ")}`,
          },
      ["region"],
    );
  }
  return r.id;
}

function ruleFor(rule: ThresholdRule, region: string | null, indicator: string, checklist: Checklist): { op: ThresholdRule["op"]; value: number | boolean } {
  const v = region !== null && Object.hasOwn(rule.byRegion, region) ? rule.byRegion[region]! : rule.value;
  if (v === null) {
    bad(
      {
        en: `indicator "${indicator}" has a threshold per region and no default; pass region (one of ${checklist.regions.map((x) => x.id).join(", ")})`,
        vi: `chỉ tiêu "${indicator}" có ngưỡng theo vùng; hãy ghi vùng (một trong ${checklist.regions.map((x) => `"${x.name.vi}"`).join(", ")})`,
      },
      ["region"],
    );
  }
  return { op: rule.op, value: v };
}

type Parsed = ReadonlyMap<string, Dec | boolean | null>;

function evaluate(
  checklist: Checklist,
  criterionIndex: number,
  level: string,
  region: string | null,
  values: Parsed,
): { met: boolean; indicators: IndicatorResult[] } {
  const c = checklist.criteria[criterionIndex]!;
  const indicators = c.indicators.map((ind): IndicatorResult => {
    const t = ruleFor(ind.threshold[level]!, region, ind.id, checklist);
    const v = values.get(ind.id) ?? null;
    if (v === null) return { id: ind.id, name: ind.name, unit: ind.unit, value: null, threshold: t, met: false, status: "missing", gap: null };
    if (t.op === "yes") {
      const met = v === t.value;
      return { id: ind.id, name: ind.name, unit: ind.unit, value: v as boolean, threshold: t, met, status: met ? "met" : "notMet", gap: null };
    }
    const d = v as Dec;
    const th = new D(String(t.value));
    const gap = t.op === "atLeast" ? th.minus(d) : d.minus(th);
    const met = gap.lte(0);
    return { id: ind.id, name: ind.name, unit: ind.unit, value: exact(d), threshold: t, met, status: met ? "met" : "notMet", gap: met ? 0 : exact(gap) };
  });
  return { met: indicators.every((i) => i.met), indicators };
}

function parseValues(checklist: Checklist, raw: unknown, path: PgiPath): Parsed {
  const kinds = new Map<string, { yes: boolean; unit: LocalizedText }>();
  for (const c of checklist.criteria) for (const i of c.indicators) kinds.set(i.id, { yes: Object.values(i.threshold)[0]!.op === "yes", unit: i.unit });
  const out = new Map<string, Dec | boolean | null>();
  for (const [id, v] of safeEntries(raw, path, { en: "the values (indicator id → value)", vi: "các giá trị (mã chỉ tiêu → giá trị)" })) {
    const kind = kinds.get(id);
    if (!kind) {
      const ids = [...kinds.keys()].map((k) => `"${k}"`).join(", ");
      throw new PgiError(
        "UNKNOWN_INDICATOR",
        { en: `unknown indicator "${id}"; indicators: ${ids}`, vi: `không có chỉ tiêu "${id}" trong bộ tiêu chí; các chỉ tiêu: ${ids}` },
        [...path, id],
      );
    }
    if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) out.set(id, null);
    else out.set(id, kind.yes ? yesNo(v, [...path, id]) : numeric(v, [...path, id], kind.unit));
  }
  return out;
}

/** A level's name or id folded: "NTM nâng cao", "Nông thôn mới nâng cao" and "ntmNangCao" fold alike. */
const levelFold = (s: string): string => foldName(s).replace(/nongthonmoi/g, "ntm");

/**
 * The index of a level given by id (`"ntmNangCao"`) or by name in either language (`"NTM nâng
 * cao"`, `"Nông thôn mới nâng cao"`, `"Advanced NTM"`); -1 when none matches. @internal
 */
export function findLevel(checklist: Pick<Checklist, "levels">, level: unknown): number {
  const i = checklist.levels.findIndex((l) => l.id === level);
  if (i >= 0 || typeof level !== "string") return i;
  const f = levelFold(level);
  return f === "" ? -1 : checklist.levels.findIndex((l) => levelFold(l.id) === f || levelFold(l.name.vi) === f || levelFold(l.name.en) === f);
}

function levelIndex(checklist: Checklist, level: unknown, path: PgiPath): number {
  const i = findLevel(checklist, level);
  if (i < 0) {
    bad(
      {
        en: `unknown level ${describe(level)}; levels: ${checklist.levels.map((l) => `${l.id} ("${l.name.en}")`).join(", ")}`,
        vi: `không có mức ${describe(level)}; các mức: ${checklist.levels.map((l) => `"${l.name.vi}"`).join(", ")}`,
      },
      path,
    );
  }
  return i;
}

/** The assessment itself, from a validated checklist (no freezing). */
function assessOne(checklist: Checklist, input: unknown, path: PgiPath): ChecklistAssessment {
  const entries = Object.fromEntries(safeEntries(input, path, { en: "a unit ({ unit, region?, values })", vi: "đơn vị ({ unit, region?, values })" }));
  for (const k of Object.keys(entries)) {
    if (k !== "unit" && k !== "region" && k !== "values" && k !== "target")
      bad(
        {
          en: `unknown field "${k}"; a unit is { unit, region?, values, target? }`,
          vi: `trường "${k}" không hợp lệ; mỗi đơn vị gồm { unit, region?, values, target? } (tên, vùng, giá trị, mức đăng ký)`,
        },
        [...path, k],
      );
  }
  const unit = entries.unit;
  if (typeof unit !== "string" || unit.trim() === "")
    bad({ en: `unit must be a non-empty name, got ${describe(unit)}`, vi: `tên đơn vị không được để trống, nhận được ${describe(unit)}` }, [...path, "unit"]);
  let region: string | null;
  try {
    region = regionOf(checklist, entries.region);
  } catch (e) {
    throw prefixPath(e, path);
  }
  const values = parseValues(checklist, entries.values, [...path, "values"]);
  const targetIndex = entries.target === undefined || entries.target === null ? -1 : levelIndex(checklist, entries.target, [...path, "target"]);
  const wrap = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (e) {
      throw e instanceof PgiError && e.path[0] === "region" ? prefixPath(e, path) : e;
    }
  };
  // Every criterion at every level that requires it.
  const byLevel = new Map<string, Map<number, { met: boolean; indicators: IndicatorResult[] }>>();
  for (const l of checklist.levels) {
    const m = new Map<number, { met: boolean; indicators: IndicatorResult[] }>();
    checklist.criteria.forEach((c, ci) => {
      if (c.levels.includes(l.id))
        m.set(
          ci,
          wrap(() => evaluate(checklist, ci, l.id, region, values)),
        );
    });
    byLevel.set(l.id, m);
  }
  const levels: LevelResult[] = checklist.levels.map((l) => {
    const m = byLevel.get(l.id)!;
    const failing = [...m.entries()].filter(([, r]) => !r.met).map(([ci]) => checklist.criteria[ci]!.id);
    const met = m.size - failing.length;
    return { id: l.id, name: l.name, reached: failing.length === 0, met, total: m.size, count: `${met}/${m.size}`, failing };
  });
  let highest = -1;
  while (highest + 1 < levels.length && levels[highest + 1]!.reached) highest++;
  const next = highest + 1 < levels.length ? highest + 1 : -1;
  const atIndex = targetIndex >= 0 ? targetIndex : next >= 0 ? next : levels.length - 1;
  const at = checklist.levels[atIndex]!.id;
  const missingUpTo = (upTo: number): string[] => {
    const ids = new Set(levels.slice(0, upTo + 1).flatMap((l) => l.failing));
    return checklist.criteria.filter((c) => ids.has(c.id)).map((c) => c.id);
  };
  const criteria: CriterionResult[] = checklist.criteria.map((c, ci) => {
    const required = c.levels.includes(at);
    const level = required ? at : c.levels[0]!;
    const r = byLevel.get(level)!.get(ci)!;
    return { id: c.id, name: c.name, level, required, met: r.met, indicators: r.indicators };
  });
  return {
    kind: "checklistAssessment",
    checklist: checklist.id,
    checklistName: checklist.name,
    unit: unit.trim(),
    region,
    regionName: region === null ? null : checklist.regions.find((r) => r.id === region)!.name,
    at,
    levels,
    highestLevel: highest >= 0 ? checklist.levels[highest]!.id : null,
    nextLevel: next >= 0 ? checklist.levels[next]!.id : null,
    missingForNext: next >= 0 ? levels[next]!.failing : [],
    target:
      targetIndex < 0
        ? null
        : { level: checklist.levels[targetIndex]!.id, reached: highest >= targetIndex, count: levels[targetIndex]!.count, missing: missingUpTo(targetIndex) },
    criteria,
  };
}

/**
 * Assess one unit (a commune) against a checklist: each criterion met or not, each failing
 * indicator with its exact gap in its unit, counts per level as plans write them (`"17/19"`), the
 * highest level reached (every level below it reached too) and what is missing for the next.
 * A missing value counts as not met. Accepts a {@link Checklist}, its JSON copy, or a spec.
 *
 * @throws {@link PgiError} `UNKNOWN_INDICATOR` for a value of an unknown indicator;
 * `INVALID_NUMBER` / `INVALID_INPUT` for a bad value, unit, region or target level.
 *
 * @example
 * ```ts
 * const c = defineChecklist({ id: "env", name: "Môi trường", levels: [{ id: "ntm", name: "NTM" }],
 *   criteria: [{ id: "c17", name: "Môi trường", levels: ["ntm"], indicators: [
 *     { id: "bins", name: "Thùng rác", unit: "%", threshold: { atLeast: 90 } },
 *     { id: "dumps", name: "Điểm tập kết tự phát", unit: "điểm", threshold: { atMost: 0 } },
 *     { id: "clean", name: "Cảnh quan", threshold: { yes: true } }] }] });
 * const a = assessChecklist(c, { unit: "Xã A", values: { bins: "87,5", dumps: 2, clean: "đạt" } });
 * a.levels[0].count;                                          // "0/1"
 * a.criteria[0].indicators.map((i) => i.gap);                 // [2.5, 2, null]
 * a.missingForNext;                                           // ["c17"]
 * ```
 */
export function assessChecklist(checklist: Checklist | ChecklistSpec, input: ChecklistUnitInput): ChecklistAssessment {
  const c = checklistFrom(checklist, ["checklist"]);
  return seal(assessOne(c, input, []), showChecklist);
}

/** Options of {@link assessMany}. */
export interface AssessManyOptions {
  /** The level each unit aims for this year, by unit name (units left out have no target). */
  readonly targets?: Readonly<Record<string, string | null>>;
}

/** One unit's line in a {@link ChecklistSummary}. */
export interface ChecklistSummaryUnit {
  readonly unit: string;
  /** The region's id, null when none. */
  readonly region: string | null;
  /** The region's name (for reports), null when none. */
  readonly regionName: LocalizedText | null;
  readonly target: string | null;
  readonly highestLevel: string | null;
  /** Null when the unit has no target. */
  readonly reachedTarget: boolean | null;
  /** Criteria met at the target level (or the next level when there is no target), `"17/19"`. */
  readonly count: string;
  /** Criteria still failing on the way to the target (or to the next level). */
  readonly missing: readonly string[];
}

/** The result of {@link assessMany}. */
export interface ChecklistSummary {
  readonly kind: "checklistSummary";
  readonly checklist: string;
  readonly checklistName: LocalizedText;
  readonly units: readonly ChecklistSummaryUnit[];
  /** Per level: units aiming for it, how many reached it (`"7/10"`), and units at or above it overall. */
  readonly levels: readonly {
    readonly id: string;
    readonly name: LocalizedText;
    readonly targeted: number;
    readonly reached: number;
    readonly count: string;
    readonly notReached: readonly string[];
    readonly atOrAbove: number;
  }[];
  /** Per criterion: the units that still fail it (on the way to their target, or their next level). */
  readonly criteria: readonly { readonly id: string; readonly name: LocalizedText; readonly failing: readonly string[] }[];
  readonly assessments: readonly ChecklistAssessment[];
}

/**
 * Assess a district's or province's list of units against a checklist and their targets for the
 * year: how many reached the level they aimed for (`"7/10"`), units at or above each level, and
 * for each criterion the units that still fail it — the table an inspection plan needs.
 *
 * @throws {@link PgiError} `DUPLICATE_UNIT`; `UNKNOWN_UNIT` for a target of a unit not in the
 * list; `INVALID_INPUT` for an unknown level; the errors of {@link assessChecklist} with the
 * unit's index in the path.
 *
 * @example
 * ```ts
 * const c = defineChecklist({ id: "env", name: "Môi trường", levels: [{ id: "ntm", name: "NTM" }],
 *   criteria: [{ id: "c17", name: "Môi trường", levels: ["ntm"], indicators: [
 *     { id: "bins", name: "Thùng rác", unit: "%", threshold: { atLeast: 90 } }] }] });
 * const s = assessMany(c, [{ unit: "Xã A", values: { bins: 92 } }, { unit: "Xã B", values: { bins: 80 } }],
 *   { targets: { "Xã A": "ntm", "Xã B": "ntm" } });
 * s.levels[0].count;         // "1/2"
 * s.criteria[0].failing;     // ["Xã B"]
 * ```
 */
export function assessMany(checklist: Checklist | ChecklistSpec, units: readonly ChecklistUnitInput[], options: AssessManyOptions = {}): ChecklistSummary {
  const c = checklistFrom(checklist, ["checklist"]);
  options = optionsOf<AssessManyOptions>(options, ["targets"]);
  if (!Array.isArray(units))
    bad(
      {
        en: `expected an array of units ({ unit, region?, values }), got ${describe(units)}`,
        vi: `cần một danh sách đơn vị ({ unit, region?, values }), nhận được ${describe(units)}`,
      },
      ["units"],
    );
  const targets = new Map<string, string | null>();
  if (options.targets !== undefined) {
    for (const [u, t] of safeEntries(options.targets, ["targets"], { en: "targets (unit → level id)", vi: "mức đăng ký (đơn vị → mã mức)" })) {
      targets.set(u, t === null ? null : c.levels[levelIndex(c, t, ["targets", u])]!.id);
    }
  }
  const seen = new Set<string>();
  const assessments = units.map((u, i) => {
    const a = assessOne(c, u, ["units", i]);
    if (seen.has(a.unit))
      throw new PgiError("DUPLICATE_UNIT", { en: `unit "${a.unit}" is listed twice`, vi: `đơn vị "${a.unit}" có tên hai lần trong danh sách` }, [
        "units",
        i,
        "unit",
      ]);
    seen.add(a.unit);
    if (!targets.has(a.unit) || a.target !== null) return a;
    return assessOne(c, { ...(u as object), target: targets.get(a.unit) }, ["units", i]);
  });
  for (const u of targets.keys()) {
    if (!seen.has(u))
      throw new PgiError(
        "UNKNOWN_UNIT",
        { en: `target for "${u}", which is not in the list of units`, vi: `có mức đăng ký cho "${u}" nhưng đơn vị này không có trong danh sách` },
        ["targets", u],
      );
  }
  const summaryUnits: ChecklistSummaryUnit[] = assessments.map((a) => ({
    unit: a.unit,
    region: a.region,
    regionName: a.regionName,
    target: a.target?.level ?? null,
    highestLevel: a.highestLevel,
    reachedTarget: a.target ? a.target.reached : null,
    count: a.levels.find((l) => l.id === a.at)!.count,
    missing: a.target ? a.target.missing : a.missingForNext,
  }));
  const index = (id: string | null): number => (id === null ? -1 : c.levels.findIndex((l) => l.id === id));
  const levels = c.levels.map((l, li) => {
    const aiming = summaryUnits.filter((u) => u.target === l.id);
    const reached = aiming.filter((u) => u.reachedTarget === true);
    return {
      id: l.id,
      name: l.name,
      targeted: aiming.length,
      reached: reached.length,
      count: `${reached.length}/${aiming.length}`,
      notReached: aiming.filter((u) => u.reachedTarget !== true).map((u) => u.unit),
      atOrAbove: summaryUnits.filter((u) => index(u.highestLevel) >= li).length,
    };
  });
  const criteria = c.criteria.map((cr) => ({ id: cr.id, name: cr.name, failing: summaryUnits.filter((u) => u.missing.includes(cr.id)).map((u) => u.unit) }));
  return seal({ kind: "checklistSummary", checklist: c.id, checklistName: c.name, units: summaryUnits, levels, criteria, assessments }, showChecklist);
}

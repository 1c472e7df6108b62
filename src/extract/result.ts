/**
 * Last pass of the plan reader: the plan's deadline and baseline year, the header fields (the
 * document first, then the options), the targets by sub-index, and the {@link createPlan} input.
 * @internal
 * @module
 */
import { kindOf } from "../revive";
import { toNum } from "../decimal";
import { isPgiError } from "../errors";
import { PGI, type PgiSubIndexId } from "../framework/pgi";
import { findProvince } from "../data/provinces";
import { createPlan, type PlanInput, type TargetSpec } from "../plan/create";
import { asScoreCard, readScores } from "../scorecard/scorecard";
import { num, type Assembly } from "./assemble";
import type { Found, Header } from "./header";
import { bodyKey } from "./owners";
import type { Line } from "./text";
import type { ExtractField, ExtractOptions } from "./types";

/** Baseline scores from the options, by sub-index id (validated as createPlan validates them). */
function optionBaseline(options: ExtractOptions): Map<string, number> {
  const out = new Map<string, number>();
  const b = options.baseline;
  if (b === undefined) return out;
  const path = ["options", "baseline"];
  const scores = kindOf(b) === "scoreCard" ? asScoreCard(b, path).scores : b;
  for (const [id, d] of readScores(PGI, scores, path, false)) out.set(id, toNum(d));
  return out;
}

/** The document's deadline (the latest when it states several), for targets without their own. */
function documentDue(a: Assembly): string | null {
  const dues = [...a.docDues].sort((x, y) => (x.iso < y.iso ? -1 : x.iso > y.iso ? 1 : 0));
  const last = dues[dues.length - 1] ?? null;
  if (last) a.add("due", null, last.iso, last.line);
  return last?.iso ?? null;
}

/**
 * The baseline year: stated, else the year most sections' baselines are of (the latest on a tie),
 * else the latest year of a composite figure before the target year. A section whose baseline
 * is of another year is a conflict.
 */
function resolveBaselineYear(a: Assembly, h: Header): void {
  const years = [...a.sections.values()].flatMap((s) => (s.baseline && s.baseline.year !== null ? [{ value: s.baseline.year, line: s.baseline.at }] : []));
  if (!h.baselineYear && years.length > 0) {
    const count = new Map<number, number>();
    for (const y of years) count.set(y.value, (count.get(y.value) ?? 0) + 1);
    const best = [...count].sort((x, y) => y[1] - x[1] || y[0] - x[0])[0]![0];
    h.baselineYear = years.find((y) => y.value === best)!;
  }
  if (!h.baselineYear) {
    const ty = h.targetYear?.value ?? null;
    for (const c of a.compositeBaselines) {
      if (c.year === null || (ty !== null && c.year >= ty)) continue;
      if (!h.baselineYear || c.year > h.baselineYear.value) h.baselineYear = { value: c.year, line: c.line };
    }
  }
  const by = h.baselineYear;
  for (const y of years) {
    if (by && y.value !== by.value) {
      a.problem(
        "CONFLICT",
        null,
        y.line,
        `this line compares with ${y.value} but the baseline year is ${by.value} (line ${by.line.no})`,
        `dòng này so với năm ${y.value} nhưng năm cơ sở là ${by.value} (dòng ${by.line.no})`,
      );
    }
  }
}

function fromDoc<T extends string | number>(a: Assembly, field: ExtractField, v: Found<T> | null, fallback: T | undefined, vi: string): T | null {
  if (v) {
    a.add(field, null, v.value, v.line);
    return v.value;
  }
  if (fallback !== undefined) {
    a.add(field, null, fallback, null);
    return fallback;
  }
  a.problem(
    "MISSING_FIELD",
    null,
    null,
    `the document does not state the ${field}; pass it in the options`,
    `văn bản không ghi ${vi}; truyền vào qua tùy chọn`,
  );
  return null;
}

/**
 * The index unit for the plan input: `undefined` when it is the unit itself (a province's own
 * plan); `"any"` (reported) when the unit is no province and neither the document nor the options
 * name the province whose index is targeted — the plan is then kept for any unit (`units:
 * "any"`), checked as written but compared with no province's results.
 */
function readIndexUnit(a: Assembly, h: Header, unit: string | null, opts: ExtractOptions): string | "any" | undefined {
  const own = unit !== null ? findProvince(unit) : undefined;
  const v = h.indexUnit ?? (opts.indexUnit !== undefined ? { value: opts.indexUnit, line: null } : null);
  if (v === null) {
    if (unit === null || own) return undefined;
    a.problem(
      "MISSING_FIELD",
      null,
      null,
      `the document names no province whose index the plan targets ("tỉnh …"); the plan is kept for any unit and cannot be compared with a province's results until the province is given in the options (indexUnit)`,
      `văn bản không nêu tỉnh có chỉ số PGI mà kế hoạch nhắm tới ("tỉnh …"); kế hoạch được giữ cho đơn vị bất kỳ và chưa so sánh được với kết quả của tỉnh cho đến khi truyền tên tỉnh qua tùy chọn`,
    );
    return "any";
  }
  a.add("indexUnit", null, v.value, v.line);
  return own && own.name === findProvince(v.value)?.name ? undefined : v.value;
}

/** Names with their first spelling, each body once, leaving out those in `seen` (which it fills). */
function distinct(names: readonly string[], seen: Set<string>): string[] {
  const out: string[] = [];
  for (const n of names) {
    const k = bodyKey(n);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(n);
  }
  return out;
}

/** The partners by sub-index: each once, none that is also a lead body of the same sub-index. @internal */
export function partnersOf(a: Assembly): Partial<Record<PgiSubIndexId, string[]>> {
  const out: Partial<Record<PgiSubIndexId, string[]>> = {};
  for (const c of PGI.components) {
    const s = a.sections.get(c.id as PgiSubIndexId);
    if (!s || s.partners.length === 0) continue;
    const p = distinct(
      s.partners.map((o) => o.name),
      new Set(s.owners.map((o) => bodyKey(o.name))),
    );
    if (p.length > 0) out[s.id] = p;
  }
  return out;
}

/** Baselines and targets by sub-index; `complete` when every baseline is known. */
function readTargets(
  a: Assembly,
  lines: readonly Line[],
  opts: ExtractOptions,
  docDue: string | null,
): { baseline: Record<string, number>; targets: Record<string, TargetSpec>; complete: boolean } {
  const optBase = optionBaseline(opts);
  const baseline: Record<string, number> = {};
  const targets: Record<string, TargetSpec> = {};
  let complete = true;
  for (const c of PGI.components) {
    const id = c.id as PgiSubIndexId;
    const s = a.sections.get(id);
    if (!s) a.problem("MISSING_SECTION", id, null, `no section for ${id} ("${c.name.vi}")`, `không có mục về chỉ số "${c.name.vi}"`);
    if (s?.baseline) baseline[id] = num(s.baseline.value);
    else if (optBase.has(id)) {
      baseline[id] = optBase.get(id)!;
      a.add("baseline", id, optBase.get(id)!, null);
    } else {
      complete = false;
      a.problem(
        "MISSING_BASELINE",
        id,
        s ? { no: s.line, text: lines[s.line - 1]!.text } : null,
        `the baseline score of ${id} is not stated; pass options.baseline`,
        `không có điểm cơ sở của chỉ số "${c.name.vi}"; hãy truyền điểm cơ sở qua tùy chọn`,
      );
    }
    if (!s) continue;
    if (!s.target) {
      a.problem(
        "MISSING_TARGET",
        id,
        { no: s.line, text: lines[s.line - 1]!.text },
        `no target sentence could be read for ${id}; no target is set`,
        `không đọc được câu chỉ tiêu của chỉ số "${c.name.vi}"; để trống chỉ tiêu`,
      );
      if (s.owners.length > 0) {
        a.problem(
          "OWNERS_NOT_KEPT",
          id,
          { no: s.owners[0]!.line, text: s.owners[0]!.text },
          `owners of ${id} are not kept: a plan keeps owners with a target`,
          `cơ quan thực hiện của chỉ số "${c.name.vi}" không được giữ vì chưa có chỉ tiêu`,
        );
      }
      continue;
    }
    const due = s.due?.iso ?? docDue;
    // Each body once (plans name owners again in their tasks part, "UBND" or "Ủy ban nhân dân"), at most 100 (as createPlan takes).
    const owners = distinct(
      s.owners.map((o) => o.name),
      new Set(),
    );
    if (owners.length > 100) {
      a.problem(
        "OWNERS_NOT_KEPT",
        id,
        { no: s.owners[0]!.line, text: s.owners[0]!.text },
        `${id} names ${owners.length} owners; the first 100 are kept`,
        `chỉ số "${c.name.vi}" có ${owners.length} cơ quan thực hiện; giữ 100 cơ quan đầu tiên`,
      );
      owners.length = 100;
    }
    targets[id] = {
      ...(s.target.target !== null ? { target: num(s.target.target) } : {}),
      ...(s.target.delta !== null ? { delta: num(s.target.delta) } : {}),
      comparator: s.target.comparator,
      ...(owners.length > 0 ? { owners } : {}),
      ...(due !== null ? { due } : {}),
    };
  }
  return { baseline, targets, complete };
}

/** The {@link createPlan} input read, or `null` when something a plan needs is missing or createPlan refuses it. @internal */
export function toPlanInput(a: Assembly, h: Header, lines: readonly Line[], opts: ExtractOptions): PlanInput | null {
  const docDue = documentDue(a);
  resolveBaselineYear(a, h);
  const title = fromDoc(a, "title", h.title, opts.title, "tên kế hoạch");
  const unit = fromDoc(a, "unit", h.unit, opts.unit, "đơn vị");
  const baselineYear = fromDoc(a, "baselineYear", h.baselineYear, opts.baselineYear, "năm cơ sở");
  const targetYear = fromDoc(a, "targetYear", h.targetYear, opts.targetYear, "năm mục tiêu");
  const indexUnit = readIndexUnit(a, h, unit, opts);
  if (h.source) a.add("source", null, h.source.value, h.source.line);
  const { baseline, targets, complete } = readTargets(a, lines, opts, docDue);
  if (title === null || unit === null || baselineYear === null || targetYear === null || !complete) return null;
  const plan: PlanInput = {
    unit,
    ...(indexUnit === "any" ? { units: "any" as const } : indexUnit !== undefined ? { indexUnit } : {}),
    title,
    baselineYear,
    targetYear,
    ...(h.source ? { source: h.source.value } : {}),
    baseline,
    targets,
    ...(a.compositeTarget ? { compositeTarget: num(a.compositeTarget.value) } : {}),
  };
  try {
    createPlan(plan);
  } catch (e) {
    if (!isPgiError(e)) throw e;
    a.problem(
      "PLAN_REJECTED",
      null,
      null,
      `createPlan refused what was read: ${e.message}`,
      `dữ liệu đọc được không lập thành kế hoạch hợp lệ: ${e.messageVi}`,
    );
    return null;
  }
  return plan;
}

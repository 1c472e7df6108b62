/**
 * The preparation stage: imputation, then outlier treatment, of the raw values, before they are
 * normalised — COINr's order (`Impute` → `Treat` → `Normalise` → `Aggregate`). It runs only for a
 * framework with an `imputation` rule or an indicator whose treatment is `auto`; any other
 * framework goes straight to ./run.ts, exactly as before (the stage is skipped, not run empty).
 *
 * Read (./run.ts stage 1, every check of the input) → impute each column (exact mean/median of
 * the present values, or of the group's, rounded half-up at 10 decimals; ./moments.ts, shared
 * with ../analysis) → treat each column (./treat-column.ts, the kernel of `treat`: winsorise, else log(x − min + 0.01·(max − min)) in
 * binary64) → score the prepared values with ./run.ts → the result with what was imputed and
 * treated, and a finding for each.
 * @module
 */
import { meanDec, medianDec, present, rational } from "./moments";
import { treatColumn, type Shape } from "./treat-column";
import { describe } from "../errors";
import { finding, type Finding } from "../findings";
import type { Framework, TreatmentRule } from "../framework/types";
import { deepFreeze, sealShallow } from "../util";
import { checkFramework } from "./compiled";
import { showScoring } from "./render";
import { prepare, prepareColumns, scoreColumnsRun, scoreRows, type Prepared } from "./run";
import type { ImputedValue, ScoreColumnsInput, Scoring, ScoringColumns, UnitRow } from "./types";

/** One indicator whose raw values the framework's treatment changed. */
export interface TreatedIndicator {
  readonly indicator: string;
  /** `winsorise`: the most outlying points took the value of the next one in; `log`: log(x − min + 0.01·(max − min)). */
  readonly method: "winsorise" | "log";
  /** Points replaced by winsorising (0 for `log`). */
  readonly winsorised: number;
  /** Whether the treated values pass the skewness/kurtosis test (a log transform may not). */
  readonly passes: boolean;
  /** Skewness and kurtosis before and after (10 significant digits). */
  readonly before: Shape;
  readonly after: Shape;
}

/** Each indicator's treatment rule in effect (its own, else the framework's), `null` for none. */
function rulesOf(fw: Framework): (Extract<TreatmentRule, { method: "auto" }> | null)[] {
  return fw.indicators.map((ind) => {
    const r = ind.treatment ?? fw.treatment;
    return r !== undefined && r.method === "auto" ? r : null;
  });
}

/**
 * Whether a framework needs the preparation stage: an imputation rule, or an indicator treated
 * `auto`. Cheap for a framework without either (no allocation). @internal
 */
export function needsPreparation(fw: Framework): boolean {
  if (fw.imputation !== undefined) return true;
  const all = fw.treatment !== undefined && fw.treatment.method === "auto";
  for (const ind of fw.indicators) {
    const own = ind.treatment;
    if (own === undefined ? all : own.method === "auto") return true;
  }
  return false;
}

/** What the stage did: the prepared columns (column-major, NaN = missing) and its record. @internal */
export interface Preparation {
  readonly p: Prepared;
  /** values[i·n + u] after imputation and treatment; NaN = still missing. */
  readonly values: Float64Array;
  readonly imputed: readonly ImputedValue[];
  readonly treated: readonly TreatedIndicator[];
  readonly findings: readonly Finding[];
}

const r3 = (x: number | null): string => (x === null ? "–" : String(Number(x.toFixed(3))));
const r3vi = (x: number | null): string => r3(x).replace(".", ",");

/** The imputation rule of a framework, read once per preparation. */
interface Imputing {
  readonly method: NonNullable<Framework["imputation"]>["method"];
  readonly byGroup: boolean;
  readonly isMean: boolean;
}

/** Fill the gaps of indicator `i` (in `col` and `values`), recording each and every gap left. */
function imputeColumn(
  p: Prepared,
  i: number,
  col: (number | null)[],
  values: Float64Array,
  im: Imputing,
  findings: Finding[],
  found: { u: number; i: number; v: ImputedValue }[],
): void {
  const { n, c } = p;
  const { method, byGroup, isMean } = im;
  const id = c.ids[i]!;
  const base = i * n;
  const cache = new Map<string | null, number | null>();
  const valueFor = (g: string | null): number | null => {
    if (!cache.has(g)) {
      const xs = present(byGroup ? col.filter((_, u) => p.groups[u] === g) : col);
      cache.set(g, xs.length === 0 ? null : rational(isMean ? meanDec(xs) : medianDec(xs), 10));
    }
    return cache.get(g)!;
  };
  const filled: (number | null)[] = [...col];
  let count = 0;
  for (let u = 0; u < n; u++) {
    if (col[u] !== null) continue;
    const unit = p.units[u]!;
    const g = p.groups[u] ?? null;
    const path = ["units", u, "indicators", id];
    if (byGroup && g === null) {
      findings.push(
        finding(
          "warning",
          "IMPUTATION_GAP",
          `${unit}: no value of ${describe(id)} to impute: the unit has no group`,
          `${unit}: không có giá trị thay thế cho chỉ tiêu ${describe(id, "vi")}: đơn vị không thuộc nhóm nào`,
          path,
          { unit, indicator: id },
        ),
      );
      continue;
    }
    const x = valueFor(byGroup ? g : null);
    if (x === null) {
      findings.push(
        byGroup
          ? finding(
              "warning",
              "IMPUTATION_GAP",
              `${unit}: no value of ${describe(id)} to impute: no unit of group ${describe(g)} has one`,
              `${unit}: không có giá trị thay thế cho chỉ tiêu ${describe(id, "vi")}: không đơn vị nào trong nhóm ${describe(g, "vi")} có số liệu`,
              path,
              { unit, indicator: id, group: g },
            )
          : finding(
              "warning",
              "IMPUTATION_GAP",
              `${unit}: no value of ${describe(id)} to impute: the indicator has no value at all`,
              `${unit}: không có giá trị thay thế cho chỉ tiêu ${describe(id, "vi")}: chỉ tiêu không có số liệu nào`,
              path,
              { unit, indicator: id },
            ),
      );
      continue;
    }
    filled[u] = x;
    values[base + u] = x;
    count++;
    found.push({ u, i, v: { unit, indicator: id, value: x } });
  }
  if (count > 0) {
    const [of, ofVi] = isMean ? ["mean", "trung bình"] : ["median", "trung vị"];
    const [from, fromVi] = byGroup
      ? ["the units of the same group", "các đơn vị cùng nhóm"]
      : ["the indicator's present values", "các giá trị hiện có của chỉ tiêu"];
    findings.push(
      finding(
        "info",
        "VALUES_IMPUTED",
        `indicator ${describe(id)}: ${count} missing value${count === 1 ? "" : "s"} filled with the ${of} of ${from} before normalisation`,
        `chỉ tiêu ${describe(id, "vi")}: đã điền ${count} giá trị thiếu bằng ${ofVi} của ${fromVi} trước khi chuẩn hoá`,
        ["indicators", id],
        { indicator: id, imputed: count, method: method! },
      ),
    );
  }
  for (let u = 0; u < n; u++) col[u] = filled[u]!;
}

/** Treat indicator `i`'s (imputed) values in `values` by its rule, recording what was done. */
function treatInto(
  p: Prepared,
  i: number,
  col: (number | null)[],
  values: Float64Array,
  rule: Extract<TreatmentRule, { method: "auto" }>,
  findings: Finding[],
  treated: TreatedIndicator[],
): void {
  const id = p.c.ids[i]!;
  const { n } = p;
  const base = i * n;
  const t = treatColumn(col, rule.winmax, rule.skewThreshold, rule.kurtosisThreshold);
  if (t.method === "none") return;
  const details = {
    indicator: id,
    method: t.method,
    winsorised: t.winsorised,
    skewnessBefore: t.before.skewness,
    kurtosisBefore: t.before.kurtosis,
    skewnessAfter: t.after.skewness,
    kurtosisAfter: t.after.kurtosis,
  };
  const shapeEn = `skewness ${r3(t.before.skewness)} → ${r3(t.after.skewness)}, kurtosis ${r3(t.before.kurtosis)} → ${r3(t.after.kurtosis)}`;
  const shapeVi = `độ lệch ${r3vi(t.before.skewness)} → ${r3vi(t.after.skewness)}, độ nhọn ${r3vi(t.before.kurtosis)} → ${r3vi(t.after.kurtosis)}`;
  if (t.method === "winsorise") {
    for (let u = 0; u < n; u++) if (t.values[u] !== null) values[base + u] = t.values[u]!;
    findings.push(
      finding(
        "info",
        "OUTLIERS_TREATED",
        `indicator ${describe(id)}: ${t.winsorised} outlying value${t.winsorised === 1 ? "" : "s"} winsorised (set to the next value in) before normalisation; ${shapeEn}`,
        `chỉ tiêu ${describe(id, "vi")}: đã thay ${t.winsorised} giá trị ngoại lai bằng giá trị liền kề trước khi chuẩn hoá; ${shapeVi}`,
        ["indicators", id],
        details,
      ),
    );
  } else {
    // log(x − min + 0.01·(max − min)) of the (imputed) values, in full binary64 precision (treat() rounds its output).
    const xs = present(col);
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const x of xs) {
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    const a = 0.01 * (hi - lo);
    for (let u = 0; u < n; u++) if (col[u] !== null) values[base + u] = Math.log(col[u]! - lo + a);
    const still = t.passes ? "" : "; it still fails the skewness/kurtosis test";
    const stillVi = t.passes ? "" : "; sau khi lấy logarit vẫn chưa đạt ngưỡng độ lệch và độ nhọn";
    findings.push(
      finding(
        t.passes ? "info" : "warning",
        "OUTLIERS_TREATED",
        `indicator ${describe(id)}: still skewed after winsorising ${rule.winmax} points, so its values were log-transformed, log(x − min + 0.01·(max − min)), before normalisation; ${shapeEn}${still}`,
        `chỉ tiêu ${describe(id, "vi")}: vẫn lệch sau khi thay ${rule.winmax} giá trị ngoại lai nên đã lấy logarit các giá trị, log(x − min + 0,01·(max − min)), trước khi chuẩn hoá; ${shapeVi}${stillVi}`,
        ["indicators", id],
        details,
      ),
    );
  }
  treated.push({ indicator: id, method: t.method, winsorised: t.winsorised, passes: t.passes, before: t.before, after: t.after });
}

/** Impute, then treat, the values read in `p` (which are not changed). @internal */
export function prepareValues(p: Prepared): Preparation {
  const { fw, n, c } = p;
  const values = Float64Array.from(p.values);
  const findings: Finding[] = [];
  const found: { u: number; i: number; v: ImputedValue }[] = [];
  const treated: TreatedIndicator[] = [];
  const rules = rulesOf(fw);
  const method = fw.imputation?.method;
  const im: Imputing | null =
    method === undefined ? null : { method, byGroup: method === "groupMean" || method === "groupMedian", isMean: method === "mean" || method === "groupMean" };
  for (let i = 0; i < c.m; i++) {
    const base = i * n;
    const col: (number | null)[] = new Array(n);
    for (let u = 0; u < n; u++) {
      const x = values[base + u]!;
      col[u] = x === x ? x : null;
    }
    if (im !== null) imputeColumn(p, i, col, values, im, findings, found);
    const rule = rules[i];
    if (rule !== null && rule !== undefined) treatInto(p, i, col, values, rule, findings, treated);
  }
  const imputed = found.sort((a, b) => a.u - b.u || a.i - b.i).map((f) => f.v);
  return { p, values, imputed, treated, findings };
}

/** The prepared values as rows, for the scoring run. */
function rowsOf(prep: Preparation): UnitRow[] {
  const { p, values } = prep;
  const { n, c } = p;
  const rows: UnitRow[] = new Array(n);
  for (let u = 0; u < n; u++) {
    const indicators: Record<string, number | null> = {};
    for (let i = 0; i < c.m; i++) {
      const x = values[i * n + u]!;
      indicators[c.ids[i]!] = x === x ? x : null;
    }
    const g = p.groups[u];
    rows[u] = g === null || g === undefined ? { unit: p.units[u]!, indicators } : { unit: p.units[u]!, group: g, indicators };
  }
  return rows;
}

/** The record of the stage added to a result: findings first, then what was imputed and treated. */
function withRecord<T extends Scoring | ScoringColumns>(fw: Framework, result: T, prep: Preparation): T {
  const out = {
    ...result,
    findings: deepFreeze([...prep.findings, ...result.findings]),
    ...(fw.imputation !== undefined ? { imputed: deepFreeze([...prep.imputed]) } : {}),
    ...(rulesOf(fw).some((r) => r !== null) ? { treated: deepFreeze([...prep.treated]) } : {}),
  } as T;
  return sealShallow(out, (v) => showScoring(v, fw));
}

/** Score rows through the preparation stage (the framework needs it). @internal */
export function scorePreparedRows(fw: Framework, rows: readonly UnitRow[]): Scoring {
  const prep = prepareValues(prepare(fw, rows));
  return withRecord(fw, scoreRows(fw, rowsOf(prep)), prep);
}

/** Score columns through the preparation stage (the framework needs it). @internal */
export function scorePreparedColumns(fw: Framework, input: ScoreColumnsInput): ScoringColumns {
  const prep = prepareValues(prepareColumns(fw, input));
  const { p, values } = prep;
  const columns: Record<string, Float64Array> = {};
  p.c.ids.forEach((id, i) => {
    columns[id] = values.subarray(i * p.n, (i + 1) * p.n);
  });
  return withRecord(fw, scoreColumnsRun(fw, { units: p.units, groups: p.groups, columns }), prep);
}

/**
 * Score rows: through the preparation stage when the framework has imputation or treatment,
 * otherwise straight through ./run.ts (today's path). What `scoreUnits`, `whatIf` and `solveFor`
 * run. @internal
 */
export function scoreAnyRows(framework: Framework, rows: readonly UnitRow[]): Scoring {
  const fw = checkFramework(framework);
  return needsPreparation(fw) ? scorePreparedRows(fw, rows) : scoreRows(fw, rows);
}

/** Score columns, as {@link scoreAnyRows}. @internal */
export function scoreAnyColumns(framework: Framework, input: ScoreColumnsInput): ScoringColumns {
  const fw = checkFramework(framework);
  return needsPreparation(fw) ? scorePreparedColumns(fw, input) : scoreColumnsRun(fw, input);
}

/**
 * Stage 1's input with the preparation stage applied when the framework has one (imputed and
 * treated values, extremes recomputed), else `p` itself: for runs that start from `prepare` and
 * run the later stages themselves (uncertainty). @internal
 */
export function withPreparation(p: Prepared): Prepared {
  return needsPreparation(p.fw) ? { ...p, values: prepareValues(p).values, extremes: null } : p;
}

/**
 * Re-scoring one data set under other methodological choices, on the scoring engine's stages: the
 * rows are read once (stage 1); each combination of treatment and imputation alternatives prepares
 * (imputes, then treats) the raw values once before the first run; each run swaps the compiled
 * framework — another normalisation, aggregation or composite rule (each compiled once), or other
 * weights — and runs the float, rounding and ranking stages again. Ranks are the engine's own: the composite rounded half-up at
 * the framework's decimals exactly as `scoreUnits` rounds it, highest first, ties sharing the best
 * rank.
 *
 * Contract: `planRuns` validates every alternative before any run (an impossible one is one
 * PgiError naming it); `rankRun` scores one choice of alternatives and returns its ranks.
 * @module
 */
import { describe, isPgiError, optionsOf, PgiError, prefixPath, type PgiPath } from "../errors";
import { defineFramework, type FrameworkSpec } from "../framework/define";
import { specOf } from "../framework/revive";
import type { Framework } from "../framework/types";
import { checkFramework, compiled, type Compiled } from "../scoring/compiled";
import { roundRat } from "../scoring/exact";
import { extendedRun } from "../scoring/methods";
import { ranksOf } from "../scoring/rank";
import { roundValues } from "../scoring/round";
import { computeRaw, prepare, roundAll, type Prepared, type Raw } from "../scoring/run";
import { needsPreparation, prepareValues, withPreparation } from "../scoring/prepare";
import type { UnitRow } from "../scoring/types";
import { finding, type Finding } from "../findings";
import { methodsPlan, methodsRanks, type MethodsPlan } from "./methods-run";
import { uniform, type Uniform } from "./random";

/** A set of weights to choose from: indicator weights and component weights by id (others 1). */
export interface WeightSet {
  readonly indicators?: Readonly<Record<string, number>>;
  readonly components?: Readonly<Record<string, number>>;
}

/**
 * The alternatives a run draws from. Each discrete list is drawn with equal probability; `weights`
 * is either noise — each indicator and component weight multiplied by 1 + U(−1, 1)·noise,
 * independently per run (COINr's `get_noisy_weights`) — or a list of weight sets. Every alternative
 * is validated as the framework spec takes it before the first run; a bad one is a PgiError whose
 * path names it.
 *
 * @example Outlier treatment and imputation as factors: each combination imputes and treats the
 * raw values once, before the first run.
 * ```ts
 * const fw = defineFramework({ id: "d", name: { vi: "D", en: "D" }, components: [{ id: "a" }, { id: "b" }],
 *   indicators: [{ id: "x", component: "a", direction: "higher" }, { id: "y", component: "b", direction: "higher" }] });
 * const rows = [1, 2, 3, 4, 5, 6, 7, 500].map((v, i) => ({ unit: `U${i + 1}`, indicators: { x: v, y: i === 2 ? null : 8 - i } }));
 * const alternatives = { treatment: [{ method: "none" }, { method: "auto" }], imputation: [{ method: "mean" }, { method: "median" }] };
 * const u = uncertainty(fw, rows, { runs: 100, alternatives });
 * u.factors.map((f) => f.name);  // ["treatment", "imputation"]
 * let e; try { uncertainty(fw, rows, { alternatives: { imputation: [{ method: "mode" }] } }); } catch (x) { e = x; }
 * e.path.slice(0, 4);  // ["options", "alternatives", "imputation", 0]
 * ```
 */
export interface Alternatives {
  readonly weights?: { readonly noise: number } | readonly WeightSet[];
  /**
   * Normalisations applied to every indicator: `{ method: "minmax", range }` becomes the
   * framework's; any other an indicator takes (`{ method: "zscore", mean, sd }`, `{ method: "rank" }`,
   * goalposts…) is put on each indicator.
   */
  readonly normalization?: readonly unknown[];
  /** `"mean"`, `"weightedMean"`, `"geometricMean"`, `"harmonicMean"` or `"median"`. */
  readonly aggregation?: readonly unknown[];
  /** `"sum"`, `"mean"`, `"weightedSum"`, `"geometricMean"`, `"harmonicMean"` or `"median"`. */
  readonly composite?: readonly unknown[];
  /**
   * Outlier treatments, each as the framework spec's `"treatment"` takes it: `{ method: "none" }`
   * or `{ method: "auto", winmax?, skewThreshold?, kurtosisThreshold? }`. An alternative becomes the
   * framework's treatment; an indicator's own treatment still overrides it, as in the framework.
   */
  readonly treatment?: readonly unknown[];
  /**
   * Imputations, each as the framework spec's `"imputation"` takes it: `{ method: "mean" }`,
   * `"median"`, `"groupMean"` or `"groupMedian"`. It becomes the framework's imputation.
   */
  readonly imputation?: readonly unknown[];
}

/**
 * The discrete factors, in a fixed order. The two that prepare the raw values come last, so the
 * runs drawn for the first three are those of earlier versions.
 */
export const FACTORS = ["normalization", "aggregation", "composite", "treatment", "imputation"] as const;
/** The factors that change the raw values before they are normalised (each combination prepared once). */
const PREPARING: ReadonlySet<string> = new Set(["treatment", "imputation"]);
/** A discrete factor. */
export type Factor = (typeof FACTORS)[number];

/** The validated plan of runs. @internal */
export interface RunPlan {
  readonly fw: Framework;
  readonly p: Prepared;
  /** Discrete factors given, with their alternatives (as given, for the result). */
  readonly factors: readonly { readonly name: Factor; readonly choices: readonly unknown[] }[];
  /** The weights factor: "noise", a list of sets, or none. */
  readonly weights: { readonly kind: "noise"; readonly noise: number } | { readonly kind: "sets"; readonly sets: readonly WeightSet[] } | null;
  /** Compiled framework per combination of discrete choices, by key "i,j,k". */
  readonly compiled: ReadonlyMap<string, Compiled>;
  /** Combinations that use the methods of ../scoring/methods.ts, scored once exactly (./methods-run.ts), by key. */
  readonly methods: ReadonlyMap<string, MethodsPlan>;
  /** Nominal ranks (the framework as given). */
  readonly nominal: Int32Array;
  /**
   * Stage 1's input of each combination, by key, with its raw values imputed and treated by the
   * combination's rules; null when no treatment or imputation is a factor (every run uses `p`).
   */
  readonly bases: ReadonlyMap<string, Prepared> | null;
  /** Warnings of the preparation of the alternatives (a value imputation leaves missing…), each naming them. */
  readonly findings: readonly Finding[];
}

/** One run's choice: an index per discrete factor, and weights (null: the framework's). */
export interface Choice {
  readonly picks: readonly number[];
  readonly indicatorWeights: Float64Array | null;
  readonly componentWeights: Float64Array | null;
}

const bad = (en: string, vi: string, path: PgiPath): PgiError => new PgiError("INVALID_INPUT", { en, vi }, path);

/** The framework with one field of its spec replaced, validated (errors under `path`). */
function variant(spec: FrameworkSpec, changes: Record<string, unknown>, path: PgiPath): Framework {
  try {
    return defineFramework(withChanges(spec, changes));
  } catch (e) {
    if (isPgiError(e)) throw prefixPath(e, path);
    throw e;
  }
}

/**
 * The spec with the changes put in. A normalisation alternative applies to every indicator: a
 * min–max one becomes the framework's (the indicators' own are dropped); any other (z-score, rank,
 * goalposts…, which the framework spec takes per indicator only) is put on each indicator.
 */
function withChanges(spec: FrameworkSpec, changes: Record<string, unknown>): FrameworkSpec {
  if (!("normalization" in changes)) return { ...spec, ...changes } as FrameworkSpec;
  const { normalization, ...rest } = changes;
  const method = (normalization as { method?: unknown } | null)?.method;
  const { normalization: own, ...base } = spec as FrameworkSpec & { normalization?: { range?: unknown } };
  const indicators = (spec.indicators as readonly Record<string, unknown>[]).map(({ normalization: _n, ...ind }) =>
    method === "minmax" ? ind : { ...ind, normalization },
  );
  // Goalposts and distance to target keep the framework's range (their scores are on it).
  const frame = method === "minmax" ? { normalization } : own !== undefined ? { normalization: own } : {};
  return { ...base, ...rest, ...frame, indicators } as unknown as FrameworkSpec;
}

function readWeights(value: unknown, fw: Framework, path: PgiPath): RunPlan["weights"] {
  if (value === undefined) return null;
  if (Array.isArray(value)) {
    if (value.length === 0) throw bad("weights must list at least one weight set", "weights phải có ít nhất một bộ trọng số", path);
    const ids = new Set(fw.indicators.map((i) => i.id));
    const comps = new Set([...fw.components, ...(fw.subComponents ?? [])].map((c) => c.id));
    value.forEach((set, s) => {
      const o = optionsOf<WeightSet>(set, ["indicators", "components"], [...path, s]);
      for (const [field, known] of [
        ["indicators", ids],
        ["components", comps],
      ] as const) {
        const rec = o[field];
        if (rec === undefined) continue;
        if (typeof rec !== "object" || rec === null || Array.isArray(rec)) {
          throw bad(`${field} must be a record { id: weight }`, `${field} phải là bản ghi { mã: trọng số }`, [...path, s, field]);
        }
        for (const [id, w] of Object.entries(rec)) {
          if (!known.has(id)) {
            throw bad(
              `unknown ${field === "indicators" ? "indicator" : "component"} ${describe(id)}`,
              `không có ${field === "indicators" ? "chỉ tiêu" : "thành phần"} ${describe(id, "vi")}`,
              [...path, s, field, id],
            );
          }
          if (typeof w !== "number" || !Number.isFinite(w) || w <= 0) {
            throw bad(`a weight must be a number above 0, got ${describe(w)}`, `trọng số phải là số lớn hơn 0, nhận được ${describe(w, "vi")}`, [
              ...path,
              s,
              field,
              id,
            ]);
          }
        }
      }
    });
    return { kind: "sets", sets: value as WeightSet[] };
  }
  const o = optionsOf<{ noise: number }>(value, ["noise"], path);
  const noise = o.noise;
  if (typeof noise !== "number" || !(noise >= 0 && noise < 1)) {
    throw bad(
      `weights.noise must be a number from 0 to below 1 (0.25 multiplies each weight by 0.75–1.25), got ${describe(noise)}`,
      `weights.noise phải là số từ 0 đến dưới 1 (0,25 nhân mỗi trọng số với 0,75–1,25), nhận được ${describe(noise, "vi")}`,
      [...path, "noise"],
    );
  }
  return { kind: "noise", noise };
}

/**
 * Read the rows once and validate every alternative (and every combination of the discrete ones)
 * before any run. @internal
 */
export function planRuns(framework: Framework, rows: readonly UnitRow[], alternatives: unknown, path: PgiPath = ["options", "alternatives"]): RunPlan {
  const fw = checkFramework(framework);
  const alt = optionsOf<Alternatives>(alternatives, ["weights", ...FACTORS], path);
  const spec = specOf(fw as unknown as Record<string, unknown>, []);
  const factors = FACTORS.flatMap((name) => {
    const list = alt[name];
    if (list === undefined) return [];
    if (!Array.isArray(list) || list.length === 0) {
      throw bad(
        `${name} must be a non-empty list of alternatives, got ${describe(list)}`,
        `${name} phải là danh sách các phương án (ít nhất một), nhận được ${describe(list, "vi")}`,
        [...path, name],
      );
    }
    // Each alternative on its own first, so an error names it.
    list.forEach((choice, i) => {
      variant(spec, { [name]: choice }, [...path, name, i]);
    });
    // A copy (each alternative was validated as framework spec data, so it is plain JSON): the
    // result is frozen and must never freeze or keep the caller's lists.
    return [{ name, choices: JSON.parse(JSON.stringify(list)) as readonly unknown[] }];
  });
  const weights = readWeights(alt.weights, fw, [...path, "weights"]);
  const combos = factors.reduce((n, f) => n * f.choices.length, 1);
  if (combos > 10_000) {
    throw bad(`${combos} combinations of alternatives is more than 10000; give fewer`, `${combos} tổ hợp phương án, vượt quá 10000; hãy bớt phương án`, path);
  }
  const raw = prepare(fw, rows);
  const p = withPreparation(raw);
  const map = new Map<string, Compiled>();
  const methods = new Map<string, MethodsPlan>();
  // Treatment or imputation as a factor: each combination of their choices prepares the raw
  // values once (cached by those choices alone), and every combination has its own stage-1 input.
  const preparing = factors.some((f) => PREPARING.has(f.name));
  const bases = preparing ? new Map<string, Prepared>() : null;
  const byPrep = new Map<string, Prepared>();
  const findings: Finding[] = [];
  const picks = new Array<number>(factors.length).fill(0);
  for (let c = 0; c < combos; c++) {
    let rest = c;
    for (let f = factors.length - 1; f >= 0; f--) {
      picks[f] = rest % factors[f]!.choices.length;
      rest = Math.floor(rest / factors[f]!.choices.length);
    }
    const changes = Object.fromEntries(factors.map((f, i) => [f.name, f.choices[picks[i]!]]));
    const at = [...path, ...factors.map((f, i) => `${f.name}[${picks[i]}]`)];
    const cc = compiled(variant(spec, changes, at));
    const key = picks.join(",");
    map.set(key, cc);
    let base = p;
    if (bases !== null) {
      const pk = factors.map((f, i) => (PREPARING.has(f.name) ? picks[i] : "")).join(",");
      let b = byPrep.get(pk);
      if (b === undefined) {
        b = prepared({ ...raw, fw: cc.fw, c: cc }, factors, picks, findings);
        byPrep.set(pk, b);
      }
      base = b;
      bases.set(key, base);
    }
    // A combination with the methods of ../scoring/methods.ts is scored once now, exactly: a
    // choice these rows cannot take (a geometric mean over a score ≤ 0) fails here, naming it.
    if (cc.extended) methods.set(key, methodsOf({ ...base, fw: cc.fw, c: cc }, factors, picks, at));
  }
  // With no discrete factor the one combination is the framework itself, already scored exactly.
  const nominal = p.c.extended ? (methods.get("")?.ranks ?? extendedRun(p).rank).slice() : roundAll(computeRaw(p, false)).rank.slice();
  return { fw, p, factors, weights, compiled: map, methods, nominal, bases, findings };
}

/**
 * Stage 1's input with the raw values imputed and treated as the combination's framework says
 * (`raw` itself when it has neither); its warnings (a value imputation cannot fill, a column still
 * skewed after treatment) are added to `findings` once each, naming the alternatives they depend on
 * (a gap: the imputation alone; otherwise the imputation and the treatment).
 */
function prepared(raw: Prepared, factors: RunPlan["factors"], picks: readonly number[], findings: Finding[]): Prepared {
  if (!needsPreparation(raw.fw)) return raw;
  const prep = prepareValues(raw);
  for (const f of prep.findings) {
    if (f.severity !== "warning") continue;
    // A gap imputation leaves depends on the imputation alone: named once, by it alone.
    const by = factors.flatMap((x, i) => (x.name === "imputation" || (x.name === "treatment" && !f.code.startsWith("IMPUTATION")) ? [i] : []));
    const named = by.map((i) => `${factors[i]!.name}[${picks[i]}] (${choiceName(factors[i]!.choices[picks[i]!])})`);
    const message = named.length === 0 ? f.message : `with ${named.join(" and ")}: ${f.message}`;
    if (findings.some((g) => g.code === f.code && g.message === message)) continue;
    findings.push(
      finding("warning", f.code, message, named.length === 0 ? f.messageVi : `với ${named.join(" và ")}: ${f.messageVi}`, f.path, {
        ...f.details,
        ...Object.fromEntries(by.map((i) => [factors[i]!.name, picks[i]!])),
      }),
    );
  }
  return { ...raw, values: prep.values, extremes: null };
}

/** A short name of one alternative: its method, or the value itself. */
function choiceName(choice: unknown): string {
  if (typeof choice === "string") return choice;
  const m = (choice as { method?: unknown } | null)?.method;
  return typeof m === "string" ? m : JSON.stringify(choice).slice(0, 60);
}

/**
 * {@link methodsPlan} of one combination; its PgiError (a score a geometric or harmonic mean
 * cannot take, a normalisation that divides by zero on these rows) is rethrown naming the
 * alternatives of the combination.
 */
function methodsOf(p: Prepared, factors: RunPlan["factors"], picks: readonly number[], at: PgiPath): MethodsPlan {
  try {
    return methodsPlan(p);
  } catch (e) {
    if (!isPgiError(e) || factors.length === 0) throw e;
    const named = factors.map((f, i) => `${f.name}[${picks[i]}] (${choiceName(f.choices[picks[i]!])})`);
    throw new PgiError(
      e.code,
      {
        en: `the alternatives ${named.join(" with ")} cannot be scored with these rows, so no run is made: ${e.message}; remove that alternative or choose another`,
        vi: `tổ hợp phương án ${named.join(" cùng ")} không tính được với số liệu này nên không chạy lần nào: ${e.messageVi}; hãy bỏ phương án đó hoặc chọn phương án khác`,
      },
      at,
      { ...e.details, alternatives: Object.fromEntries(factors.map((f, i) => [f.name, picks[i]])) },
    );
  }
}

/** Weights drawn for one run (null: the framework's own). */
export function drawWeights(plan: RunPlan, u: Uniform | null, pick: number): Pick<Choice, "indicatorWeights" | "componentWeights"> {
  const w = plan.weights;
  if (w === null) return { indicatorWeights: null, componentWeights: null };
  const fw = plan.fw;
  const base = fw.indicators.map((i) => i.weight);
  // Every level of a multi-level framework: the top level, then the components below it (as compiled).
  const comps = fw.subComponents === undefined ? fw.components : [...fw.components, ...fw.subComponents];
  const cbase = comps.map((c) => (c as { weight?: number }).weight ?? 1);
  if (w.kind === "sets") {
    const set = w.sets[pick]!;
    return {
      indicatorWeights: Float64Array.from(fw.indicators, (i, k) => set.indicators?.[i.id] ?? base[k]!),
      componentWeights: Float64Array.from(comps, (c, k) => set.components?.[c.id] ?? cbase[k]!),
    };
  }
  const draw = u ?? uniform(pick);
  return {
    indicatorWeights: Float64Array.from(base, (b) => b * (1 + (2 * draw() - 1) * w.noise)),
    componentWeights: Float64Array.from(cbase, (b) => b * (1 + (2 * draw() - 1) * w.noise)),
  };
}

/**
 * The compiled framework of one run: the combination's, with the run's weights put in. Weights
 * given make the aggregation a weighted mean and the composite a weighted sum with the weights
 * scaled to the rule's own total (k for a sum, 1 for a mean, the framework's for a weighted sum),
 * so the composite keeps its scale and decimals.
 */
function runCompiled(plan: RunPlan, choice: Choice): Compiled {
  const c = plan.compiled.get(choice.picks.join(","))!;
  if (choice.indicatorWeights === null || choice.componentWeights === null) return c;
  const method = c.fw.composite.method;
  const cw = choice.componentWeights;
  const sum = cw.reduce((s, x) => s + x, 0);
  const total = method === "mean" ? 1 : method === "weightedSum" ? c.compWeights.reduce((s, x) => s + x, 0) : c.k;
  const compWeights = Float64Array.from(cw, (x) => (x / sum) * total);
  const fw: Framework = {
    ...c.fw,
    aggregation: "weightedMean",
    composite: { ...c.fw.composite, method: method === "none" ? "none" : "weightedSum" },
  };
  return {
    ...c,
    fw,
    weights: choice.indicatorWeights,
    compWeights,
    table: null,
    unit: null,
    readers: undefined,
    reader: undefined,
    readerKeys: undefined,
    makers: undefined,
  };
}

/**
 * The ranks of a raw run: the composite rounded and ranked exactly as the engine's `roundAll`
 * rounds and ranks it (the same half-up rounding with its exact fallback, the same components
 * missing), without rounding the indicator and component scores a run does not report (that is
 * about half the time of a run).
 */
function ranksOfRaw(r: Raw): Int32Array {
  const { p, v, exact } = r;
  const { c, n } = p;
  const cd = c.fw.composite.decimals;
  const { present, nullAt } = v;
  let anyNull = false;
  for (let j = 0; j < c.k; j++) {
    const cb = j * n;
    const need = c.total[j]!;
    for (let u = 0; u < n; u++) {
      if (present[cb + u]! * 2 < need) {
        nullAt[u] = 1;
        anyNull = true;
      }
    }
  }
  roundValues(
    {
      src: v.compositeRaw,
      srcOff: 0,
      len: n,
      decimals: cd,
      err: r.errComposite,
      skip: anyNull ? (u: number) => nullAt[u] === 1 : null,
      exact: (u: number) => roundRat(exact.composite(u), cd, ["units", u, "composite"]),
    },
    v.composite,
    0,
  );
  return ranksOf(v.composite, cd, v);
}

/** Ranks of one run (0 = no rank: a unit without a composite). @internal */
export function rankRun(plan: RunPlan, choice: Choice): Int32Array {
  const mp = plan.methods.get(choice.picks.join(","));
  if (mp !== undefined) return methodsRanks(mp, choice.indicatorWeights, choice.componentWeights);
  const c = runCompiled(plan, choice);
  const p: Prepared = { ...(plan.bases === null ? plan.p : plan.bases.get(choice.picks.join(","))!), fw: c.fw, c };
  return ranksOfRaw(computeRaw(p, false));
}

/** {@link rankRun} through the engine's full rounding stage (the tests check both agree). @internal */
export function rankRunFull(plan: RunPlan, choice: Choice): Int32Array {
  const mp = plan.methods.get(choice.picks.join(","));
  if (mp !== undefined) return methodsRanks(mp, choice.indicatorWeights, choice.componentWeights);
  const c = runCompiled(plan, choice);
  const p: Prepared = { ...(plan.bases === null ? plan.p : plan.bases.get(choice.picks.join(","))!), fw: c.fw, c };
  return roundAll(computeRaw(p, false)).rank;
}

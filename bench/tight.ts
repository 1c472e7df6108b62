/**
 * The TIGHT baselines: the same computation as the scoring pipeline and the survey aggregation
 * written as fast as plain JavaScript allows — column-major Float64Array input, min–max
 * normalisation, means, sum, 2-dp rounding with Math.round, a competition rank by sorting an
 * index array, no per-unit objects, no validation, binary-float rounding (so ≈174 of 500,000
 * rounded scores at 10,000 units are wrong). The floor the bench ratios are measured against.
 */
import type { Framework, Question, SurveyResponse } from "../src/index";

/** A framework compiled for the tight loop. */
export interface TightPlan {
  readonly m: number;
  readonly k: number;
  readonly compOf: Int32Array;
  readonly lower: Uint8Array;
}

export function tightPlan(fw: Framework): TightPlan {
  const ids = fw.components.map((c) => c.id);
  return {
    m: fw.indicators.length,
    k: ids.length,
    compOf: Int32Array.from(fw.indicators, (i) => ids.indexOf(i.component)),
    lower: Uint8Array.from(fw.indicators, (i) => (i.direction === "lower" ? 1 : 0)),
  };
}

export interface TightResult {
  readonly scores: Float64Array;
  readonly comps: Float64Array;
  readonly composite: Float64Array;
  readonly rank: Int32Array;
}

/** values[i * n + u], NaN = missing; PGI rules ([1, 10], mean, sum, half rule). */
export function tightScore(plan: TightPlan, values: Float64Array, n: number): TightResult {
  const { m, k, compOf, lower } = plan;
  const scores = new Float64Array(m * n);
  const sum = new Float64Array(k * n);
  const cnt = new Int32Array(k * n);
  const total = new Int32Array(k);
  for (let i = 0; i < m; i++) {
    const base = i * n;
    let lo = Infinity;
    let hi = -Infinity;
    for (let u = 0; u < n; u++) {
      const x = values[base + u]!;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    const c = compOf[i]!;
    total[c]!++;
    const cb = c * n;
    const span = hi === lo ? 0 : 9 / (hi - lo);
    const low = lower[i] === 1;
    for (let u = 0; u < n; u++) {
      const x = values[base + u]!;
      if (x !== x) {
        scores[base + u] = NaN;
        continue;
      }
      const s = hi === lo ? 5.5 : low ? 10 - span * (x - lo) : 1 + span * (x - lo);
      scores[base + u] = Math.round(s * 100) / 100;
      sum[cb + u] = sum[cb + u]! + s;
      cnt[cb + u]!++;
    }
  }
  const comps = new Float64Array(k * n);
  const compositeRaw = new Float64Array(n);
  for (let c = 0; c < k; c++) {
    const cb = c * n;
    for (let u = 0; u < n; u++) {
      const v = cnt[cb + u]! * 2 < total[c]! ? NaN : sum[cb + u]! / cnt[cb + u]!;
      comps[cb + u] = Math.round(v * 100) / 100;
      compositeRaw[u] = compositeRaw[u]! + v;
    }
  }
  const composite = new Float64Array(n);
  const idx: number[] = [];
  for (let u = 0; u < n; u++) {
    composite[u] = Math.round(compositeRaw[u]! * 100) / 100;
    if (composite[u] === composite[u]) idx.push(u);
  }
  idx.sort((a, b) => composite[b]! - composite[a]!);
  const rank = new Int32Array(n);
  for (let j = 0; j < idx.length; j++) {
    const u = idx[j]!;
    rank[u] = j > 0 && composite[idx[j - 1]!] === composite[u] ? rank[idx[j - 1]!]! : j + 1;
  }
  return { scores, comps, composite, rank };
}

/** Survey aggregation as tight as the row-object input allows: typed accumulators, no closures. */
export function tightSurvey(responses: readonly SurveyResponse[], questions: readonly Question[]): { units: string[]; values: Float64Array } {
  const Q = questions.length;
  const ids = questions.map((q) => q.id);
  const kind = Uint8Array.from(questions, (q) => (q.type === "yesNo" ? 0 : q.type === "likert" ? 1 : 2));
  const agree = Float64Array.from(questions, (q) => (q.type === "likert" ? q.agreeFrom : 0));
  const index = new Map<string, number>();
  const units: string[] = [];
  let cap = 1024;
  let n = new Float64Array(cap * Q);
  let s = new Float64Array(cap * Q);
  for (let r = 0; r < responses.length; r++) {
    const resp = responses[r]!;
    let u = index.get(resp.unit);
    if (u === undefined) {
      u = units.length;
      units.push(resp.unit);
      index.set(resp.unit, u);
      if (u >= cap) {
        cap *= 2;
        const n2 = new Float64Array(cap * Q);
        n2.set(n);
        n = n2;
        const s2 = new Float64Array(cap * Q);
        s2.set(s);
        s = s2;
      }
    }
    const a = resp.answers as Record<string, unknown>;
    const base = u * Q;
    for (let j = 0; j < Q; j++) {
      const v = a[ids[j]!];
      if (v === null || v === undefined) continue;
      const x = kind[j] === 0 ? (v ? 1 : 0) : kind[j] === 1 ? ((v as number) >= agree[j]! ? 1 : 0) : (v as number);
      n[base + j]!++;
      s[base + j] = s[base + j]! + x;
    }
  }
  const values = new Float64Array(units.length * Q);
  for (let u = 0; u < units.length; u++) {
    for (let j = 0; j < Q; j++) {
      const k = u * Q + j;
      values[k] = Math.round((s[k]! / n[k]!) * (kind[j] === 2 ? 100 : 10000)) / 100;
    }
  }
  return { units, values };
}

/**
 * Plain-number implementations of the same work as the scoring pipeline and the survey
 * aggregation: no validation, no exactness checks, binary-float rounding. The baselines the
 * benches compare against.
 */
import type { Framework, Question, SurveyResponse, UnitRow } from "../src/index";

export function plainScore(fw: Framework, rows: readonly UnitRow[]): { composite: number[]; rank: number[] } {
  const n = rows.length;
  const inds = fw.indicators;
  const comps = fw.components.map((c) => c.id);
  const sum = comps.map(() => new Float64Array(n));
  const cnt = comps.map(() => new Float64Array(n));
  for (const ind of inds) {
    let min = Infinity;
    let max = -Infinity;
    for (const r of rows) {
      const v = r.indicators[ind.id] as number | null;
      if (v !== null && v !== undefined) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
    const c = comps.indexOf(ind.component);
    for (let u = 0; u < n; u++) {
      const v = rows[u]!.indicators[ind.id] as number | null;
      if (v === null || v === undefined) continue;
      const t = max === min ? 0.5 : (v - min) / (max - min);
      sum[c]![u] = sum[c]![u]! + (ind.direction === "lower" ? 10 - 9 * t : 1 + 9 * t);
      cnt[c]![u] = cnt[c]![u]! + 1;
    }
  }
  const composite = Array.from({ length: n }, (_, u) => Math.round(comps.reduce((s, _c, c) => s + sum[c]![u]! / cnt[c]![u]!, 0) * 100) / 100);
  const order = [...composite.keys()].sort((a, b) => composite[b]! - composite[a]!);
  const rank = new Array<number>(n);
  order.forEach((u, j) => {
    rank[u] = j > 0 && composite[order[j - 1]!] === composite[u] ? rank[order[j - 1]!]! : j + 1;
  });
  return { composite, rank };
}

export function plainSurvey(responses: readonly SurveyResponse[], questions: readonly Question[]): Map<string, number[]> {
  const acc = new Map<string, { n: Float64Array; s: Float64Array }>();
  for (const r of responses) {
    let a = acc.get(r.unit);
    if (!a) acc.set(r.unit, (a = { n: new Float64Array(questions.length), s: new Float64Array(questions.length) }));
    questions.forEach((q, j) => {
      const v = r.answers[q.id];
      if (v === null || v === undefined) return;
      const x = q.type === "yesNo" ? (v ? 1 : 0) : q.type === "likert" ? ((v as number) >= q.agreeFrom ? 1 : 0) : (v as number);
      a!.n[j] = a!.n[j]! + 1;
      a!.s[j] = a!.s[j]! + x;
    });
  }
  const out = new Map<string, number[]>();
  for (const [u, a] of acc)
    out.set(
      u,
      questions.map((q, j) => Math.round((a.s[j]! / a.n[j]!) * (q.type === "numeric" ? 100 : 10000)) / 100),
    );
  return out;
}

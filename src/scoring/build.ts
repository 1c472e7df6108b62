/**
 * Stage 7 — build the result: frozen records (`scoreUnits`) or columns (`scoreColumns`), with the
 * indicator statistics and findings.
 *
 * Contract: from the rounded columns (doubles, or keys into shared boxes) and the run's extremes and
 * counts, it builds plain frozen objects — every record of one shape per framework, `null` for a
 * missing score or composite, rank `null` (records) or 0 (columns) without a composite. Output
 * columns are the run's own output arrays (one fresh buffer, owned by the caller).
 * @module
 */
import { D } from "../decimal";
import { finding, type Finding } from "../findings";
import { deepFreeze, sealShallow } from "../util";
import type { Compiled } from "./compiled";
import { keyedMaker, recordMaker, unitMaker } from "./fast";
import { showScoring } from "./render";
import type { IndicatorStats, ScoredUnit, Scoring, ScoringColumns } from "./types";

/** @internal Rounded values as keys into a table of shared boxes (./fast.ts). */
export interface KeyColumns {
  readonly K: Uint16Array | Int32Array;
  readonly T: readonly unknown[];
  readonly base: number;
}

/** What building a result needs from a run, and nothing more. @internal */
export interface Parts {
  readonly c: Compiled;
  readonly n: number;
  readonly units: readonly string[];
  readonly groups: readonly (string | null)[];
  readonly scores: Float64Array;
  readonly comps: Float64Array;
  /** The scores and components as keys (row results), or null (rounded doubles in `scores`, `comps`). */
  readonly keyed: { readonly scores: KeyColumns; readonly comps: KeyColumns } | null;
  readonly composite: Float64Array;
  readonly rank: Int32Array;
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly missing: Int32Array;
  readonly present: Int32Array;
}

/** The indicator statistics and the findings of a run. @internal */
export function statsAndFindings(r: Parts): { stats: IndicatorStats[]; findings: Finding[] } {
  const { c, n } = r;
  const { ids: indIds, compIds } = c;
  const findings: Finding[] = [];
  const stats: IndicatorStats[] = [];
  for (let i = 0; i < c.m; i++) {
    const id = indIds[i]!;
    const allMissing = r.missing[i] === n;
    const constant = !allMissing && r.min[i] === r.max[i];
    stats.push(Object.freeze({ id, min: allMissing ? null : r.min[i]!, max: allMissing ? null : r.max[i]!, missing: r.missing[i]!, constant }));
    const nz = c.nz[i]!;
    if (constant && nz.method === "minmax" && c.free[i] === null) {
      const mid = new D(String(nz.range[0])).plus(String(nz.range[1])).div(2).toString();
      const value = r.min[i]!;
      findings.push(
        finding(
          "warning",
          "CONSTANT_INDICATOR",
          `indicator ${id} has the same value (${value}) for every unit: every unit gets the middle of the range, ${mid}`,
          `chỉ tiêu ${id} có cùng giá trị (${value}) ở mọi đơn vị: mọi đơn vị nhận điểm giữa thang, ${mid}`,
          ["indicators", id],
          { indicator: id, value },
        ),
      );
    }
    if (allMissing) {
      findings.push(
        finding("warning", "ALL_MISSING", `indicator ${id} is missing for every unit`, `chỉ tiêu ${id} thiếu số liệu ở mọi đơn vị`, ["indicators", id], {
          indicator: id,
        }),
      );
    }
  }
  for (let u = 0; u < n; u++) {
    for (let j = 0; j < c.k; j++) {
      const have = r.present[j * n + u]!;
      const total = c.total[j]!;
      if (have * 2 < total) {
        const unit = r.units[u]!;
        const comp = compIds[j]!;
        if (c.levels !== null) findings.push(levelFinding(c, j, unit, u, have, total));
        else
          findings.push(
            finding(
              "warning",
              "MISSING_COMPONENT",
              `${unit}: ${comp} has ${have} of ${total} indicators, fewer than half: the ${comp} score and the composite are null`,
              `${unit}: ${comp} chỉ có ${have}/${total} chỉ tiêu, dưới một nửa: điểm ${comp} và điểm tổng hợp để trống`,
              ["units", u, "components", comp],
              { unit, component: comp, present: have, total },
            ),
          );
      }
    }
  }
  return { stats, findings };
}

/** The `MISSING_COMPONENT` finding of a multi-level framework: a parent counts its child components; a component below the top is skipped by its parent. */
function levelFinding(c: Compiled, j: number, unit: string, u: number, have: number, total: number): Finding {
  const comp = c.compIds[j]!;
  const lv = c.levels!;
  const kids = lv.children[j]!.length > 0;
  const p = lv.parentOf[j]!;
  const of = kids ? { en: "child components", vi: "thành phần con" } : { en: "indicators", vi: "chỉ tiêu" };
  const then =
    p < 0
      ? { en: `the ${comp} score and the composite are null`, vi: `điểm ${comp} và điểm tổng hợp để trống` }
      : {
          en: `the ${comp} score is null and ${c.compIds[p]!} is formed without it`,
          vi: `điểm ${comp} để trống và ${c.compIds[p]!} được tính không có thành phần này`,
        };
  return finding(
    "warning",
    "MISSING_COMPONENT",
    `${unit}: ${comp} has ${have} of ${total} ${of.en}, fewer than half: ${then.en}`,
    `${unit}: ${comp} chỉ có ${have}/${total} ${of.vi}, dưới một nửa: ${then.vi}`,
    ["units", u, "components", comp],
    { unit, component: comp, present: have, total },
  );
}

/** The frozen row result. @internal */
export function buildScoring(parts: Parts): Scoring {
  const { c, n, units, groups, scores, comps, composite, rank } = parts;
  const { stats, findings } = statsAndFindings(parts);
  const freeze = Object.freeze;
  const out: ScoredUnit[] = new Array(n);
  const si = parts.keyed?.scores ?? null;
  const sc = parts.keyed?.comps ?? null;
  // The whole unit from one generated function, where there is one (the usual case).
  const whole = si !== null && sc !== null ? unitMaker(c) : null;
  if (whole !== null) {
    for (let u = 0; u < n; u++) out[u] = whole(units, groups, si!.K, sc!.K, si!.T, composite, rank, u, n) as ScoredUnit;
  } else {
    const makeInd = si ? keyedMaker(c.ids) : null;
    const makeIndF = si ? null : recordMaker(c, c.ids);
    const makeComp = sc ? keyedMaker(c.compIds) : null;
    const makeCompF = sc ? null : recordMaker(c, c.compIds);
    for (let u = 0; u < n; u++) {
      const x = composite[u]!;
      out[u] = freeze({
        unit: units[u]!,
        group: groups[u]!,
        indicators: freeze(si !== null ? makeInd!(si.K, si.T, u, n) : makeIndF!(scores, u, n)),
        components: freeze(sc !== null ? makeComp!(sc.K, sc.T, u, n) : makeCompF!(comps, u, n)),
        composite: x === x ? x : null,
        rank: rank[u] === 0 ? null : rank[u]!,
      });
    }
  }
  return sealShallow({ kind: "scoring" as const, framework: c.fw.id, units: freeze(out), indicators: freeze(stats), findings: deepFreeze(findings) }, (v) =>
    showScoring(v, c.fw),
  );
}

/** The frozen columns result (its typed arrays are the caller's: they cannot be frozen). @internal */
export function buildColumns(parts: Parts): ScoringColumns {
  const { c, n } = parts;
  const scores: Record<string, Float64Array> = {};
  c.ids.forEach((id, i) => {
    scores[id] = parts.scores.subarray(i * n, (i + 1) * n);
  });
  const components: Record<string, Float64Array> = {};
  c.compIds.forEach((id, j) => {
    components[id] = parts.comps.subarray(j * n, (j + 1) * n);
  });
  const { stats, findings } = statsAndFindings(parts);
  return sealShallow(
    {
      kind: "scoringColumns" as const,
      framework: c.fw.id,
      units: Object.freeze(parts.units),
      groups: Object.freeze(parts.groups),
      scores: Object.freeze(scores),
      components: Object.freeze(components),
      composite: parts.composite,
      rank: parts.rank,
      indicators: Object.freeze(stats),
      findings: deepFreeze(findings),
    },
    (v) => showScoring(v, c.fw),
  );
}

/**
 * Charts of plans, gap reports and year-over-year changes: grouped bars per sub-index (the
 * composite in a panel of its own), or one panel per indicator of a mixed framework.
 * @internal
 * @module
 */
import { base, compositeBars, compositeMax, grouped, mixedOf, mixedPanels, SERIES } from "../render/chart";
import { compositeNameOf, nameOf } from "../render/labels";
import type { ChartContext, ChartSpec } from "../render/types";
import type { Plan, PlanSubIndex } from "./create";
import type { GapReport } from "./gap";
import type { YearOverYear } from "./yoy";

/** A plan: baseline and target per sub-index (and the composite in a panel of its own). @internal */
export function planChart(p: Plan<string>, { lang, width, framework }: ChartContext): ChartSpec {
  const s = SERIES[lang];
  const values = (Object.values(p.subIndices) as PlanSubIndex[]).flatMap((x) => [
    { name: nameOf(p.framework, x.id, lang, framework), series: `${s.baseline} ${p.baselineYear}`, value: x.baseline },
    ...(x.target === null ? [] : [{ name: nameOf(p.framework, x.id, lang, framework), series: `${s.target} ${p.targetYear}`, value: x.target }]),
  ]);
  const order = [`${s.baseline} ${p.baselineYear}`, `${s.target} ${p.targetYear}`];
  const mixed = mixedOf(p.framework, framework);
  if (mixed) return mixedPanels(base(lang, width, `${p.unit}: ${p.title}`), values, order, lang, mixed);
  const comp = compositeBars(compositeNameOf(p.framework, lang, framework), [
    [order[0]!, p.composite.baseline],
    [order[1]!, p.composite.target],
  ]);
  return grouped(base(lang, width, `${p.unit}: ${p.title}`), [...values, ...comp], order, lang, 10, compositeMax(p.framework, framework));
}

/** A gap report: baseline, target and result per sub-index. @internal */
export function gapChart(g: GapReport<string>, { lang, width, framework }: ChartContext): ChartSpec {
  const s = SERIES[lang];
  const order = [`${s.baseline} ${g.baselineYear}`, `${s.target} ${g.targetYear}`, `${s.actual} ${g.targetYear}`];
  const values = Object.entries(g.subIndices).flatMap(([id, r]) => [
    { name: nameOf(g.framework, id, lang, framework), series: order[0]!, value: r.baseline },
    ...(r.target === null ? [] : [{ name: nameOf(g.framework, id, lang, framework), series: order[1]!, value: r.target }]),
    { name: nameOf(g.framework, id, lang, framework), series: order[2]!, value: r.actual },
  ]);
  const mixed = mixedOf(g.framework, framework);
  if (mixed) return mixedPanels(base(lang, width, `${g.unit}: ${g.title}`), values, order, lang, mixed);
  const gc = g.composite;
  const comp =
    gc === null
      ? []
      : compositeBars(compositeNameOf(g.framework, lang, framework), [
          [order[0]!, gc.baseline],
          [order[1]!, gc.target],
          [order[2]!, gc.actual],
        ]);
  return grouped(base(lang, width, `${g.unit}: ${g.title}`), [...values, ...comp], order, lang, 10, compositeMax(g.framework, framework));
}

/** Year over year: the two years per sub-index. @internal */
export function yearOverYearChart(y: YearOverYear<string>, { lang, width, framework }: ChartContext): ChartSpec {
  const order = [String(y.fromYear), String(y.toYear)];
  const values = Object.entries(y.subIndices).flatMap(([id, c]) => [
    { name: nameOf(y.framework, id, lang, framework), series: order[0]!, value: c.previous },
    { name: nameOf(y.framework, id, lang, framework), series: order[1]!, value: c.current },
  ]);
  const mixed = mixedOf(y.framework, framework);
  if (mixed) return mixedPanels(base(lang, width, `${y.unit}: ${y.fromYear} → ${y.toYear}`), values, order, lang, mixed);
  const yc = y.composite;
  const comp =
    yc === null
      ? []
      : compositeBars(compositeNameOf(y.framework, lang, framework), [
          [order[0]!, yc.previous],
          [order[1]!, yc.current],
        ]);
  return grouped(base(lang, width, `${y.unit}: ${y.fromYear} → ${y.toYear}`), [...values, ...comp], order, lang, 10, compositeMax(y.framework, framework));
}

/**
 * The chart of a ranking: sorted bars, one per unit.
 * @internal
 * @module
 */
import { rankedBars } from "../render/chart";
import { compositeLabel, componentLabel, frameworkFor } from "../render/labels";
import type { ChartContext, ChartSpec } from "../render/types";
import type { Ranking } from "./rank";

/** A ranking: sorted bars of the value it ranks by (`highlight` marks one unit). @internal */
export function rankingChart(r: Ranking, context: ChartContext): ChartSpec {
  const { lang } = context;
  // A table's ranking is PGI's of its year; a scoring's is of your framework (named when passed).
  const fw = frameworkFor(r.framework, context.framework);
  const whose = r.year !== null ? `PGI ${r.year}` : (fw?.name[lang] ?? r.framework);
  const what =
    fw === null
      ? r.by === "composite"
        ? lang === "vi"
          ? "Điểm tổng hợp"
          : "Composite"
        : r.by
      : r.by === "composite"
        ? compositeLabel(fw, lang)
        : componentLabel(fw, r.by, lang);
  const title = `${lang === "vi" ? "Xếp hạng" : "Ranking"} ${whose}: ${what}`;
  return rankedBars(
    r.rows.map((x) => ({ unit: x.unit, value: x.value, rank: x.rank })),
    title,
    context,
  );
}

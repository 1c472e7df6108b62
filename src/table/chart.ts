/**
 * The chart of a ranking: sorted bars, one per province.
 * @internal
 * @module
 */
import { PGI } from "../framework/pgi";
import { rankedBars } from "../render/chart";
import { compositeLabel, componentLabel } from "../render/labels";
import type { ChartContext, ChartSpec } from "../render/types";
import type { Ranking } from "./rank";

/** A ranking: sorted bars of the value it ranks by (`highlight` marks one unit). @internal */
export function rankingChart(r: Ranking, context: ChartContext): ChartSpec {
  const { lang } = context;
  const title = `${lang === "vi" ? "Xếp hạng" : "Ranking"} PGI ${r.year}: ${r.by === "composite" ? compositeLabel(PGI, lang) : componentLabel(PGI, r.by, lang)}`;
  return rankedBars(r.rows.map((x) => ({ unit: x.unit, value: x.value, rank: x.rank })), title, context);
}

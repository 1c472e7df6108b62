/**
 * Types that catch mistakes (issue 9): misspelt sub-index keys written literally do not compile,
 * records read from files still do, and codes, statuses and `by` are literal unions.
 */
import { expectTypeOf } from "vitest";
import { defineFramework, scoreUnits, subIndex, subIndexIds, PGI, type PgiSubIndexId } from "../../src/index";
import type { TopLevelSpec } from "vega-lite";
import type { VisualizationSpec } from "vega-embed";
import { langSonPlan2024, toVegaLite, trajectory, assessProgress } from "../../src/index";
import {
  allocate,
  checkPlan,
  createPlan,
  gapReport,
  publishedScoreCard,
  rank,
  scoreCard,
  scoreTable,
  type Finding,
  type FindingCode,
  type GapStatus,
  type PgiErrorCode,
  type PgiScoreKey,
  type RankBy,
} from "../../src/index";

// Every spelling the runtime accepts, written literally, compiles.
scoreCard({ unit: "X", year: 2024, scores: { pollution: 5, "Đảm bảo tuân thủ": "4,14", 3: 3.6, "Chinh sach khuyen khich": 4 } });
scoreCard({ unit: "X", year: 2024, scores: { "Chỉ số “Giảm thiểu ô nhiễm”": 5, compliance: 5, "thuc hanh xanh": 5, Incentives: 5 } });
// @ts-expect-error: a misspelt sub-index key written literally is a compile error
scoreCard({ unit: "X", year: 2024, scores: { polution: 7 } });
// @ts-expect-error: the same in a plan's targets
createPlan({ unit: "X", baselineYear: 2023, targetYear: 2024, baseline: { pollution: 5 }, targets: { polution: 7 } });
// @ts-expect-error: and in a plan's baseline
createPlan({ unit: "X", baselineYear: 2023, targetYear: 2024, baseline: { complience: 5 }, targets: {} });
// @ts-expect-error: and in an allocation's baseline
allocate({ greenPractice: 4 }, { compositeDelta: 1 }, { strategy: "equal" });

// Records read from files are typed loosely and checked at run time.
const fromFile: Record<string, number> = JSON.parse('{"pollution": 5, "compliance": 5, "greenPractices": 5, "incentives": 5}');
scoreCard({ unit: "X", year: 2024, scores: fromFile });
createPlan({ unit: "X", baselineYear: 2023, targetYear: 2024, baseline: fromFile, targets: fromFile });

// `by` is a literal union.
const t = scoreTable([publishedScoreCard("Lạng Sơn", 2024)]);
rank(t, { by: "Đảm bảo tuân thủ" });
rank(t, { by: 2 });
// @ts-expect-error: a misspelt `by`
rank(t, { by: "complience" });
expectTypeOf<"composite">().toMatchTypeOf<RankBy>();
expectTypeOf<"pollution">().toMatchTypeOf<PgiScoreKey>();

// Codes and statuses are literal unions.
expectTypeOf<Finding["code"]>().toEqualTypeOf<FindingCode>();
const f = checkPlan(createPlan({ unit: "X", baselineYear: 2023, targetYear: 2024, baseline: fromFile, targets: {} }));
if (f[0]) {
  // @ts-expect-error: not a finding code
  if (f[0].code === "DELTA_MISMATCHED") void 0;
}
expectTypeOf<"OUT_OF_SCALE">().toMatchTypeOf<PgiErrorCode>();
const gap = gapReport(createPlan({ unit: "Lạng Sơn", baselineYear: 2023, targetYear: 2024, baseline: fromFile, targets: { pollution: 6 } }), publishedScoreCard("Lạng Sơn", 2024));
expectTypeOf(gap.subIndices.pollution.status).toEqualTypeOf<GapStatus>();
// A PGI plan's results are keyed by the four ids: no `| undefined` under noUncheckedIndexedAccess.
expectTypeOf(gap.subIndices.compliance.target).toEqualTypeOf<number | null>();

// toVegaLite returns a spec vega-lite's TopLevelSpec and vega-embed accept without a cast.
const chart = toVegaLite(publishedScoreCard("Lạng Sơn", 2023), { lang: "en" });
const asTop: TopLevelSpec = chart;
const asEmbed: VisualizationSpec = toVegaLite(createPlan(langSonPlan2024()));
void asTop;
void asEmbed;
const firstRow = chart.data.values[0]; // the doc example compiles
expectTypeOf(firstRow).toEqualTypeOf<Record<string, string | number | boolean | null> | undefined>();
const progress: TopLevelSpec = toVegaLite(assessProgress(trajectory({ baselineYear: 2023, baseline: 17.33, targetYear: 2026, target: 25 }), [{ year: 2024, value: 20 }]));
void progress;

// defineFramework infers component and indicator ids from a spec written inline.
const fw = defineFramework({
  id: "district",
  name: { vi: "Chỉ số huyện", en: "District index" },
  components: [{ id: "env" }, { id: "gov" }],
  indicators: [
    { id: "waste", component: "env", direction: "higher" },
    { id: "permits", component: "gov", direction: "higher" },
  ],
});
const scored = scoreUnits(fw, [{ unit: "A", indicators: { waste: 90, permits: 1 } }, { unit: "B", indicators: { waste: 60, permits: 2 } }]);
const u0 = scored.units[0]!;
expectTypeOf(u0.components.env).toEqualTypeOf<number | null>(); // not `| undefined`
expectTypeOf(u0.indicators.permits).toEqualTypeOf<number | null>();
// @ts-expect-error: no component "envv"
void u0.components.envv;
// @ts-expect-error: a misspelt indicator written literally
scoreUnits(fw, [{ unit: "A", indicators: { wastee: 90 } }]);
// rows read from a file are typed loosely
const csvRows: { unit: string; indicators: Record<string, number> }[] = [];
scoreUnits(fw, csvRows);
// sub-index ids of PGI are literal
expectTypeOf(subIndex(PGI, "Đảm bảo tuân thủ").id).toEqualTypeOf<PgiSubIndexId>();
expectTypeOf(subIndexIds()).toEqualTypeOf<readonly PgiSubIndexId[]>();
expectTypeOf(subIndex(fw, "env").id).toEqualTypeOf<"env" | "gov">();

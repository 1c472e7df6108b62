/** Type tests for tables, rankings, rank goals, allocations and trajectories (checked by tsc, never run). */
import { allocate, assessProgress, benchmark, province, publishedScoreCard, rank, rankGoal, scoreTable, trajectory, type ProgressStatus } from "../../src/index";

const t = scoreTable([publishedScoreCard("Hải Dương", 2024)]);
// @ts-expect-error: units is "provinces" or "any"
scoreTable([publishedScoreCard("Hải Dương", 2024)], { units: "districts" });
// @ts-expect-error: within is "region"
rank(t, { within: "country" });
// @ts-expect-error: the target rank is a number
rankGoal(t, "Hải Dương", "1");
// @ts-expect-error: the unit is a string
rankGoal(t, 1, 1);
// @ts-expect-error: rankings are readonly
rank(t).rows[0]!.rank = 2;
// @ts-expect-error: a province is looked up by name
province(12);
// @ts-expect-error: strategies are a closed set
allocate(publishedScoreCard("Lạng Sơn", 2023), { compositeDelta: 1 }, { strategy: "random" });
// @ts-expect-error: the goal is compositeTarget or compositeDelta
allocate(publishedScoreCard("Lạng Sơn", 2023), { target: 20 }, { strategy: "equal" });
const a = allocate(publishedScoreCard("Lạng Sơn", 2023), { compositeDelta: 1 }, { strategy: "benchmark", benchmark: benchmark(t, "best") });
const d: number = a.targets.pollution.delta;
void d;
// @ts-expect-error: direction is higher or lower
trajectory({ baselineYear: 2023, baseline: 1, targetYear: 2024, target: 2, direction: "up" });
const s: ProgressStatus = assessProgress(trajectory({ baselineYear: 2023, baseline: 1, targetYear: 2024, target: 2 }), [{ year: 2024, value: 2 }]).status;
// @ts-expect-error: progress statuses are a closed set
const bad: ProgressStatus = "offTrack";
void s;
void bad;

/**
 * @internal The scoring engine's stages, each callable on its own (for what-if, solve-for, tests,
 * and work that swaps a stage or re-runs one with other inputs). Not part of the public API.
 *
 * read (./read.ts) → normalise (./normalise.ts) → aggregate (./aggregate.ts) → round
 * (./round.ts, exact path ./exactpath.ts) → rank (./rank.ts) → build (./build.ts); ./run.ts runs
 * them, ./layout.ts declares their memory, ./compiled.ts is the one cache per framework.
 * @module
 */
export { checkFramework, compiled, type Compiled, type KeyTable } from "./compiled";
export { carve, layoutOf, sizeOf, withLent, type Region, type Shape, type Views } from "./layout";
export { exactDouble, readRows, rowCount, type ReadUnits } from "./read";
export { columnCount, readColumns } from "./read-columns";
export { columnBound, columnExtremes, linearBound, normalise, normaliseColumn, EPS, TINY, type NormaliseRun } from "./normalise";
export { compositeOf, finishComponents, sumColumn } from "./aggregate";
export { ExactPath, type ExactInput } from "./exactpath";
export { keyTableOf, keyTablesAlways, OffTable, roundKeys, roundValues, scoreJob, type RoundJob, type ScoreColumn } from "./round";
export { ranksOf, type RankScratch } from "./rank";
export { buildColumns, buildScoring, statsAndFindings, type Parts } from "./build";
export {
  computeRaw,
  partsOf,
  prepare,
  prepareColumns,
  roundAll,
  scoreColumnsRun,
  scoreRows,
  toScoring,
  type KeyColumns,
  type Prepared,
  type Raw,
  type Rounded,
} from "./run";

/**
 * Type tests for the foundation: checked by `tsc --noEmit` (part of `npm test`), never run.
 * Every `@ts-expect-error` line is misuse the types must refuse.
 */
import {
  formatNumber,
  parseNumber,
  PGI,
  PgiError,
  pgiEdition,
  scoreCard,
  subIndex,
  type Framework,
  type PgiErrorCode,
  type ScoreCard,
} from "../../src/index";

const card = scoreCard({ unit: "Lạng Sơn", year: 2023, scores: { pollution: 4.84, compliance: "4,14", greenPractices: 3.6, incentives: 4.75 } });
const n: number = card.scores.pollution;
const c: number = card.composite;
void n;
void c;

// @ts-expect-error: the four PGI ids are the only keys of a PGI card's scores
void card.scores.biodiversity;
// @ts-expect-error: results are readonly
card.composite = 20;
// @ts-expect-error: results are readonly
card.scores.pollution = 5;
// @ts-expect-error: unit is required
scoreCard({ year: 2023, scores: {} });
// @ts-expect-error: scores are numbers, numeric strings or Decimals, not booleans
scoreCard({ unit: "X", year: 2023, scores: { pollution: true } });
// @ts-expect-error: rank is a number
scoreCard({ unit: "X", year: 2023, scores: {}, rank: "62" });
// @ts-expect-error: unit is a string
scoreCard({ unit: 62, year: 2023, scores: {} });

// A card of another framework has string-keyed scores.
const other: ScoreCard = scoreCard({ unit: "X", year: 2024, scores: {} }, PGI as Framework);
const any: number | undefined = other.scores.anything;
void any;

// @ts-expect-error: parseNumber takes numbers, strings or Decimals
parseNumber(true);
// @ts-expect-error: parseNumber does not take null
parseNumber(null);
// @ts-expect-error: only vi and en
formatNumber(6.58, { lang: "fr" });
// @ts-expect-error: decimals is a number
formatNumber(6.58, { decimals: "2" });
// @ts-expect-error: sub-index keys are strings or numbers
subIndex(PGI, { id: "pollution" });
// @ts-expect-error: the framework comes first
subIndex("pollution");
// @ts-expect-error: PGI is readonly
PGI.components[0]!.id = "x";
// @ts-expect-error: editions are numbers or strings
pgiEdition(null);

// @ts-expect-error: unknown error codes are refused
const code: PgiErrorCode = "SOMETHING_ELSE";
void code;
// @ts-expect-error: error codes are checked at construction
new PgiError("NOPE", { en: "message", vi: "thông báo" });
// @ts-expect-error: a message is written in both languages, never English alone
new PgiError("INVALID_INPUT", "message");

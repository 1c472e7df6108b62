/**
 * pgi-kit: exact scoring, planning and gap reports for Vietnam's Provincial Green Index (PGI)
 * and similar target frameworks. Named exports only; nothing runs at import time.
 * @packageDocumentation
 */
export { PgiError, isPgiError, PGI_ERROR_CODES } from "./errors";
export type { Bilingual, PgiErrorCode, PgiPath } from "./errors";
export { parseNumber, formatNumber, SCORE_DECIMALS } from "./decimal";
export type { NumberInput, ParseNumberOptions, FormatNumberOptions, DecimalSeparator, Lang } from "./decimal";
export type { Finding, FindingCode, Severity } from "./findings";
export type {
  Framework,
  Component,
  CompositeRule,
  Indicator,
  LocalizedText,
  Normalization,
  Scale,
  Source,
} from "./framework/types";
export { PGI, pgiEdition, PGI_EDITIONS, PGI_SUBINDEX_IDS } from "./framework/pgi";
export type { PgiEditionYear, PgiFramework, PgiSubIndexId } from "./framework/pgi";
export { subIndex, subIndexIds } from "./framework/lookup";
export type { SubIndexKey } from "./framework/lookup";
export type { PgiKeyed, PgiScoreKey, PgiSubIndexName } from "./framework/names";
export { scoreCard } from "./scorecard/scorecard";
export type { ScoreCard, ScoreCardInput } from "./scorecard/scorecard";
export { NumberInputSchema, YearSchema } from "./schemas";
export { ScoresInputSchema, ScoreCardInputSchema } from "./scorecard/scorecard";
export { PGI_PUBLISHED, publishedRow, publishedScoreCard } from "./data/published";
export type { PublishedRow } from "./data/published";
export { toMarkdown, toCsv, toVegaLite, toMimeBundle } from "./renderers";
export type { MarkdownOptions, MimeBundle, MimeBundleOptions, ToCsvOptions, VegaLiteOptions } from "./render/dispatch";
export type { VegaLiteSpec } from "./render/chart";
export type { CsvOptions } from "./render/primitives";
export * from "./plan/index";
export { langSonPlan2024, LANG_SON_PLAN_SOURCE } from "./data/lang-son-plan";
export * from "./table/index";
export * from "./targets/index";
export * from "./scoring/index";
export * from "./survey/index";
export * from "./checklist/index";
export { ntmEnvironmentTemplate, ntmEnvironmentSource } from "./data/ntm-environment";
export type { NtmEnvironmentSource } from "./data/ntm-environment";
export * from "./extract/index";
export * from "./uncertainty/index";
export * from "./analysis/index";

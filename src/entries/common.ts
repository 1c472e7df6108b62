/**
 * What every domain entry (`pgi-kit/plan`, `pgi-kit/table`, …) exports besides its own domain:
 * errors, numbers, the PGI framework and score cards.
 * @module
 */
export { PgiError, isPgiError, PGI_ERROR_CODES } from "../errors";
export type { Bilingual, PgiErrorCode, PgiPath } from "../errors";
export { parseNumber, formatNumber, SCORE_DECIMALS } from "../decimal";
export type { NumberInput, ParseNumberOptions, FormatNumberOptions, DecimalSeparator, Lang } from "../decimal";
export type { Finding, FindingCode, Severity } from "../findings";
export type { Framework, Component, CompositeRule, Indicator, LocalizedText, Normalization, Scale, Source } from "../framework/types";
export { PGI, pgiEdition, PGI_EDITIONS, PGI_SUBINDEX_IDS } from "../framework/pgi";
export type { PgiEditionYear, PgiFramework, PgiSubIndexId } from "../framework/pgi";
export { scoreCard } from "../scorecard/scorecard";
export type { ScoreCard, ScoreCardInput } from "../scorecard/scorecard";
export { PGI_PUBLISHED, publishedRow, publishedScoreCard } from "../data/published";
export type { PublishedRow } from "../data/published";
export type { MarkdownOptions, MimeBundle, MimeBundleOptions, ToCsvOptions, VegaLiteOptions } from "../render/dispatch";
export type { VegaLiteSpec } from "../render/chart";
export type { CsvOptions } from "../render/primitives";

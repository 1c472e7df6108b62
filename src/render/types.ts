/**
 * The contract between a domain's results and the renderers: each domain declares, per result
 * `kind`, how it renders as Markdown, as CSV, as a chart (where it has one) and how a copy of it
 * is re-validated. The dispatchers (`dispatch.ts`) take such maps; the main
 * entry merges every domain's, a domain entry (`pgi-kit/plan`, …) only its own.
 * @module
 */
import type { Lang } from "../decimal";
import type { PgiPath } from "../errors";
import type { Framework } from "../framework/types";

/** A table for CSV: a header row and data rows, all already formatted as text. */
export interface TextTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** What a chart builder is given besides the result. @internal */
export interface ChartContext {
  readonly lang: Lang;
  /** Chart width in pixels. */
  readonly width: number;
  /** For rankings and scorings: a unit to highlight. */
  readonly highlight?: string;
  /** The framework of a result of the caller's own framework. */
  readonly framework?: Framework;
  /** For scorings: `"stacked"` draws each unit's composite as its components stacked. */
  readonly chart?: "bars" | "stacked";
}

/** A chart as the builders make it: a Vega-Lite v5 spec as plain JSON. @internal */
export type ChartSpec = Record<string, unknown>;

/** How one kind of result renders as text. @internal */
export interface Renderer<T = never> {
  /** Markdown that reads well pasted into a report. */
  readonly markdown: (value: T, lang: Lang, framework?: Framework) => string;
  /** One table for CSV (numbers in `lang`'s format). */
  readonly csv: (value: T, lang: Lang, framework?: Framework) => TextTable;
}

/** The Vega-Lite chart of one kind of result. @internal */
export type ChartRenderer<T> = (value: T, context: ChartContext) => ChartSpec;

/**
 * The result itself from a copy (JSON, spread): rebuilt and compared, or checked field by field;
 * a copy that is not as pgi-kit built it is refused with a PgiError. Kinds without one are drawn
 * from a copy checked to be plain data only. @internal
 */
export type Reviver = (value: unknown, framework: Framework | undefined, path: PgiPath) => unknown;

// Text renderers, charts and revivers are separate maps, so a bundle carries only what it uses: a
// page that renders Markdown does not carry the charts.
/** Renderers by the `kind` field of result objects. @internal */
// biome-ignore lint/suspicious/noExplicitAny: a map over every result kind; each renderer checks its own input
export type RendererMap = Readonly<Record<string, Renderer<any>>>;
/**
 * Markdown renderers by result kind: what `toMarkdown` and a result's notebook display use. A
 * {@link RendererMap} is one; a domain gives its Markdown renderers apart too, so a page that
 * renders Markdown (or displays results) does not carry the CSV renderers. @internal
 */
// biome-ignore lint/suspicious/noExplicitAny: a map over every result kind; each renderer checks its own input
export type MarkdownRenderers = Readonly<Record<string, Pick<Renderer<any>, "markdown">>>;
/** CSV renderers by result kind: what `toCsv` uses (a {@link RendererMap} is one). @internal */
// biome-ignore lint/suspicious/noExplicitAny: a map over every result kind; each renderer checks its own input
export type CsvRenderers = Readonly<Record<string, Pick<Renderer<any>, "csv">>>;
/** Chart renderers by result kind (the kinds that have a chart). @internal */
// biome-ignore lint/suspicious/noExplicitAny: a map over every result kind; each renderer checks its own input
export type ChartRenderers = Readonly<Record<string, ChartRenderer<any>>>;
/** Revivers of copies by result kind. @internal */
export type Revivers = Readonly<Record<string, Reviver>>;

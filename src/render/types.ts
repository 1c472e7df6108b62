/**
 * The contract between result objects and the generic renderers {@link toMarkdown} / {@link toCsv}.
 * @module
 */
import type { Lang } from "../decimal";
import type { Framework } from "../framework/types";

/** A table for CSV: a header row and data rows, all already formatted as text. */
export interface TextTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** How one kind of result renders. @internal */
export interface Renderer<T = never> {
  /** Markdown that reads well pasted into a report. */
  readonly markdown: (value: T, lang: Lang, framework?: Framework) => string;
  /** One table for CSV (numbers in `lang`'s format). */
  readonly csv: (value: T, lang: Lang, framework?: Framework) => TextTable;
}

/** Renderers by the `kind` field of result objects. @internal */
// biome-ignore lint/suspicious/noExplicitAny: a map over every result kind; each renderer checks its own input
export type RendererMap = Readonly<Record<string, Renderer<any>>>;

/**
 * MIME bundles of results for notebooks: the Markdown table, the Vega-Lite chart where the
 * result has one, and plain text. Loaded lazily by a result's `Symbol.for("Jupyter.display")`.
 * @module
 */
import { checkLang, type Lang } from "./decimal";
import { isPgiError } from "./errors";
import type { Framework } from "./framework/types";
import { toMarkdown } from "./render/index";
import { toVegaLite, type VegaLiteSpec } from "./render/vegalite";

/** The Vega-Lite v5 MIME type that Jupyter front ends (JupyterLab, VS Code, nbviewer…) render. */
const VEGALITE = "application/vnd.vegalite.v5+json";

/** A MIME bundle of a result, as Jupyter's `display_data` carries it. */
export interface MimeBundle {
  /** The result as Markdown (tables, findings), as {@link toMarkdown} renders it. */
  readonly "text/markdown": string;
  /** The same text, for front ends without Markdown. */
  readonly "text/plain": string;
  /** The chart, as {@link toVegaLite} makes it, for results that have one. */
  readonly "application/vnd.vegalite.v5+json"?: VegaLiteSpec;
}

/** Options of {@link toMimeBundle}. */
export interface MimeBundleOptions {
  /** Language of the table and the chart. Default `vi`. */
  readonly lang?: Lang;
  /** The framework of a result of your own framework, so its components are named. */
  readonly framework?: Framework;
}

function chartOf(value: unknown, lang: Lang, framework?: Framework): VegaLiteSpec | null {
  if (Array.isArray(value)) return null;
  try {
    return toVegaLite(value, framework ? { lang, framework } : { lang });
  } catch (e) {
    if (isPgiError(e)) return null; // a kind without a chart
    throw e;
  }
}

/**
 * A result (or an array of findings) as a Jupyter MIME bundle: `text/markdown` (the table of
 * {@link toMarkdown}), `application/vnd.vegalite.v5+json` (the chart of {@link toVegaLite}) where
 * the result has one, and `text/plain`. Results display themselves in Deno's Jupyter kernel in
 * Vietnamese; for English, display this bundle:
 * `Deno.jupyter.display(toMimeBundle(gap, { lang: "en" }), { raw: true })`.
 *
 * @throws {@link PgiError} `INVALID_INPUT` for anything that is not a pgi-kit result.
 *
 * @example
 * ```ts
 * const bundle = toMimeBundle(publishedScoreCard("Lạng Sơn", 2023), { lang: "en" });
 * Object.keys(bundle);                 // ["text/markdown", "application/vnd.vegalite.v5+json", "text/plain"]
 * bundle["text/markdown"].split("\n")[0]; // "**Lạng Sơn — PGI 2023**"
 * ```
 */
export function toMimeBundle(value: unknown, options: MimeBundleOptions = {}): MimeBundle {
  const lang = checkLang(options.lang);
  const markdown = toMarkdown(value, options.framework ? { lang, framework: options.framework } : { lang });
  const chart = chartOf(value, lang, options.framework);
  return chart ? { "text/markdown": markdown, [VEGALITE]: chart, "text/plain": markdown } : { "text/markdown": markdown, "text/plain": markdown };
}

interface DenoJupyter {
  display(bundle: Record<string, unknown>, options: { raw: boolean }): Promise<void>;
}

function denoJupyter(): DenoJupyter | null {
  try {
    // Outside `deno jupyter`, reading Deno.jupyter throws.
    const jupyter = (globalThis as { Deno?: { jupyter?: { display?: unknown } } }).Deno?.jupyter;
    return jupyter && typeof jupyter.display === "function" ? (jupyter as DenoJupyter) : null;
  } catch {
    return null;
  }
}

/**
 * What a result's `Symbol.for("Jupyter.display")` returns. Outside a kernel: the whole
 * {@link toMimeBundle}. Inside Deno's kernel, a result with a chart shows as two outputs, the
 * table and the chart under it (a front end shows one MIME type per output, and JupyterLab
 * prefers the chart): the table is displayed first and the chart is returned.
 * @internal
 */
export async function jupyterBundle(value: unknown): Promise<Record<string, unknown>> {
  let bundle: MimeBundle;
  try {
    bundle = toMimeBundle(value);
  } catch {
    // Not renderable (a kind without a table): plain JSON, never a failing cell.
    return { "text/plain": JSON.stringify(value, null, 2) };
  }
  const chart = bundle[VEGALITE];
  const kernel = denoJupyter();
  if (!chart || !kernel) return { ...bundle };
  await kernel.display({ "text/markdown": bundle["text/markdown"], "text/plain": bundle["text/plain"] }, { raw: true });
  return { [VEGALITE]: chart, "text/plain": String((chart as { title?: unknown }).title ?? "Vega-Lite") };
}

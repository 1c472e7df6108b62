/**
 * Charts as pictures for the `pgi` command: a Vega-Lite spec rendered to SVG with vega and
 * vega-lite (no browser), and to PNG with resvg. Loaded only for `--format svg|png`.
 * @internal
 * @module
 */
import type { VegaLiteSpec } from "../render/chart";
import { optional } from "./optional";

const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Fonts tried for chart text; all of them have the Vietnamese letters. */
const FONT = "Arial, 'Helvetica Neue', 'DejaVu Sans', 'Noto Sans', sans-serif";

/**
 * Text widths for layout. Without a canvas, vega estimates every character at 0.8 em, which for
 * the fonts charts are drawn with (DejaVu Sans, Arial: about 0.55 em on average, 0.6 em bold)
 * leaves a blank margin as wide as a third of the chart beside long labels and titles. The
 * estimate here is per character at 0.6 em (0.66 em bold), still above the real width, so no text
 * is cut.
 */
function measureText(metrics: { width: (item: unknown, text?: unknown) => number }): void {
  metrics.width = (item: unknown, text?: unknown): number => {
    const it = item as { text?: unknown; fontSize?: number; fontWeight?: unknown };
    const value = text ?? it.text;
    const lines = Array.isArray(value) ? value.map(String) : [String(value ?? "")];
    const size = typeof it.fontSize === "number" ? it.fontSize : 11;
    const bold = /bold|[6-9]00/.test(String(it.fontWeight ?? ""));
    // Letters with diacritics are composed (NFC) so each counts once.
    return Math.max(0, ...lines.map((l) => Math.ceil([...l.normalize("NFC")].length * size * (bold ? 0.66 : 0.6))));
  };
}

/** The chart as an SVG document, with a `<title>` (the chart's title) for screen readers and file browsers. */
export async function chartSvg(spec: VegaLiteSpec): Promise<string> {
  const [vega, vl] = await Promise.all([optional("vega", "a chart", () => import("vega")), optional("vega-lite", "a chart", () => import("vega-lite"))]);
  const config = { ...(spec as { config?: Record<string, unknown> }).config, font: FONT };
  const quiet = { level: () => quiet, error: () => quiet, warn: () => quiet, info: () => quiet, debug: () => quiet };
  const compiled = vl.compile({ ...spec, config } as unknown as Parameters<typeof vl.compile>[0], { logger: quiet as never }).spec;
  measureText((vega as unknown as { textMetrics: Parameters<typeof measureText>[0] }).textMetrics);
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  const title = typeof spec.title === "string" ? spec.title : "pgi-kit chart";
  const withTitle = svg.replace(/^<svg([^>]*)>/, (_m, attrs: string) => `<svg${attrs} role="img"><title>${escapeXml(title)}</title>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withTitle}\n`;
}

/** The chart as a PNG image at twice the SVG's size (sharp when pasted into a Word report). */
export async function chartPng(spec: VegaLiteSpec): Promise<Uint8Array> {
  const svg = await chartSvg(spec);
  const { Resvg } = await optional("@resvg/resvg-js", "--format png", () => import("@resvg/resvg-js"));
  const png = new Resvg(svg, {
    fitTo: { mode: "zoom", value: 2 },
    background: "white",
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
  })
    .render()
    .asPng();
  return new Uint8Array(png);
}

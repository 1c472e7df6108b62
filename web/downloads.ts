/** Files the page offers: the plan as JSON, the gap report as CSV, the chart as PNG or SVG. */
import { toCsv, type Lang } from "../dist/index.js";
import { h } from "./dom";
import { state } from "./state";

function download(name: string, href: string): void {
  const a = h("a", { href, download: name }) as HTMLAnchorElement;
  document.body.append(a);
  a.click();
  a.remove();
}

function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  download(name, url);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name part from a unit's name: "Lạng Sơn" → "lang-son". */
export const slug = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();

export function downloadPlan(): void {
  const plan = state.plan;
  if (plan) downloadText(`${slug(plan.unit)}-plan-${plan.targetYear}.json`, JSON.stringify(plan, null, 2) + "\n", "application/json");
}

/**
 * The CSV options of the CLI's default for a language: in Vietnamese ";" (Vietnamese Excel reads
 * "," as the decimal comma) and a UTF-8 byte-order mark; in English "," and no mark.
 */
export const csvOptions = (lang: Lang) => (lang === "vi" ? ({ lang, delimiter: ";", bom: true } as const) : ({ lang, delimiter: ",", bom: false } as const));

export function downloadCsv(): void {
  const gap = state.gap;
  if (gap) downloadText(`${slug(gap.unit)}-gap-${gap.targetYear}.csv`, toCsv(gap, csvOptions(state.lang)), "text/csv;charset=utf-8");
}

export async function downloadChart(type: "png" | "svg"): Promise<void> {
  if (!state.view || !state.gap) return;
  const url = await state.view.toImageURL(type, type === "png" ? 2 : 1);
  download(`${slug(state.gap.unit)}-gap-${state.gap.targetYear}.${type}`, url);
}

/**
 * Renderers for the foundation's results: score cards and lists of findings.
 * @internal
 * @module
 */
import { formatNumber, type Lang } from "../decimal";
import { formatPath } from "../errors";
import type { Finding } from "../findings";
import { pgiEdition } from "../framework/pgi";
import type { Framework } from "../framework/types";
import type { ScoreCard } from "../scorecard/scorecard";
import { compositeLabel, componentLabel, csvHeader } from "./labels";
import { markdownTable } from "./primitives";
import type { Renderer, RendererMap } from "./types";

const SEVERITY: Record<Lang, Record<Finding["severity"], string>> = {
  vi: { info: "thông tin", warning: "cảnh báo", error: "lỗi" },
  en: { info: "info", warning: "warning", error: "error" },
};

/** The framework a rendered card refers to: the one given when its id matches, else the PGI edition. */
export function frameworkOf(id: string, edition: number | null, given?: Framework): Framework | null {
  if (given && given.id === id) return given;
  if (id === "pgi" && edition !== null) {
    try {
      return pgiEdition(edition);
    } catch {
      return null;
    }
  }
  return null;
}

/** Findings as a Markdown bullet list (empty string when there are none). */
export function findingsMarkdown(findings: readonly Finding[], lang: Lang): string {
  if (findings.length === 0) return "";
  return findings
    .map((f) => `- **${SEVERITY[lang][f.severity]}** \`${f.code}\`${f.path.length ? ` (${formatPath(f.path)})` : ""}: ${lang === "vi" ? f.messageVi : f.message}`)
    .join("\n");
}

/** Renderer for an array of findings. */
export const findingsRenderer: Renderer<readonly Finding[]> = {
  markdown: (findings, lang) =>
    findings.length === 0 ? (lang === "vi" ? "_Không có phát hiện nào._" : "_No findings._") : findingsMarkdown(findings, lang),
  csv: (findings, lang) => ({
    header: csvHeader(lang, ["severity", "code", "path", "message"]),
    rows: findings.map((f) => [lang === "vi" ? SEVERITY.vi[f.severity] : f.severity, f.code, formatPath(f.path), lang === "vi" ? f.messageVi : f.message]),
  }),
};

const scoreCardRenderer: Renderer<ScoreCard> = {
  markdown: (card, lang, given) => {
    const fw = frameworkOf(card.framework, card.edition, given);
    const label = (id: string): string => (fw ? componentLabel(fw, id, lang) : id);
    const rows = Object.entries(card.scores).map(([id, v]) => [label(id), formatNumber(v, { lang })]);
    rows.push([fw ? compositeLabel(fw, lang) : lang === "vi" ? "Điểm tổng hợp" : "Composite", formatNumber(card.composite, { lang })]);
    if (card.rank !== null) rows.push([lang === "vi" ? "Xếp hạng" : "Rank", String(card.rank)]);
    const title = `**${card.unit} — ${fw ? fw.shortName[lang] : `${card.framework} ${card.year}`}**`;
    const parts = [title, markdownTable([lang === "vi" ? "Chỉ số thành phần" : "Sub-index", lang === "vi" ? "Điểm" : "Score"], rows, ["left", "right"])];
    const f = findingsMarkdown(card.findings, lang);
    if (f) parts.push(f);
    if (card.source) parts.push(`${lang === "vi" ? "Nguồn" : "Source"}: ${card.source}`);
    return parts.join("\n\n") + "\n";
  },
  csv: (card, lang, given) => {
    const fw = frameworkOf(card.framework, card.edition, given);
    const rows = Object.entries(card.scores).map(([id, v]) => [card.unit, String(card.year), id, fw ? componentLabel(fw, id, lang) : id, formatNumber(v, { lang })]);
    rows.push([card.unit, String(card.year), "composite", fw ? compositeLabel(fw, lang) : "composite", formatNumber(card.composite, { lang })]);
    return {
      header: csvHeader(lang, ["unit", "year", "id", "name", "score"]),
      rows,
    };
  },
};

/** Renderers of the foundation's result kinds. */
export const coreRenderers: RendererMap = { scoreCard: scoreCardRenderer };

/**
 * Findings as Markdown and CSV: the one renderer every domain shares (plan checks, scorings,
 * rankings and score cards carry findings).
 * @internal
 * @module
 */
import type { Lang } from "../decimal";
import { formatPath } from "../errors";
import type { Finding } from "../findings";
import { csvHeader } from "./labels";
import type { Renderer } from "./types";

const SEVERITY: Record<Lang, Record<Finding["severity"], string>> = {
  vi: { info: "thông tin", warning: "cảnh báo", error: "lỗi" },
  en: { info: "info", warning: "warning", error: "error" },
};

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

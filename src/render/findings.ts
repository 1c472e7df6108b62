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
    .map(
      (f) => `- **${SEVERITY[lang][f.severity]}** \`${f.code}\`${f.path.length ? ` (${formatPath(f.path)})` : ""}: ${lang === "vi" ? f.messageVi : f.message}`,
    )
    .join("\n");
}

/** Markdown of an array of findings (a line saying there are none when it is empty). */
const markdown: Renderer<readonly Finding[]>["markdown"] = (findings, lang) =>
  findings.length === 0 ? (lang === "vi" ? "_Không có phát hiện nào._" : "_No findings._") : findingsMarkdown(findings, lang);

/** CSV of an array of findings. */
const csv: Renderer<readonly Finding[]>["csv"] = (findings, lang) => ({
  header: csvHeader(lang, ["severity", "code", "path", "message"]),
  rows: findings.map((f) => [lang === "vi" ? SEVERITY.vi[f.severity] : f.severity, f.code, formatPath(f.path), lang === "vi" ? f.messageVi : f.message]),
});

/** Renderer for an array of findings. */
export const findingsRenderer: Renderer<readonly Finding[]> = { markdown, csv };
/** The Markdown half of {@link findingsRenderer} (what `toMarkdown` and notebook displays carry). */
export const findingsMarkdownRenderer: Pick<Renderer<readonly Finding[]>, "markdown"> = { markdown };
/** The CSV half of {@link findingsRenderer}. */
export const findingsCsvRenderer: Pick<Renderer<readonly Finding[]>, "csv"> = { csv };

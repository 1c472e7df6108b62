/**
 * The embedded demo: Lạng Sơn's 2024 PGI plan, its check, and the gap report against the
 * PGI 2024 results.
 * @module
 */
import type { Lang } from "../decimal";
import { publishedRow, publishedScoreCard } from "../data/published";
import { langSonPlan2024 } from "../data/lang-son-plan";
import { checkPlan } from "../plan/check";
import { createPlan } from "../plan/create";
import { gapReport } from "../plan/gap";
import { yearOverYear } from "../plan/yoy";
import { toMarkdown } from "../render/index";

/** The demo text in `lang` (Markdown), or its results as JSON. */
export function demo(lang: Lang, format: "md" | "json" = "md"): string {
  const vi = lang === "vi";
  const plan = createPlan(langSonPlan2024());
  const findings = checkPlan(plan);
  const actual = publishedScoreCard("Lạng Sơn", 2024);
  const gap = gapReport(plan, actual);
  const yoy = yearOverYear(publishedScoreCard("Lạng Sơn", 2023), actual);
  if (format === "json") return `${JSON.stringify({ plan, findings, actual, gap, yearOverYear: yoy }, null, 2)}\n`;
  const row2024 = publishedRow("Lạng Sơn", 2024);
  const parts = [
    vi ? "# pgi-kit: ví dụ Lạng Sơn (PGI 2023 → 2024)" : "# pgi-kit: the Lạng Sơn example (PGI 2023 → 2024)",
    vi
      ? "Điểm cơ sở là kết quả PGI 2023 (điểm PGI 17,33, xếp hạng 62/63); chỉ tiêu 2024 như kế hoạch của tỉnh nêu. Mọi phép tính dùng số thập phân chính xác, làm tròn 2 chữ số (nửa lên)."
      : "The baseline is the PGI 2023 result (composite 17.33, rank 62/63); the 2024 targets are as the province's plan states them. All arithmetic is exact decimal, rounded to 2 places half-up.",
    toMarkdown(plan, { lang }).trimEnd(),
    vi ? "## Kiểm tra kế hoạch" : "## Plan check",
    findings.length === 0
      ? vi
        ? "Không có lỗi: mức tăng ghi trong kế hoạch đúng bằng chỉ tiêu − điểm cơ sở, chỉ tiêu trong thang 1–10 và không thấp hơn điểm cơ sở."
        : "No problems: every stated increase equals target − baseline, every target is within 1–10 and not below its baseline."
      : toMarkdown(findings, { lang }),
    vi ? "## Kết quả PGI 2024 so với kế hoạch" : "## PGI 2024 results against the plan",
    vi
      ? `Lưu ý: năm của số liệu PGI 2024 là suy luận — trang nguồn không ghi năm; tổng điểm các tỉnh chỉ khớp với kỳ 2024 (${row2024.source}).`
      : `Note: the edition of the 2024 figures is inferred — the source page shows no year; the provinces' sums fit only the 2024 edition (${row2024.source}).`,
    toMarkdown(gap, { lang }).trimEnd(),
    vi ? "## Thay đổi so với năm trước" : "## Change from the previous year",
    toMarkdown(yoy, { lang }).trimEnd(),
  ];
  return parts.join("\n\n") + "\n";
}

/**
 * The embedded demo: Lạng Sơn's 2024 PGI plan, its check, and the gap report against the
 * PGI 2024 results, with where every figure comes from.
 * @module
 */
import { formatNumber, type Lang } from "../decimal";
import { publishedRow, publishedScoreCard } from "../data/published";
import { langSonPlan2024 } from "../data/lang-son-plan";
import { checkPlan } from "../plan/check";
import { createPlan } from "../plan/create";
import { gapReport } from "../plan/gap";
import { yearOverYear } from "../plan/yoy";
import { toMarkdown } from "../renderers";

/** The demo text in `lang` (Markdown), or its results as JSON. */
export function demo(lang: Lang, format: "md" | "json" = "md"): string {
  const vi = lang === "vi";
  const n = (v: number): string => formatNumber(v, { lang });
  const baseline = publishedScoreCard("Lạng Sơn", 2023);
  const plan = createPlan(langSonPlan2024());
  const findings = checkPlan(plan);
  const actual = publishedScoreCard("Lạng Sơn", 2024);
  const gap = gapReport(plan, actual);
  const yoy = yearOverYear(baseline, actual);
  if (format === "json") return `${JSON.stringify({ plan, findings, actual, gap, yearOverYear: yoy }, null, 2)}\n`;
  const row2023 = publishedRow("Lạng Sơn", 2023);
  const row2024 = publishedRow("Lạng Sơn", 2024);
  const rank = baseline.rank === null ? "" : vi ? `, xếp hạng ${baseline.rank}/63` : `, rank ${baseline.rank} of 63`;
  const errors = findings.filter((f) => f.severity === "error").length;
  const s = gap.summary;
  const unpublished = actual.publishedComposite === null && actual.rank === null;
  const parts = [
    vi ? "# pgi-kit: ví dụ Lạng Sơn (PGI 2023 → 2024)" : "# pgi-kit: the Lạng Sơn example (PGI 2023 → 2024)",
    vi
      ? `Một kế hoạch cải thiện PGI như các tỉnh vẫn ban hành: điểm cơ sở là kết quả PGI 2023 (điểm PGI ${n(baseline.composite)}${rank}), chỉ tiêu năm 2024 như kế hoạch của tỉnh nêu. Mọi phép tính dùng số thập phân chính xác, làm tròn 2 chữ số thập phân (nửa lên), nên 6,58 − 4,84 ra đúng 1,74.`
      : `A PGI improvement plan as provinces issue them: the baseline is the PGI 2023 result (composite ${n(baseline.composite)}${rank}), the 2024 targets are as the province's plan states them. All arithmetic is exact decimal, rounded to 2 places half-up, so 6.58 − 4.84 is exactly 1.74.`,
    vi
      ? `- Số liệu PGI 2023 và chỉ tiêu: ${row2023.source}\n- Kết quả PGI 2024: ${row2024.source} — **năm của số liệu là suy luận**: trang nguồn không ghi năm, tổng điểm các tỉnh chỉ khớp với kỳ PGI 2024${unpublished ? "; trang không ghi điểm tổng hợp và xếp hạng, nên điểm tổng hợp dưới đây là tổng 4 chỉ số thành phần" : ""}.`
      : `- PGI 2023 figures and targets: ${row2023.source}\n- PGI 2024 results: ${row2024.source} — **the edition is inferred**: the page shows no year, and the provinces' sums fit only the PGI 2024 edition${unpublished ? "; it gives no composite or rank, so the composite below is the sum of the four sub-indices" : ""}.`,
    vi ? "## 1. Kế hoạch năm 2024" : "## 1. The 2024 plan",
    toMarkdown(plan, { lang }).trimEnd(),
    vi ? "## 2. Kiểm tra kế hoạch" : "## 2. Plan check",
    findings.length === 0
      ? vi
        ? "Không có lỗi: mức tăng ghi trong kế hoạch đúng bằng chỉ tiêu − điểm cơ sở, chỉ tiêu nằm trong thang 1–10 và không thấp hơn điểm cơ sở, điểm tổng hợp mục tiêu là tổng 4 chỉ tiêu."
        : "No problems: every stated increase equals target − baseline, every target is within 1–10 and not below its baseline, and the composite target is the sum of the four targets."
      : `${toMarkdown(findings, { lang }).trimEnd()}\n\n${vi ? `${errors} lỗi.` : `${errors} error(s).`}`,
    vi ? "## 3. Kết quả PGI 2024 so với kế hoạch" : "## 3. PGI 2024 results against the plan",
    toMarkdown(gap, { lang }).trimEnd(),
    vi
      ? `Tóm lại: điểm PGI ${s.compositeMet ? "đạt" : "chưa đạt"} chỉ tiêu (${n(gap.composite.actual)} so với ${n(gap.composite.target!)}), ${s.met.length}/4 chỉ số thành phần đạt chỉ tiêu. Lưu ý: điểm PGI là điểm tương đối giữa các tỉnh — một tỉnh có thể tiến bộ mà vẫn giảm điểm khi các tỉnh khác tiến bộ nhanh hơn.`
      : `In short: the PGI composite target is ${s.compositeMet ? "met" : "missed"} (${n(gap.composite.actual)} against ${n(gap.composite.target!)}), ${s.met.length} of 4 sub-index targets are met. Note that PGI scores are relative across provinces: a province can improve and still lose points when others improve more.`,
    vi ? "## 4. Thay đổi so với năm trước" : "## 4. Change from the previous year",
    toMarkdown(yoy, { lang }).trimEnd(),
    vi
      ? "---\n\nVới kế hoạch của đơn vị mình: `pgi check plan.json`, `pgi gap plan.json ket-qua-2024.json --format csv`; xem `pgi --help`."
      : "---\n\nWith your own plan: `pgi check plan.json`, `pgi gap plan.json results-2024.json --format csv`; see `pgi --help`.",
  ];
  return parts.join("\n\n") + "\n";
}

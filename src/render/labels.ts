/**
 * Labels in Vietnamese and English for renderers.
 * @internal
 * @module
 */
import type { Lang } from "../decimal";
import { PGI } from "../framework/pgi";
import type { Framework } from "../framework/types";

/** The display name of a component in `lang` (falls back to the id). */
export function componentLabel(framework: Framework, id: string, lang: Lang): string {
  // A multi-level framework's levels below the top are named too.
  const c = framework.components.find((x) => x.id === id) ?? framework.subComponents?.find((x) => x.id === id);
  return c ? c.name[lang] : id;
}

/** Word for the composite in `lang`. */
export function compositeLabel(framework: Framework, lang: Lang): string {
  if (framework.id === "pgi") return lang === "vi" ? "Điểm PGI (tổng hợp)" : "PGI composite";
  return lang === "vi" ? "Điểm tổng hợp" : "Composite";
}

/** The framework a result of framework `id` refers to: the one passed in when its id matches, PGI for "pgi". */
export function frameworkFor(id: string, given?: Framework): Framework | null {
  if (given && given.id === id) return given;
  return id === "pgi" ? PGI : null;
}

/** A component's name for a result of framework `id` (its id when the framework is unknown). */
export function nameOf(frameworkId: string, componentId: string, lang: Lang, given?: Framework): string {
  const fw = frameworkFor(frameworkId, given);
  return fw ? componentLabel(fw, componentId, lang) : componentId;
}

/** The composite's name for a result of framework `id`. */
export function compositeNameOf(frameworkId: string, lang: Lang, given?: Framework): string {
  const fw = frameworkFor(frameworkId, given);
  return fw ? compositeLabel(fw, lang) : lang === "vi" ? "Điểm tổng hợp" : "Composite";
}

let viHeaders: Map<string, string> | undefined;

/**
 * CSV headers: the stable machine keys in English (`unit`, `baseline_year`, …); readable
 * Vietnamese column titles in Vietnamese ("Đơn vị", "Năm cơ sở", …), as people read them in Excel.
 * Keys without a Vietnamese title (indicator ids of your own framework) stay as they are.
 */
export function csvHeader(lang: Lang, keys: readonly string[]): string[] {
  if (lang !== "vi") return [...keys];
  if (!viHeaders) {
    viHeaders = new Map(
      (
        "unit=Đơn vị|year=Năm|id=Mã chỉ số|name=Chỉ số thành phần|score=Điểm|severity=Mức độ|code=Mã|path=Vị trí|message=Nội dung|" +
        "baseline_year=Năm cơ sở|target_year=Năm mục tiêu|baseline=Điểm cơ sở|comparator=So sánh|target=Chỉ tiêu|delta=Mức tăng|" +
        "stated_delta=Mức tăng ghi trong kế hoạch|owners=Cơ quan chủ trì|due=Thời hạn|from_year=Từ năm|to_year=Đến năm|" +
        "previous=Điểm năm trước|current=Điểm năm sau|change=Thay đổi|direction=Xu hướng|actual=Kết quả|" +
        "planned_delta=Mức tăng theo kế hoạch|achieved_delta=Mức tăng đạt được|remaining=Còn thiếu|surplus=Vượt|progress=Tiến độ|" +
        "status=Đánh giá|region=Vùng|composite=Điểm tổng hợp|published_rank=Hạng công bố|rank=Hạng|by=Chỉ số|value=Điểm|" +
        "count=Số đơn vị|mean=Trung bình|median=Trung vị|best=Cao nhất|best_units=Đơn vị cao nhất|worst=Thấp nhất|" +
        "worst_units=Đơn vị thấp nhất|target_rank=Hạng mục tiêu|current_value=Điểm hiện tại|current_rank=Hạng hiện tại|" +
        "required_value=Điểm cần đạt|increase=Mức tăng cần thiết|feasible=Khả thi|strategy=Phương án|milestone=Mốc|label=Tên|" +
        "latest_year=Năm thực tế|latest=Thực tế|observed_annual_change=Thay đổi thực tế/năm|" +
        "required_annual_change=Thay đổi cần thiết/năm|ratio=Tỷ lệ|group=Nhóm|responses=Số phiếu|flagged=Cần xem lại|" +
        "composite_before=Điểm trước|composite_after=Điểm sau|rank_before=Hạng trước|rank_after=Hạng sau|indicator=Chỉ tiêu|" +
        "required=Cần đạt|best_score=Điểm tốt nhất có thể|verified=Đã kiểm chứng|period=Kỳ|measure=Đơn vị tính"
      )
        .split("|")
        .map((pair) => pair.split("=") as [string, string]),
    );
  }
  return keys.map((k) => viHeaders!.get(k) ?? (PGI.components.some((c) => c.id === k) ? componentLabel(PGI, k, "vi") : k));
}

/** Yes/no in `lang` (`true`/`false` in English CSV, machine-readable). */
export function yesNo(value: boolean, lang: Lang): string {
  return lang === "vi" ? (value ? "có" : "không") : String(value);
}

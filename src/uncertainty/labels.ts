/**
 * Names of the uncertainty factors in Vietnamese and English.
 * @internal
 * @module
 */
import type { Lang } from "../decimal";

const FACTOR: Record<Lang, Record<string, string>> = {
  vi: {
    normalization: "Phương pháp chuẩn hoá",
    aggregation: "Cách gộp chỉ tiêu",
    composite: "Cách tính điểm tổng hợp",
    treatment: "Xử lý giá trị ngoại lai",
    imputation: "Điền giá trị thiếu",
    weights: "Trọng số",
  },
  en: {
    normalization: "Normalisation",
    aggregation: "Aggregation",
    composite: "Composite rule",
    treatment: "Outlier treatment",
    imputation: "Imputation",
    weights: "Weights",
  },
};

/** A factor's name in `lang` (its id when unknown). @internal */
export function factorName(id: string, lang: Lang): string {
  return Object.hasOwn(FACTOR[lang], id) ? FACTOR[lang][id]! : id;
}

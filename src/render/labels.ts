/**
 * Labels in Vietnamese and English for renderers.
 * @internal
 * @module
 */
import type { Lang } from "../decimal";
import type { Framework } from "../framework/types";

/** The display name of a component in `lang` (falls back to the id). */
export function componentLabel(framework: Framework, id: string, lang: Lang): string {
  const c = framework.components.find((x) => x.id === id);
  return c ? c.name[lang] : id;
}

/** Word for the composite in `lang`. */
export function compositeLabel(framework: Framework, lang: Lang): string {
  if (framework.id === "pgi") return lang === "vi" ? "Điểm PGI (tổng hợp)" : "PGI composite";
  return lang === "vi" ? "Điểm tổng hợp" : "Composite";
}

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
  const c = framework.components.find((x) => x.id === id);
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

/**
 * How plans and reports name their two units: who plans ("huyện Văn Quan") and whose index the
 * plan targets ("tỉnh Lạng Sơn"), in Vietnamese and English.
 * @internal
 * @module
 */
import type { Lang } from "../decimal";
import { findProvince } from "../data/provinces";
import { foldName } from "../util";

/** Whether two names are one unit: the same province by any spelling, or the same name folded. @internal */
export function sameUnit(a: string, b: string): boolean {
  if (foldName(a) === foldName(b)) return true;
  const pa = findProvince(a);
  return pa !== undefined && pa === findProvince(b);
}

/** Administrative words that open a unit's name, with their English. */
const LEVELS: readonly (readonly [RegExp, string])[] = [
  [/^thị xã\s+/iu, "town"],
  [/^thị trấn\s+/iu, "township"],
  [/^thành phố\s+/iu, "city"],
  [/^tp\.?\s+/iu, "city"],
  [/^huyện\s+/iu, "district"],
  [/^quận\s+/iu, "district"],
  [/^xã\s+/iu, "commune"],
  [/^phường\s+/iu, "ward"],
  [/^tỉnh\s+/iu, "province"],
];

/** The slugs of the centrally run cities (thành phố trực thuộc trung ương) among the 63. */
const CITIES = new Set(["ha-noi", "hai-phong", "da-nang", "ho-chi-minh-city", "can-tho"]);

/**
 * A unit as a sentence names it: "huyện Văn Quan" / "Văn Quan district" for "Huyện Văn Quan";
 * "tỉnh Lạng Sơn" / "Lạng Sơn province" for a province of the registry; other names as given.
 * @internal
 */
export function unitPhrase(unit: string, lang: Lang): string {
  const p = findProvince(unit);
  if (p !== undefined) {
    const city = CITIES.has(p.slug);
    const bare = p.name.replace(/^TP\.\s*/u, "");
    if (lang === "vi") return `${city ? "thành phố" : "tỉnh"} ${bare}`;
    return city ? `${bare} city` : `${bare} province`;
  }
  for (const [re, en] of LEVELS) {
    const m = re.exec(unit);
    if (m) {
      const rest = unit.slice(m[0].length);
      return lang === "vi" ? `${m[0].trimEnd().toLowerCase()} ${rest}` : `${rest} ${en}`;
    }
  }
  return unit;
}

/**
 * The line that says who plans and whose index, when they are two units:
 * "Kế hoạch của huyện Văn Quan — chỉ số PGI của tỉnh Lạng Sơn" /
 * "Plan of Văn Quan district — PGI of Lạng Sơn province"; `null` when they are one unit.
 * @internal
 */
export function planUnitsLine(framework: string, unit: string, indexUnit: string | undefined, lang: Lang): string | null {
  if (indexUnit === undefined || sameUnit(unit, indexUnit)) return null;
  const index = framework === "pgi" ? (lang === "vi" ? "chỉ số PGI" : "PGI") : lang === "vi" ? "chỉ số" : "index";
  return lang === "vi"
    ? `Kế hoạch của ${unitPhrase(unit, lang)} — ${index} của ${unitPhrase(indexUnit, lang)}`
    : `Plan of ${unitPhrase(unit, lang)} — ${index} of ${unitPhrase(indexUnit, lang)}`;
}

/**
 * The province registry: the 63 provinces of PGI 2022–2024, their regions and their units from
 * 2025, with a forgiving name lookup.
 * @module
 */
import { describe, PgiError } from "../errors";
import type { LocalizedText } from "../framework/types";
import { deepFreeze, editDistance, foldName } from "../util";
import { provinceRows, REGION_ROWS } from "./provinces-rows";

/** Id of one of the six socio-economic regions (Resolution 81/2023/QH15). */
export type RegionId = (typeof REGION_ROWS)[number]["id"];

/** A socio-economic region. */
export interface Region {
  readonly id: RegionId;
  readonly name: LocalizedText;
}

/** One of the 63 provinces. */
export interface Province {
  /** Stable ASCII id, e.g. `"lang-son"`, `"ho-chi-minh-city"`. */
  readonly slug: string;
  /** Name as commonly written, e.g. `"Lạng Sơn"`. */
  readonly name: string;
  /** Name without diacritics, e.g. `"Lang Son"`. */
  readonly ascii: string;
  readonly region: Region;
  /** The provincial unit it belongs to from 1 July 2025 (Resolution 202/2025/QH15). */
  readonly unitFrom2025: string;
}

/**
 * The six socio-economic regions, north to south.
 *
 * @example
 * ```ts
 * REGIONS.map((r) => r.id);
 * // ["northernMidlandsMountains", "redRiverDelta", "northCentralCentralCoast", "centralHighlands", "southeast", "mekongDelta"]
 * ```
 */
export const REGIONS: readonly Region[] = /* @__PURE__ */ (() => deepFreeze(REGION_ROWS.map((r) => ({ id: r.id, name: { ...r.name } }))))();

/**
 * The 63 provinces with PGI history (until mid-2025), north to south.
 *
 * @example
 * ```ts
 * PROVINCES.length;                                   // 63
 * PROVINCES.filter((p) => p.unitFrom2025 === "Hải Phòng").map((p) => p.name); // ["Hải Phòng", "Hải Dương"]
 * ```
 */
export const PROVINCES: readonly Province[] = /* @__PURE__ */ (() =>
  deepFreeze(
    provinceRows().map(([slug, name, ascii, region, unit]) => ({
      slug,
      name,
      ascii,
      region: REGIONS.find((r) => r.id === region)!,
      unitFrom2025: unit,
    })),
  ))();

/** Common spellings beyond the name itself, by slug (matched after folding). */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  "ho-chi-minh-city": ["TP.HCM", "TPHCM", "HCM", "HCMC", "Hồ Chí Minh", "Ho Chi Minh City", "Thành phố Hồ Chí Minh", "Sài Gòn", "Saigon"],
  "thua-thien-hue": ["TT-Huế", "TT Huế", "Huế", "Hue", "Thành phố Huế"],
  "ba-ria-vung-tau": ["BRVT", "BR-VT", "Bà Rịa – Vũng Tàu", "Ba Ria Vung Tau"],
  "ha-noi": ["Hanoi", "HN", "Thủ đô Hà Nội"],
  "da-nang": ["Danang"],
  "hai-phong": ["Haiphong"],
  "can-tho": ["Cantho"],
  "dak-lak": ["Đắc Lắc", "Daklak", "Đăk Lăk"],
  "dak-nong": ["Đăk Nông", "Daknong"],
};

/** Fold a province name: no diacritics or case, without "Tỉnh"/"Thành phố"/"TP." and "province"/"city". */
function provinceKey(text: string): string {
  const spaced = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/["'“”‘’]/g, "")
    .trim();
  const stripped = spaced.replace(/^(thanh pho|tinh|tp)(?=[\s.])[\s.]*/, "").replace(/\s+(province|city)$/, "");
  return foldName(stripped);
}

let index: Map<string, Province> | undefined;
function lookup(): Map<string, Province> {
  if (!index) {
    index = new Map();
    for (const p of PROVINCES) {
      for (const name of [p.name, p.ascii, p.slug, ...(ALIASES[p.slug] ?? [])]) index.set(provinceKey(name), p);
    }
  }
  return index;
}

/**
 * Find a province by any common spelling: with or without diacritics (either tone-mark
 * placement, "Hòa Bình"/"Hoà Bình"), any case, with or without "Tỉnh", "Thành phố", "TP.",
 * "province" or "city", and the usual abbreviations ("TP.HCM", "HCMC", "TT-Huế", "BRVT").
 *
 * @throws {@link PgiError} `UNKNOWN_PROVINCE` naming the closest matches.
 *
 * @example
 * ```ts
 * province("TP.HCM").name;              // "TP. Hồ Chí Minh"
 * province("Ho Chi Minh City").slug;    // "ho-chi-minh-city"
 * province("hue").name;                 // "Thừa Thiên Huế"
 * province("Dak Lak").region.id;        // "centralHighlands"
 * province("Hoà Bình").unitFrom2025;    // "Phú Thọ"
 * ```
 */
export function province(name: string): Province {
  if (typeof name !== "string" || name.trim() === "" || name.length > 300) {
    throw new PgiError(
      "UNKNOWN_PROVINCE",
      typeof name === "string" && name.length > 300
        ? {
            en: `${describe(name)} is too long to be a province name (at most 300 characters)`,
            vi: `${describe(name, "vi")} quá dài để là tên tỉnh, thành phố (tối đa 300 ký tự)`,
          }
        : {
            en: `expected a province name such as "Lạng Sơn", got ${describe(name)}`,
            vi: `cần tên tỉnh, thành phố, ví dụ "Lạng Sơn", nhận được ${describe(name, "vi")}`,
          },
      [],
      { name: typeof name === "string" ? name.slice(0, 300) : null },
    );
  }
  const found = lookup().get(provinceKey(name));
  if (found) return found;
  const key = provinceKey(name);
  const closest = [...PROVINCES]
    .map((p) => ({ p, d: Math.min(editDistance(key, provinceKey(p.name)), ...(ALIASES[p.slug] ?? []).map((a) => editDistance(key, provinceKey(a)))) }))
    .sort((a, b) => a.d - b.d || a.p.name.localeCompare(b.p.name))
    .slice(0, 3)
    .map((x) => x.p.name);
  throw new PgiError(
    "UNKNOWN_PROVINCE",
    {
      en: `unknown province ${describe(name)}; did you mean ${closest.map((c) => `"${c}"`).join(", ")}? (for districts or other units, say so with { units: "any" })`,
      vi: `không tìm thấy tỉnh, thành phố ${describe(name, "vi")}; có phải là ${closest.map((c) => `"${c}"`).join(", ")}? (với huyện, xã hoặc đơn vị khác, hãy ghi { units: "any" })`,
    },
    [],
    { name, closest },
  );
}

/**
 * The province a name refers to, or `undefined` (never throws).
 *
 * @example
 * ```ts
 * findProvince("Lang Son")?.name; // "Lạng Sơn"
 * findProvince("Huyện Cao Lộc");  // undefined
 * ```
 */
export function findProvince(name: string): Province | undefined {
  return typeof name === "string" && name.length <= 300 ? lookup().get(provinceKey(name)) : undefined;
}

/**
 * The 63 provinces (until mid-2025) with region and 2025 unit, from `provinces.csv` beside this
 * file (see README.md here for sources). Kept compact for the bundle: each province's name (and
 * its 2025 unit after `>` when that differs), its region as one digit; the slug and the ASCII name
 * are derived from the name (test/foundation checks them against the CSV).
 * @internal
 * @module
 */

/** The six socio-economic regions of Resolution 81/2023/QH15, in the CSV's order. */
export const REGION_ROWS = [
  { id: "northernMidlandsMountains", name: { vi: "Trung du và miền núi phía Bắc", en: "Northern Midlands and Mountains" } },
  { id: "redRiverDelta", name: { vi: "Đồng bằng sông Hồng", en: "Red River Delta" } },
  { id: "northCentralCentralCoast", name: { vi: "Bắc Trung Bộ và duyên hải miền Trung", en: "North Central and Central Coast" } },
  { id: "centralHighlands", name: { vi: "Tây Nguyên", en: "Central Highlands" } },
  { id: "southeast", name: { vi: "Đông Nam Bộ", en: "Southeast" } },
  { id: "mekongDelta", name: { vi: "Đồng bằng sông Cửu Long", en: "Mekong Delta" } },
] as const;

/** The provinces north to south, as in the CSV: `name` or `name>unit from 2025`. */
const NAMES = [
  "Hà Giang>Tuyên Quang",
  "Cao Bằng",
  "Lạng Sơn",
  "Bắc Giang>Bắc Ninh",
  "Phú Thọ",
  "Thái Nguyên",
  "Bắc Kạn>Thái Nguyên",
  "Tuyên Quang",
  "Lào Cai",
  "Yên Bái>Lào Cai",
  "Lai Châu",
  "Sơn La",
  "Điện Biên",
  "Hòa Bình>Phú Thọ",
  "Hà Nội",
  "Hải Phòng",
  "Hải Dương>Hải Phòng",
  "Hưng Yên",
  "Vĩnh Phúc>Phú Thọ",
  "Bắc Ninh",
  "Thái Bình>Hưng Yên",
  "Nam Định>Ninh Bình",
  "Hà Nam>Ninh Bình",
  "Ninh Bình",
  "Quảng Ninh",
  "Thanh Hóa",
  "Nghệ An",
  "Hà Tĩnh",
  "Quảng Bình>Quảng Trị",
  "Quảng Trị",
  "Thừa Thiên Huế",
  "Đà Nẵng",
  "Quảng Nam>Đà Nẵng",
  "Quảng Ngãi",
  "Bình Định>Gia Lai",
  "Phú Yên>Đắk Lắk",
  "Khánh Hòa",
  "Ninh Thuận>Khánh Hòa",
  "Bình Thuận>Lâm Đồng",
  "Kon Tum>Quảng Ngãi",
  "Gia Lai",
  "Đắk Lắk",
  "Đắk Nông>Lâm Đồng",
  "Lâm Đồng",
  "TP. Hồ Chí Minh",
  "Đồng Nai",
  "Bà Rịa - Vũng Tàu>TP. Hồ Chí Minh",
  "Bình Dương>TP. Hồ Chí Minh",
  "Bình Phước>Đồng Nai",
  "Tây Ninh",
  "Cần Thơ",
  "Long An>Tây Ninh",
  "Tiền Giang>Đồng Tháp",
  "Bến Tre>Vĩnh Long",
  "Trà Vinh>Vĩnh Long",
  "Vĩnh Long",
  "An Giang",
  "Đồng Tháp",
  "Kiên Giang>An Giang",
  "Hậu Giang>Cần Thơ",
  "Sóc Trăng>Cần Thơ",
  "Bạc Liêu>Cà Mau",
  "Cà Mau",
];

/** Each province's region, as an index into {@link REGION_ROWS}, in the order of `NAMES`. */
const REGION_OF = "000000000000001111111111122222222222222333334444445555555555555";

/** A name without diacritics ("Đắk Lắk" → "Dak Lak"). */
const ascii = (name: string): string =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");

let rows: readonly (readonly [string, string, string, string, string])[] | undefined;

/** [slug, name, ASCII name, region id, unit from 2025] of each province, built on first use. */
export function provinceRows(): readonly (readonly [string, string, string, string, string])[] {
  return (rows ??= NAMES.map((entry, i) => {
    const [name, unit = name] = entry.split(">") as [string, string?];
    const a = ascii(name);
    const slug = name === "TP. Hồ Chí Minh" ? "ho-chi-minh-city" : a.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    return [slug, name, a, REGION_ROWS[Number(REGION_OF[i])]!.id, unit] as const;
  }));
}

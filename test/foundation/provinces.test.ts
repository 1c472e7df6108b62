/**
 * The province registry is stored compactly (names, 2025 units, one digit per region; slugs and
 * ASCII names derived): it must read back exactly as the CSV it comes from, with the slugs it
 * has always had.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROVINCES, REGIONS } from "../../src/index";

/** The slugs of the 63 provinces, north to south, as published before the compact storage. */
const SLUGS = [
  "ha-giang",
  "cao-bang",
  "lang-son",
  "bac-giang",
  "phu-tho",
  "thai-nguyen",
  "bac-kan",
  "tuyen-quang",
  "lao-cai",
  "yen-bai",
  "lai-chau",
  "son-la",
  "dien-bien",
  "hoa-binh",
  "ha-noi",
  "hai-phong",
  "hai-duong",
  "hung-yen",
  "vinh-phuc",
  "bac-ninh",
  "thai-binh",
  "nam-dinh",
  "ha-nam",
  "ninh-binh",
  "quang-ninh",
  "thanh-hoa",
  "nghe-an",
  "ha-tinh",
  "quang-binh",
  "quang-tri",
  "thua-thien-hue",
  "da-nang",
  "quang-nam",
  "quang-ngai",
  "binh-dinh",
  "phu-yen",
  "khanh-hoa",
  "ninh-thuan",
  "binh-thuan",
  "kon-tum",
  "gia-lai",
  "dak-lak",
  "dak-nong",
  "lam-dong",
  "ho-chi-minh-city",
  "dong-nai",
  "ba-ria-vung-tau",
  "binh-duong",
  "binh-phuoc",
  "tay-ninh",
  "can-tho",
  "long-an",
  "tien-giang",
  "ben-tre",
  "tra-vinh",
  "vinh-long",
  "an-giang",
  "dong-thap",
  "kien-giang",
  "hau-giang",
  "soc-trang",
  "bac-lieu",
  "ca-mau",
];

describe("province registry", () => {
  it("matches provinces.csv row by row: name, region (vi, en) and unit from 2025", () => {
    const csv = readFileSync(join(__dirname, "..", "..", "src", "data", "provinces.csv"), "utf8")
      .trim()
      .split(/\r?\n/)
      .slice(1);
    expect(PROVINCES.map((p) => [p.name, p.region.name.vi, p.region.name.en, p.unitFrom2025].join(","))).toEqual(csv);
  });

  it("keeps every province's slug, and its ASCII name is its name without diacritics", () => {
    expect(PROVINCES.map((p) => p.slug)).toEqual(SLUGS);
    for (const p of PROVINCES) {
      expect(p.ascii).toMatch(/^[\x20-\x7e]+$/);
      expect(p.ascii.length).toBe(p.name.length);
    }
    expect(PROVINCES.find((p) => p.slug === "dak-lak")?.ascii).toBe("Dak Lak");
    expect(PROVINCES.find((p) => p.slug === "ba-ria-vung-tau")?.ascii).toBe("Ba Ria - Vung Tau");
  });

  it("lists the six regions in the CSV's order, each province in one of them", () => {
    expect(REGIONS.map((r) => r.id)).toEqual([
      "northernMidlandsMountains",
      "redRiverDelta",
      "northCentralCentralCoast",
      "centralHighlands",
      "southeast",
      "mekongDelta",
    ]);
    expect(PROVINCES.every((p) => REGIONS.includes(p.region))).toBe(true);
  });
});

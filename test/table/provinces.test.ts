import { describe, expect, it } from "vitest";
import { findProvince, province, PROVINCES, REGIONS } from "../../src/index";
import { thrown } from "../foundation/helpers";

describe("province registry", () => {
  it("holds 63 provinces in six regions and 34 units from 2025", () => {
    expect(PROVINCES).toHaveLength(63);
    expect(new Set(PROVINCES.map((p) => p.slug)).size).toBe(63);
    const count = (id: string) => PROVINCES.filter((p) => p.region.id === id).length;
    expect(REGIONS.map((r) => [r.id, count(r.id)])).toEqual([
      ["northernMidlandsMountains", 14],
      ["redRiverDelta", 11],
      ["northCentralCentralCoast", 14],
      ["centralHighlands", 5],
      ["southeast", 6],
      ["mekongDelta", 13],
    ]);
    expect(new Set(PROVINCES.map((p) => p.unitFrom2025)).size).toBe(34);
    expect(Object.isFrozen(PROVINCES[0]!.region)).toBe(true);
  });

  it.each([
    ["TP.HCM", "TP. Hồ Chí Minh"],
    ["TP. Hồ Chí Minh", "TP. Hồ Chí Minh"],
    ["Hồ Chí Minh", "TP. Hồ Chí Minh"],
    ["HCMC", "TP. Hồ Chí Minh"],
    ["Ho Chi Minh City", "TP. Hồ Chí Minh"],
    ["Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh"],
    ["Thừa Thiên Huế", "Thừa Thiên Huế"],
    ["TT-Huế", "Thừa Thiên Huế"],
    ["Hue", "Thừa Thiên Huế"],
    ["Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu"],
    ["Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"],
    ["BRVT", "Bà Rịa - Vũng Tàu"],
    ["Đắk Lắk", "Đắk Lắk"],
    ["Dak Lak", "Đắk Lắk"],
    ["Hòa Bình", "Hòa Bình"],
    ["Hoà Bình", "Hòa Bình"],
    ["hoa binh", "Hòa Bình"],
    ["Tỉnh Lạng Sơn", "Lạng Sơn"],
    ["LANG SON", "Lạng Sơn"],
    ["Thanh Hóa", "Thanh Hóa"],
    ["Thanh Hoá", "Thanh Hóa"],
    ["Khánh Hoà", "Khánh Hòa"],
    ["Hà Nội", "Hà Nội"],
    ["Hanoi", "Hà Nội"],
    ["Quang Ninh province", "Quảng Ninh"],
    ["Da Nang city", "Đà Nẵng"],
  ])("resolves %j to %s", (name, expected) => {
    expect(province(name).name).toBe(expected);
  });

  it("names the closest matches for an unknown name", () => {
    const e = thrown(() => province("Lang Sonn"));
    expect(e.code).toBe("UNKNOWN_PROVINCE");
    expect(e.details.closest).toContain("Lạng Sơn");
    expect(e.message).toContain('units: "any"');
    for (const bad of ["", "  ", "Atlantis", "__proto__", 5 as never, null as never]) {
      expect(thrown(() => province(bad)).code).toBe("UNKNOWN_PROVINCE");
    }
  });

  it("findProvince never throws", () => {
    expect(findProvince("Huyện Cao Lộc")).toBeUndefined();
    expect(findProvince(42 as never)).toBeUndefined();
    expect(findProvince("Cao Bằng")?.unitFrom2025).toBe("Cao Bằng");
  });
});

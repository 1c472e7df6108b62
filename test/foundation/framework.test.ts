import { describe, expect, it } from "vitest";
import { PGI, PGI_EDITIONS, PGI_SUBINDEX_IDS, pgiEdition, subIndex, subIndexIds } from "../../src/index";
import { thrown } from "./helpers";

describe("the PGI framework", () => {
  it("has four sub-indices on 1–10, composite = plain sum on 4–40 at 2 dp", () => {
    expect(PGI.id).toBe("pgi");
    expect(PGI.edition).toBe(2024);
    expect(PGI.components.map((c) => [c.id, c.position, c.scale.min, c.scale.max, c.weight])).toEqual([
      ["pollution", 1, 1, 10, 1],
      ["compliance", 2, 1, 10, 1],
      ["greenPractices", 3, 1, 10, 1],
      ["incentives", 4, 1, 10, 1],
    ]);
    expect(PGI.composite).toEqual({ method: "sum", scale: { min: 4, max: 40 }, decimals: 2 });
    expect(PGI.decimals).toBe(2);
    expect(subIndexIds(PGI)).toEqual([...PGI_SUBINDEX_IDS]);
  });

  it("is deeply frozen and JSON-serializable", () => {
    expect(Object.isFrozen(PGI)).toBe(true);
    expect(Object.isFrozen(PGI.components[0]!.name)).toBe(true);
    expect(JSON.parse(JSON.stringify(PGI))).toEqual(PGI);
  });

  it("has editions 2022–2024 by number or string", () => {
    expect(PGI_EDITIONS).toEqual([2022, 2023, 2024]);
    for (const y of PGI_EDITIONS) expect(pgiEdition(y).edition).toBe(y);
    expect(pgiEdition("2023")).toBe(pgiEdition(2023));
    expect(pgiEdition(2024)).toBe(PGI);
    expect(pgiEdition(2022).shortName).toEqual({ vi: "PGI 2022", en: "PGI 2022" });
  });

  it.each([2021, 2025, "2025", "abc", 2023.5, Number.NaN, "__proto__", "constructor"])("refuses edition %j with UNKNOWN_EDITION", (y) => {
    const e = thrown(() => pgiEdition(y as never));
    expect(e.code).toBe("UNKNOWN_EDITION");
    expect(e.message).toContain("2022, 2023, 2024");
  });
});

describe("subIndex", () => {
  it.each([
    ["pollution", "pollution"],
    ["POLLUTION", "pollution"],
    [1, "pollution"],
    ["1", "pollution"],
    [" 4 ", "incentives"],
    ["Chỉ số 2", "compliance"],
    ["sub-index 3", "greenPractices"],
    ["greenPractices", "greenPractices"],
    ["green_practices", "greenPractices"],
    ["Green practices", "greenPractices"],
    ["Giảm thiểu ô nhiễm và thiên tai", "pollution"],
    ["Giảm thiểu ô nhiễm môi trường và tác động tiêu cực của biến đổi khí hậu (BĐKH)", "pollution"],
    ["Minimizing the risk of climate hazards to firms", "pollution"],
    ["Đảm bảo tuân thủ", "compliance"],
    ["Dam bao tuan thu", "compliance"],
    ["dam bao tuan thu cac tieu chuan moi truong toi thieu", "compliance"],
    ["Đảm bảo tuân thủ các tiêu chuẩn môi trường tối thiểu", "compliance"],
    ["Maintaining minimum environmental standards by firms", "compliance"],
    ["Thúc đẩy thực hành xanh", "greenPractices"],
    ["“Chỉ số Thúc đẩy thực hành xanh”", "greenPractices"],
    ["'Thúc đẩy thực tiễn xanh'", "greenPractices"],
    ["Vai trò lãnh đạo của chính quyền tỉnh trong bảo vệ môi trường", "greenPractices"],
    ["Vai trò lãnh đạo của chính quyền tỉnh trong thúc đẩy thực hành xanh", "greenPractices"],
    ["Environmental leadership by provincial governments", "greenPractices"],
    ["Chính sách khuyến khích và dịch vụ hỗ trợ", "incentives"],
    ["Chính sách ưu đãi và dịch vụ hỗ trợ doanh nghiệp trong bảo vệ môi trường", "incentives"],
    ["Chính sách và dịch vụ hỗ trợ doanh nghiệp trong bảo vệ môi trường", "incentives"],
    ["Environmental incentives and support services by provincial governments", "incentives"],
    ['"Incentives" sub-index', "incentives"],
    ["CHỈ SỐ ĐẢM BẢO TUÂN THỦ", "compliance"],
    // the legal spelling ("bảo đảm", Law on Promulgation of Legal Documents) and office spelling ("đảm bảo") are one
    ["Bảo đảm tuân thủ", "compliance"],
    ["Chỉ số Bảo đảm tuân thủ các tiêu chuẩn môi trường tối thiểu", "compliance"],
    ["bao dam tuan thu", "compliance"],
  ] as const)("finds %j → %s", (key, id) => {
    expect(subIndex(PGI, key).id).toBe(id);
  });

  it.each(["", "   ", "5", 0, 5, 1.5, "pollutions", "Chỉ số", "__proto__", "constructor", "toString", "xanh"])(
    "refuses %j with UNKNOWN_SUBINDEX listing the ids",
    (key) => {
      const e = thrown(() => subIndex(PGI, key as never, ["targets", String(key)]));
      expect(e.code).toBe("UNKNOWN_SUBINDEX");
      expect(e.path).toEqual(["targets", String(key)]);
      expect(e.details.valid).toEqual([...PGI_SUBINDEX_IDS]);
      expect(e.message).toContain("pollution, compliance, greenPractices, incentives");
    },
  );

  it.each([
    ["pollutoin", "pollution", '"Minimizing the risk of climate hazards to firms" (pollution)', '"Giảm thiểu ô nhiễm và thiên tai"'],
    ["Dam bao tuan thuu", "compliance", '"Maintaining minimum environmental standards by firms" (compliance)', '"Đảm bảo tuân thủ"'],
    ["Thúc đẩy thực hành xan", "greenPractices", "(greenPractices)", '"Thúc đẩy thực hành xanh"'],
    ["incentive", "incentives", "(incentives)", '"Chính sách khuyến khích và dịch vụ hỗ trợ"'],
  ])("a misspelt %j says did you mean %s, in English and Vietnamese", (key, id, en, vi) => {
    const e = thrown(() => subIndex(PGI, key, ["targets", key]));
    expect(e.details.closest).toEqual([id]);
    expect(e.message).toContain("; did you mean ");
    expect(e.message).toContain(`${en}?`);
    expect(e.messageVi).toContain(`có phải là ${vi}?`);
    expect(e.messageVi).toContain("dùng số thứ tự 1–4 hoặc tên:");
    expect(e.messageVi).not.toMatch(/pollution|greenPractices|use one of/);
  });

  it("no suggestion for a key that names nothing close", () => {
    for (const key of ["xanh", "abcdefghijkl", "Chỉ số môi trường đô thị"]) {
      const e = thrown(() => subIndex(PGI, key));
      expect(e.details.closest).toEqual([]);
      expect(e.message).not.toContain("did you mean");
    }
  });

  it("refuses non-string, non-number keys", () => {
    for (const key of [null, undefined, true, {}, Number.NaN]) {
      expect(thrown(() => subIndex(PGI, key as never)).code).toBe("UNKNOWN_SUBINDEX");
    }
  });
});

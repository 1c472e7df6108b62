import { describe, expect, it } from "vitest";
import { isPgiError, PGI_ERROR_CODES, PgiError, publishedScoreCard, scoreCard, scoreTable, toCsv, toMarkdown } from "../../src/index";
import { parseCsv } from "../../src/render/primitives";
import { thrown } from "./helpers";

describe("PgiError", () => {
  it("carries code, path, details and a message that starts with the path", () => {
    const e = new PgiError("OUT_OF_SCALE", { en: "must be between 1 and 10", vi: "phải nằm trong khoảng 1–10" }, ["scores", "pollution"], { value: "11" });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("PgiError");
    expect(e.code).toBe("OUT_OF_SCALE");
    expect(e.path).toEqual(["scores", "pollution"]);
    expect(e.details).toEqual({ value: "11" });
    expect(e.message).toBe("scores.pollution: must be between 1 and 10");
    expect(e.messageVi).toBe("scores.pollution: phải nằm trong khoảng 1–10");
    expect(Object.isFrozen(e.path)).toBe(true);
  });

  it("writes array indices in paths as [i]", () => {
    expect(new PgiError("INVALID_INPUT", { en: "bad", vi: "sai" }, ["rows", 3, "unit"]).message).toBe("rows[3].unit: bad");
  });

  it("cuts a long field name in the path the message starts with to 60 characters (the path itself is whole)", () => {
    const key = "k".repeat(300);
    const e = new PgiError("UNSAFE_KEY", { en: "bad", vi: "sai" }, ["scores", key]);
    expect(e.path).toEqual(["scores", key]);
    expect(e.message).toBe(`scores.${"k".repeat(60)}…: bad`);
    expect(e.messageVi).toBe(`scores.${"k".repeat(60)}…: sai`);
  });

  it("isPgiError does not depend on instanceof (another copy of the library is recognised)", () => {
    const foreign = Object.assign(new Error("x"), { code: "INVALID_INPUT", path: [] });
    Object.defineProperty(foreign, Symbol.for("pgi-kit.PgiError"), { value: true });
    expect(isPgiError(foreign)).toBe(true);
    expect(isPgiError(new Error("x"))).toBe(false);
    expect(isPgiError({ name: "PgiError", code: "INVALID_INPUT" })).toBe(false);
    expect(isPgiError(null)).toBe(false);
    expect(isPgiError("PgiError")).toBe(false);
  });

  it("lists its codes once each", () => {
    expect(new Set(PGI_ERROR_CODES).size).toBe(PGI_ERROR_CODES.length);
  });
});

describe("rendering score cards and findings", () => {
  it("renders a card as Markdown in Vietnamese by default, with decimal commas", () => {
    const md = toMarkdown(publishedScoreCard("Lạng Sơn", 2023));
    expect(md).toContain("**Lạng Sơn — PGI 2023**");
    expect(md).toMatch(/\| Thúc đẩy thực hành xanh\s+\|\s+3,60 \|/);
    expect(md).toMatch(/\| Điểm PGI \(tổng hợp\)\s+\|\s+17,33 \|/);
    expect(md).toMatch(/\| Xếp hạng\s+\|\s+62 \|/);
  });

  it("renders findings with the card", () => {
    const md = toMarkdown(publishedScoreCard("TP. Hồ Chí Minh", 2022), { lang: "en" });
    expect(md).toContain("**warning** `COMPOSITE_MISMATCH` (composite)");
    const list = toMarkdown(publishedScoreCard("TP. Hồ Chí Minh", 2022).findings, { lang: "vi" });
    expect(list).toContain("**cảnh báo**");
    expect(toMarkdown([], { lang: "en" })).toBe("_No findings._");
  });

  it("renders a card as CSV that parses back to its numbers in both locales", () => {
    const card = publishedScoreCard("Hải Dương", 2024);
    for (const lang of ["vi", "en"] as const) {
      const rows = parseCsv(toCsv(card, { lang }));
      expect(rows[0]).toEqual(lang === "vi" ? ["Đơn vị", "Năm", "Mã chỉ số", "Chỉ số thành phần", "Điểm"] : ["unit", "year", "id", "name", "score"]);
      const byId = Object.fromEntries(rows.slice(1).map((r) => [r[2], Number(r[4]!.replace(",", "."))]));
      expect(byId).toEqual({ ...card.scores, composite: card.composite });
    }
    expect(toCsv(card)).toContain('"7,65"');
    expect(toCsv(card, { bom: true }).charCodeAt(0)).toBe(0xfeff);
    expect(toCsv(card, { delimiter: ";" })).toContain(";7,65\r\n");
  });

  it("refuses to render what is not a pgi-kit result, and bad options", () => {
    expect(thrown(() => toMarkdown({ kind: "nope" })).code).toBe("INVALID_INPUT");
    expect(thrown(() => toMarkdown(42)).code).toBe("INVALID_INPUT");
    expect(thrown(() => toCsv(null)).code).toBe("INVALID_INPUT");
    const card = scoreCard({ unit: "X", year: 2024, scores: { 1: 5, 2: 5, 3: 5, 4: 5 } });
    expect(thrown(() => toMarkdown(card, { lang: "fr" as never })).path).toEqual(["options", "lang"]);
  });

  it("escapes pipes in Markdown cells", () => {
    const card = scoreCard({ unit: "A | B", year: 2024, scores: { 1: 5, 2: 5, 3: 5, 4: 5 } });
    expect(toMarkdown(card, { lang: "en" })).toContain("**A | B — PGI 2024**");
  });
});

describe("PgiError in Vietnamese", () => {
  it("says the problem in Vietnamese, with the path and decimal commas", () => {
    const e = thrown(() => scoreCard({ unit: "X", year: 2024, scores: { pollution: 11, compliance: 5, greenPractices: 5, incentives: 5 } }));
    expect(e.message).toBe("scores.pollution: the pollution score must be between 1 and 10, got 11");
    expect(e.messageVi).toBe("scores.pollution: điểm chỉ số Giảm thiểu ô nhiễm và thiên tai phải nằm trong khoảng 1–10, nhận được 11");
    expect(thrown(() => scoreCard({ unit: "X", year: 2024, scores: { pollution: "6.5.8", compliance: 5, greenPractices: 5, incentives: 5 } })).messageVi).toBe(
      'scores.pollution: cần một số, ví dụ 6,58 hoặc "6,58" (một dấu thập phân, không dùng dấu phân cách hàng nghìn), nhận được "6.5.8"',
    );
    expect(thrown(() => scoreCard({ unit: "X", year: 2024, scores: { polution: 5 } as never })).messageVi).toMatch(
      /^scores\.polution: không có chỉ số thành phần "polution"; có phải là "Giảm thiểu ô nhiễm và thiên tai"\?; dùng số thứ tự 1–4 hoặc tên: /,
    );
  });

  it("keeps its Vietnamese when the error is reported under an outer path", () => {
    const e = thrown(() => scoreTable([{ unit: "Lạng Sơn", year: 2024, scores: { pollution: 0.5, compliance: 5, greenPractices: 5, incentives: 5 } }]));
    expect(e.path).toEqual([0, "scores", "pollution"]);
    expect(e.messageVi).toBe("[0].scores.pollution: điểm chỉ số Giảm thiểu ô nhiễm và thiên tai phải nằm trong khoảng 1–10, nhận được 0,5");
  });
});

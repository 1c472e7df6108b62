import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkPlan, createPlan, extractPlan, EXTRACT_MAX_LENGTH, publishedScoreCard, toMarkdown, toPlanDocument, langSonPlan2024 } from "../../src/index";
import { thrown } from "../foundation/helpers";

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const owners = (plan: ReturnType<typeof extractPlan>["plan"], id: string) => (plan!.targets[id] as { owners?: string[] }).owners;

/** The district plan most fixtures state (Văn Quan-style figures, PGI 2024 → 2025). */
const DISTRICT = {
  baseline: { pollution: 5.05, compliance: 5.88, greenPractices: 4.09, incentives: 5.08 },
  pollution: { target: 5.9, delta: 0.85, comparator: "atLeast" },
  compliance: { target: 6.4, delta: 0.52, comparator: "atLeast" },
};

describe("extractPlan: layouts", () => {
  it("Markdown converted from a .docx (escapes, __bold__, KẾ HOẠCH heading over two lines)", () => {
    const { plan, report } = extractPlan(fixture("van-quan-docx.md"));
    expect(plan).toMatchObject({
      unit: "Huyện Văn Quan",
      title: "Kế hoạch cải thiện, nâng cao Chỉ số Xanh cấp tỉnh (PGI) năm 2025 trên địa bàn huyện Văn Quan",
      baselineYear: 2024,
      targetYear: 2025,
      baseline: DISTRICT.baseline,
    });
    expect(plan!.targets.pollution).toEqual({
      ...DISTRICT.pollution,
      owners: ["Phòng Nông nghiệp và Môi trường", "Công an huyện", "UBND các xã, thị trấn"],
      due: "2025-12-01",
    });
    expect(owners(plan, "incentives")).toEqual(["Phòng Tài chính - Kế hoạch", "Ngân hàng Chính sách xã hội huyện"]);
    expect(report.problems).toEqual([]);
    // where each figure came from
    expect(report.read.find((r) => r.field === "target" && r.subIndex === "compliance")).toMatchObject({ line: 33, value: 6.4 });
    expect(report.read.find((r) => r.field === "due")).toMatchObject({ line: 57, value: "2025-12-01" });
    expect(checkPlan(createPlan(plan!))).toEqual([]);
  });

  it("plain text: hard-wrapped lines, no parentheses, no 'điểm', reordered parts, giữ vững, owners over lines, 'trước ngày'", () => {
    const { plan, report } = extractPlan(fixture("trang-dinh-plain.txt"), { indexUnit: "Lạng Sơn" });
    expect(plan).toMatchObject({ unit: "Huyện Tràng Định", baselineYear: 2024, targetYear: 2025, baseline: DISTRICT.baseline });
    expect(plan!.title).toBe("Kế hoạch cải thiện, nâng cao Chỉ số Xanh cấp tỉnh (PGI) năm 2025 trên địa bàn huyện Tràng Định");
    expect(plan!.targets.pollution).toMatchObject(DISTRICT.pollution);
    expect(plan!.targets.compliance).toMatchObject(DISTRICT.compliance);
    // "Năm 2024 chỉ số đạt 4,09 điểm. Mục tiêu năm 2025 phấn đấu đạt từ 4,70 điểm / trở lên."
    expect(plan!.targets.greenPractices).toMatchObject({ target: 4.7, comparator: "atLeast" });
    expect(plan!.targets.greenPractices).not.toHaveProperty("delta");
    // "Duy trì và giữ vững điểm số đạt được năm 2024 (5,08 điểm)": hold the score
    expect(plan!.targets.incentives).toMatchObject({ target: 5.08, comparator: "atLeast" });
    // owners split over lines; a capitalised "Quản lý" is part of the name, a lower-case verb ends it
    expect(owners(plan, "pollution")).toEqual(["Phòng Nông nghiệp và Môi trường", "Công an huyện", "UBND các xã, thị trấn"]);
    expect(owners(plan, "compliance")).toEqual(["Phòng Nông nghiệp và Môi trường", "Đội Quản lý thị trường số 3"]);
    expect(plan!.targets.pollution).toMatchObject({ due: "2025-11-15" });
    expect(report.read.filter((r) => r.field === "owner" && r.subIndex === "pollution").map((r) => r.line)).toEqual([14, 17, 18]);
    expect(report.problems).toEqual([]);
  });

  it("bold and italic variants, #### headings, straight and single quotes, a heading without 'Chỉ số', a target on the heading line", () => {
    const { plan, report } = extractPlan(fixture("bac-son-emphasis.md"), { indexUnit: "Lạng Sơn" });
    expect(plan).toMatchObject({ unit: "Huyện Bắc Sơn", baselineYear: 2024, targetYear: 2025, baseline: DISTRICT.baseline });
    expect(plan!.targets).toMatchObject({
      pollution: DISTRICT.pollution,
      compliance: DISTRICT.compliance,
      greenPractices: { target: 4.7, delta: 0.61 },
      incentives: { target: 5.5, delta: 0.42 },
    });
    expect(owners(plan, "pollution")).toEqual(["Phòng Nông nghiệp và Môi trường", "Công an huyện"]);
    expect(report.problems).toEqual([]);
  });

  it("long official names (with the BĐKH abbreviation and 'Chỉ số thành phần 1:'), unit from 'ỦY BAN NHÂN DÂN TỈNH …'", () => {
    const { plan, report } = extractPlan(fixture("long-names.md"));
    expect(plan).toMatchObject({ unit: "Cao Bằng", title: "Kế hoạch cải thiện Chỉ số Xanh cấp tỉnh (PGI) năm 2025", baselineYear: 2024, targetYear: 2025 });
    expect(plan!.baseline).toEqual({ pollution: 4.8, compliance: 5.3, greenPractices: 4, incentives: 4.75 });
    expect(Object.keys(plan!.targets)).toEqual(["pollution", "compliance", "greenPractices", "incentives"]);
    expect(report.problems).toEqual([]);
  });

  it("a provincial plan with a composite target and a rank goal (the rank goal is reported, not turned into a score)", () => {
    const { plan, report } = extractPlan(fixture("lang-son-province.md"));
    expect(plan).toMatchObject({ unit: "Lạng Sơn", baselineYear: 2023, targetYear: 2024, compositeTarget: 22.37 });
    const built = createPlan(plan!);
    // the same figures as the embedded Lạng Sơn plan
    const embedded = createPlan(langSonPlan2024());
    for (const id of ["pollution", "compliance", "greenPractices", "incentives"] as const) {
      expect(built.subIndices[id]).toMatchObject({
        baseline: embedded.subIndices[id].baseline,
        target: embedded.subIndices[id].target,
        statedDelta: embedded.subIndices[id].statedDelta,
      });
    }
    expect(built.composite).toEqual({ baseline: 17.33, target: 22.37, delta: 5.04, stated: 22.37, sumOfTargets: 22.37 });
    expect(report.rankGoals).toEqual([
      {
        subIndex: null,
        group: 50,
        groupName: null,
        rise: 10,
        rank: null,
        line: 9,
        text: "Phấn đấu năm 2024 tăng ít nhất 10 bậc, nằm trong nhóm 50 tỉnh dẫn đầu cả nước.",
      },
    ]);
    expect(report.read.find((r) => r.field === "compositeBaseline")).toMatchObject({ line: 7, value: 17.33 });
    expect(checkPlan(built)).toEqual([]);
  });
});

describe("extractPlan: checks before signing", () => {
  it("a wrong stated increase is read as written and caught by checkPlan as DELTA_MISMATCH", () => {
    const { plan } = extractPlan(fixture("wrong-increase.md"));
    expect(plan!.targets.pollution).toMatchObject({ target: 6.58, delta: 1.47 });
    const findings = checkPlan(createPlan(plan!));
    expect(findings.map((f) => [f.code, f.path.join(".")])).toEqual([["DELTA_MISMATCH", "targets.pollution.delta"]]);
  });

  it("a section without a readable target is reported and left without one; nothing is invented", () => {
    const text = fixture("missing-target.md");
    const bare = extractPlan(text, { indexUnit: "Lạng Sơn" });
    expect(bare.plan).toBeNull(); // compliance states no baseline either
    expect(bare.report.problems.map((p) => [p.code, p.subIndex, p.line])).toEqual([
      ["UNREADABLE_TARGET", "incentives", 21],
      ["MISSING_BASELINE", "compliance", 9],
      ["MISSING_TARGET", "compliance", 9],
      ["OWNERS_NOT_KEPT", "compliance", 13],
      ["MISSING_TARGET", "incentives", 19],
    ]);
    const { plan, report } = extractPlan(text, { baseline: publishedScoreCard("Lạng Sơn", 2024), indexUnit: "Lạng Sơn" });
    expect(Object.keys(plan!.targets)).toEqual(["pollution", "greenPractices"]);
    expect(plan!.baseline).toMatchObject({ pollution: 5.05, greenPractices: 4.09, incentives: 5.08 });
    expect(report.read.find((r) => r.field === "baseline" && r.subIndex === "compliance")).toMatchObject({ line: null });
    expect(checkPlan(createPlan(plan!)).map((f) => f.code)).toEqual(["MISSING_TARGET", "MISSING_TARGET"]);
  });

  it("the report renders as Markdown (vi/en) with line numbers", () => {
    const x = extractPlan(fixture("missing-target.md"), { baseline: publishedScoreCard("Lạng Sơn", 2024), indexUnit: "Lạng Sơn" });
    const vi = toMarkdown(x);
    expect(vi).toMatch(/\|\s+21 \| UNREADABLE_TARGET/);
    expect(vi).toContain("không đọc được câu chỉ tiêu");
    expect(toMarkdown(x.report, { lang: "en" })).toContain("no target sentence could be read for compliance");
  });
});

describe("toPlanDocument", () => {
  it("writes the embedded Lạng Sơn plan in the prose offices use", () => {
    const text = toPlanDocument(createPlan(langSonPlan2024()));
    expect(text).toContain("#### 1. Chỉ số “Giảm thiểu ô nhiễm và thiên tai”");
    expect(text).toContain("Mục tiêu phấn đấu đạt từ 6,58 điểm trở lên (tăng 1,74 điểm so với năm 2023 đạt 4,84 điểm).");
    expect(text).toContain("Tổng điểm các chỉ số thành phần theo kế hoạch: 22,37 điểm.");
    const en = toPlanDocument(langSonPlan2024(), { lang: "en" });
    expect(en).toContain("Target: at least 6.58 points (up 1.74 points from 4.84 points in 2023).");
  });

  it("refuses other frameworks and bad languages", () => {
    expect(thrown(() => toPlanDocument(createPlan(langSonPlan2024()), { lang: "fr" as "vi" })).code).toBe("INVALID_INPUT");
    expect(thrown(() => toPlanDocument({ ...createPlan(langSonPlan2024()), framework: "ntm" } as never)).code).toBe("INVALID_INPUT");
  });
});

describe("extractPlan: bad input", () => {
  it("refuses what is not a string", () => {
    for (const bad of [undefined, null, 42, ["a"], { text: "a" }]) {
      const e = thrown(() => extractPlan(bad as unknown as string));
      expect(e.code).toBe("INVALID_INPUT");
      expect(e.message).toContain("as a string");
    }
  });

  it("refuses empty and whitespace-only text", () => {
    expect(thrown(() => extractPlan("")).message).toContain("empty");
    expect(thrown(() => extractPlan("")).messageVi).toBe("văn bản rỗng; hãy đưa nội dung kế hoạch (Markdown hoặc văn bản thuần)");
    expect(thrown(() => extractPlan(" \n\t\n")).code).toBe("INVALID_INPUT");
  });

  it("refuses text over the size limit, quoting only its length", () => {
    const e = thrown(() => extractPlan("a".repeat(EXTRACT_MAX_LENGTH + 1)));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.details).toEqual({ length: EXTRACT_MAX_LENGTH + 1, max: EXTRACT_MAX_LENGTH });
    expect(e.message.length).toBeLessThan(200);
  });

  it("reads text just under the limit (a long plan: sections repeated)", () => {
    const one = fixture("van-quan-docx.md");
    const text = one.repeat(Math.floor((EXTRACT_MAX_LENGTH - 1) / one.length));
    const { plan, report } = extractPlan(text);
    expect(plan!.targets.pollution).toMatchObject(DISTRICT.pollution);
    expect(report.lines).toBeGreaterThan(50_000);
  }, 60_000); // seconds on a loaded shared machine; the limit is on size, not time

  it("refuses malformed options and unsafe keys", () => {
    const text = fixture("van-quan-docx.md");
    expect(thrown(() => extractPlan(text, { unit: "" })).path).toEqual(["options", "unit"]);
    expect(thrown(() => extractPlan(text, { targetYear: 25 })).path).toEqual(["options", "targetYear"]);
    expect(thrown(() => extractPlan(text, { baseline: [] as never })).code).toBe("INVALID_INPUT");
    expect(thrown(() => extractPlan(text, { colour: 1 } as never)).path).toEqual(["options", "colour"]);
    expect(thrown(() => extractPlan(text, { indexUnit: "" })).path).toEqual(["options", "indexUnit"]);
    expect(thrown(() => extractPlan(text, { indexUnit: 7 } as never)).messageVi).toContain("tỉnh của chỉ số phải là một chuỗi ký tự không rỗng, nhận được 7");
    expect(thrown(() => extractPlan(text, { colour: 1 } as never)).messageVi).toContain('không có tùy chọn "colour"');
    expect(thrown(() => extractPlan(text, JSON.parse('{"__proto__": {}}'))).code).toBe("UNSAFE_KEY");
    expect(thrown(() => extractPlan(text, { baseline: { nope: 5 } })).code).toBe("UNKNOWN_SUBINDEX");
  });

  it("text that is no plan gives no plan and says what is missing", () => {
    const { plan, report } = extractPlan("Biên bản họp ngày 01/02/2025.\nNội dung: không có.");
    expect(plan).toBeNull();
    expect(report.problems.filter((p) => p.code === "MISSING_FIELD").length).toBe(4);
    expect(report.problems.filter((p) => p.code === "MISSING_SECTION").length).toBe(4);
  });

  it("does not keep or change the caller's options", () => {
    const baseline = { pollution: 5.05, compliance: 5.88, greenPractices: 4.09, incentives: 5.08 };
    const x = extractPlan(fixture("missing-target.md"), { baseline, indexUnit: "Lạng Sơn" });
    expect(Object.isFrozen(baseline)).toBe(false);
    expect(x.plan!.baseline).not.toBe(baseline);
    expect(JSON.parse(JSON.stringify(x))).toEqual(x);
  });
});

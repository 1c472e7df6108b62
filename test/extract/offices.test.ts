import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { docxToText } from "../../src/cli/docx";
import { checkPlan, createPlan, extractPlan, publishedScoreCard, toMarkdown, type PlanExtraction } from "../../src/index";

/**
 * Plans as offices write them, one layout each, made for these tests from the published figures
 * (PGI 2024 of Lạng Sơn, Cao Bằng and Bắc Giang as shipped; Lạng Sơn 2023 as past results): a
 * .txt as typed, and the same as a Word file (built by fixtures/offices/make-docx.mjs; the Word
 * table of the Cao Bằng plan comes out of mammoth one cell per line).
 */
const dir = new URL("./fixtures/offices/", import.meta.url);
const txt = (name: string): PlanExtraction => extractPlan(readFileSync(new URL(`${name}.txt`, dir), "utf8"));
const docx = async (name: string): Promise<PlanExtraction> => extractPlan(await docxToText(readFileSync(new URL(`${name}.docx`, dir))));
const scores = (province: string) => ({ ...publishedScoreCard(province, 2024).scores });
const problems = (x: PlanExtraction) => x.report.problems.map((p) => [p.code, p.subIndex, p.message]);

const VAN_QUAN = {
  unit: "Huyện Văn Quan",
  indexUnit: "Lạng Sơn",
  title: "Kế hoạch cải thiện, nâng cao Chỉ số Xanh cấp tỉnh (PGI) năm 2025 trên địa bàn huyện Văn Quan",
  baselineYear: 2024,
  targetYear: 2025,
  baseline: { pollution: 4.95, compliance: 4.95, greenPractices: 6.71, incentives: 6.02 },
  targets: {
    // "UBND các xã, thị trấn" (a partner of the first task) and "Ủy ban nhân dân các xã, thị trấn" (the lead of the second) are one body, kept once as a lead
    pollution: {
      target: 5.5,
      delta: 0.55,
      comparator: "atLeast",
      owners: ["Phòng Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã, thị trấn"],
      due: "2025-11-30",
    },
    compliance: { target: 5.4, delta: 0.45, comparator: "atLeast", owners: ["Phòng Nông nghiệp và Môi trường", "Công an huyện"], due: "2025-12-05" },
    greenPractices: {
      target: 7,
      delta: 0.29,
      comparator: "atLeast",
      owners: ["Ban Quản lý dự án Đầu tư xây dựng huyện", "Phòng Kinh tế, Hạ tầng và Đô thị"],
      due: "2025-12-05",
    },
    incentives: { target: 6.3, delta: 0.28, comparator: "atLeast", owners: ["Phòng Tài chính - Kế hoạch"], due: "2025-12-05" },
  },
  compositeTarget: 24.2,
};

const CAO_BANG = {
  unit: "Cao Bằng",
  title: "Kế hoạch nâng cao Chỉ số Xanh cấp tỉnh (PGI) tỉnh Cao Bằng năm 2025",
  baselineYear: 2024,
  targetYear: 2025,
  baseline: { pollution: 4.38, compliance: 4.84, greenPractices: 7.66, incentives: 6.8 },
  targets: {
    pollution: { target: 5, delta: 0.62, comparator: "exactly", owners: ["Sở Nông nghiệp và Môi trường", "Công an tỉnh"], due: "2025-11-30" },
    compliance: {
      target: 5.4,
      delta: 0.56,
      comparator: "exactly",
      owners: ["Sở Nông nghiệp và Môi trường", "Ban Quản lý Khu kinh tế tỉnh"],
      due: "2025-11-30",
    },
    greenPractices: { target: 7.8, delta: 0.14, comparator: "exactly", owners: ["Sở Công Thương"], due: "2025-11-30" },
    incentives: { target: 7, delta: 0.3, comparator: "exactly", owners: ["Sở Tài chính"], due: "2025-11-30" },
  },
  // the total row's 25,20 is the sum of the rows' targets: no composite target beyond them
};

const LANG_SON = {
  unit: "Lạng Sơn",
  title: "Kế hoạch cải thiện, nâng cao Chỉ số Xanh cấp tỉnh (PGI) năm 2025",
  baselineYear: 2024,
  targetYear: 2025,
  baseline: { pollution: 4.95, compliance: 4.95, greenPractices: 6.71, incentives: 6.02 },
  targets: {
    pollution: { target: 5.4, delta: 0.45, comparator: "atLeast", owners: ["Sở Nông nghiệp và Môi trường"], due: "2025-11-30" },
    compliance: { target: 5.5, delta: 0.55, comparator: "atLeast", owners: ["Sở Nông nghiệp và Môi trường"], due: "2025-11-30" },
    greenPractices: { target: 6.9, delta: 0.19, comparator: "exactly", owners: ["Sở Công Thương"], due: "2025-11-30" },
    incentives: { target: 6.2, delta: 0.18, comparator: "atLeast", owners: ["Sở Tài chính"], due: "2025-11-30" },
  },
  compositeTarget: 24,
};

const LUC_NGAN = {
  unit: "Huyện Lục Ngạn",
  indexUnit: "Bắc Giang",
  title: "Kế hoạch cải thiện Chỉ số Xanh cấp tỉnh (PGI) năm 2025 trên địa bàn huyện Lục Ngạn",
  baselineYear: 2024,
  targetYear: 2025,
  baseline: { pollution: 6.41, compliance: 7.34, greenPractices: 5.02, incentives: 5.9 },
  targets: {
    pollution: { target: 6.6, comparator: "atLeast", owners: ["Phòng Nông nghiệp và Môi trường", "Công an huyện", "UBND các xã, thị trấn"], due: "2025-11-15" },
    compliance: { target: 7.5, comparator: "atLeast", owners: ["Phòng Nông nghiệp và Môi trường"], due: "2025-11-15" },
    greenPractices: {
      target: 5.3,
      comparator: "atLeast",
      owners: ["Ban Quản lý dự án Đầu tư xây dựng huyện", "Phòng Kinh tế, Hạ tầng và Đô thị"],
      due: "2025-11-20",
    },
    incentives: { target: 6.1, comparator: "atLeast", owners: ["Phòng Tài chính - Kế hoạch"], due: "2025-11-20" },
  },
};

describe("extractPlan: plans as offices write them (.txt and .docx)", () => {
  it("the baselines of the plans are the published 2024 figures of their provinces", () => {
    expect(VAN_QUAN.baseline).toEqual(scores("Lạng Sơn"));
    expect(CAO_BANG.baseline).toEqual(scores("Cao Bằng"));
    expect(LUC_NGAN.baseline).toEqual(scores("Bắc Giang"));
  });

  for (const form of ["txt", "docx"] as const) {
    const read = (name: string) => (form === "txt" ? Promise.resolve(txt(name)) : docx(name));

    it(`${form}: a district plan in sentences, tasks with "(Chủ trì: …; phối hợp: …)" — planning unit and index unit apart`, async () => {
      const x = await read("van-quan-chu-tri");
      expect(x.plan).toEqual(VAN_QUAN);
      expect([x.unit, x.indexUnit]).toEqual(["Huyện Văn Quan", "Lạng Sơn"]);
      expect(toMarkdown(x).split("\n")[0]).toBe("Kế hoạch của huyện Văn Quan — chỉ số PGI của tỉnh Lạng Sơn");
      expect(toMarkdown(x, { lang: "en" }).split("\n")[0]).toBe("Plan of Văn Quan district — PGI of Lạng Sơn province");
      expect(x.partners).toEqual({
        pollution: ["Công an huyện", "Ban Quản lý dự án Đầu tư xây dựng huyện", "Phòng Kinh tế, Hạ tầng và Đô thị"],
        compliance: ["Văn phòng HĐND và UBND huyện", "Đội Quản lý thị trường số 5"],
        incentives: ["Ngân hàng Chính sách xã hội huyện", "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh huyện Văn Quan"],
      });
      expect(problems(x)).toEqual([]);
      expect(checkPlan(createPlan(x.plan!))).toEqual([]);
    });

    it(`${form}: a province's plan with its targets in a table (total row; a stated increase that does not match, in a row and in the total)`, async () => {
      const x = await read("cao-bang-bang");
      expect(x.plan).toEqual(CAO_BANG);
      expect([x.unit, x.indexUnit]).toEqual(["Cao Bằng", "Cao Bằng"]);
      expect(x.partners).toEqual({});
      // the total row: 25,20 − 23,68 = 1,52, not 1,62
      expect(x.report.problems.map((p) => [p.code, p.subIndex, p.messageVi])).toEqual([
        ["DELTA_MISMATCH", null, "mức tăng ghi 1,62 không bằng chỉ tiêu trừ điểm cơ sở: 25,20 − 23,68 = 1,52"],
      ]);
      expect(x.report.read.find((r) => r.field === "compositeBaseline")).toMatchObject({ value: 23.68 });
      // the row: 7,00 − 6,80 = 0,20, not 0,30; "tại Bảng 1 trở lên" is no composite target of 1
      expect(checkPlan(createPlan(x.plan!)).map((f) => [f.code, f.path.join(".")])).toEqual([["DELTA_MISMATCH", "targets.incentives.delta"]]);
    });

    it(`${form}: running prose naming sub-indices by number, then by name; figures that are no targets`, async () => {
      const x = await read("lang-son-van-xuoi");
      expect(x.plan).toEqual(LANG_SON);
      expect([x.unit, x.indexUnit]).toEqual(["Lạng Sơn", "Lạng Sơn"]);
      expect(x.partners).toEqual({
        pollution: ["Công an tỉnh", "UBND các huyện, thành phố"],
        compliance: ["Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"],
        greenPractices: ["Sở Khoa học và Công nghệ"],
        incentives: ["Ngân hàng Nhà nước chi nhánh Khu vực 6", "Sở Công Thương"],
      });
      expect(problems(x)).toEqual([]);
      // past results are read as such, not as baselines or targets
      expect(x.report.read.filter((r) => r.field === "compositeBaseline").map((r) => r.value)).toEqual([17.33]);
      expect(checkPlan(createPlan(x.plan!))).toEqual([]);
    });

    it(`${form}: a district plan with bullet owners under "Đơn vị thực hiện:" and deadlines by sub-index in the last section`, async () => {
      const x = await read("luc-ngan-gach-dau-dong");
      expect(x.plan).toEqual(LUC_NGAN);
      expect([x.unit, x.indexUnit]).toEqual(["Huyện Lục Ngạn", "Bắc Giang"]);
      expect(x.partners).toEqual({
        compliance: ["Văn phòng HĐND và UBND huyện", "Đội Quản lý thị trường số 4"],
        incentives: ["Ngân hàng Chính sách xã hội huyện"],
      });
      expect(problems(x)).toEqual([]);
      expect(x.report.read.filter((r) => r.field === "due").map((r) => [r.subIndex, r.value])).toEqual([
        ["pollution", "2025-11-15"],
        ["compliance", "2025-11-15"],
        ["greenPractices", "2025-11-20"],
        ["incentives", "2025-11-20"],
        [null, "2025-12-05"],
      ]);
      expect(checkPlan(createPlan(x.plan!))).toEqual([]);
    });
  }
});

/** A short district plan: the header, then `body`. */
const doc = (...body: string[]): string =>
  [
    "KẾ HOẠCH",
    "Cải thiện Chỉ số Xanh cấp tỉnh (PGI) năm 2025 trên địa bàn huyện Văn Quan",
    "",
    "Thực hiện Kế hoạch của UBND tỉnh Lạng Sơn, UBND huyện ban hành Kế hoạch như sau:",
    "",
    ...body,
  ].join("\n");
const SECTIONS = [
  "1. Chỉ số “Giảm thiểu ô nhiễm và thiên tai”",
  "Phấn đấu đạt từ 5,50 điểm trở lên (tăng 0,55 điểm so với năm 2024 đạt 4,95 điểm).",
  "",
  "2. Chỉ số “Đảm bảo tuân thủ”",
  "Phấn đấu đạt từ 5,40 điểm trở lên (tăng 0,45 điểm so với năm 2024 đạt 4,95 điểm).",
  "",
  "3. Chỉ số “Thúc đẩy thực hành xanh”",
  "Phấn đấu đạt từ 7,00 điểm trở lên (tăng 0,29 điểm so với năm 2024 đạt 6,71 điểm).",
  "",
  "4. Chỉ số “Chính sách khuyến khích và dịch vụ hỗ trợ”",
  "Phấn đấu đạt từ 6,30 điểm trở lên (tăng 0,28 điểm so với năm 2024 đạt 6,02 điểm).",
];
const targetOf = (x: PlanExtraction, id: string) => (x.plan?.targets as Record<string, unknown> | undefined)?.[id];

describe("extractPlan: each layout of item by item (each failed before)", () => {
  it("targets in a Markdown table with a total row; the baseline year from the header", () => {
    const x = extractPlan(
      doc(
        "| STT | Chỉ số thành phần | Điểm năm 2023 | Điểm năm 2024 | Chỉ tiêu năm 2025 | Mức tăng |",
        "|---|---|---|---|---|---|",
        "| 1 | Giảm thiểu ô nhiễm và thiên tai | 4,84 | 4,95 | 5,50 | 0,55 |",
        "| 2 | Đảm bảo tuân thủ | 4,14 | 4,95 | 5,40 | 0,45 |",
        "| 3 | Thúc đẩy thực hành xanh | 3,60 | 6,71 | 7,00 | 0,29 |",
        "| 4 | Chính sách khuyến khích và dịch vụ hỗ trợ | 4,75 | 6,02 | ≥ 6,30 | 0,28 |",
        "| | Tổng cộng | 17,33 | 22,63 | 24,20 | 1,57 |",
      ),
    );
    const stated = extractPlan(
      doc("| STT | Chỉ số thành phần | Chỉ tiêu năm 2025 |", "|---|---|---|", "| 1 | CSTP 1 | 5,50 |", "| 2 | CSTP 2 | 5,40 |", "| | Tổng | 24,00 |"),
      { baseline: VAN_QUAN.baseline, baselineYear: 2024 },
    );
    expect(stated.plan!.compositeTarget).toBe(24); // a total that is not the sum is a stated composite target
    expect(x.plan).toMatchObject({ baselineYear: 2024, baseline: VAN_QUAN.baseline });
    expect(x.plan).not.toHaveProperty("compositeTarget"); // the total is the sum of the rows
    expect(targetOf(x, "incentives")).toEqual({ target: 6.3, delta: 0.28, comparator: "atLeast" });
    expect(x.report.problems).toEqual([]);
  });

  it("tasks under headings naming a sub-index by number among other words, owners on a line of their own", () => {
    const x = extractPlan(
      doc(
        "STT\tChỉ số thành phần\tĐiểm năm 2024\tChỉ tiêu năm 2025",
        "1\tCSTP 1\t4,95\t5,50",
        "2\tCSTP 2\t4,95\t5,40",
        "3\t3. Thúc đẩy thực hành xanh\t6,71\t7,00",
        "4\tChỉ số 4\t6,02\t6,30",
        "",
        "III. NHIỆM VỤ, GIẢI PHÁP",
        "1. Nhóm giải pháp cải thiện Chỉ số thành phần 1",
        "Tăng cường kiểm soát nguồn thải.",
        "Chủ trì: Phòng Nông nghiệp và Môi trường; phối hợp: Công an huyện.",
        "2. Nhóm giải pháp cải thiện CSTP 2",
        "Chủ trì: Văn phòng HĐND và UBND huyện.",
      ),
    );
    expect(targetOf(x, "pollution")).toEqual({ target: 5.5, comparator: "exactly", owners: ["Phòng Nông nghiệp và Môi trường"] });
    expect(targetOf(x, "compliance")).toEqual({ target: 5.4, comparator: "exactly", owners: ["Văn phòng HĐND và UBND huyện"] });
    expect(x.partners).toEqual({ pollution: ["Công an huyện"] });
    expect(x.plan!.targets).toMatchObject({ greenPractices: { target: 7 }, incentives: { target: 6.3 } });
    expect(x.report.problems).toEqual([]);
  });

  it("a wrong increase stated in a table row is DELTA_MISMATCH", () => {
    const x = extractPlan(
      doc(
        "STT\tChỉ số thành phần\tĐiểm năm 2024\tChỉ tiêu năm 2025\tMức tăng",
        "1\tGiảm thiểu ô nhiễm và thiên tai\t4,95\t5,50\t0,65",
        "2\tĐảm bảo tuân thủ\t4,95\t5,40\t0,45",
        "3\tThúc đẩy thực hành xanh\t6,71\t7,00\t0,29",
        "4\tChính sách khuyến khích và dịch vụ hỗ trợ\t6,02\t6,30\t0,28",
      ),
    );
    expect(checkPlan(createPlan(x.plan!)).map((f) => [f.code, f.path.join(".")])).toEqual([["DELTA_MISMATCH", "targets.pollution.delta"]]);
  });

  it("sub-indices by number alone ('Chỉ số thành phần 2') and by the legal spelling 'Bảo đảm tuân thủ'", () => {
    const byNumber = extractPlan(doc(...SECTIONS.map((l) => l.replace(/^2\. .*/, "2. Chỉ số thành phần 2"))));
    expect(targetOf(byNumber, "compliance")).toMatchObject({ target: 5.4 });
    const legal = extractPlan(doc(...SECTIONS.map((l) => l.replace("Đảm bảo tuân thủ", "Bảo đảm tuân thủ"))));
    expect(targetOf(legal, "compliance")).toMatchObject({ target: 5.4 });
    expect(legal.report.problems).toEqual([]);
  });

  it("prose: a sub-index by number or abbreviation in one sentence, by name in the next", () => {
    const x = extractPlan(
      doc(
        "II. MỤC TIÊU",
        "CSTP 1 năm 2024 đạt 4,95 điểm. Chỉ số Giảm thiểu ô nhiễm và thiên tai phấn đấu năm 2025 đạt từ 5,50 điểm trở lên.",
        "Chỉ số thành phần 2 năm 2024 đạt 4,95 điểm; phấn đấu năm 2025 đạt 5,40 điểm. Chỉ số Bảo đảm tuân thủ do Phòng Nông nghiệp và Môi trường chủ trì (Chủ trì: Phòng Nông nghiệp và Môi trường).",
      ),
      { baseline: VAN_QUAN.baseline },
    );
    expect(targetOf(x, "pollution")).toEqual({ target: 5.5, comparator: "atLeast" });
    expect(targetOf(x, "compliance")).toEqual({ target: 5.4, comparator: "exactly", owners: ["Phòng Nông nghiệp và Môi trường"] });
    expect(x.plan!.baselineYear).toBe(2024);
  });

  it("owners as '(Chủ trì: …; phối hợp: …)' after a task: lead bodies as owners, partners apart, a comma inside a name kept", () => {
    const body = [...SECTIONS];
    body.splice(
      2,
      0,
      "- Thu gom chất thải rắn (Chủ trì: UBND các xã, thị trấn; phối hợp: Phòng Kinh tế, Hạ tầng và Đô thị, Công an huyện; thời gian: trước ngày 30/11/2025).",
    );
    const x = extractPlan(doc(...body));
    expect(targetOf(x, "pollution")).toMatchObject({ owners: ["UBND các xã, thị trấn"], due: "2025-11-30" });
    expect(x.partners).toEqual({ pollution: ["Phòng Kinh tế, Hạ tầng và Đô thị", "Công an huyện"] });
  });

  it("owners as dash bullets under 'Đơn vị thực hiện:', their '(chủ trì)' / '(phối hợp)' marks read as roles", () => {
    const body = [...SECTIONS];
    body.splice(2, 0, "Đơn vị thực hiện:", "- Phòng Nông nghiệp và Môi trường (chủ trì);", "- Công an huyện (phối hợp).");
    const x = extractPlan(doc(...body));
    expect(targetOf(x, "pollution")).toMatchObject({ owners: ["Phòng Nông nghiệp và Môi trường"] });
    expect(x.partners).toEqual({ pollution: ["Công an huyện"] });
  });

  it("deadlines 'chậm nhất ngày …' by sub-index in the last section", () => {
    const x = extractPlan(
      doc(
        ...SECTIONS,
        "",
        "III. TỔ CHỨC THỰC HIỆN",
        "- Chỉ số thành phần 1: báo cáo chậm nhất ngày 15/11/2025;",
        "- CSTP 2, CSTP 3 và CSTP 4: báo cáo chậm nhất ngày 20/11/2025.",
      ),
    );
    expect(["pollution", "compliance", "greenPractices", "incentives"].map((id) => (targetOf(x, id) as { due?: string }).due)).toEqual([
      "2025-11-15",
      "2025-11-20",
      "2025-11-20",
      "2025-11-20",
    ]);
  });

  it("'tại Bảng 1 trở lên' is no composite target of 1; the issue date and 'từ ngày 01/01/2025' are no figures", () => {
    const x = extractPlan(
      doc(
        "Kế hoạch ban hành ngày 14/3/2025, thực hiện từ ngày 01/01/2025.",
        "Phấn đấu Chỉ số PGI năm 2025 của tỉnh đạt mức điểm nêu tại Bảng 1 trở lên.",
        ...SECTIONS,
      ),
    );
    expect(x.plan!.compositeTarget).toBeUndefined();
    expect(x.report.read.filter((r) => r.field === "compositeTarget")).toEqual([]);
    expect(x.report.problems).toEqual([]);
  });

  it("the baseline year is the latest before the target year, not the first past result in the text", () => {
    const x = extractPlan(
      doc(
        "Năm 2023, Chỉ số PGI của tỉnh đạt 17,33 điểm (so với năm 2022 đạt 15,10 điểm).",
        ...SECTIONS.map((l) => l.replace(/\(tăng .*\)\./, "(năm 2024 đạt 4,95 điểm; năm 2023 đạt 4,84 điểm).")),
      ),
    );
    expect(x.plan).toMatchObject({ baselineYear: 2024, baseline: { pollution: 4.95, compliance: 4.95 } });
    expect(x.report.problems).toEqual([]);
  });

  it("a wrong increase stated for the composite in a sentence is DELTA_MISMATCH in the report", () => {
    const x = extractPlan(doc("Phấn đấu năm 2025 Chỉ số PGI của tỉnh đạt 24,20 điểm, tăng 1,67 điểm so với năm 2024 (22,63 điểm).", ...SECTIONS));
    expect(x.report.problems.map((p) => [p.code, p.message])).toEqual([
      ["DELTA_MISMATCH", "the stated increase 1.67 is not the target minus the baseline: 24.20 − 22.63 = 1.57"],
    ]);
  });

  it("an owner whose name holds a verb ('Ban Quản lý dự án Đầu tư xây dựng huyện thực hiện …') is kept whole", () => {
    const body = [...SECTIONS];
    body.splice(2, 0, "a) Ban Quản lý dự án Đầu tư xây dựng huyện thực hiện các tiêu chí công trình xanh.");
    expect(targetOf(extractPlan(doc(...body)), "pollution")).toMatchObject({ owners: ["Ban Quản lý dự án Đầu tư xây dựng huyện"] });
  });

  it("one body written 'UBND …' and 'Ủy ban nhân dân …' is one owner", () => {
    const body = [...SECTIONS];
    body.splice(2, 0, "a) UBND các xã, thị trấn: thu gom chất thải.", "b) Ủy ban nhân dân các xã, thị trấn: xử lý điểm nóng ô nhiễm.");
    expect(targetOf(extractPlan(doc(...body)), "pollution")).toMatchObject({ owners: ["UBND các xã, thị trấn"] });
  });

  it("who plans and whose index: 'huyện Văn Quan' and 'tỉnh Lạng Sơn'; a province's own plan names itself twice", () => {
    const district = extractPlan(doc(...SECTIONS));
    expect([district.unit, district.indexUnit, district.plan!.unit, district.plan!.indexUnit]).toEqual([
      "Huyện Văn Quan",
      "Lạng Sơn",
      "Huyện Văn Quan",
      "Lạng Sơn",
    ]);
    expect(createPlan(district.plan!)).toMatchObject({ unit: "Huyện Văn Quan", indexUnit: "Lạng Sơn" });
    const province = extractPlan(
      ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "", "KẾ HOẠCH", "Cải thiện Chỉ số Xanh cấp tỉnh (PGI) năm 2025", "", ...SECTIONS].join("\n"),
    );
    expect([province.unit, province.indexUnit]).toEqual(["Lạng Sơn", "Lạng Sơn"]);
    expect(province.plan).not.toHaveProperty("indexUnit");
    // a unit below a province that names none: kept for any unit, and said so
    const text = doc(...SECTIONS)
      .replace("trên địa bàn huyện Văn Quan", "")
      .replace(/^Thực hiện.*$/m, "");
    const none = extractPlan(text, { unit: "Phòng Nông nghiệp và Môi trường" });
    expect([none.unit, none.indexUnit, none.plan!.units]).toEqual(["Phòng Nông nghiệp và Môi trường", null, "any"]);
    expect(none.report.problems.map((p) => [p.code, p.messageVi])).toEqual([
      [
        "MISSING_FIELD",
        'văn bản không nêu tỉnh có chỉ số PGI mà kế hoạch nhắm tới ("tỉnh …"); kế hoạch được giữ cho đơn vị bất kỳ và chưa so sánh được với kết quả của tỉnh cho đến khi truyền tên tỉnh qua tùy chọn',
      ],
    ]);
    const given = extractPlan(text, { unit: "Phòng Nông nghiệp và Môi trường", indexUnit: "Lang Son" });
    expect([given.indexUnit, given.plan!.indexUnit]).toEqual(["Lang Son", "Lang Son"]);
  });
});

describe("extractPlan: the Word plan the command writes", () => {
  it("`pgi plan --format docx` (a table without STT, with owners and deadline columns) reads back to the same plan", async () => {
    const { mkdtempSync, writeFileSync, readFileSync: read, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { main } = await import("../../src/cli/main");
    const { langSonPlan2024 } = await import("../../src/index");
    const dir = mkdtempSync(join(tmpdir(), "pgi-extract-offices-"));
    try {
      const input = {
        ...langSonPlan2024(),
        baseline: { pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 },
        targets: {
          ...langSonPlan2024().targets,
          pollution: { target: 6.58, delta: 1.74, owners: ["Sở Tài nguyên và Môi trường", "Công an tỉnh"], due: "2024-11-30" },
        },
      };
      writeFileSync(join(dir, "in.json"), JSON.stringify(input));
      const code = await main(["plan", join(dir, "in.json"), "--format", "docx", "--out", join(dir, "plan.docx")], {
        out: () => undefined,
        err: () => undefined,
      });
      expect(code).toBe(0);
      const x = extractPlan(await docxToText(read(join(dir, "plan.docx"))));
      expect(x.report.problems).toEqual([]);
      expect(createPlan(x.plan!)).toEqual(createPlan(input));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Reading a PGI improvement plan as offices write it (Markdown or plain text converted from a
 * .docx) into a plan input, with a report of what was read from which line.
 *
 * The reader runs in passes: the lines are cleaned ({@link toLines}), the header fields read
 * (`header.ts`), the lines grouped into classified blocks (`blocks.ts`), the blocks assembled into
 * sections (`assemble.ts`), and the plan input built (`result.ts`).
 * @module
 */
import { describe, optionsOf, PgiError, safeEntries } from "../errors";
import { findProvince } from "../data/provinces";
import { seal } from "../util";
import { Assembly, assemble } from "./assemble";
import { toBlocks } from "./blocks";
import { readHeader } from "./header";
import { partnersOf, toPlanInput } from "./result";
import { readTable } from "./rows";
import { findTables } from "./tables";
import { sectionOf } from "./subindex";
import { toLines } from "./text";
import type { ExtractOptions, PlanExtraction } from "./types";
import { showExtract } from "./render";

export type { ExtractOptions, ExtractField, ExtractedItem, ExtractProblem, ExtractProblemCode, ExtractReport, PlanExtraction, StatedRankGoal } from "./types";
/**
 * The longest text {@link extractPlan} reads: 2,000,000 characters (UTF-16 code units), about
 * 2 MB of Vietnamese text — a plan of a hundred pages is under 300,000.
 *
 * @example
 * ```ts
 * EXTRACT_MAX_LENGTH; // 2000000
 * ```
 */
export const EXTRACT_MAX_LENGTH = 2_000_000;

const OPTIONS = ["baseline", "unit", "indexUnit", "title", "baselineYear", "targetYear"] as const;
const LABEL_VI: Record<string, string> = {
  unit: "đơn vị",
  indexUnit: "tỉnh của chỉ số",
  title: "tên kế hoạch",
  baselineYear: "năm cơ sở",
  targetYear: "năm mục tiêu",
};

function checkOptions(options: unknown): ExtractOptions {
  if (options === undefined) return {};
  const entries = safeEntries(options, ["options"], { en: "the options", vi: "các tùy chọn" });
  const allowed = new Set<string>(OPTIONS);
  for (const [k, v] of entries) {
    if (!allowed.has(k)) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `unknown option ${describe(k)}; the options are ${OPTIONS.join(", ")}`,
          vi: `không có tùy chọn ${describe(k)}; các tùy chọn là: điểm cơ sở, đơn vị, tỉnh của chỉ số, tên kế hoạch, năm cơ sở, năm mục tiêu`,
        },
        ["options", k],
      );
    }
    if ((k === "unit" || k === "indexUnit" || k === "title") && v !== undefined && (typeof v !== "string" || v.trim() === "")) {
      throw new PgiError(
        "INVALID_INPUT",
        { en: `${k} must be a non-empty string, got ${describe(v)}`, vi: `${LABEL_VI[k]} phải là một chuỗi ký tự không rỗng, nhận được ${describe(v)}` },
        ["options", k],
      );
    }
    if ((k === "baselineYear" || k === "targetYear") && v !== undefined && !(typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2100)) {
      throw new PgiError(
        "INVALID_INPUT",
        { en: `${k} must be a year such as 2025, got ${describe(v)}`, vi: `${LABEL_VI[k]} phải là một năm, ví dụ 2025, nhận được ${describe(v)}` },
        ["options", k],
      );
    }
    if (k === "baseline" && v !== undefined && (typeof v !== "object" || v === null || Array.isArray(v))) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `baseline must be a score card or the scores by sub-index, got ${describe(v)}`,
          vi: `điểm cơ sở phải là phiếu điểm hoặc điểm theo từng chỉ số thành phần, nhận được ${describe(v)}`,
        },
        ["options", k],
      );
    }
  }
  return optionsOf<ExtractOptions>(options, [...OPTIONS]);
}

/**
 * Read a Vietnamese PGI improvement plan — Markdown or plain text, as converted from a .docx —
 * into `{ plan, unit, indexUnit, partners, report }`: `plan` is a {@link createPlan} input (or
 * `null` when the document lacks what a plan needs), `report` says with line numbers what was
 * read from where and what looked like part of the plan but could not be read.
 *
 * What it reads (docs/extract.md has an example of each layout):
 * - **Sub-indices**, by heading (`1. Chỉ số “…”`, `**2. Chỉ số "…"**`, `#### …`, `Chỉ số thành
 *   phần 2`, short, long or legal names such as "Bảo đảm tuân thủ"), by a row of a targets table,
 *   or named inside running text by number ("Chỉ số thành phần 1", "CSTP 2") or name — a
 *   sentence naming one sub-index is read for it.
 * - **Targets** in sentences — `Mục tiêu phấn đấu đạt từ 5,90 điểm trở lên (tăng 0,85 điểm so
 *   với năm 2024 đạt 5,05 điểm)`: target, comparator ("từ"/"trở lên"/"tối thiểu" = `atLeast`,
 *   "không quá"/"tối đa" = `atMost`, none = `exactly`), stated increase, baseline year and score,
 *   in any order; "giữ vững / duy trì" holds the score — and in tables (STT | Chỉ số thành phần
 *   | Điểm năm … | Chỉ tiêu năm … | Mức tăng, with a total row) as Markdown rows, tab-separated
 *   rows or one cell per line. Past years' results, dates, ranks, percentages and references
 *   ("tại Bảng 1") are never targets; the baseline is the latest result before the target year.
 * - **Owners and partners**: "(Chủ trì: …; phối hợp: …)" after a task (lead bodies as owners,
 *   partners in `partners`), lettered items naming a body, bullets under "Đơn vị thực hiện:" /
 *   "Đơn vị chủ trì:" / "Đơn vị phối hợp:" (with "(chủ trì)" / "(phối hợp)" marks); each body
 *   once ("UBND …" = "Ủy ban nhân dân …"), at most 100.
 * - **Deadlines** wherever stated ("chậm nhất ngày 01/12/2025", "trước ngày 15/11/2025"): a
 *   section's own, one naming sub-indices ("CSTP 1 và CSTP 2: chậm nhất ngày …"), else the
 *   document's (the latest when it states several).
 * - **Who plans and whose index**: `unit` from `Đơn vị:`, "trên địa bàn huyện …", "ỦY BAN NHÂN
 *   DÂN HUYỆN …" (a province by its name, a unit below with its level word: "Huyện Văn Quan");
 *   `indexUnit` from "tỉnh Lạng Sơn" (for a province's own plan, the province). The title and
 *   years from the heading, labels (`Năm cơ sở:`, `Năm mục tiêu:`) or the table's header.
 * - **Composite**: "Chỉ số PGI … phấn đấu đạt … điểm" or a table's total row →
 *   `compositeTarget`; a composite increase that is not target − baseline is `DELTA_MISMATCH` in
 *   the report. Rank goals go to `report.rankGoals`, never into a score.
 *
 * Nothing is invented: a section without a readable target is reported and left without one; a
 * missing baseline is taken only from `options.baseline`. Time is linear in the length of the text
 * (each line is cleaned once and each number classified by a bounded window around it).
 *
 * @throws {@link PgiError} `INVALID_INPUT` when `text` is not a string, is empty, or is longer than
 * {@link EXTRACT_MAX_LENGTH}; for malformed options.
 *
 * @example
 * ```ts
 * const { plan, indexUnit, partners, report } = extractPlan([
 *   "# Kế hoạch cải thiện Chỉ số Xanh cấp tỉnh (PGI) năm 2025 trên địa bàn huyện Văn Quan",
 *   "Thực hiện Kế hoạch của UBND tỉnh Lạng Sơn về cải thiện Chỉ số PGI năm 2025.",
 *   "1. Chỉ số “Giảm thiểu ô nhiễm và thiên tai”",
 *   "Mục tiêu phấn đấu đạt từ 5,50 điểm trở lên (tăng 0,55 điểm so với năm 2024 đạt 4,95 điểm).",
 *   "- Thu gom chất thải rắn (Chủ trì: Phòng Nông nghiệp và Môi trường; phối hợp: UBND các xã, thị trấn).",
 * ].join("\n"), { baseline: { compliance: 4.95, greenPractices: 6.71, incentives: 6.02 } });
 * plan.targets.pollution; // { target: 5.5, delta: 0.55, comparator: "atLeast", owners: ["Phòng Nông nghiệp và Môi trường"] }
 * [plan.unit, indexUnit]; // ["Huyện Văn Quan", "Lạng Sơn"]
 * partners;               // { pollution: ["UBND các xã, thị trấn"] }
 * report.problems.map((p) => p.code); // ["MISSING_SECTION", "MISSING_SECTION", "MISSING_SECTION"]
 * checkPlan(createPlan(plan)).map((f) => f.code); // ["MISSING_TARGET", "MISSING_TARGET", "MISSING_TARGET"]
 * ```
 */
export function extractPlan(text: string, options?: ExtractOptions): PlanExtraction {
  if (typeof text !== "string") {
    throw new PgiError("INVALID_INPUT", {
      en: `expected the text of a plan as a string (Markdown or plain text), got ${describe(text)}`,
      vi: `cần nội dung kế hoạch dưới dạng chuỗi ký tự (Markdown hoặc văn bản thuần), nhận được ${describe(text)}`,
    });
  }
  if (text.length > EXTRACT_MAX_LENGTH) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `the text is ${text.length} characters long; extractPlan reads at most ${EXTRACT_MAX_LENGTH} (split the document or pass only the plan's targets part)`,
        vi: `văn bản dài ${text.length} ký tự; chỉ đọc được tối đa ${EXTRACT_MAX_LENGTH} ký tự (hãy tách văn bản hoặc chỉ đưa phần mục tiêu của kế hoạch)`,
      },
      [],
      { length: text.length, max: EXTRACT_MAX_LENGTH },
    );
  }
  if (text.trim() === "")
    throw new PgiError("INVALID_INPUT", {
      en: "the text is empty; pass the text of a plan (Markdown or plain text)",
      vi: "văn bản rỗng; hãy đưa nội dung kế hoạch (Markdown hoặc văn bản thuần)",
    });
  const opts = checkOptions(options);
  const lines = toLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const sectionAt = lines.map(sectionOf);
  const firstSection = sectionAt.findIndex((s) => s !== null);
  const header = readHeader(lines, firstSection < 0 ? lines.length : firstSection);
  const a = new Assembly(header.targetYear?.value ?? opts.targetYear ?? null);
  assemble(a, toBlocks(lines, sectionAt, findTables(lines)), readTable);
  const plan = toPlanInput(a, header, lines, opts);
  const unit = plan?.unit ?? header.unit?.value ?? opts.unit ?? null;
  // In the order of the document; values from the options last.
  a.read.sort((x, y) => (x.line ?? Number.MAX_SAFE_INTEGER) - (y.line ?? Number.MAX_SAFE_INTEGER));
  return seal(
    {
      kind: "planExtraction" as const,
      plan,
      unit,
      indexUnit: header.indexUnit?.value ?? opts.indexUnit ?? (unit !== null ? (findProvince(unit)?.name ?? null) : null),
      partners: partnersOf(a),
      report: { kind: "extractReport" as const, lines: lines.length, read: a.read, problems: a.problems, rankGoals: a.rankGoals },
    },
    showExtract,
  );
}

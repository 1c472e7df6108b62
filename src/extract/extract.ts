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

function checkOptions(options: unknown): ExtractOptions {
  if (options === undefined) return {};
  const entries = safeEntries(options, ["options"], "the options");
  const allowed = new Set(["baseline", "unit", "title", "baselineYear", "targetYear"]);
  for (const [k, v] of entries) {
    if (!allowed.has(k)) throw new PgiError("INVALID_INPUT", `unknown option "${k}"; the options are baseline, unit, title, baselineYear and targetYear`, ["options", k], {}, `không có tùy chọn "${k}"; các tùy chọn là baseline, unit, title, baselineYear và targetYear`);
    if ((k === "unit" || k === "title") && v !== undefined && (typeof v !== "string" || v.trim() === "")) {
      throw new PgiError("INVALID_INPUT", `${k} must be a non-empty string, got ${describe(v)}`, ["options", k], {}, `${k} phải là chuỗi không rỗng, nhận được ${describe(v)}`);
    }
    if ((k === "baselineYear" || k === "targetYear") && v !== undefined && !(typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2100)) {
      throw new PgiError("INVALID_INPUT", `${k} must be a year such as 2025, got ${describe(v)}`, ["options", k], {}, `${k} phải là một năm, ví dụ 2025, nhận được ${describe(v)}`);
    }
    if (k === "baseline" && v !== undefined && (typeof v !== "object" || v === null || Array.isArray(v))) {
      throw new PgiError("INVALID_INPUT", `baseline must be a score card or the scores by sub-index, got ${describe(v)}`, ["options", k], {}, `baseline phải là phiếu điểm hoặc điểm theo từng chỉ số thành phần, nhận được ${describe(v)}`);
    }
  }
  return optionsOf<ExtractOptions>(options, ["baseline", "unit", "title", "baselineYear", "targetYear"]);
}

/**
 * Read a Vietnamese PGI improvement plan — Markdown or plain text, as converted from a .docx —
 * into `{ plan, report }`: `plan` is a {@link createPlan} input (or `null` when the document lacks
 * what a plan needs), `report` says with line numbers what was read from where and what looked
 * like part of the plan but could not be read.
 *
 * What it reads:
 * - **Sub-index sections**, however headed (`1. Chỉ số “…”`, `**2. Chỉ số "…"**`, `#### …`, with
 *   or without "Chỉ số", short or long official names), matched with {@link subIndex}. A heading
 *   followed by a colon may carry the target sentence on the same line.
 * - **The target sentence** of each section: `Mục tiêu phấn đấu đạt từ 5,90 điểm trở lên (tăng
 *   0,85 điểm so với năm 2024 đạt 5,05 điểm)` — target, comparator ("từ"/"trở lên"/"tối thiểu" =
 *   `atLeast`, "không quá"/"tối đa" = `atMost`, none = `exactly`), stated increase ("tăng"/"giảm"),
 *   baseline year and score; in any order, with or without parentheses, "điểm" or emphasis; "giữ
 *   vững / duy trì" holds the stated score. A sentence with only an increase gives `{ delta }`.
 * - **Owners**: lettered items `a)`, `b)`, … `đ)`, `e)`, `g)` under a section that name a body (each once, at most 100)
 *   ("Phòng Tài nguyên và Môi trường", "UBND các xã, thị trấn"), the name only (before a colon or
 *   the task's verb); an item may run over several lines.
 * - **Due date**: "chậm nhất ngày 01/12/2025", "trước ngày 15/11/2025" (a section's own deadline,
 *   else the document's — the latest when it states several).
 * - **Unit, title and years**: labels `Đơn vị:`, `Năm cơ sở:`, `Năm mục tiêu:`, `Nguồn số liệu:`
 *   (as {@link toPlanDocument} writes them), else the heading (`KẾ HOẠCH` + its next lines, or the
 *   first `#` heading), "trên địa bàn huyện/tỉnh …", "UBND TỈNH …", the place in "Văn Quan, ngày …
 *   tháng … năm …"; the target year from the title, the baseline year from "so với năm …".
 * - **Composite**: "PGI … phấn đấu đạt … điểm" outside the sections → `compositeTarget`; rank goals
 *   ("nằm trong nhóm 30 tỉnh dẫn đầu", "tăng 5 bậc") go to `report.rankGoals`, never into a score.
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
 * const { plan, report } = extractPlan([
 *   "# Kế hoạch cải thiện Chỉ số Xanh cấp tỉnh (PGI) năm 2025 trên địa bàn huyện Văn Quan",
 *   "1. Chỉ số “Giảm thiểu ô nhiễm và thiên tai”",
 *   "Mục tiêu phấn đấu đạt từ 5,90 điểm trở lên (tăng 0,85 điểm so với năm 2024 đạt 5,05 điểm).",
 *   "a) Phòng Tài nguyên và Môi trường: chủ trì, tham mưu UBND huyện.",
 * ].join("\n"), { baseline: { compliance: 5.88, greenPractices: 4.09, incentives: 5.08 } });
 * plan.targets.pollution; // { target: 5.9, delta: 0.85, comparator: "atLeast", owners: ["Phòng Tài nguyên và Môi trường"] }
 * plan.baselineYear;      // 2024
 * report.problems.map((p) => p.code); // ["MISSING_SECTION", "MISSING_SECTION", "MISSING_SECTION"]
 * checkPlan(createPlan(plan)).map((f) => f.code); // ["MISSING_TARGET", "MISSING_TARGET", "MISSING_TARGET"]
 * ```
 */
export function extractPlan(text: string, options?: ExtractOptions): PlanExtraction {
  if (typeof text !== "string") {
    throw new PgiError("INVALID_INPUT", `expected the text of a plan as a string (Markdown or plain text), got ${describe(text)}`, [], {}, `cần văn bản kế hoạch dạng chuỗi (Markdown hoặc văn bản thuần), nhận được ${describe(text)}`);
  }
  if (text.length > EXTRACT_MAX_LENGTH) {
    throw new PgiError("INVALID_INPUT", `the text is ${text.length} characters long; extractPlan reads at most ${EXTRACT_MAX_LENGTH} (split the document or pass only the plan's targets part)`, [], { length: text.length, max: EXTRACT_MAX_LENGTH }, `văn bản dài ${text.length} ký tự; extractPlan chỉ đọc tối đa ${EXTRACT_MAX_LENGTH} (tách văn bản hoặc chỉ đưa phần mục tiêu của kế hoạch)`);
  }
  if (text.trim() === "") throw new PgiError("INVALID_INPUT", "the text is empty; pass the text of a plan (Markdown or plain text)", [], {}, "văn bản rỗng; hãy đưa nội dung kế hoạch (Markdown hoặc văn bản thuần)");
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
  return seal({
    kind: "planExtraction" as const,
    plan,
    unit,
    indexUnit: header.indexUnit?.value ?? null,
    partners: partnersOf(a),
    report: { kind: "extractReport" as const, lines: lines.length, read: a.read, problems: a.problems, rankGoals: a.rankGoals },
  }, showExtract);
}

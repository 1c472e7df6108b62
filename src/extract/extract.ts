/**
 * Reading a PGI improvement plan as offices write it (Markdown or plain text converted from a
 * .docx) into a plan input, with a report of what was read from which line.
 * @module
 */
import { kindOf } from "../revive";
import { parseNumber, toNum, type NumberInput } from "../decimal";
import { describe, isPgiError, optionsOf, PgiError, safeEntries } from "../errors";
import { subIndex } from "../framework/lookup";
import { PGI, type PgiSubIndexId } from "../framework/pgi";
import { createPlan, type Comparator, type PlanInput, type TargetSpec } from "../plan/create";
import { asScoreCard, readScores, type ScoreCard } from "../scorecard/scorecard";
import { seal } from "../util";
import { readSentence, sentencePatterns } from "./sentence";
import { excerpt, fold, toLines, type Line } from "./text";
import { showExtract } from "./render";

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

/** Options of {@link extractPlan}: values used only where the document does not state them. */
export interface ExtractOptions {
  /** Baseline scores for sub-indices whose baseline the document does not state: a score card or scores keyed by anything `subIndex` accepts. */
  readonly baseline?: ScoreCard | Readonly<Record<string, NumberInput>>;
  /** The unit, when the document does not name it. */
  readonly unit?: string;
  /** The title, when the document has none. */
  readonly title?: string;
  /** The baseline year, when the document does not state it. */
  readonly baselineYear?: number;
  /** The target year, when the document does not state it. */
  readonly targetYear?: number;
}

/** What an entry of the report is about. */
export type ExtractField =
  | "title"
  | "unit"
  | "baselineYear"
  | "targetYear"
  | "source"
  | "section"
  | "target"
  | "baseline"
  | "owner"
  | "due"
  | "compositeTarget"
  | "compositeBaseline"
  | "rankGoal";

/** One thing read from the document. */
export interface ExtractedItem {
  readonly field: ExtractField;
  /** The sub-index it belongs to, or `null` for the plan as a whole. */
  readonly subIndex: PgiSubIndexId | null;
  /** The value read (numbers as plain numbers, dates as ISO strings). */
  readonly value: string | number;
  /** 1-based line number in the text; `null` for values taken from the options. */
  readonly line: number | null;
  /** The line as read (at most 160 characters). */
  readonly text: string;
}

/** Why something could not be read. */
export type ExtractProblemCode =
  | "UNREADABLE_TARGET"
  | "MISSING_TARGET"
  | "MISSING_SECTION"
  | "MISSING_BASELINE"
  | "MISSING_FIELD"
  | "CONFLICT"
  | "OUT_OF_SCALE"
  | "INVALID_DATE"
  | "OWNERS_NOT_KEPT"
  | "PLAN_REJECTED";

/** Something that looked like part of the plan but could not be read (or is missing). */
export interface ExtractProblem {
  readonly code: ExtractProblemCode;
  readonly subIndex: PgiSubIndexId | null;
  /** 1-based line number, or `null` when nothing in the document is about it. */
  readonly line: number | null;
  readonly message: string;
  readonly messageVi: string;
  /** The line as read (at most 160 characters), or `""`. */
  readonly text: string;
}

/** A rank goal as the document states it; never turned into a score. */
export interface StatedRankGoal {
  readonly subIndex: PgiSubIndexId | null;
  /** "nằm trong nhóm 30 tỉnh dẫn đầu" → 30. */
  readonly group: number | null;
  /** "nhóm khá", "nhóm tốt": the named group, as written. */
  readonly groupName: string | null;
  /** "tăng 5 bậc" → 5. */
  readonly rise: number | null;
  /** "xếp thứ 20", "xếp hạng 20 trở lên" → 20. */
  readonly rank: number | null;
  readonly line: number;
  readonly text: string;
}

/** The report of {@link extractPlan}. */
export interface ExtractReport {
  readonly kind: "extractReport";
  /** Lines in the text. */
  readonly lines: number;
  /** What was read, in the order of the document. */
  readonly read: readonly ExtractedItem[];
  /** What could not be read or is missing. */
  readonly problems: readonly ExtractProblem[];
  /** Rank goals (composite or per sub-index). */
  readonly rankGoals: readonly StatedRankGoal[];
}

/** The result of {@link extractPlan}. */
export interface PlanExtraction {
  readonly kind: "planExtraction";
  /** A {@link createPlan} input, or `null` when the document lacks what a plan needs (see the report). */
  readonly plan: PlanInput | null;
  readonly report: ExtractReport;
}

let patterns: ReturnType<typeof makePatterns> | undefined;
function makePatterns() {
  return {
    BODY: /^(phong|so|ban|cong an|ubnd|uy ban|van phong|trung tam|chi cuc|doi|hoi|lien doan|mat tran|huyen doan|tinh doan|thanh doan|doan|bo chi huy|cuc|kho bac|ngan hang|chi nhanh|thanh tra|bao|dai|co quan|don vi|hat kiem lam|kiem lam|dien luc|cong ty|toa an|vien kiem sat|lien minh|hiep hoi|truong|chu tich|thu truong|bhxh|bao hiem|cac (?:co quan|phong|so|ban|nganh|don vi|xa|phuong|thi tran|huyen|doanh nghiep|to chuc|hoi|doan|dia phuong))\b/,
    SUBINDEX_PREFIX: /^(?:chỉ số|chi so)(?: thành phần| thanh phan)?(?: số| so| thứ| thu)?\s*(?:\d+|[IVX]+)\s*[:.)\-–—]?\s*/i,
    NUMBERING: /^(?:[IVXLC]+|\d+(?:\.\d+)*)\s*[.)/:\-–]?\s+/,
    ITEM: /^\(?([a-zđ])[).]\s+/,
    VERB_ALL: /\s(chu tri|phoi hop|tham muu|co trach nhiem|chiu trach nhiem|thuc hien|trien khai|tang cuong|huong dan|to chuc|chi dao|theo doi|kiem tra|tuyen truyen|xay dung|ra soat|nang cao|day manh|quan ly)\b/g,
    OWNER_LABEL: /^(?:co quan|don vi) (?:thuc hien|chu tri|phu trach|phoi hop)|^phan cong/,
    DUE: /\b(?:cham nhat|truoc|han chot|khong muon hon|han)\s*(?:la\s*)?(?:vao\s*)?(?:ngay\s*)?(\d{1,2})\s*(?:[/.-]|\s*thang\s*)(\d{1,2})\s*(?:[/.-]|\s*nam\s*)(\d{4})/g,
    COMPOSITE_WORDS: /\b(pgi|chi so xanh|tong diem|diem tong hop|chi so tong hop)\b/,
  };
}
/** The patterns, built on first use (nothing runs at import time). @internal */
export function extractPatterns(): ReturnType<typeof makePatterns> {
  return (patterns ??= makePatterns());
}

interface Section {
  readonly id: PgiSubIndexId;
  readonly line: number;
  target: { target: string | null; delta: string | null; comparator: Comparator; line: number; text: string } | null;
  baseline: { value: string; year: number | null; line: number; text: string } | null;
  owners: { name: string; line: number; text: string }[];
  due: { iso: string; line: number; text: string } | null;
  labelSeen: boolean;
}


function isoDate(d: string, m: string, y: string): string | null {
  const iso = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso ? iso : null;
}

function num(text: string): number {
  return parseNumber(text, { decimal: text.includes(",") ? "," : "." });
}

/** The sub-index a heading names, and the text after a colon on the same line. */
function sectionOf(line: Line): { id: PgiSubIndexId; rest: string } | null {
  const { NUMBERING, SUBINDEX_PREFIX } = extractPatterns();
  if (line.text.length > 300 || line.text === "") return null;
  let s = line.text.replace(NUMBERING, "");
  const colon = s.indexOf(":");
  const parts: [string, string][] = [[s, ""]];
  if (colon > 0) parts.unshift([s.slice(0, colon), s.slice(colon + 1).trim()]);
  for (const [head, rest] of parts) {
    s = head.replace(SUBINDEX_PREFIX, "").trim();
    const quoted = /"([^"]+)"/.exec(s);
    const names = quoted ? [quoted[1]!] : [s.replace(/[.:;]+$/, ""), s.replace(/\s*\([^()]*\)\s*[.:;]*$/, "")];
    for (const name of names) {
      if (!/\p{L}{2}/u.test(name) || name.length > 200) continue;
      try {
        return { id: subIndex(PGI, name).id as PgiSubIndexId, rest };
      } catch (e) {
        if (!isPgiError(e)) throw e;
      }
    }
  }
  return null;
}

function titleCase(text: string): string {
  return text
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((w) => (w === "" ? w : w[0]!.toLocaleUpperCase("vi") + w.slice(1)))
    .join(" ");
}

/** The body named by a lettered item: the text before a colon or before the task's verb. */
function ownerOf(text: string, labelSeen: boolean): string | null {
  const { BODY, VERB_ALL } = extractPatterns();
  const f = fold(text);
  const colon = text.indexOf(":");
  const body = BODY.test(f);
  let name: string | null = null;
  if (colon > 0) {
    const afterColon = f.slice(colon + 1).trim();
    if (labelSeen || body || /^(chu tri|phoi hop|tham muu|thuc hien|co trach nhiem|chiu trach nhiem)\b/.test(afterColon)) name = text.slice(0, colon);
  } else if (labelSeen) {
    name = text;
  } else if (body) {
    // The task's verb starts the task unless it is capitalised (part of a name: "Đội Quản lý thị trường").
    let verbAt = text.length;
    for (const v of f.matchAll(VERB_ALL)) {
      const first = text[v.index + 1] ?? "";
      if (first === first.toLocaleLowerCase("vi")) {
        verbAt = v.index;
        break;
      }
    }
    const cut = Math.min(verbAt, ...[" - ", " – ", "; ", ". "].map((sep) => (text.includes(sep) ? text.indexOf(sep) : text.length)));
    name = text.slice(0, cut);
  }
  if (name === null) return null;
  name = name.replace(/[\s.,;]+$/, "").trim();
  return name === "" || name.length > 200 ? null : name;
}

function rankGoalOf(f: string): Omit<StatedRankGoal, "subIndex" | "line" | "text"> | null {
  const { TARGET_WORDS } = sentencePatterns();
  if (!TARGET_WORDS.test(f) && !/\b(nam trong|thuoc|xep hang|tang hang)\b/.test(f)) return null;
  const group = /\bnhom\s*(\d{1,2})\s*(?:tinh|dia phuong|huyen|don vi)?/.exec(f);
  const named = /\bnhom\s*(rat tot|tot|kha|trung binh kha|trung binh|thap)\b/.exec(f);
  const rise = /\b(?:tang|nang)\s*(?:hang\s*)?(?:it nhat\s*|toi thieu\s*|tu\s*)?(\d{1,2})\s*(?:bac|hang)\b/.exec(f);
  const rank = /\b(?:xep hang|xep thu|thu hang|vi tri|hang)\s*(?:thu\s*)?(\d{1,2})\b(?!\s*\/)/.exec(f);
  if (!group && !named && !rise && !rank) return null;
  return {
    group: group ? Number(group[1]) : null,
    groupName: named ? named[1]! : null,
    rise: rise ? Number(rise[1]) : null,
    rank: rank && !rise ? Number(rank[1]) : null,
  };
}

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

/** Baseline scores from the options, by sub-index id (validated as createPlan validates them). */
function optionBaseline(options: ExtractOptions): Map<string, number> {
  const out = new Map<string, number>();
  const b = options.baseline;
  if (b === undefined) return out;
  const path = ["options", "baseline"];
  const scores = kindOf(b) === "scoreCard" ? asScoreCard(b, path).scores : b;
  for (const [id, d] of readScores(PGI, scores, path, false)) out.set(id, toNum(d));
  return out;
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
  const { DUE, ITEM, OWNER_LABEL, COMPOSITE_WORDS, BODY } = extractPatterns();
  const { TARGET_WORDS } = sentencePatterns();
  const lines = toLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const read: ExtractedItem[] = [];
  const problems: ExtractProblem[] = [];
  const rankGoals: StatedRankGoal[] = [];
  const add = (field: ExtractField, sub: PgiSubIndexId | null, value: string | number, line: Line | null): void => {
    read.push({ field, subIndex: sub, value, line: line?.no ?? null, text: line ? excerpt(line.text) : "" });
  };
  const problem = (code: ExtractProblemCode, sub: PgiSubIndexId | null, line: Line | { no: number; text: string } | null, message: string, messageVi: string): void => {
    problems.push({ code, subIndex: sub, line: line?.no ?? null, message, messageVi, text: line ? excerpt(line.text) : "" });
  };

  // Pass 1: labels, title, unit, years (first statement of each wins; labels before inferences).
  const sectionAt = lines.map(sectionOf);
  const firstSection = sectionAt.findIndex((s) => s !== null);
  const head = firstSection < 0 ? lines.length : firstSection;
  let title: { value: string; line: Line } | null = null;
  let unit: { value: string; line: Line } | null = null;
  let targetYear: { value: number; line: Line } | null = null;
  let baselineYear: { value: number; line: Line } | null = null;
  let source: { value: string; line: Line } | null = null;
  for (const l of lines) {
    const m = /^(đơn vị|don vi|năm cơ sở|nam co so|năm mục tiêu|nam muc tieu|nguồn số liệu|nguon so lieu)\s*:\s*(.+)$/i.exec(l.text);
    if (!m) continue;
    const key = fold(m[1]!);
    const value = m[2]!.trim();
    if (key === "don vi" && !unit && fold(value) !== "diem") unit = { value: value.replace(/\.$/, ""), line: l };
    else if (key === "nguon so lieu" && !source) source = { value, line: l };
    else if (/^\d{4}\.?$/.test(value)) {
      if (key === "nam co so" && !baselineYear) baselineYear = { value: Number(value.slice(0, 4)), line: l };
      if (key === "nam muc tieu" && !targetYear) targetYear = { value: Number(value.slice(0, 4)), line: l };
    }
  }
  for (let i = 0; i < head && !title; i++) {
    const l = lines[i]!;
    if (/^ke hoach\.?$/.test(l.fold)) {
      const parts: string[] = [];
      for (let j = i + 1; j < head && parts.length < 4; j++) {
        const n = lines[j]!;
        if (n.text === "") {
          if (parts.length > 0) break;
          continue;
        }
        if (/^(can cu|i\.|[-_]{3,}|so:)/.test(n.fold)) break;
        parts.push(n.text);
      }
      if (parts.length > 0) {
        const rest = parts.join(" ");
        const lower = rest.length > 1 && rest[1] === rest[1]!.toLocaleLowerCase("vi") ? rest[0]!.toLocaleLowerCase("vi") + rest.slice(1) : rest;
        title = { value: `Kế hoạch ${lower}`, line: l };
      }
    }
  }
  for (let i = 0; i < head && !title; i++) {
    const l = lines[i]!;
    if (/^\s{0,3}#\s/.test(l.raw) && l.text !== "") title = { value: l.text, line: l };
  }
  for (let i = 0; i < head && !title; i++) {
    const l = lines[i]!;
    if (/^ke hoach\s\S/.test(l.fold)) title = { value: l.text, line: l };
  }
  const LEVEL = "(?:tinh|huyen|thanh pho|thi xa|quan|xa|phuong|thi tran|tp\\.?)";
  const unitIn = (l: { text: string; fold: string }): string | null => {
    const m = new RegExp(`tren dia ban\\s+(?:${LEVEL}\\s+)?`).exec(l.fold);
    if (!m) return null;
    const start = m.index + m[0].length;
    const stop = /[,.;()"]|\s(?:nam|giai doan|den|theo|va)\s/.exec(l.fold.slice(start));
    const v = l.text.slice(start, stop ? start + stop.index : l.text.length).trim();
    return v === "" ? null : v;
  };
  if (!unit && title) {
    const v = unitIn({ text: title.value, fold: fold(title.value) });
    if (v) unit = { value: v, line: title.line };
  }
  for (let i = 0; i < lines.length && !unit; i++) {
    const v = unitIn(lines[i]!);
    if (v) unit = { value: v, line: lines[i]! };
  }
  for (let i = 0; i < head && !unit; i++) {
    const l = lines[i]!;
    const m = new RegExp(`^(?:uy ban nhan dan|ubnd)\\s+${LEVEL}\\s+(.+)$`).exec(l.fold);
    const alone = new RegExp(`^${LEVEL}\\s+(.+)$`).exec(l.fold);
    const prev = lines[i - 1];
    if (m) unit = { value: titleCase(l.text.slice(l.text.length - m[1]!.length)).trim(), line: l };
    else if (alone && prev && /^(uy ban nhan dan|ubnd)$/.test(prev.fold) && l.text === l.text.toLocaleUpperCase("vi")) {
      unit = { value: titleCase(l.text.slice(l.text.length - alone[1]!.length)).trim(), line: l };
    }
  }
  for (let i = 0; i < head && !unit; i++) {
    const l = lines[i]!;
    const m = /^([^,]{2,60}),\s*ngay\s+(?:\d{1,2}|[.…]+)\s+thang\s+(?:\d{1,2}|[.…]+)\s+nam\s+\d{4}/.exec(l.fold);
    if (m) unit = { value: l.text.slice(0, m[1]!.length).trim(), line: l };
  }
  if (!targetYear && title) {
    const years = [...fold(title.value).matchAll(/\b(?:nam|pgi)\s+(\d{4})\b/g)];
    const y = years[years.length - 1];
    if (y) targetYear = { value: Number(y[1]), line: title.line };
  }

  // Pass 2: sections, target sentences, owners, deadlines, composite, rank goals.
  const sections = new Map<PgiSubIndexId, Section>();
  let cur: Section | null = null;
  let docDues: { iso: string; line: Line }[] = [];
  let compositeTarget: { value: string; line: Line } | null = null;
  const baselineYears: { value: number; line: Line }[] = [];
  type Block = { text: string; fold: string; line: Line; item: boolean };
  let block: Block | null = null;

  const readDues = (b: Block): void => {
    for (const m of b.fold.matchAll(DUE)) {
      const iso = isoDate(m[1]!, m[2]!, m[3]!);
      if (iso === null) {
        problem("INVALID_DATE", cur?.id ?? null, b.line, `the deadline ${m[1]}/${m[2]}/${m[3]} is not a calendar date`, `thời hạn ${m[1]}/${m[2]}/${m[3]} không phải ngày có thật`);
        continue;
      }
      if (cur) {
        if (!cur.due) {
          cur.due = { iso, line: b.line.no, text: b.text };
          add("due", cur.id, iso, b.line);
        }
      } else {
        docDues.push({ iso, line: b.line });
      }
    }
  };

  const flush = (): void => {
    const b = block;
    block = null;
    if (!b) return;
    readDues(b);
    const f = b.fold;
    const goal = /\b(nhom|bac|hang|xep|vi tri)\b/.test(f) ? rankGoalOf(f) : null;
    if (goal) {
      rankGoals.push({ subIndex: cur?.id ?? null, ...goal, line: b.line.no, text: excerpt(b.text) });
      add("rankGoal", cur?.id ?? null, excerpt(b.text), b.line);
    }
    if (b.item && cur && !TARGET_WORDS.test(f)) {
      const name = ownerOf(b.text.replace(ITEM, ""), cur.labelSeen);
      if (name !== null) {
        cur.owners.push({ name, line: b.line.no, text: b.text });
        add("owner", cur.id, name, b.line);
      }
      return;
    }
    if (cur && OWNER_LABEL.test(f)) {
      cur.labelSeen = true;
      const after = b.text.slice(b.text.indexOf(":") + 1).trim();
      if (b.text.includes(":") && after !== "") {
        for (const n of after.split(";").map((s) => s.replace(/[\s.]+$/, "").trim()).filter((s) => s !== "")) {
          cur.owners.push({ name: n, line: b.line.no, text: b.text });
          add("owner", cur.id, n, b.line);
        }
      }
      return;
    }
    const ty = targetYear?.value ?? opts.targetYear ?? null;
    if (cur) {
      const r = readSentence(f, ty);
      const looksLikeTarget = TARGET_WORDS.test(f);
      if (r.baseline !== null) {
        const v = num(r.baseline);
        if (v < 1 || v > 10) {
          problem("OUT_OF_SCALE", cur.id, b.line, `the baseline ${r.baseline} is outside the scale 1–10; it is not used`, `điểm cơ sở ${r.baseline} nằm ngoài thang 1–10; không sử dụng`);
        } else if (!cur.baseline) {
          cur.baseline = { value: r.baseline, year: r.baselineYear, line: b.line.no, text: b.text };
          add("baseline", cur.id, v, b.line);
          if (r.baselineYear !== null) baselineYears.push({ value: r.baselineYear, line: b.line });
        } else if (num(cur.baseline.value) !== v) {
          problem("CONFLICT", cur.id, b.line, `a second baseline ${r.baseline} (the first, ${cur.baseline.value}, on line ${cur.baseline.line}, is used)`, `điểm cơ sở thứ hai ${r.baseline} (dùng điểm ở dòng ${cur.baseline.line}: ${cur.baseline.value})`);
        }
      }
      if (looksLikeTarget && r.ambiguous) {
        problem("UNREADABLE_TARGET", cur.id, b.line, `${r.candidates} numbers could be the target; write one target per sentence such as "đạt từ 5,90 điểm trở lên"`, `có ${r.candidates} số có thể là chỉ tiêu; mỗi câu ghi một chỉ tiêu, ví dụ "đạt từ 5,90 điểm trở lên"`);
      } else if ((looksLikeTarget || r.delta !== null) && (r.target !== null || r.delta !== null)) {
        if (!cur.target) {
          cur.target = { target: r.target, delta: r.delta, comparator: r.comparator, line: b.line.no, text: b.text };
          if (r.target !== null) add("target", cur.id, num(r.target), b.line);
          if (r.delta !== null) add("target", cur.id, num(r.delta), b.line);
        } else if (cur.target.target !== r.target || cur.target.delta !== r.delta) {
          problem("CONFLICT", cur.id, b.line, `a second target sentence (the first, on line ${cur.target.line}, is used)`, `câu chỉ tiêu thứ hai (dùng câu ở dòng ${cur.target.line})`);
        }
      } else if (looksLikeTarget && r.candidates === 0 && r.delta === null && /\d/.test(f.replace(/\b(?:19|20)\d\d\b/g, "")) && r.baseline === null && !goal) {
        problem("UNREADABLE_TARGET", cur.id, b.line, "this looks like a target sentence but no target score could be read", "câu này có vẻ là chỉ tiêu nhưng không đọc được điểm mục tiêu");
      }
      return;
    }
    if (COMPOSITE_WORDS.test(f) && !b.item) {
      const r = readSentence(f, ty);
      if (r.baseline !== null) {
        add("compositeBaseline", null, num(r.baseline), b.line);
        if (r.baselineYear !== null) baselineYears.push({ value: r.baselineYear, line: b.line });
      }
      if (TARGET_WORDS.test(f) && r.target !== null && !r.hold) {
        if (!compositeTarget) {
          compositeTarget = { value: r.target, line: b.line };
          add("compositeTarget", null, num(r.target), b.line);
        } else if (num(compositeTarget.value) !== num(r.target)) {
          problem("CONFLICT", null, b.line, `a second composite target ${r.target} (the first, on line ${compositeTarget.line.no}, is used)`, `chỉ tiêu điểm tổng hợp thứ hai ${r.target} (dùng chỉ tiêu ở dòng ${compositeTarget.line.no})`);
        }
      } else if (TARGET_WORDS.test(f) && r.ambiguous) {
        problem("UNREADABLE_TARGET", null, b.line, `${r.candidates} numbers could be the composite target`, `có ${r.candidates} số có thể là chỉ tiêu điểm tổng hợp`);
      }
    }
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.text === "") {
      flush();
      continue;
    }
    const sec = sectionAt[i];
    if (sec) {
      flush();
      cur = sections.get(sec.id) ?? null;
      if (!cur) {
        cur = { id: sec.id, line: l.no, target: null, baseline: null, owners: [], due: null, labelSeen: false };
        sections.set(sec.id, cur);
      } else {
        cur.labelSeen = false;
      }
      add("section", sec.id, sec.id, l);
      if (sec.rest !== "") {
        block = { text: sec.rest, fold: fold(sec.rest), line: l, item: false };
        flush();
      }
      continue;
    }
    const isItem = ITEM.test(l.text);
    const isTargetLine = TARGET_WORDS.test(l.fold) && /\d/.test(l.fold);
    const mdHeading = /^\s{0,3}#{1,6}\s/.test(l.raw);
    const numbered = /^(?:[ivxlc]+|\d+(?:\.\d+)*)[.)]\s/.test(l.fold);
    if (!isItem && !isTargetLine && (mdHeading || numbered)) {
      const ownerLike = cur !== null && numbered && !mdHeading && BODY.test(l.fold.replace(/^\d+[.)]\s+/, ""));
      if (!ownerLike) {
        flush();
        cur = null;
        continue;
      }
      flush();
      block = { text: l.text.replace(/^\d+[.)]\s+/, ""), fold: l.fold.replace(/^\d+[.)]\s+/, ""), line: l, item: true };
      continue;
    }
    if (isItem || l.bullet) {
      flush();
      block = { text: l.text, fold: l.fold, line: l, item: isItem || (l.bullet && cur !== null && BODY.test(l.fold)) };
      continue;
    }
    if (block) {
      const b: Block = block;
      const joinItem = b.item && !b.text.includes(":");
      const joinText = !b.item && !/[.;:!?]$/.test(b.text) && /^[\p{Ll}\d(]/u.test(l.text);
      if ((joinItem || joinText) && !isTargetLine) {
        b.text = `${b.text} ${l.text}`;
        b.fold = `${b.fold} ${l.fold}`;
        continue;
      }
      flush();
    }
    block = { text: l.text, fold: l.fold, line: l, item: false };
  }
  flush();

  // The plan's deadline: the document's (latest when several) for targets without their own.
  docDues = docDues.sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
  const docDue = docDues[docDues.length - 1] ?? null;
  if (docDue) add("due", null, docDue.iso, docDue.line);

  if (!baselineYear && baselineYears.length > 0) baselineYear = baselineYears[0]!;
  for (const y of baselineYears) {
    if (baselineYear && y.value !== baselineYear.value) {
      problem("CONFLICT", null, y.line, `this line compares with ${y.value} but the baseline year is ${baselineYear.value} (line ${baselineYear.line.no})`, `dòng này so với năm ${y.value} nhưng năm cơ sở là ${baselineYear.value} (dòng ${baselineYear.line.no})`);
    }
  }

  // Header fields (document first, then options).
  const fromDoc = <T extends string | number>(field: ExtractField, v: { value: T; line: Line } | null, fallback: T | undefined, vi: string): T | null => {
    if (v) {
      add(field, null, v.value, v.line);
      return v.value;
    }
    if (fallback !== undefined) {
      add(field, null, fallback, null);
      return fallback;
    }
    problem("MISSING_FIELD", null, null, `the document does not state the ${field}; pass it in the options`, `văn bản không ghi ${vi}; truyền vào qua tùy chọn`);
    return null;
  };
  const pTitle = fromDoc("title", title, opts.title, "tên kế hoạch");
  const pUnit = fromDoc("unit", unit, opts.unit, "đơn vị");
  const pBaseYear = fromDoc("baselineYear", baselineYear, opts.baselineYear, "năm cơ sở");
  const pTargetYear = fromDoc("targetYear", targetYear, opts.targetYear, "năm mục tiêu");
  if (source) add("source", null, source.value, source.line);

  const optBase = optionBaseline(opts);
  const baseline: Record<string, number> = {};
  const targets: Record<string, TargetSpec> = {};
  let baselineComplete = true;
  for (const c of PGI.components) {
    const id = c.id as PgiSubIndexId;
    const s = sections.get(id);
    if (!s) problem("MISSING_SECTION", id, null, `no section for ${id} ("${c.name.vi}")`, `không có mục về chỉ số "${c.name.vi}"`);
    if (s?.baseline) baseline[id] = num(s.baseline.value);
    else if (optBase.has(id)) {
      baseline[id] = optBase.get(id)!;
      add("baseline", id, optBase.get(id)!, null);
    } else {
      baselineComplete = false;
      problem("MISSING_BASELINE", id, s ? { no: s.line, text: lines[s.line - 1]!.text } : null, `the baseline score of ${id} is not stated; pass options.baseline`, `không có điểm cơ sở của chỉ số "${c.name.vi}"; truyền qua tùy chọn baseline`);
    }
    if (!s) continue;
    if (!s.target) {
      problem("MISSING_TARGET", id, { no: s.line, text: lines[s.line - 1]!.text }, `no target sentence could be read for ${id}; no target is set`, `không đọc được câu chỉ tiêu của chỉ số "${c.name.vi}"; để trống chỉ tiêu`);
      if (s.owners.length > 0) {
        problem("OWNERS_NOT_KEPT", id, { no: s.owners[0]!.line, text: s.owners[0]!.text }, `owners of ${id} are not kept: a plan keeps owners with a target`, `cơ quan thực hiện của chỉ số "${c.name.vi}" không được giữ vì chưa có chỉ tiêu`);
      }
      continue;
    }
    const due = s.due?.iso ?? docDue?.iso;
    // Each body once (plans name owners again in their tasks part), at most 100 (as createPlan takes).
    const owners = [...new Set(s.owners.map((o) => o.name))];
    if (owners.length > 100) {
      problem("OWNERS_NOT_KEPT", id, { no: s.owners[0]!.line, text: s.owners[0]!.text }, `${id} names ${owners.length} owners; the first 100 are kept`, `chỉ số "${c.name.vi}" có ${owners.length} cơ quan thực hiện; giữ 100 cơ quan đầu tiên`);
      owners.length = 100;
    }
    targets[id] = {
      ...(s.target.target !== null ? { target: num(s.target.target) } : {}),
      ...(s.target.delta !== null ? { delta: num(s.target.delta) } : {}),
      comparator: s.target.comparator,
      ...(owners.length > 0 ? { owners } : {}),
      ...(due !== undefined ? { due } : {}),
    };
  }

  let plan: PlanInput | null = null;
  if (pTitle !== null && pUnit !== null && pBaseYear !== null && pTargetYear !== null && baselineComplete) {
    plan = {
      unit: pUnit,
      title: pTitle,
      baselineYear: pBaseYear,
      targetYear: pTargetYear,
      ...(source ? { source: (source as { value: string }).value } : {}),
      baseline,
      targets,
      ...(compositeTarget ? { compositeTarget: num((compositeTarget as { value: string }).value) } : {}),
    };
    try {
      createPlan(plan);
    } catch (e) {
      if (!isPgiError(e)) throw e;
      problem("PLAN_REJECTED", null, null, `createPlan refused what was read: ${e.message}`, `createPlan không nhận dữ liệu đọc được: ${e.message}`);
      plan = null;
    }
  }
  // In the order of the document; values from the options last.
  read.sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
  return seal({
    kind: "planExtraction" as const,
    plan,
    report: { kind: "extractReport" as const, lines: lines.length, read, problems, rankGoals },
  }, showExtract);
}

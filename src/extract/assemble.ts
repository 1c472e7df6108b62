/**
 * Pass of the plan reader that assembles the classified blocks into sections (target, baseline,
 * owners, deadline), the composite target, rank goals and deadlines, recording what was read
 * from which line and what could not be read.
 * @internal
 * @module
 */
import { parseNumber } from "../decimal";
import type { PgiSubIndexId } from "../framework/pgi";
import type { Comparator } from "../plan/create";
import type { Block } from "./blocks";
import { ownerOf, ownerPatterns } from "./owners";
import { rankGoalOf, readSentence, sentencePatterns } from "./sentence";
import { excerpt, type Line } from "./text";
import type { ExtractedItem, ExtractField, ExtractProblem, ExtractProblemCode, StatedRankGoal } from "./types";

/** What the document says about one sub-index. @internal */
export interface Section {
  readonly id: PgiSubIndexId;
  readonly line: number;
  target: { target: string | null; delta: string | null; comparator: Comparator; line: number; text: string } | null;
  baseline: { value: string; year: number | null; line: number; text: string } | null;
  owners: { name: string; line: number; text: string }[];
  due: { iso: string; line: number; text: string } | null;
  labelSeen: boolean;
}

/** Where a problem is: a line, or a line number with its text. @internal */
export type Where = Line | { no: number; text: string } | null;

/** The state of the reader: what was read so far. @internal */
export class Assembly {
  readonly read: ExtractedItem[] = [];
  readonly problems: ExtractProblem[] = [];
  readonly rankGoals: StatedRankGoal[] = [];
  readonly sections = new Map<PgiSubIndexId, Section>();
  readonly docDues: { iso: string; line: Line }[] = [];
  readonly baselineYears: { value: number; line: Line }[] = [];
  compositeTarget: { value: string; line: Line } | null = null;
  cur: Section | null = null;

  /** @param targetYear the plan's target year, if known (a "năm <target year> đạt …" is no baseline). */
  constructor(readonly targetYear: number | null) {}

  add(field: ExtractField, sub: PgiSubIndexId | null, value: string | number, line: Line | null): void {
    this.read.push({ field, subIndex: sub, value, line: line?.no ?? null, text: line ? excerpt(line.text) : "" });
  }

  problem(code: ExtractProblemCode, sub: PgiSubIndexId | null, line: Where, message: string, messageVi: string): void {
    this.problems.push({ code, subIndex: sub, line: line?.no ?? null, message, messageVi, text: line ? excerpt(line.text) : "" });
  }
}

type TextBlock = Extract<Block, { kind: "text" }>;

/** A number as written ("5,90", "5.9"). @internal */
export function num(text: string): number {
  return parseNumber(text, { decimal: text.includes(",") ? "," : "." });
}

/** The ISO date of day, month, year as written, or `null` when it is no calendar date. @internal */
export function isoDate(d: string, m: string, y: string): string | null {
  const iso = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso ? iso : null;
}

const DUE = /\b(?:cham nhat|truoc|han chot|khong muon hon|han)\s*(?:la\s*)?(?:vao\s*)?(?:ngay\s*)?(\d{1,2})\s*(?:[/.-]|\s*thang\s*)(\d{1,2})\s*(?:[/.-]|\s*nam\s*)(\d{4})/g;

function readDues(a: Assembly, b: TextBlock): void {
  for (const m of b.fold.matchAll(DUE)) {
    const iso = isoDate(m[1]!, m[2]!, m[3]!);
    if (iso === null) {
      a.problem("INVALID_DATE", a.cur?.id ?? null, b.line, `the deadline ${m[1]}/${m[2]}/${m[3]} is not a calendar date`, `thời hạn ${m[1]}/${m[2]}/${m[3]} không phải ngày có thật`);
      continue;
    }
    if (!a.cur) a.docDues.push({ iso, line: b.line });
    else if (!a.cur.due) {
      a.cur.due = { iso, line: b.line.no, text: b.text };
      a.add("due", a.cur.id, iso, b.line);
    }
  }
}

function readTask(a: Assembly, cur: Section, b: TextBlock): void {
  const { ITEM } = ownerPatterns();
  const name = ownerOf(b.text.replace(ITEM, ""), cur.labelSeen);
  if (name === null) return;
  cur.owners.push({ name, line: b.line.no, text: b.text });
  a.add("owner", cur.id, name, b.line);
}

function readOwnerLabel(a: Assembly, cur: Section, b: TextBlock): void {
  cur.labelSeen = true;
  const after = b.text.slice(b.text.indexOf(":") + 1).trim();
  if (!b.text.includes(":") || after === "") return;
  for (const n of after.split(";").map((s) => s.replace(/[\s.]+$/, "").trim()).filter((s) => s !== "")) {
    cur.owners.push({ name: n, line: b.line.no, text: b.text });
    a.add("owner", cur.id, n, b.line);
  }
}

function readBaseline(a: Assembly, cur: Section, b: TextBlock, value: string, year: number | null): void {
  const v = num(value);
  if (v < 1 || v > 10) {
    a.problem("OUT_OF_SCALE", cur.id, b.line, `the baseline ${value} is outside the scale 1–10; it is not used`, `điểm cơ sở ${value} nằm ngoài thang 1–10; không sử dụng`);
  } else if (!cur.baseline) {
    cur.baseline = { value, year, line: b.line.no, text: b.text };
    a.add("baseline", cur.id, v, b.line);
    if (year !== null) a.baselineYears.push({ value: year, line: b.line });
  } else if (num(cur.baseline.value) !== v) {
    a.problem("CONFLICT", cur.id, b.line, `a second baseline ${value} (the first, ${cur.baseline.value}, on line ${cur.baseline.line}, is used)`, `điểm cơ sở thứ hai ${value} (dùng điểm ở dòng ${cur.baseline.line}: ${cur.baseline.value})`);
  }
}

function readSectionSentence(a: Assembly, cur: Section, b: TextBlock, goal: boolean): void {
  const { TARGET_WORDS } = sentencePatterns();
  const f = b.fold;
  const r = readSentence(f, a.targetYear);
  const looksLikeTarget = TARGET_WORDS.test(f);
  if (r.baseline !== null) readBaseline(a, cur, b, r.baseline, r.baselineYear);
  if (looksLikeTarget && r.ambiguous) {
    a.problem("UNREADABLE_TARGET", cur.id, b.line, `${r.candidates} numbers could be the target; write one target per sentence such as "đạt từ 5,90 điểm trở lên"`, `có ${r.candidates} số có thể là chỉ tiêu; mỗi câu ghi một chỉ tiêu, ví dụ "đạt từ 5,90 điểm trở lên"`);
  } else if ((looksLikeTarget || r.delta !== null) && (r.target !== null || r.delta !== null)) {
    if (!cur.target) {
      cur.target = { target: r.target, delta: r.delta, comparator: r.comparator, line: b.line.no, text: b.text };
      if (r.target !== null) a.add("target", cur.id, num(r.target), b.line);
      if (r.delta !== null) a.add("target", cur.id, num(r.delta), b.line);
    } else if (cur.target.target !== r.target || cur.target.delta !== r.delta) {
      a.problem("CONFLICT", cur.id, b.line, `a second target sentence (the first, on line ${cur.target.line}, is used)`, `câu chỉ tiêu thứ hai (dùng câu ở dòng ${cur.target.line})`);
    }
  } else if (looksLikeTarget && r.candidates === 0 && r.delta === null && /\d/.test(f.replace(/\b(?:19|20)\d\d\b/g, "")) && r.baseline === null && !goal) {
    a.problem("UNREADABLE_TARGET", cur.id, b.line, "this looks like a target sentence but no target score could be read", "câu này có vẻ là chỉ tiêu nhưng không đọc được điểm mục tiêu");
  }
}

function readComposite(a: Assembly, b: TextBlock): void {
  const { TARGET_WORDS } = sentencePatterns();
  const r = readSentence(b.fold, a.targetYear);
  if (r.baseline !== null) {
    a.add("compositeBaseline", null, num(r.baseline), b.line);
    if (r.baselineYear !== null) a.baselineYears.push({ value: r.baselineYear, line: b.line });
  }
  if (TARGET_WORDS.test(b.fold) && r.target !== null && !r.hold) {
    const ct = a.compositeTarget;
    if (!ct) {
      a.compositeTarget = { value: r.target, line: b.line };
      a.add("compositeTarget", null, num(r.target), b.line);
    } else if (num(ct.value) !== num(r.target)) {
      a.problem("CONFLICT", null, b.line, `a second composite target ${r.target} (the first, on line ${ct.line.no}, is used)`, `chỉ tiêu điểm tổng hợp thứ hai ${r.target} (dùng chỉ tiêu ở dòng ${ct.line.no})`);
    }
  } else if (TARGET_WORDS.test(b.fold) && r.ambiguous) {
    a.problem("UNREADABLE_TARGET", null, b.line, `${r.candidates} numbers could be the composite target`, `có ${r.candidates} số có thể là chỉ tiêu điểm tổng hợp`);
  }
}

function readText(a: Assembly, b: TextBlock): void {
  readDues(a, b);
  const goal = rankGoalOf(b.fold);
  if (goal) {
    a.rankGoals.push({ subIndex: a.cur?.id ?? null, ...goal, line: b.line.no, text: excerpt(b.text) });
    a.add("rankGoal", a.cur?.id ?? null, excerpt(b.text), b.line);
  }
  const cur = a.cur;
  if (b.role === "task" && cur) readTask(a, cur, b);
  else if (b.role === "ownerLabel" && cur) readOwnerLabel(a, cur, b);
  else if (b.role === "sentence" && cur) readSectionSentence(a, cur, b, goal !== null);
  else if (b.role === "composite") readComposite(a, b);
}

/** Assemble the blocks, in the order of the document. @internal */
export function assemble(a: Assembly, blocks: readonly Block[]): void {
  for (const b of blocks) {
    if (b.kind === "heading") {
      a.cur = null;
    } else if (b.kind === "section") {
      const id = b.section.id;
      let s = a.sections.get(id);
      if (!s) {
        s = { id, line: b.line.no, target: null, baseline: null, owners: [], due: null, labelSeen: false };
        a.sections.set(id, s);
      } else {
        s.labelSeen = false;
      }
      a.cur = s;
      a.add("section", id, id, b.line);
    } else {
      readText(a, b);
    }
  }
}

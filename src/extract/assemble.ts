/**
 * Pass of the plan reader that assembles the classified blocks into sections (target, baseline,
 * owners, deadline), the composite target, rank goals and deadlines, recording what was read
 * from which line and what could not be read.
 * @internal
 * @module
 */
import { D, formatNumber, parseNumber } from "../decimal";
import type { PgiSubIndexId } from "../framework/pgi";
import type { Comparator } from "../plan/create";
import type { Block } from "./blocks";
import { assignmentIn, ownerOf, ownerPatterns, roleMarked } from "./owners";
import { rankGoalOf, readSentence, sentencePatterns } from "./sentence";
import { mentionsIn } from "./subindex";
import { excerpt, type Line } from "./text";
import type { ExtractedItem, ExtractField, ExtractProblem, ExtractProblemCode, StatedRankGoal } from "./types";

/** What the document says about one sub-index. @internal */
export interface Section {
  readonly id: PgiSubIndexId;
  readonly line: number;
  target: { target: string | null; delta: string | null; comparator: Comparator; line: number; text: string } | null;
  baseline: { value: string; year: number | null; line: number; text: string; at: Line } | null;
  owners: { name: string; line: number; text: string }[];
  partners: { name: string; line: number; text: string }[];
  due: { iso: string; line: number; text: string } | null;
  labelSeen: boolean;
  /** Bullets under "Đơn vị phối hợp:" name partners; under any other label, owners. */
  labelRole: "lead" | "partner";
}

/** A piece of text read as one: a block, a sentence of a block, or a table row. @internal */
export interface Piece {
  readonly text: string;
  readonly fold: string;
  readonly line: Line;
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
  readonly compositeBaselines: { value: number; year: number | null; line: Line }[] = [];
  compositeTarget: { value: string; line: Line } | null = null;
  cur: Section | null = null;

  /** @param targetYear the plan's target year, if known (a "năm <target year> đạt …" is no baseline). */
  constructor(readonly targetYear: number | null) {}

  add(field: ExtractField, sub: PgiSubIndexId | null, value: string | number, line: Line | null): void {
    this.read.push({ field, subIndex: sub, value, line: line?.no ?? null, text: line ? excerpt(line.text) : "" });
  }

  /** The section of a sub-index, made on first mention (a heading, a table row, a sentence naming it). */
  section(id: PgiSubIndexId, line: Line): Section {
    let s = this.sections.get(id);
    if (!s) {
      s = { id, line: line.no, target: null, baseline: null, owners: [], partners: [], due: null, labelSeen: false, labelRole: "lead" };
      this.sections.set(id, s);
    }
    return s;
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

/** Whether a stated increase is target − baseline, exactly. @internal */
export function deltaMatches(target: string, baseline: string, delta: string): boolean {
  return new D(num(target)).minus(num(baseline)).eq(num(delta));
}

const DUE =
  /\b(?:cham nhat|truoc|han chot|khong muon hon|han)\s*(?:la\s*)?(?:vao\s*)?(?:ngay\s*)?(\d{1,2})\s*(?:[/.-]|\s*thang\s*)(\d{1,2})\s*(?:[/.-]|\s*nam\s*)(\d{4})/g;
/** References to parts of the document ("tại Bảng 1", "Phụ lục II"): their numbers are no figures. */
const REFERENCE = /(?<!\p{L})(?:bảng|phụ lục|biểu|mẫu)\s+(?:số\s+)?(?:\d+|[IVX]+)(?![\d,.]*\d)/giu;

/** The folded text with the spans blanked out (same length). */
function mask(f: string, spans: readonly { start: number; end: number }[]): string {
  const out: string[] = [];
  let at = 0;
  for (const { start, end } of [...spans].sort((x, y) => x.start - y.start)) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out.push(f.slice(at, from), " ".repeat(end - from));
    at = end;
  }
  out.push(f.slice(at));
  return out.join("");
}

/** Deadlines of a piece: for the sections named (the current one, or those a sentence names), else the document's. */
function readDues(a: Assembly, p: Piece, sections: readonly Section[]): void {
  for (const m of p.fold.matchAll(DUE)) {
    const iso = isoDate(m[1]!, m[2]!, m[3]!);
    if (iso === null) {
      a.problem(
        "INVALID_DATE",
        sections[0]?.id ?? null,
        p.line,
        `the deadline ${m[1]}/${m[2]}/${m[3]} is not a calendar date`,
        `thời hạn ${m[1]}/${m[2]}/${m[3]} không phải ngày có thật`,
      );
      continue;
    }
    if (sections.length === 0) a.docDues.push({ iso, line: p.line });
    for (const s of sections) {
      if (s.due) continue;
      s.due = { iso, line: p.line.no, text: p.text };
      a.add("due", s.id, iso, p.line);
    }
  }
}

/** A lead body or a partner of a section, as read. @internal */
export function addBody(a: Assembly, s: Section, name: string, role: "lead" | "partner", p: Piece): void {
  (role === "partner" ? s.partners : s.owners).push({ name, line: p.line.no, text: p.text });
  a.add(role === "partner" ? "partner" : "owner", s.id, name, p.line);
}

function readTask(a: Assembly, cur: Section, b: Piece): void {
  const { ITEM } = ownerPatterns();
  const name = ownerOf(b.text.replace(ITEM, ""), cur.labelSeen);
  if (name === null) return;
  const marked = cur.labelSeen ? roleMarked(name) : { name, role: null };
  addBody(a, cur, marked.name, marked.role ?? (cur.labelSeen ? cur.labelRole : "lead"), b);
}

function readOwnerLabel(a: Assembly, cur: Section, b: Piece): void {
  cur.labelSeen = true;
  const colon = b.text.indexOf(":");
  cur.labelRole = /\bphoi hop\b/.test(b.fold.slice(0, colon < 0 ? b.fold.length : colon)) ? "partner" : "lead";
  const after = b.text.slice(colon + 1).trim();
  if (colon < 0 || after === "") return;
  for (const n of after
    .split(";")
    .map((s) => s.replace(/[\s.]+$/, "").trim())
    .filter((s) => s !== "")) {
    const marked = roleMarked(n);
    addBody(a, cur, marked.name, marked.role ?? cur.labelRole, b);
  }
}

function readBaseline(a: Assembly, cur: Section, p: Piece, value: string, year: number | null): void {
  const v = num(value);
  const had = cur.baseline;
  if (v < 1 || v > 10) {
    a.problem(
      "OUT_OF_SCALE",
      cur.id,
      p.line,
      `the baseline ${value} is outside the scale 1–10; it is not used`,
      `điểm cơ sở ${value} nằm ngoài thang 1–10; không sử dụng`,
    );
  } else if (!had || (had.year !== null && year !== null && year > had.year && (a.targetYear === null || year < a.targetYear))) {
    // The first baseline, or a later year's result than the one read (the earlier is a past result).
    cur.baseline = { value, year, line: p.line.no, text: p.text, at: p.line };
    a.add("baseline", cur.id, v, p.line);
  } else if (had.year !== null && year !== null && year !== had.year) {
    // A result of an earlier year: not the baseline.
  } else if (num(had.value) !== v) {
    a.problem(
      "CONFLICT",
      cur.id,
      p.line,
      `a second baseline ${value} (the first, ${had.value}, on line ${had.line}, is used)`,
      `điểm cơ sở thứ hai ${value} (dùng điểm ở dòng ${had.line}: ${had.value})`,
    );
  }
}

/** A target as read; the first of a section is used, a different second one is a conflict. @internal */
export function setTarget(a: Assembly, cur: Section, p: Piece, t: { target: string | null; delta: string | null; comparator: Comparator }): void {
  if (!cur.target) {
    cur.target = { ...t, line: p.line.no, text: p.text };
    if (t.target !== null) a.add("target", cur.id, num(t.target), p.line);
    if (t.delta !== null) a.add("target", cur.id, num(t.delta), p.line);
  } else if (cur.target.target !== t.target || cur.target.delta !== t.delta) {
    a.problem(
      "CONFLICT",
      cur.id,
      p.line,
      `a second target sentence (the first, on line ${cur.target.line}, is used)`,
      `câu chỉ tiêu thứ hai (dùng câu ở dòng ${cur.target.line})`,
    );
  }
}

function readSectionSentence(a: Assembly, cur: Section, p: Piece, goal: boolean): void {
  const { TARGET_WORDS } = sentencePatterns();
  const f = p.fold;
  const r = readSentence(f, a.targetYear);
  const looksLikeTarget = TARGET_WORDS.test(f);
  if (r.baseline !== null) readBaseline(a, cur, p, r.baseline, r.baselineYear);
  if (looksLikeTarget && r.ambiguous) {
    a.problem(
      "UNREADABLE_TARGET",
      cur.id,
      p.line,
      `${r.candidates} numbers could be the target; write one target per sentence such as "đạt từ 5,90 điểm trở lên"`,
      `có ${r.candidates} số có thể là chỉ tiêu; mỗi câu ghi một chỉ tiêu, ví dụ "đạt từ 5,90 điểm trở lên"`,
    );
  } else if ((looksLikeTarget || r.delta !== null) && (r.target !== null || r.delta !== null)) {
    setTarget(a, cur, p, { target: r.target, delta: r.delta, comparator: r.comparator });
  } else if (looksLikeTarget && r.candidates === 0 && r.delta === null && /\d/.test(f.replace(/\b(?:19|20)\d\d\b/g, "")) && r.baseline === null && !goal) {
    a.problem(
      "UNREADABLE_TARGET",
      cur.id,
      p.line,
      "this looks like a target sentence but no target score could be read",
      "câu này có vẻ là chỉ tiêu nhưng không đọc được điểm mục tiêu",
    );
  }
}

/** The composite figures of a sentence or a total row; a stated increase that is not target − baseline is reported. @internal */
export function setComposite(
  a: Assembly,
  p: Piece,
  c: { target: string | null; baseline: string | null; year: number | null; delta: string | null; isTarget: boolean },
): void {
  if (c.baseline !== null) {
    a.add("compositeBaseline", null, num(c.baseline), p.line);
    a.compositeBaselines.push({ value: num(c.baseline), year: c.year, line: p.line });
  }
  if (c.target !== null && c.isTarget) {
    const ct = a.compositeTarget;
    if (!ct) {
      a.compositeTarget = { value: c.target, line: p.line };
      a.add("compositeTarget", null, num(c.target), p.line);
    } else if (num(ct.value) !== num(c.target)) {
      a.problem(
        "CONFLICT",
        null,
        p.line,
        `a second composite target ${c.target} (the first, on line ${ct.line.no}, is used)`,
        `chỉ tiêu điểm tổng hợp thứ hai ${c.target} (dùng chỉ tiêu ở dòng ${ct.line.no})`,
      );
    }
  }
  if (c.target !== null && c.baseline !== null && c.delta !== null && !deltaMatches(c.target, c.baseline, c.delta)) {
    const [t, b, d] = [c.target, c.baseline, c.delta].map(num) as [number, number, number];
    const diff = new D(t).minus(b).toNumber();
    const en = (v: number): string => formatNumber(v, { lang: "en", decimals: 2 });
    const vi = (v: number): string => formatNumber(v, { lang: "vi", decimals: 2 });
    a.problem(
      "DELTA_MISMATCH",
      null,
      p.line,
      `the stated increase ${en(d)} is not the target minus the baseline: ${en(t)} − ${en(b)} = ${en(diff)}`,
      `mức tăng ghi ${vi(d)} không bằng chỉ tiêu trừ điểm cơ sở: ${vi(t)} − ${vi(b)} = ${vi(diff)}`,
    );
  }
}

function readComposite(a: Assembly, p: Piece): void {
  const { TARGET_WORDS } = sentencePatterns();
  const r = readSentence(p.fold, a.targetYear);
  if (TARGET_WORDS.test(p.fold) && r.target === null && r.ambiguous) {
    a.problem(
      "UNREADABLE_TARGET",
      null,
      p.line,
      `${r.candidates} numbers could be the composite target`,
      `có ${r.candidates} số có thể là chỉ tiêu điểm tổng hợp`,
    );
  }
  setComposite(a, p, { target: r.target, baseline: r.baseline, year: r.baselineYear, delta: r.delta, isTarget: TARGET_WORDS.test(p.fold) && !r.hold });
}

/** A piece with its assignment, references and sub-index names blanked out of the figures. */
function cleaned(p: Piece): { piece: Piece; assignment: ReturnType<typeof assignmentIn> } {
  const assignment = assignmentIn(p.text, p.fold);
  const spans = [...p.text.matchAll(REFERENCE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  spans.push(...mentionsIn(p.fold));
  if (assignment) spans.push(assignment);
  return { piece: spans.length === 0 ? p : { ...p, fold: mask(p.fold, spans) }, assignment };
}

function assign(a: Assembly, s: Section, p: Piece, x: NonNullable<ReturnType<typeof assignmentIn>>): void {
  for (const o of x.owners) addBody(a, s, o, "lead", p);
  for (const o of x.partners) addBody(a, s, o, "partner", p);
}

/** Running text outside the sections: each sentence that names one sub-index is read for it. */
function readProse(a: Assembly, b: TextBlock): void {
  const sentences = b.text.split(/(?<=[.!?])\s+(?=["(\p{Lu}])/u);
  let at = 0;
  for (const text of sentences) {
    const start = b.text.indexOf(text, at);
    at = start + text.length;
    const raw: Piece = { text, fold: b.fold.slice(start, start + text.length), line: b.line };
    const ids = [...new Set(mentionsIn(raw.fold).map((m) => m.id))];
    const { piece, assignment } = cleaned(raw);
    const named = ids.map((id) => a.section(id, b.line));
    readDues(a, raw, named);
    if (named.length === 1) {
      if (assignment) assign(a, named[0]!, piece, assignment);
      readSectionSentence(a, named[0]!, piece, false);
    } else if (named.length === 0 && b.role === "composite" && /\b(pgi|chi so xanh|tong diem|diem tong hop|chi so tong hop)\b/.test(piece.fold)) {
      readComposite(a, piece);
    }
  }
}

function readText(a: Assembly, b: TextBlock): void {
  const goal = rankGoalOf(b.fold);
  if (goal) {
    a.rankGoals.push({ subIndex: a.cur?.id ?? null, ...goal, line: b.line.no, text: excerpt(b.text) });
    a.add("rankGoal", a.cur?.id ?? null, excerpt(b.text), b.line);
  }
  const cur = a.cur;
  // Outside the sections, or a line of a section naming only other sub-indices ("CSTP 2, CSTP 3: chậm nhất ngày …").
  const named = cur ? mentionsIn(b.fold).map((m) => m.id) : [];
  if (!cur || (named.length > 0 && !named.includes(cur.id))) {
    readProse(a, b);
    return;
  }
  const { piece, assignment } = cleaned(b);
  readDues(a, b, [cur]);
  if (assignment) assign(a, cur, piece, assignment);
  if (b.role === "task" && !assignment) readTask(a, cur, b);
  else if (b.role === "ownerLabel") readOwnerLabel(a, cur, b);
  else if (b.role === "sentence") readSectionSentence(a, cur, piece, goal !== null);
}

/** Assemble the blocks, in the order of the document. @internal */
export function assemble(a: Assembly, blocks: readonly Block[], readTable: (a: Assembly, t: Extract<Block, { kind: "table" }>["table"]) => void): void {
  for (const b of blocks) {
    if (b.kind === "heading") {
      a.cur = null;
    } else if (b.kind === "section") {
      const s = a.section(b.section.id, b.line);
      s.labelSeen = false;
      s.labelRole = "lead";
      a.cur = s;
      a.add("section", s.id, s.id, b.line);
    } else if (b.kind === "table") {
      readTable(a, b.table);
    } else {
      readText(a, b);
    }
  }
}

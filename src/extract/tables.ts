/**
 * Pass of the plan reader that finds tables of targets (STT | Chỉ số thành phần | Điểm năm … |
 * Chỉ tiêu năm … | Mức tăng, with a total row) in their three text forms: Markdown rows
 * (`| 1 | … |`), tab-separated rows (text copied from Word), and one cell per line (a Word table
 * converted paragraph by paragraph, empty cells left out).
 * @internal
 * @module
 */
import { mentionsIn, subIndexNamed } from "./subindex";
import { cleanLine, fold, type Line } from "./text";

/** What a column of a targets table holds. @internal */
export type ColumnKind = "stt" | "name" | "baseline" | "target" | "delta" | "owner" | "partner" | "due" | "other";

/** A column: its kind and the year its header names. @internal */
export interface Column {
  readonly kind: ColumnKind;
  readonly year: number | null;
  readonly text: string;
  /** An increase "as stated in the plan" ("Mức tăng ghi trong KH"), preferred to a computed one. */
  readonly stated: boolean;
}

/** One row of a table, its cells aligned with the header's columns. @internal */
export interface TableRow {
  readonly cells: readonly string[];
  readonly line: Line;
}

/** A table of targets. @internal */
export interface Table {
  readonly columns: readonly Column[];
  readonly rows: readonly TableRow[];
  /** The header's line. */
  readonly line: Line;
}

/** The tables, and for each line index the table starting there; lines inside a table are in `inside`. @internal */
export interface Tables {
  readonly at: ReadonlyMap<number, Table>;
  readonly inside: ReadonlySet<number>;
}

function columnOf(text: string): Column {
  const f = fold(text);
  const y = /\b((?:19|20)\d{2})\b/.exec(f);
  const year = y ? Number(y[1]) : null;
  let kind: ColumnKind = "other";
  if (/^(?:stt|tt|so tt)\.?$/.test(f)) kind = "stt";
  else if (/\bphoi hop\b/.test(f)) kind = "partner";
  else if (/\b(?:co quan|don vi)\s+(?:chu tri|thuc hien|phu trach)\b|^chu tri$/.test(f)) kind = "owner";
  else if (/\b(?:thoi han|han hoan thanh|thoi gian hoan thanh)\b/.test(f)) kind = "due";
  else if (/\b(?:muc tang|tang\s*\/\s*giam|tang,\s*giam|chenh lech|muc tang giam)\b|^tang\b/.test(f)) kind = "delta";
  else if (/\b(?:chi tieu|muc tieu|ke hoach|phan dau)\b/.test(f)) kind = "target";
  else if (/\b(?:ten chi so|chi so thanh phan|noi dung|chi so)\b/.test(f) && year === null) kind = "name";
  else if (/\b(?:diem|ket qua|thuc hien|dat)\b/.test(f) || /^nam\s*\d{4}$/.test(f)) kind = "baseline";
  return { kind, year, text, stated: kind === "delta" && /\b(?:ghi|neu|theo ke hoach)\b/.test(f) };
}

/** A header: at least a name and a target column. */
function isHeader(cells: readonly string[]): boolean {
  const kinds = cells.map((c) => columnOf(c).kind);
  return cells.length >= 3 && kinds.includes("name") && kinds.includes("target");
}

const cell = (raw: string): string => cleanLine(raw).text;

/** Cells of a Markdown row or a tab-separated row, or `null`. */
function rowCells(l: Line): string[] | null {
  const raw = l.raw.trim();
  if (raw.startsWith("|") && raw.split("|").length >= 4) {
    return raw.replace(/^\|/, "").replace(/\|$/, "").split("|").map(cell);
  }
  if (l.raw.split("\t").length >= 3) return l.raw.split("\t").map(cell);
  return null;
}

const SEPARATOR = /^\|?\s*:?-{3,}/;

function rowsOfRows(lines: readonly Line[], i: number, out: { at: Map<number, Table>; inside: Set<number> }): number {
  const header = rowCells(lines[i]!);
  if (!header || !isHeader(header)) return i;
  const rows: TableRow[] = [];
  let j = i + 1;
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    if (SEPARATOR.test(l.raw.trim())) continue;
    const cells = rowCells(l);
    if (!cells) break;
    rows.push({ cells, line: l });
  }
  out.at.set(i, { columns: header.map(columnOf), rows, line: lines[i]! });
  for (let k = i; k < j; k++) out.inside.add(k);
  return j - 1;
}

const ROW_START = /^(?:\d{1,2}\.?|[ivx]{1,4}\.?)$/;
const TOTAL = /^(?:tong(?: cong| so| diem)?|cong|toan tinh|chi so pgi|chi so xanh|pgi|diem pgi)\b/;

/** A line that can be a cell: short, not a heading, not a sentence. */
function isCell(l: Line): boolean {
  if (l.text === "" || l.text.length > 120 || /^\s{0,3}#/.test(l.raw)) return false;
  if (/^(?:[ivxlc]+|\d+(?:\.\d+)*)[.)]\s+\S/.test(l.fold)) return false;
  // A label ("Nguồn: …", "Nơi nhận:") ends a table.
  if (/^[^:;]{1,40}:(?:\s|$)/.test(l.text)) return false;
  return !(/[.:;]$/.test(l.text) && l.text.split(" ").length > 6);
}

/** A cell naming a sub-index or the total: where a row starts in a table without STT. */
function namesRow(text: string): boolean {
  return isTotal(text) || mentionsIn(fold(text)).length > 0 || subIndexNamed(text.replace(/["“”]/g, "")) !== null;
}

function cellPerLine(lines: readonly Line[], i: number, out: { at: Map<number, Table>; inside: Set<number> }): number {
  const first = columnOf(lines[i]!.text).kind;
  if (first !== "stt" && first !== "name") return i;
  const withStt = first === "stt";
  const idx: number[] = [i];
  let j = i + 1;
  // The header: the cells after the first up to the first row's STT or name.
  for (; j < lines.length && idx.length < 12; j++) {
    const l = lines[j]!;
    if (l.text === "") continue;
    if (!isCell(l) || (withStt ? ROW_START.test(l.fold) : columnOf(l.text).kind === "other" && namesRow(l.text))) break;
    idx.push(j);
  }
  const header = idx.map((k) => lines[k]!.text);
  if (!isHeader(header)) return i;
  const rows: { cells: string[]; line: Line; last: number }[] = [];
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.text === "") continue;
    if (!isCell(l)) break;
    const starts = withStt
      ? ROW_START.test(l.fold) || (TOTAL.test(l.fold) && rows.length > 0 && rows[rows.length - 1]!.cells.length > 2)
      : namesRow(l.text) && (rows.length === 0 || rows[rows.length - 1]!.cells.length > 1);
    if (starts) rows.push({ cells: [], line: l, last: j });
    else if (rows.length === 0) break;
    const r = rows[rows.length - 1]!;
    // A row without its STT (a total row): the name stands in the second column.
    if (withStt && r.cells.length === 0 && !ROW_START.test(l.fold)) r.cells.push("");
    if (r.cells.length >= header.length) break;
    r.cells.push(l.text);
    r.last = j;
  }
  if (rows.length === 0) return i;
  const end = rows[rows.length - 1]!.last;
  out.at.set(i, { columns: header.map(columnOf), rows: rows.map(({ cells, line }) => ({ cells, line })), line: lines[i]! });
  for (let k = i; k <= end; k++) out.inside.add(k);
  return end;
}

/** Find the tables of targets in the lines. Linear: each line is looked at a bounded number of times. @internal */
export function findTables(lines: readonly Line[]): Tables {
  const out = { at: new Map<number, Table>(), inside: new Set<number>() };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.text === "") continue;
    const next = rowsOfRows(lines, i, out);
    i = next !== i ? next : cellPerLine(lines, i, out);
  }
  return out;
}

/** A number cell: the value as written, and a comparator written with it ("≥ 5,00", "5,00 trở lên"). @internal */
export function numberCell(text: string): { value: string; sign: 1 | -1; comparator: "atLeast" | "atMost" | null } | null {
  const f = fold(text);
  const m =
    /^(?:(≥|>=|>|tu|toi thieu)\s*)?(?:(≤|<=|<|toi da|khong qua)\s*)?([+\-−–]|tang\s*|giam\s*)?(\d+(?:[.,]\d+)?)\s*(?:diem\s*)?(tro len|tro xuong)?$/.exec(
      f.trim(),
    );
  if (!m) return null;
  const sign = m[3] !== undefined && /^[-−–]|giam/.test(m[3]) ? -1 : 1;
  const comparator = m[1] !== undefined || m[5] === "tro len" ? "atLeast" : m[2] !== undefined || m[5] === "tro xuong" ? "atMost" : null;
  return { value: m[4]!, sign, comparator };
}

/** Whether a row's name cell is the total row. @internal */
export function isTotal(name: string): boolean {
  return TOTAL.test(fold(name).trim());
}

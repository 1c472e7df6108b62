/**
 * Pass of the plan reader that reads the header fields: title, unit, years and source (labels
 * first, then the heading, "trên địa bàn …", "ỦY BAN NHÂN DÂN …", the place of the date line).
 * @internal
 * @module
 */
import { findProvince } from "../data/provinces";
import { fold, type Line } from "./text";

/** A value read from a line. @internal */
export interface Found<T> {
  readonly value: T;
  readonly line: Line;
}

/** The header fields of a plan; `null` where the document does not state them. @internal */
export interface Header {
  title: Found<string> | null;
  /** The planning unit: a province by its name ("Lạng Sơn"), a unit below with its level ("Huyện Văn Quan"). */
  unit: Found<string> | null;
  /** The province whose index the plan targets ("tỉnh Lạng Sơn" in a district's plan). */
  indexUnit: Found<string> | null;
  targetYear: Found<number> | null;
  baselineYear: Found<number> | null;
  source: Found<string> | null;
}

const LEVEL = "(?:tinh|huyen|thanh pho|thi xa|quan|xa|phuong|thi tran|tp\\.?)";
const LEVEL_WORD: Record<string, string> = {
  huyen: "Huyện",
  "thanh pho": "Thành phố",
  "thi xa": "Thị xã",
  quan: "Quận",
  xa: "Xã",
  phuong: "Phường",
  "thi tran": "Thị trấn",
  tp: "Thành phố",
  "tp.": "Thành phố",
};

/** The province a name is, when the level says province (or a city run by the centre, "thành phố Hà Nội"). */
function provinceNamed(level: string, name: string): string | null {
  if (level !== "tinh" && !/^(thanh pho|tp\.?)$/.test(level)) return null;
  const p = findProvince(name);
  if (!p) return null;
  return level === "tinh" || fold(p.name).replace(/^tp\.\s*/, "") === fold(name) ? p.name : null;
}

/** The planning unit: a province by its name, a unit below it with its level word ("Huyện Văn Quan"). */
function named(level: string | undefined, name: string): string {
  if (level === undefined) return name;
  return provinceNamed(level, name) ?? `${LEVEL_WORD[level] ?? ""} ${name}`.trim();
}

function titleCase(text: string): string {
  return text
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((w) => (w === "" ? w : w[0]!.toLocaleUpperCase("vi") + w.slice(1)))
    .join(" ");
}

/** Labels as {@link toPlanDocument} writes them: `Đơn vị:`, `Năm cơ sở:`, `Năm mục tiêu:`, `Nguồn số liệu:`. */
function readLabels(lines: readonly Line[], h: Header): void {
  for (const l of lines) {
    const m =
      /^(đơn vị|don vi|chỉ số pgi của tỉnh|chi so pgi cua tinh|năm cơ sở|nam co so|năm mục tiêu|nam muc tieu|nguồn số liệu|nguon so lieu|nguồn|nguon)\s*:\s*(.+)$/i.exec(
        l.text,
      );
    if (!m) continue;
    const key = fold(m[1]!).replace(/^nguon$/, "nguon so lieu");
    // "Đơn vị: Lạng Sơn · Điểm 2023 → Chỉ tiêu 2024": the unit ends at the separator.
    const value = m[2]!.split(" · ")[0]!.trim();
    if (key === "don vi" && !h.unit && fold(value) !== "diem") h.unit = { value: value.replace(/\.$/, ""), line: l };
    else if (key === "chi so pgi cua tinh" && !h.indexUnit)
      h.indexUnit = { value: findProvince(value.replace(/\.$/, ""))?.name ?? value.replace(/\.$/, ""), line: l };
    else if (key === "nguon so lieu" && !h.source) h.source = { value, line: l };
    else if (/^\d{4}\.?$/.test(value)) {
      if (key === "nam co so" && !h.baselineYear) h.baselineYear = { value: Number(value.slice(0, 4)), line: l };
      if (key === "nam muc tieu" && !h.targetYear) h.targetYear = { value: Number(value.slice(0, 4)), line: l };
    }
  }
}

/** The title: a `KẾ HOẠCH` line with its next lines, else the first `#` heading, else a line "Kế hoạch …". */
function readTitle(lines: readonly Line[], head: number): Found<string> | null {
  for (let i = 0; i < head; i++) {
    const l = lines[i]!;
    if (!/^ke hoach\.?$/.test(l.fold)) continue;
    const parts: string[] = [];
    for (let j = i + 1; j < head && parts.length < 4; j++) {
      const n = lines[j]!;
      if (n.text === "") {
        // A Word title is often typed as paragraphs: a next one in lower case goes on ("… năm 2025" / "trên địa bàn huyện …").
        const next = lines.slice(j + 1, j + 3).find((x) => x.text !== "");
        if (parts.length > 0 && !(next && /^\p{Ll}/u.test(next.text))) break;
        continue;
      }
      if (/^(can cu|i\.|[-_]{3,}|so:)/.test(n.fold)) break;
      parts.push(n.text);
    }
    if (parts.length > 0) {
      const rest = parts.join(" ");
      const lower = rest.length > 1 && rest[1] === rest[1]!.toLocaleLowerCase("vi") ? rest[0]!.toLocaleLowerCase("vi") + rest.slice(1) : rest;
      return { value: `Kế hoạch ${lower}`, line: l };
    }
  }
  for (let i = 0; i < head; i++) {
    const l = lines[i]!;
    if (/^\s{0,3}#\s/.test(l.raw) && l.text !== "") return { value: l.text, line: l };
  }
  for (let i = 0; i < head; i++) {
    const l = lines[i]!;
    if (/^ke hoach\s\S/.test(l.fold)) return { value: l.text, line: l };
  }
  return null;
}

/** The unit named by "trên địa bàn (huyện) X". */
function unitIn(l: { text: string; fold: string }): string | null {
  const m = new RegExp(`tren dia ban\\s+(?:(${LEVEL})\\s+)?`).exec(l.fold);
  if (!m) return null;
  const start = m.index + m[0].length;
  const stop = /[,.;()"]|\s(?:nam|giai doan|den|theo|va)\s/.exec(l.fold.slice(start));
  const v = l.text.slice(start, stop ? start + stop.index : l.text.length).trim();
  return v === "" ? null : named(m[1], v);
}

/** The unit: "trên địa bàn …" (title first), "ỦY BAN NHÂN DÂN HUYỆN …", the place of the date line. */
function readUnit(lines: readonly Line[], head: number, title: Found<string> | null): Found<string> | null {
  if (title) {
    const v = unitIn({ text: title.value, fold: fold(title.value) });
    if (v) return { value: v, line: title.line };
  }
  for (const l of lines) {
    const v = unitIn(l);
    if (v) return { value: v, line: l };
  }
  for (let i = 0; i < head; i++) {
    const l = lines[i]!;
    const m = new RegExp(`^(?:uy ban nhan dan|ubnd)\\s+(${LEVEL})\\s+(.+)$`).exec(l.fold);
    const alone = new RegExp(`^(${LEVEL})\\s+(.+)$`).exec(l.fold);
    const prev = lines[i - 1];
    if (m) return { value: named(m[1], titleCase(l.text.slice(l.text.length - m[2]!.length)).trim()), line: l };
    if (alone && prev && /^(uy ban nhan dan|ubnd)$/.test(prev.fold) && l.text === l.text.toLocaleUpperCase("vi")) {
      return { value: named(alone[1], titleCase(l.text.slice(l.text.length - alone[2]!.length)).trim()), line: l };
    }
  }
  for (let i = 0; i < head; i++) {
    const l = lines[i]!;
    const m = /^([^,]{2,60}),\s*ngay\s+(?:\d{1,2}|[.…]+)\s+thang\s+(?:\d{1,2}|[.…]+)\s+nam\s+\d{4}/.exec(l.fold);
    if (m) return { value: l.text.slice(0, m[1]!.length).trim(), line: l };
  }
  return null;
}

/** The province whose index is targeted: the first "tỉnh X" (or "thành phố Hà Nội", …) naming a province. */
function readIndexUnit(lines: readonly Line[]): Found<string> | null {
  const re = /\b(tinh|thanh pho|tp\.?)\s+((?:[a-z]+(?:\s*-\s*|\s+)){0,3}[a-z]+)/g;
  for (const l of lines) {
    for (const m of l.fold.matchAll(re)) {
      const words = l.text.slice(m.index + m[0].length - m[2]!.length, m.index + m[0].length).split(/\s+/);
      // Longest first: "Bà Rịa - Vũng Tàu" before "Bà Rịa".
      for (let n = words.length; n > 0; n--) {
        const p = provinceNamed(m[1]!, words.slice(0, n).join(" "));
        if (p) return { value: p, line: l };
      }
    }
  }
  return null;
}

/**
 * Read the header fields; `head` is the index of the first sub-index section (the heading is
 * looked for above it). The first statement of each field wins; labels before inferences.
 * @internal
 */
export function readHeader(lines: readonly Line[], head: number): Header {
  const h: Header = { title: null, unit: null, indexUnit: null, targetYear: null, baselineYear: null, source: null };
  readLabels(lines, h);
  h.title = readTitle(lines, head);
  h.unit ??= readUnit(lines, head, h.title);
  const own = h.unit ? findProvince(h.unit.value) : undefined;
  h.indexUnit ??= own && fold(own.name) === fold(h.unit!.value) ? { value: own.name, line: h.unit!.line } : readIndexUnit(lines);
  if (!h.targetYear && h.title) {
    const years = [...fold(h.title.value).matchAll(/\b(?:nam|pgi)\s+(\d{4})\b/g)];
    const y = years[years.length - 1];
    if (y) h.targetYear = { value: Number(y[1]), line: h.title.line };
  }
  return h;
}

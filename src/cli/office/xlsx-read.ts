/**
 * Reading .xlsx workbooks as offices keep them (Node only, no package needed): every sheet's cells
 * as they are shown — a cell formatted as a percentage is read as its percent (Excel stores
 * 96,2 % as 0.962; it is read 96.2), a date cell as `yyyy-mm-dd`, text as text (shared, inline and
 * rich-text strings), a formula cell as its last computed value.
 * @internal
 * @module
 */
import { inflateRawSync } from "node:zlib";
import { D } from "../../decimal";
import { PgiError } from "../../errors";

/** A cell as read: text, a number, a boolean, or null when empty. */
export type SheetCell = string | number | boolean | null;

/** One sheet: its name and its rows from row 1 (empty rows kept as empty arrays). */
export interface SheetRows {
  readonly sheet: string;
  readonly data: SheetCell[][];
  /** How many numeric cells were formatted as percentages (read ×100). */
  readonly percentCells: number;
}

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;

function unreadable(name: string, en: string, vi: string): never {
  throw new PgiError("INVALID_INPUT", { en: `${name} is not a readable .xlsx workbook: ${en}`, vi: `${name} không phải tệp .xlsx đọc được: ${vi}` });
}

/** The files of a zip archive, by name (stored or deflated entries). */
export function unzip(bytes: Uint8Array, name: string): Map<string, Uint8Array> {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      end = i;
      break;
    }
  }
  if (end < 0)
    unreadable(
      name,
      "it is not a zip archive (save it again as Excel Workbook .xlsx)",
      "đây không phải tệp nén zip (hãy lưu lại dưới dạng Excel Workbook .xlsx)",
    );
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const files = new Map<string, Uint8Array>();
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (u32(bytes, at) !== 0x02014b50) unreadable(name, "its zip directory is damaged", "mục lục của tệp nén bị hỏng");
    const method = u16(bytes, at + 10);
    const size = u32(bytes, at + 20);
    const nameLength = u16(bytes, at + 28);
    const skip = nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    const local = u32(bytes, at + 42);
    const file = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + skip;
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    const raw = bytes.subarray(start, start + size);
    if (method === 0) files.set(file, raw);
    else if (method === 8) {
      try {
        files.set(file, new Uint8Array(inflateRawSync(raw)));
      } catch {
        unreadable(name, `its part ${file} is damaged`, `phần ${file} của tệp bị hỏng`);
      }
    }
  }
  return files;
}

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text unescaped (entities and the `_xHHHH_` escapes of Office). */
export function xmlText(s: string): string {
  return s
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITY[e] ?? m),
    )
    .replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out[m[1]!] = xmlText(m[2]!);
  return out;
}

/** The text of a string item: its `<t>` runs, phonetic runs left out. */
function stringItem(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let out = "";
  for (const m of plain.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)) out += m[1]!;
  return xmlText(out);
}

/** A number format's kind: a percentage, a date, or another. */
export function formatKind(id: number, code: string | undefined): "percent" | "date" | "other" {
  if (code === undefined) {
    if (id === 9 || id === 10) return "percent";
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) return "date";
    return "other";
  }
  // Outside quoted text, escaped characters and [colour/locale] brackets.
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  if (bare.includes("%")) return "percent";
  if (/General/i.test(bare)) return "other";
  return /[dmyhs]/i.test(bare.replace(/[eE][+-]/g, "")) ? "date" : "other";
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** An Excel serial date as `yyyy-mm-dd`. */
function serialDate(serial: number, epoch1904: boolean): string {
  const base = epoch1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(base + Math.round(serial * 86400) * 1000).toISOString().slice(0, 10);
}

/** A stored number as its shortest decimal, times 100 (a percentage cell as it is shown). */
function percentOf(v: string): number {
  return new D(String(Number(v))).times(100).toNumber();
}

/**
 * Every sheet of an .xlsx workbook, cells read as they are shown (see the module comment). A
 * damaged or non-xlsx file is refused naming the file.
 */
export function readWorkbook(bytes: Uint8Array, name: string): SheetRows[] {
  const files = unzip(bytes, name);
  const text = (path: string): string | undefined => {
    const b = files.get(path);
    return b === undefined ? undefined : new TextDecoder().decode(b);
  };
  const workbook = text("xl/workbook.xml");
  if (workbook === undefined)
    unreadable(
      name,
      "it has no workbook part (is it a Word .docx or another zip file?)",
      "không có phần bảng tính (đây là tệp Word .docx hay một tệp nén khác?)",
    );
  const epoch1904 = /<workbookPr\b[^>]*date1904\s*=\s*"(1|true)"/.test(workbook);
  const rels = new Map<string, string>();
  for (const m of (text("xl/_rels/workbook.xml.rels") ?? "").matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const a = attrs(m[1]!);
    if (a.Id && a.Target) rels.set(a.Id, a.Target.startsWith("/") ? a.Target.slice(1) : `xl/${a.Target}`);
  }
  const shared = [...(text("xl/sharedStrings.xml") ?? "").matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g)].map((m) => stringItem(m[1] ?? ""));
  const styles = text("xl/styles.xml") ?? "";
  const codes = new Map<number, string>();
  for (const m of styles.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    const a = attrs(m[1]!);
    codes.set(Number(a.numFmtId), a.formatCode ?? "");
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const kinds = [...xfs.matchAll(/<xf\b([^>]*?)(?:\/>|>)/g)].map((m) => {
    const id = Number(attrs(m[1]!).numFmtId ?? 0);
    return formatKind(id, codes.get(id));
  });
  const sheets: SheetRows[] = [];
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const a = attrs(m[1]!);
    const path = rels.get(a["r:id"] ?? "") ?? `xl/worksheets/sheet${sheets.length + 1}.xml`;
    const xml = text(path);
    if (xml === undefined) continue;
    const data: SheetCell[][] = [];
    let percentCells = 0;
    let rowNo = 0;
    for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      const r = Number(attrs(row[1]!).r ?? rowNo + 1);
      rowNo = r;
      const cells: SheetCell[] = [];
      let col = -1;
      for (const c of (row[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const ca = attrs(c[1]!);
        col = ca.r ? columnIndex(ca.r) : col + 1;
        const inner = c[2] ?? "";
        const v = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(inner)?.[1];
        let value: SheetCell = null;
        switch (ca.t) {
          case "s":
            value = v === undefined ? null : (shared[Number(v)] ?? null);
            break;
          case "inlineStr":
            value = stringItem(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? "");
            break;
          case "str":
          case "e":
            value = v === undefined ? null : xmlText(v);
            break;
          case "b":
            value = v === "1" ? true : v === "0" ? false : null;
            break;
          case "d":
            value = v === undefined ? null : xmlText(v).slice(0, 10);
            break;
          default: {
            if (v === undefined || v.trim() === "") break;
            const n = Number(v);
            if (!Number.isFinite(n)) {
              value = xmlText(v);
              break;
            }
            const kind = kinds[Number(ca.s ?? 0)] ?? "other";
            if (kind === "percent") {
              value = percentOf(v);
              percentCells++;
            } else value = kind === "date" ? serialDate(n, epoch1904) : Number(String(n));
          }
        }
        if (typeof value === "string" && value.trim() === "") value = null;
        while (cells.length < col) cells.push(null);
        cells[col] = value;
      }
      while (data.length < r - 1) data.push([]);
      data[r - 1] = cells;
    }
    sheets.push({ sheet: a.name ?? `Sheet${sheets.length + 1}`, data, percentCells });
  }
  if (sheets.length === 0) unreadable(name, "it has no sheets", "không có trang tính nào");
  return sheets;
}

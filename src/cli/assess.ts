/**
 * `pgi assess <checklist.json> <communes.csv|communes.xlsx|communes.json>`: a list of communes
 * against a criteria checklist and their targets for the year (Node only).
 * @internal
 * @module
 */
import type { Lang } from "../decimal";
import { describe, PgiError } from "../errors";
import { assessChecklist, assessMany, findLevel, type ChecklistUnitInput } from "../checklist/assess";
import { defineChecklist, type Checklist, type ChecklistSpec } from "../checklist/define";
import { foldName } from "../util";
import { UsageError } from "./args";
import type { Context } from "./context";
import { readInput } from "./files";
import { parseJson } from "./json";
import type { Output } from "./output";
import { headerKey, headerRow, isColumnNumbering, readGrid } from "./tables";

/** Usage line of the command (without the leading `pgi `). */
export const ASSESS_USAGE = "assess <checklist.json> <communes.csv|communes.xlsx|communes.json>";

/** One line for `pgi help`. */
export const ASSESS_SUMMARY = 'communes against a criteria checklist (NTM…): criteria met, gaps, "17/19", targets reached per level';

/** Accepted headers of each column, as `pgi help assess` lists them. */
const ASSESS_HEADERS = {
  unit: '"unit", "Đơn vị", "Tên đơn vị", "Xã", "Tên xã", "Xã, phường, thị trấn", "Đơn vị hành chính", "commune"',
  region: '"region", "Vùng", "Vùng miền", "Khu vực"',
  target: '"target", "Mục tiêu", "Mục tiêu năm …", "Mức đăng ký", "Đăng ký", "Mức phấn đấu", "Mức đạt chuẩn"',
  ignored: '"STT", "TT", "Số thứ tự", "Huyện", "Quận/huyện", "Tỉnh", "Ghi chú", "Năm", "Mã xã", "note"',
};

/** More lines for `pgi assess --help` (English): every accepted header and value. */
export const ASSESS_DETAILS =
  "The checklist file is a spec of defineChecklist (see docs/checklists.md) or a checklist printed as JSON.\n" +
  'Communes: a CSV (, ; or tab) or an .xlsx sheet (--sheet NAME|N), or JSON [{ "unit", "region"?, "target"?, "values": { … } }]\n' +
  'or { "units": […], "targets": { "<unit>": "<level>" } }. One commune: its full assessment; more: the summary.\n' +
  "--format docx (or --out report.docx) writes the result as an official report (Decree 30/2020/NĐ-CP layout).\n" +
  "\n" +
  "Sheets as offices keep them:\n" +
  '  - The header row is the first row with a commune column; title rows above it ("BIỂU TỔNG HỢP KẾT QUẢ …") and a\n' +
  '    column-numbering row under it ("(1) (2) (3)…") are skipped.\n' +
  "  - Commune: " +
  ASSESS_HEADERS.unit +
  "\n" +
  "  - Region (optional): " +
  ASSESS_HEADERS.region +
  "\n" +
  "  - Target level (optional): " +
  ASSESS_HEADERS.target +
  ";\n" +
  '    levels by id or name: "ntm" or "NTM", "NTM nâng cao", "Nông thôn mới kiểu mẫu"…\n' +
  '  - Indicators: one column each, headed by the id ("17.1"), the id and name ("17.1 Tỷ lệ hộ dùng nước sạch (%)",\n' +
  '    "Chỉ tiêu 17.1") or the name ("Tỷ lệ hộ dùng nước sạch"). A missing column of an indicator that a level being\n' +
  '    assessed requires is an error naming it; an empty cell is "no data" (chưa có số liệu) and counts as not met.\n' +
  "  - Ignored, and listed under the result: " +
  ASSESS_HEADERS.ignored +
  " and any other column that\n" +
  '    is not an indicator; total rows ("Tổng", "Tổng cộng", "Cộng").\n' +
  '  - Numbers: 96,2 or 96.2; "95 %" and "95%" in a % indicator; a cell formatted as % in Excel is read as it is shown\n' +
  "    (Excel stores 96,2 % as 0.962: it is read 96,2).\n" +
  '  - Yes/no indicators: done "Đạt", "Có", "x", "✓", "yes"; not done "Không đạt", "Chưa đạt", "Không", "Chưa", "no".';

/** More lines for `pgi assess --help` (Vietnamese): every accepted header and value. */
export const ASSESS_DETAILS_VI =
  "Tệp bộ tiêu chí là đặc tả của defineChecklist (xem docs/checklists.md) hoặc bộ tiêu chí đã in ra dạng JSON.\n" +
  'Danh sách xã: tệp CSV (phân cách , ; hoặc tab), một trang tính .xlsx (--sheet TÊN|SỐ), hoặc JSON [{ "unit", "region"?,\n' +
  '"target"?, "values": { … } }] hoặc { "units": […], "targets": { "<xã>": "<mức>" } }. Một xã: đánh giá đầy đủ của xã đó;\n' +
  "nhiều xã: bảng tổng hợp. --format docx (hoặc --out bao-cao.docx) ghi kết quả thành báo cáo theo thể thức Nghị định\n" +
  "30/2020/NĐ-CP.\n" +
  "\n" +
  "Bảng như các phòng vẫn lập:\n" +
  '  - Dòng tiêu đề cột là dòng đầu tiên có cột tên xã; các dòng tên biểu phía trên ("BIỂU TỔNG HỢP KẾT QUẢ …") và\n' +
  '    dòng đánh số cột phía dưới ("(1) (2) (3)…") được bỏ qua.\n' +
  "  - Cột tên xã: " +
  ASSESS_HEADERS.unit.replace(', "commune"', "") +
  "\n" +
  "  - Cột vùng (nếu có): " +
  ASSESS_HEADERS.region +
  "\n" +
  "  - Cột mức đăng ký (nếu có): " +
  ASSESS_HEADERS.target +
  ";\n" +
  '    mức ghi bằng mã hoặc tên: "ntm" hay "NTM", "NTM nâng cao", "Nông thôn mới kiểu mẫu"…\n' +
  '  - Chỉ tiêu: mỗi chỉ tiêu một cột, tiêu đề là mã ("17.1"), mã và tên ("17.1 Tỷ lệ hộ dùng nước sạch (%)", "Chỉ tiêu 17.1")\n' +
  '    hoặc tên ("Tỷ lệ hộ dùng nước sạch"). Thiếu hẳn cột của một chỉ tiêu mà mức đang đánh giá yêu cầu là lỗi, có\n' +
  '    nêu tên chỉ tiêu; ô để trống là "chưa có số liệu" và tính là chưa đạt.\n' +
  "  - Bỏ qua và liệt kê dưới kết quả: " +
  ASSESS_HEADERS.ignored.replace(', "note"', "") +
  " và mọi cột khác không\n" +
  '    phải chỉ tiêu; các dòng tổng ("Tổng", "Tổng cộng", "Cộng").\n' +
  '  - Số: 96,2 hoặc 96.2; ở chỉ tiêu tính bằng % ghi "95 %" hay "95%" đều được; ô định dạng % trong Excel được đọc\n' +
  "    đúng như hiển thị (Excel lưu 96,2 % thành 0.962; được đọc là 96,2).\n" +
  '  - Chỉ tiêu đạt/không đạt: đã đạt ghi "Đạt", "Có", "x", "✓"; chưa đạt ghi "Không đạt", "Chưa đạt", "Không", "Chưa".';

/** An example command line. */
export const ASSESS_EXAMPLE = "pgi assess checklist.json communes.csv --format csv";

type Cell = string | number | boolean | null;
const text = (c: Cell | undefined): string => (c === null || c === undefined ? "" : String(c).trim());

type Role = "unit" | "region" | "target" | "skip";
const ROLE_KEYS: Record<Role, string> = {
  unit: "unit don_vi ten_don_vi xa ten_xa xa_phuong xa_phuong_thi_tran ten_xa_phuong ten_xa_phuong_thi_tran xa_thi_tran don_vi_hanh_chinh commune communes",
  region: "region vung vung_mien khu_vuc",
  target: "target target_level muc_tieu muc_dang_ky dang_ky muc_phan_dau muc_dat_chuan muc_tieu_dat_chuan muc_dang_ky_dat_chuan",
  skip: "stt tt so_tt so_thu_tu no huyen ten_huyen quan_huyen district tinh ten_tinh province ghi_chu note notes nam year ma_xa ma_don_vi code",
};
let roles: Map<string, Role> | undefined;

/** The role of a header: `Mục tiêu năm 2024` is a target column, `Ghi chú (nếu có)` a note. */
function roleOf(header: string): Role | undefined {
  const k = headerKey(header);
  const bare = k.replace(/_(nam_)?\d{4}$/, "").replace(/_neu_co$/, "");
  if (!roles) {
    roles = new Map();
    for (const [role, keys] of Object.entries(ROLE_KEYS) as [Role, string][]) for (const key of keys.split(" ")) roles.set(key, role);
  }
  return roles.get(k) ?? roles.get(bare);
}

const TOTAL_ROWS = new Set(["tong", "tong_cong", "cong", "tong_so", "toan_huyen", "total"]);

/** What was left out of a sheet, for the note under the result. */
export interface SheetNotes {
  /** Columns ignored (not an indicator), by header as written. */
  readonly ignored: readonly string[];
  /** Indicators with no column that no level being assessed requires (read as no data). */
  readonly absent: readonly string[];
  /** Total rows left out ("Tổng cộng"). */
  readonly totals: number;
}

function notFound(en: string, vi: string, details: Record<string, unknown> = {}): never {
  throw new PgiError("INVALID_INPUT", { en, vi }, [], details);
}

/** The indicator a header names: its id (`17.1`, `17.1 Tỷ lệ … (%)`, `Chỉ tiêu 17.1`) or its name. */
function indicatorOf(header: string, checklist: Checklist): string | undefined {
  const h = header.replace(/^\s*(chỉ tiêu|chi tieu|ct|indicator)\s*/i, "").trim();
  const ids = checklist.criteria.flatMap((c) => c.indicators);
  const byId =
    ids.find((i) => i.id === h) ?? ids.find((i) => h.startsWith(i.id) && /^[\s:.\-–—(]/.test(h.slice(i.id.length)) && !/^\.\d/.test(h.slice(i.id.length)));
  if (byId) return byId.id;
  const f = foldName(h.replace(/\([^)]*\)\s*$/, ""));
  return ids.find((i) => foldName(i.name.vi) === f || foldName(i.name.en) === f)?.id;
}

/**
 * Communes from a sheet as offices keep it: the header found under any title rows; unit, region
 * and target columns by their Vietnamese or English headers; indicator columns by id or name;
 * other columns ignored and listed; a missing indicator column that a level being assessed needs
 * refused naming the indicator.
 */
function fromGrid(
  grid: Cell[][],
  name: string,
  checklist: Checklist,
): { units: ChecklistUnitInput[]; targets: Record<string, string | null>; notes: SheetNotes } {
  const at = headerRow(grid, (row) => row.some((h) => roleOf(h) === "unit"));
  if (at < 0) {
    const first = (grid[0] ?? []).map(text).filter((h) => h !== "");
    if (first.length === 0)
      notFound(
        `${name} is empty; it needs a header row (unit,region,target,<indicator ids…>)`,
        `${name} không có dữ liệu; cần một dòng tiêu đề cột (Tên xã, Vùng, Mục tiêu, <mã chỉ tiêu…>)`,
      );
    const got = first
      .slice(0, 8)
      .map((h) => `"${h}"`)
      .join(", ");
    notFound(
      `${name}: the header needs a "unit" column (${ASSESS_HEADERS.unit}), got ${got}`,
      `${name}: dòng tiêu đề cần một cột tên xã (${ASSESS_HEADERS.unit.replace(', "commune"', "")}), nhận được ${got}`,
    );
  }
  const body = grid.slice(at + 1);
  if (body.length > 0 && isColumnNumbering(body[0]!)) body.shift();
  const header = grid[at]!.map(text);
  const roles = header.map(roleOf);
  const col = (role: Role): number => roles.indexOf(role);
  const [u, r, t] = [col("unit"), col("region"), col("target")];
  const ignored: string[] = [];
  const unrecognised: string[] = [];
  const indicatorCols = new Map<number, string>();
  header.forEach((h, k) => {
    if (k === u || k === r || k === t || h === "") return;
    const id = roles[k] === "skip" ? undefined : indicatorOf(h, checklist);
    if (id === undefined || [...indicatorCols.values()].includes(id)) {
      ignored.push(h);
      if (roles[k] !== "skip") unrecognised.push(h);
    } else indicatorCols.set(k, id);
  });
  const targets: Record<string, string | null> = {};
  const units: ChecklistUnitInput[] = [];
  let totals = 0;
  body.forEach((cells, i) => {
    const unit = text(cells[u]);
    if (TOTAL_ROWS.has(headerKey(unit))) {
      totals++;
      return;
    }
    const row = at + 2 + i;
    if (unit === "") notFound(`${name}, row ${row}: the commune name ("${header[u]}") is empty`, `${name}, dòng ${row}: chưa ghi tên xã (cột "${header[u]}")`);
    const values: Record<string, Cell> = {};
    for (const [k, id] of indicatorCols) {
      const v = cells[k];
      values[id] = v === undefined || v === null || text(v) === "" ? null : v;
    }
    const target = t >= 0 ? text(cells[t]) : "";
    if (target !== "") targets[unit] = target;
    const region = r >= 0 ? text(cells[r]) : "";
    units.push({ unit, ...(region !== "" ? { region } : {}), values: values as ChecklistUnitInput["values"] });
  });
  // The levels being assessed: each commune's target, or the first level for one without a target.
  const levels = new Set<string>();
  for (const x of units) {
    const i = targets[x.unit] === undefined ? 0 : findLevel(checklist, targets[x.unit]);
    if (i >= 0) levels.add(checklist.levels[i]!.id);
  }
  const present = new Set(indicatorCols.values());
  const needed: string[] = [];
  const absent: string[] = [];
  for (const c of checklist.criteria) {
    for (const ind of c.indicators) {
      if (present.has(ind.id)) continue;
      if (c.levels.some((l) => levels.has(l))) needed.push(ind.id);
      else absent.push(ind.id);
    }
  }
  if (needed.length > 0 && units.length > 0) {
    const all = checklist.criteria.flatMap((c) => c.indicators.map((i) => ({ i, c })));
    const describeVi = needed.map((id) => {
      const { i, c } = all.find((x) => x.i.id === id)!;
      return `"${id}" (${i.name.vi}, mức ${c.levels
        .filter((l) => levels.has(l))
        .map((l) => checklist.levels.find((x) => x.id === l)!.name.vi)
        .join(", ")} cần)`;
    });
    const describeEn = needed.map((id) => {
      const { i, c } = all.find((x) => x.i.id === id)!;
      return `"${id}" (${i.name.en}, needed for ${c.levels
        .filter((l) => levels.has(l))
        .map((l) => checklist.levels.find((x) => x.id === l)!.name.en)
        .join(", ")})`;
    });
    const seen = unrecognised.length > 0 ? `; columns not recognised: ${unrecognised.map((h) => `"${h}"`).join(", ")}` : "";
    const seenVi = unrecognised.length > 0 ? `; các cột không nhận ra: ${unrecognised.map((h) => `"${h}"`).join(", ")}` : "";
    notFound(
      `${name} has no column for indicator${needed.length > 1 ? "s" : ""} ${describeEn.join(", ")}${seen}. Add the column headed by the indicator id (an empty cell means no data)`,
      `${name} thiếu cột của chỉ tiêu ${describeVi.join(", ")}${seenVi}. Hãy thêm cột có tiêu đề là mã chỉ tiêu (ô để trống được hiểu là chưa có số liệu)`,
      { missing: needed },
    );
  }
  return { units, targets, notes: { ignored, absent, totals } };
}

/** The note under a result read from a sheet: the columns and rows left out. */
export function sheetNote(notes: SheetNotes, lang: Lang): string {
  const q = (xs: readonly string[]): string => xs.map((x) => `"${x}"`).join(", ");
  const lines: string[] = [];
  if (lang === "vi") {
    if (notes.ignored.length > 0) lines.push(`Các cột đã bỏ qua (không phải chỉ tiêu của bộ tiêu chí): ${q(notes.ignored)}.`);
    if (notes.absent.length > 0) lines.push(`Bảng không có cột của chỉ tiêu ${q(notes.absent)} (không mức nào đang đánh giá cần đến): coi là chưa có số liệu.`);
    if (notes.totals > 0) lines.push(`Đã bỏ qua ${notes.totals} dòng tổng cộng.`);
  } else {
    if (notes.ignored.length > 0) lines.push(`Columns ignored (not indicators of the checklist): ${q(notes.ignored)}.`);
    if (notes.absent.length > 0)
      lines.push(
        `The sheet has no column for indicator${notes.absent.length > 1 ? "s" : ""} ${q(notes.absent)} (no level being assessed needs ${notes.absent.length > 1 ? "them" : "it"}): read as no data.`,
      );
    if (notes.totals > 0) lines.push(`${notes.totals} total row${notes.totals > 1 ? "s" : ""} left out.`);
  }
  return lines.join(" ");
}

/** Communes from JSON: `[{ unit, region?, target?, values }]` or `{ units: […], targets?: { unit: level } }`. */
function fromJson(json: unknown, name: string): { units: ChecklistUnitInput[]; targets: Record<string, string | null> } {
  const list = Array.isArray(json)
    ? json
    : typeof json === "object" && json !== null && Array.isArray((json as { units?: unknown }).units)
      ? (json as { units: unknown[] }).units
      : null;
  if (!list) {
    throw new PgiError("INVALID_INPUT", {
      en: `${name} must hold an array of communes [{ "unit", "region"?, "target"?, "values": { … } }] or { "units": […], "targets"?: { … } }, got ${describe(json)}`,
      vi: `${name} phải chứa danh sách các xã [{ "unit", "region"?, "target"?, "values": { … } }] hoặc { "units": […], "targets"?: { … } }, nhận được ${describe(json, "vi")}`,
    });
  }
  const targets: Record<string, string | null> = { ...((json as { targets?: Record<string, string | null> }).targets ?? {}) };
  const units = list.map((x) => {
    if (typeof x === "object" && x !== null && "target" in x) {
      const { target, ...rest } = x as ChecklistUnitInput;
      if (typeof rest.unit === "string" && target !== undefined) targets[rest.unit] = target;
      return rest as ChecklistUnitInput;
    }
    return x as ChecklistUnitInput;
  });
  return { units, targets };
}

/** Run `pgi assess`: one commune's assessment, or the summary of a list; what a sheet left out is said under it. */
export async function runAssess(ctx: Context): Promise<Output> {
  if (ctx.files.length !== 2)
    throw new UsageError({ en: `usage: pgi ${ASSESS_USAGE}`, vi: "cách dùng: pgi assess <bo-tieu-chi.json> <cac-xa.csv|cac-xa.xlsx|cac-xa.json>" });
  const checklist = defineChecklist(parseJson(readInput(ctx.files[0]!, "json", ctx.source)) as ChecklistSpec);
  const input = readInput(ctx.files[1]!, ctx.values["input-format"] as string | undefined, ctx.source);
  let notes: SheetNotes | undefined;
  let read: { units: ChecklistUnitInput[]; targets: Record<string, string | null> };
  if (input.format === "json") read = fromJson(parseJson(input), input.name);
  else {
    const sheet = fromGrid(await readGrid(input, ctx.values.sheet as string | undefined), input.name, checklist);
    notes = sheet.notes;
    read = sheet;
  }
  const { units, targets } = read;
  const one = units.length === 1 ? units[0]! : null;
  const result = one
    ? assessChecklist(checklist, { ...one, ...(targets[one.unit] !== undefined ? { target: targets[one.unit] } : {}) })
    : assessMany(checklist, units, { targets });
  const note = notes === undefined ? "" : sheetNote(notes, ctx.o.lang);
  // --format docx: the dispatcher writes the result as a Word report; the note goes to standard error.
  if (ctx.docx) return note === "" ? { result } : { result, stderr: note };
  if (note === "") return { result };
  return ctx.o.format === "md" ? { result, note: `\n${note}\n` } : { result, stderr: note };
}

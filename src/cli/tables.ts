/**
 * Tables the `pgi` command reads: CSV (`,` `;` or tab) or an .xlsx sheet, with English,
 * machine (`don_vi`) or Vietnamese office headers ("Tỉnh, thành phố", "Năm", "Điểm PGI", "Xếp hạng").
 * @internal
 * @module
 */
import type { ScoreCardInput } from "../scorecard/scorecard";
import type { UnitRow } from "../scoring/engine";
import { parseCsv } from "../render/primitives";
import { UsageError } from "./args";
import { readWorkbook } from "./office/xlsx-read";
import { decodeText, type Input } from "./files";
import { parseJson } from "./json";

type Cell = string | number | boolean | null;

/** Fold a header to a key: no diacritics, lower case, `_` between words (`"Tỉnh, thành phố"` → `tinh_thanh_pho`). */
export function headerKey(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

let roles: Map<string, Role> | undefined;
type Role = "unit" | "group" | "year" | "composite" | "rank" | "skip";

function roleOf(header: string): Role | undefined {
  if (!roles) {
    roles = new Map();
    const add = (role: Role, keys: string): void => {
      for (const k of keys.split(" ")) roles!.set(k, role);
    };
    add("unit", "unit unit_name don_vi ten_don_vi tinh thanh_pho tinh_thanh_pho tinh_thanh tinh_tp ten_tinh dia_phuong province provinces province_city");
    add("group", "group nhom");
    add("year", "year nam nam_danh_gia ky edition");
    add("composite", "composite diem_pgi tong_diem diem_tong_hop diem_pgi_tong_hop tong_diem_pgi pgi pgi_score pgi_composite diem_tong pgi_composite_score");
    add("rank", "rank xep_hang hang hang_cong_bo published_rank pgi_ranking pgi_rank thu_hang xep_hang_pgi");
    add("skip", "stt tt no region vung vung_kinh_te ghi_chu note notes");
  }
  return roles.get(headerKey(header));
}

/** A cell of text that is a number followed by `%` (`"95 %"`, `"96,2%"`): the number's text. */
const PERCENT_TEXT = /^([-+−]?\d+(?:[.,]\d+)?)\s*%$/;

/**
 * The rows of a CSV or .xlsx input as cells (empty rows dropped), read as they are shown: a cell
 * formatted as a percentage is its percent (0.962 shown as 96,2 % is read 96.2), a date cell is
 * `yyyy-mm-dd`, text such as "95 %" is the number 95.
 */
export async function readGrid(input: Input, sheet: string | undefined): Promise<Cell[][]> {
  let rows: Cell[][];
  if (input.format === "xlsx") {
    const sheets = readWorkbook(input.bytes, input.name);
    let chosen = sheets[0];
    if (sheet !== undefined) {
      const n = Number(sheet);
      chosen =
        Number.isInteger(n) && n >= 1 && n <= sheets.length && !sheets.some((s) => s.sheet === sheet)
          ? sheets[n - 1]
          : sheets.find((s) => s.sheet.trim().toLowerCase() === sheet.trim().toLowerCase());
      if (!chosen)
        throw new UsageError({
          en: `${input.name} has no sheet ${JSON.stringify(sheet)}; its sheets: ${sheets.map((s) => s.sheet).join(", ")}`,
          vi: `${viName(input)} không có trang tính ${JSON.stringify(sheet)}; các trang tính: ${sheets.map((s) => s.sheet).join(", ")}`,
        });
    }
    rows = chosen?.data ?? [];
  } else {
    if (sheet !== undefined)
      throw new UsageError({
        en: `--sheet is for .xlsx workbooks; ${input.name} is ${input.format.toUpperCase()}`,
        vi: `--sheet chỉ dùng cho bảng tính .xlsx; ${viName(input)} là tệp ${input.format.toUpperCase()}`,
      });
    const text = decodeText(input.name, input.bytes);
    const first = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
    const delimiter = first.includes("\t") ? "\t" : first.split(";").length > first.split(",").length ? ";" : ",";
    rows = parseCsv(text.replace(/^\uFEFF/, ""), delimiter);
  }
  return rows
    .filter((r) => r.some((c) => c !== null && String(c).trim() !== ""))
    .map((r) => r.map((c) => (typeof c === "string" ? (PERCENT_TEXT.exec(c.trim())?.[1] ?? c) : c)));
}

/**
 * The index of the header row: the first of the first 12 rows that `isHeader` accepts (title rows
 * such as "BIỂU TỔNG HỢP KẾT QUẢ …" and notes above the header are passed over); -1 when none.
 */
export function headerRow(grid: readonly (readonly Cell[])[], isHeader: (row: string[]) => boolean): number {
  for (let i = 0; i < Math.min(grid.length, 12); i++) if (isHeader(grid[i]!.map(cellText))) return i;
  return -1;
}

/** A row that numbers the columns under a header, as offices print it: "(1) (2) (3)…" or "1 2 3…". */
export function isColumnNumbering(row: readonly Cell[]): boolean {
  const filled = row.map(cellText).filter((c) => c !== "");
  return filled.length >= 2 && filled.every((c, i) => c === `(${i + 1})` || c === String(i + 1) || /^\(\d+\)$/.test(c));
}

/** An input's name in a Vietnamese message. */
const viName = (input: Input): string => (input.name === "standard input" ? "đầu vào chuẩn" : input.name);

const cellText = (c: Cell | undefined): string => (c === null || c === undefined ? "" : String(c).trim());

interface Columns {
  readonly header: string[];
  readonly unit: number;
  readonly group: number;
  readonly roles: (Role | undefined)[];
}

function columns(input: Input, grid: Cell[][], what: string): Columns {
  // The header is the first row with a unit column (title rows above it are passed over); the
  // rows above it and a column-numbering row under it are dropped from the grid.
  const at = headerRow(grid, (row) => row.some((h) => roleOf(h) === "unit"));
  if (at > 0) grid.splice(0, at);
  if (grid.length > 1 && isColumnNumbering(grid[1]!)) grid.splice(1, 1);
  const header = (grid[0] ?? []).map(cellText);
  if (header.length === 0)
    throw new UsageError({ en: `${input.name} is empty; it needs a header row (${what})`, vi: `${viName(input)} trống; cần có dòng tiêu đề các cột` });
  const roles = header.map(roleOf);
  const unit = roles.indexOf("unit");
  if (unit < 0)
    throw new UsageError({
      en: `${input.name}: the header needs a unit column ("unit", "Tỉnh", "Tỉnh, thành phố" or "Đơn vị"), got ${header.join(", ").slice(0, 120)}`,
      vi: `${viName(input)}: dòng tiêu đề cần có cột đơn vị ("unit", "Tỉnh", "Tỉnh, thành phố" hoặc "Đơn vị"), nhận được ${header.join(", ").slice(0, 120)}`,
    });
  return { header, unit, group: roles.indexOf("group"), roles };
}

/** Rows of raw indicators (for `pgi score`): a unit column, an optional group, one column per indicator. */
export async function loadUnitRows(input: Input, sheet: string | undefined): Promise<UnitRow[]> {
  if (input.format === "json") return parseJson(input) as UnitRow[];
  const grid = await readGrid(input, sheet);
  const { header, unit, group, roles } = columns(input, grid, "unit[, group], indicator ids");
  return grid.slice(1).map((cells) => {
    // Entries, then Object.fromEntries: a record built key by key past a dozen keys is a hash
    // table in V8, and scoreUnits reads such rows about twice as slowly.
    const entries: [string, string | number | null][] = [];
    header.forEach((h, k) => {
      if (k === unit || k === group || roles[k] === "skip") return;
      const v = cells[k];
      entries.push([h, v === null || v === undefined || cellText(v) === "" ? null : typeof v === "number" ? v : cellText(v)]);
    });
    const indicators = Object.fromEntries(entries);
    const g = cellText(cells[group]);
    return { unit: cellText(cells[unit]), ...(group >= 0 && g ? { group: g } : {}), indicators } as UnitRow;
  });
}

/** Score cards from JSON (an array of cards) or a table (unit, year?, the four sub-indices?, composite?, rank?). */
export async function loadCardRows(input: Input, sheet: string | undefined, edition: number): Promise<ScoreCardInput[]> {
  if (input.format === "json") {
    const json = parseJson(input);
    if (!Array.isArray(json))
      throw new UsageError({ en: `${input.name} must hold a JSON array of score cards`, vi: `${viName(input)} phải chứa một mảng JSON các phiếu điểm` });
    return json as ScoreCardInput[];
  }
  const grid = await readGrid(input, sheet);
  const { header, unit, roles } = columns(input, grid, "unit, year, the sub-indices, composite, rank");
  const col = (role: Role): number => roles.indexOf(role);
  const [year, composite, rank] = [col("year"), col("composite"), col("rank")];
  const scoreCols = header.map((_, k) => k).filter((k) => roles[k] === undefined && header[k] !== "");
  return grid.slice(1).map((cells) => {
    const scores: Record<string, string | number> = {};
    for (const k of scoreCols) {
      const v = cells[k];
      if (v !== null && v !== undefined && cellText(v) !== "") scores[header[k]!] = typeof v === "number" ? v : cellText(v);
    }
    const y = cellText(cells[year]);
    const c = cells[composite];
    const r = cellText(cells[rank]);
    return {
      unit: cellText(cells[unit]),
      year: y === "" ? edition : Number(y),
      ...(scoreCols.length > 0 && Object.keys(scores).length > 0 ? { scores } : {}),
      ...(c !== null && c !== undefined && cellText(c) !== "" ? { composite: typeof c === "number" ? c : cellText(c) } : {}),
      ...(r !== "" && r !== "-" && r !== "—" ? { rank: Number(r) } : {}),
    } as ScoreCardInput;
  });
}

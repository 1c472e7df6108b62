/**
 * `pgi progress`: progress of an indicator towards its target, by year, quarter or month, from a
 * file of observations; periods as offices type them ("Quý I/2023", "2023-Q1", "03/2023", "2023").
 * @internal
 * @module
 */
import { describe, type Bilingual } from "../../errors";
import { toMarkdown } from "../../renderers";
import { assessProgress, trajectory, type Observation, type TrajectoryDirection } from "../../targets/trajectory";
import { parsePeriod } from "../../targets/calendar";
import { INPUT_OPTIONS, SHEET_OPTIONS, UsageError } from "../args";
import type { Command, Context } from "../context";
import { readInput } from "../files";
import { parseJson } from "../json";
import { headerKey, readGrid } from "../tables";
import { inputFormat, need, num } from "./shared";

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * A period as typed, in the library's form: a year (2023), a quarter ("2023-Q1": "Quý I/2023",
 * "Quý 1 năm 2023", "Q1/2023", "2023-Q1") or a month ("2023-03": "03/2023", "Tháng 3/2023",
 * "2023-03"); undefined for anything else.
 */
export function readPeriod(typed: unknown): number | string | undefined {
  if (typeof typed === "number") return Number.isInteger(typed) && typed >= 1900 && typed <= 2100 ? typed : undefined;
  if (typeof typed !== "string") return undefined;
  const s = typed.normalize("NFC").trim().replace(/\s+/g, " ");
  // The library's reading of quarters and months first; the forms below add years and a few more.
  const known = parsePeriod(s);
  if (known !== null) return known.id;
  let m = /^(?:quý|quy|q)\s*(iv|i{1,3}|[1-4])\s*(?:\/|-|\.|,|\s|năm|nam)+\s*(\d{4})$/i.exec(s);
  if (m) return `${m[2]}-Q${ROMAN[m[1]!.toLowerCase()] ?? Number(m[1])}`;
  m = /^(\d{4})\s*[-/ ]\s*(?:q|quý|quy)\s*([1-4])$/i.exec(s);
  if (m) return `${m[1]}-Q${m[2]}`;
  m = /^(?:(?:tháng|thang|t)\s*)?(\d{1,2})\s*(?:\/|-|\.|\s|năm|nam)+\s*(\d{4})$/i.exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${m[1]!.padStart(2, "0")}`;
  m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2]!.padStart(2, "0")}`;
  m = /^(?:năm|nam)?\s*(\d{4})$/i.exec(s);
  if (m && Number(m[1]) >= 1900 && Number(m[1]) <= 2100) return Number(m[1]);
  return undefined;
}

const PERIOD_HINT: Bilingual = {
  en: 'a year (2023), a quarter ("Quý I/2023" or "2023-Q1") or a month ("03/2023" or "2023-03")',
  vi: 'một năm (2023), một quý ("Quý I/2023" hoặc "2023-Q1") hoặc một tháng ("03/2023" hoặc "2023-03")',
};

function periodOption(ctx: Context, name: string): number | string {
  const typed = ctx.values[name];
  if (typeof typed !== "string") {
    throw new UsageError({ en: `give --${name}: ${PERIOD_HINT.en}`, vi: `cần ghi --${name}: ${PERIOD_HINT.vi}` });
  }
  const p = readPeriod(typed);
  if (p === undefined)
    throw new UsageError({
      en: `--${name} takes ${PERIOD_HINT.en}, got ${describe(typed)}`,
      vi: `--${name} nhận ${PERIOD_HINT.vi}, nhận được ${describe(typed, "vi")}`,
    });
  return p;
}

function numberOption(ctx: Context, name: string, example: string): string {
  const v = ctx.values[name];
  if (typeof v !== "string")
    throw new UsageError({ en: `give --${name} N (e.g. --${name} ${example})`, vi: `cần ghi --${name} N (ví dụ --${name} ${example})` });
  return num(v.replace(/\s*%$/, ""));
}

/** Decimal places of a value as typed ("62,5" → 1). */
function places(v: unknown): number {
  const m = /[.,](\d+)\s*%?$/.exec(String(v ?? "").trim());
  return m ? m[1]!.length : 0;
}

const PERIOD_HEADERS = ["period", "ky", "ky_danh_gia", "quy", "thang", "nam", "year", "thoi_gian", "thoi_diem", "date"];
const VALUE_HEADERS = ["value", "gia_tri", "ket_qua", "so_lieu", "thuc_te", "ket_qua_thuc_hien", "ty_le", "observed"];

type Cell = string | number | boolean | null;

/** Observations from a table: a period column and a value column (a header row, or none). */
function fromGrid(grid: Cell[][], name: string): { period: unknown; value: unknown; row: number }[] {
  const header = (grid[0] ?? []).map((c) => headerKey(String(c ?? "")));
  let p = header.findIndex((h) => PERIOD_HEADERS.includes(h));
  let v = header.findIndex((h) => VALUE_HEADERS.includes(h));
  let first = 1;
  if (p < 0 || v < 0) {
    if (grid[0] !== undefined && readPeriod(grid[0][0]) !== undefined && grid[0].length >= 2) {
      [p, v, first] = [0, 1, 0]; // no header: period, value
    } else if (header.length === 2 && p < 0 !== v < 0) {
      [p, v] = p < 0 ? [1 - v, v] : [p, 1 - p];
    } else {
      const vi = name === "standard input" ? "đầu vào chuẩn" : name;
      throw new UsageError({
        en: `${name}: the header needs a period column ("Kỳ", "Quý", "Tháng", "Năm" or "period") and a value column ("Giá trị", "Kết quả" or "value")`,
        vi: `${vi}: dòng tiêu đề cần có cột kỳ ("Kỳ", "Quý", "Tháng", "Năm" hoặc "period") và cột giá trị ("Giá trị", "Kết quả" hoặc "value")`,
      });
    }
  }
  return grid.slice(first).map((r, i) => ({ period: r[p], value: r[v], row: i + first + 1 }));
}

/** Observations from JSON: `[{ "period" | "year", "value" }]`. */
function fromJson(json: unknown, name: string): { period: unknown; value: unknown; row: number }[] {
  if (!Array.isArray(json)) {
    const vi = name === "standard input" ? "đầu vào chuẩn" : name;
    throw new UsageError({
      en: `${name} must hold an array of observations [{ "period": "Quý II/2023", "value": 70 }]`,
      vi: `${vi} phải chứa một mảng số liệu theo kỳ [{ "period": "Quý II/2023", "value": 70 }]`,
    });
  }
  return json.map((o: unknown, i) => {
    const r = (typeof o === "object" && o !== null ? o : {}) as Record<string, unknown>;
    return { period: r.period ?? r.year, value: r.value, row: i + 1 };
  });
}

/** `pgi progress`. */
export const progress: Command = {
  name: "progress",
  usage: {
    en: "progress --baseline N --baseline-period P --target N --target-period P [--direction lower] [--decimals N] <observations.csv|.xlsx|.json>",
    vi: "progress --baseline N --baseline-period KỲ --target N --target-period KỲ [--direction lower] [--decimals N] <so-lieu-theo-ky.csv|.xlsx|.json>",
  },
  summary: {
    en: "progress of an indicator towards its target by year, quarter or month: the path, where it should be by now, the rate per period",
    vi: "tiến độ thực hiện một chỉ tiêu theo năm, quý hoặc tháng: lộ trình, mức lẽ ra phải đạt đến nay, mức thay đổi mỗi kỳ",
  },
  details: {
    en:
      'Periods: a year (2023), a quarter ("Quý I/2023", "Quý 1 năm 2023", "2023-Q1") or a month ("03/2023", "Tháng 3/2023", "2023-03"),\n' +
      "the baseline, the target and the observations of the same kind. Observations: a table with a period column\n" +
      '("Kỳ", "Quý", "Tháng", "Năm", "period") and a value column ("Giá trị", "Kết quả", "value"), or two columns without a header,\n' +
      'or JSON [{ "period", "value" }]. Without --decimals, values keep the decimals they are written with.',
    vi:
      'Kỳ: một năm (2023), một quý ("Quý I/2023", "Quý 1 năm 2023", "2023-Q1") hoặc một tháng ("03/2023", "Tháng 3/2023", "2023-03");\n' +
      'kỳ cơ sở, kỳ mục tiêu và các kỳ có số liệu phải cùng loại. Số liệu: một bảng có cột kỳ ("Kỳ", "Quý", "Tháng", "Năm")\n' +
      'và cột giá trị ("Giá trị", "Kết quả"), hoặc hai cột không có dòng tiêu đề, hoặc JSON [{ "period", "value" }].\n' +
      "Không ghi --decimals thì số liệu giữ số chữ số thập phân như khi nhập.",
  },
  example: "pgi progress --baseline 62,5 --baseline-period 2022-Q4 --target 90 --target-period 2023-Q4 observations.csv",
  options: {
    ...INPUT_OPTIONS,
    ...SHEET_OPTIONS,
    baseline: { type: "string", example: "62,5", value: { en: "N", vi: "N" }, help: { en: "the baseline value", vi: "giá trị kỳ cơ sở" } },
    "baseline-period": {
      type: "string",
      example: "2022-Q4",
      value: { en: "PERIOD", vi: "KỲ" },
      help: { en: 'the baseline period ("Quý IV/2022", "2022-Q4", "12/2022" or "2022")', vi: 'kỳ cơ sở ("Quý IV/2022", "2022-Q4", "12/2022" hoặc "2022")' },
    },
    target: { type: "string", example: "90", value: { en: "N", vi: "N" }, help: { en: "the target value", vi: "giá trị mục tiêu" } },
    "target-period": {
      type: "string",
      example: "2023-Q4",
      value: { en: "PERIOD", vi: "KỲ" },
      help: { en: "the target period, of the same kind", vi: "kỳ mục tiêu, cùng loại với kỳ cơ sở" },
    },
    direction: {
      type: "string",
      example: "lower",
      value: { en: "higher|lower", vi: "higher|lower" },
      help: {
        en: "lower when less is better (e.g. a pollution indicator); default higher",
        vi: "lower khi càng thấp càng tốt (ví dụ chỉ tiêu ô nhiễm); mặc định higher (càng cao càng tốt)",
      },
    },
    decimals: {
      type: "string",
      example: "1",
      value: { en: "N", vi: "N" },
      help: { en: "decimal places of the values (default: as the values are written)", vi: "số chữ số thập phân của giá trị (mặc định: như khi nhập)" },
    },
    label: {
      type: "string",
      example: '"Tỷ lệ thu gom rác"',
      value: { en: "TEXT", vi: "TÊN" },
      help: { en: "what is measured, for the headings", vi: "tên chỉ tiêu, ghi ở tiêu đề" },
    },
  },
  run: async (ctx) => {
    need(ctx, 1, progress);
    const baseline = numberOption(ctx, "baseline", "62,5");
    const target = numberOption(ctx, "target", "90");
    const baselineYear = periodOption(ctx, "baseline-period");
    const targetYear = periodOption(ctx, "target-period");
    const dir = ctx.values.direction;
    if (dir !== undefined && dir !== "higher" && dir !== "lower") {
      throw new UsageError({
        en: `--direction takes higher or lower, got ${describe(dir)}`,
        vi: `--direction nhận higher (càng cao càng tốt) hoặc lower (càng thấp càng tốt), nhận được ${describe(dir, "vi")}`,
      });
    }
    const input = readInput(ctx.files[0]!, inputFormat(ctx), ctx.source);
    const rows =
      input.format === "json" ? fromJson(parseJson(input), input.name) : fromGrid(await readGrid(input, ctx.values.sheet as string | undefined), input.name);
    const observations: Observation[] = rows.map((r) => {
      const period = readPeriod(r.period);
      if (period === undefined) {
        const vi = input.name === "standard input" ? "đầu vào chuẩn" : input.name;
        throw new UsageError({
          en: `${input.name}, row ${r.row}: the period must be ${PERIOD_HINT.en}, got ${describe(r.period)}`,
          vi: `${vi}, dòng ${r.row}: kỳ phải là ${PERIOD_HINT.vi}, nhận được ${describe(r.period, "vi")}`,
        });
      }
      const value = typeof r.value === "string" ? num(r.value.trim().replace(/\s*%$/, "")) : (r.value as number);
      return { year: period, value };
    });
    let decimals: number;
    if (ctx.values.decimals !== undefined) {
      decimals = Number(ctx.values.decimals);
      if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
        throw new UsageError({
          en: `--decimals takes a whole number from 0 to 10, got ${describe(ctx.values.decimals)}`,
          vi: `--decimals nhận số nguyên từ 0 đến 10, nhận được ${describe(ctx.values.decimals, "vi")}`,
        });
      }
    } else
      decimals = Math.min(
        10,
        Math.max(places(baseline), places(target), ...rows.map((r) => (typeof r.value === "number" ? places(String(r.value)) : places(r.value)))),
      );
    const label = ctx.values.label as string | undefined;
    const path = trajectory({
      baselineYear,
      baseline,
      targetYear,
      target,
      decimals,
      ...(dir ? { direction: dir as TrajectoryDirection } : {}),
      ...(label ? { label } : {}),
    });
    const result = assessProgress(path, observations);
    const lang = ctx.o.lang;
    return { result, json: { trajectory: path, progress: result }, md: `${toMarkdown(path, { lang }).trimEnd()}\n\n${toMarkdown(result, { lang })}` };
  },
};

/**
 * The one error type of pgi-kit, its stable codes, and the bridge from zod.
 * @module
 */
import type { core } from "zod/mini";

/**
 * Every stable error code a {@link PgiError} can carry. Codes never change meaning between
 * versions; new ones may be added.
 *
 * @example
 * ```ts
 * PGI_ERROR_CODES.includes("OUT_OF_SCALE"); // true
 * ```
 */
export const PGI_ERROR_CODES = [
  "INVALID_INPUT",
  "INVALID_NUMBER",
  "AMBIGUOUS_NUMBER",
  "OUT_OF_SCALE",
  "UNKNOWN_SUBINDEX",
  "DUPLICATE_SUBINDEX",
  "MISSING_SUBINDEX",
  "UNKNOWN_EDITION",
  "EDITION_MISMATCH",
  "UNKNOWN_PROVINCE",
  "UNKNOWN_UNIT",
  "DUPLICATE_UNIT",
  "UNKNOWN_INDICATOR",
  "INVALID_FRAMEWORK",
  "IMPOSSIBLE_TARGET",
  "INVALID_DATE",
  "UNSAFE_KEY",
  "OUT_OF_RANGE",
] as const;

/** A stable, machine-readable error code; see {@link PGI_ERROR_CODES}. */
export type PgiErrorCode = (typeof PGI_ERROR_CODES)[number];

/**
 * A message written in both languages side by side: `{ en, vi }`. The Vietnamese text is used as
 * written (numbers already with the decimal comma, ids quoted as they are), never derived from the
 * English.
 */
export interface Bilingual {
  readonly en: string;
  readonly vi: string;
}

/** A path to the offending field, as zod writes it: `["scores", "pollution"]`. */
export type PgiPath = readonly (string | number)[];

const BRAND = Symbol.for("pgi-kit.PgiError");

/**
 * The only error pgi-kit throws on bad input. It names the offending field (`path`), has a stable
 * `code`, and its message says what to pass instead.
 *
 * @example
 * ```ts
 * try { scoreCard({ unit: "X", year: 2023, scores: { pollution: 11 } }); }
 * catch (e) { if (isPgiError(e)) console.log(e.code, e.path.join(".")); }
 * // OUT_OF_SCALE scores.pollution
 * ```
 */
export class PgiError extends Error {
  /** Stable code, e.g. `"OUT_OF_SCALE"`. */
  readonly code: PgiErrorCode;
  /** Where in the input the problem is; empty for the input as a whole. */
  readonly path: PgiPath;
  /** Extra facts for programs (the bad value, the valid choices…). */
  readonly details: Readonly<Record<string, unknown>>;
  /**
   * The message in Vietnamese, with the path in front as in `message` (numbers with a decimal
   * comma). Where no Vietnamese wording of the particular problem exists, it says what kind of
   * problem it is and where, and quotes the English detail.
   */
  readonly messageVi: string;

  constructor(
    code: PgiErrorCode,
    message: string | Bilingual,
    path: PgiPath = [],
    details: Record<string, unknown> = {},
    messageVi?: string,
  ) {
    const where = path.length > 0 ? `${formatPath(path)}: ` : "";
    const en = typeof message === "string" ? message : message.en;
    if (typeof message !== "string") messageVi = message.vi;
    super(`${where}${bounded(en)}`);
    this.name = "PgiError";
    this.code = code;
    this.path = Object.freeze([...path]);
    this.details = Object.freeze({ ...details });
    this.messageVi = `${where}${bounded(messageVi ?? vietnamese(code, en, details))}`;
    Object.defineProperty(this, BRAND, { value: true, enumerable: false });
  }
}

/**
 * A message with every long quoted value (200 characters or more) cut to 60 (an ellipsis and the length follow),
 * and at most 1,000 characters in all: a message never repeats a large input.
 */
function bounded(message: string): string {
  // A quoted value opens with `"` right before a non-space character (prose between two quoted
  // values starts with "; " or ", " and is never that long).
  const cut = message.length <= 200 ? message : message.replace(/"([^"\s;,.)][^"]{199,})"/g, (_m, inner: string) => `"${inner.slice(0, 60)}…" (${inner.length} characters)`);
  return cut.length <= 1000 ? cut : `${cut.slice(0, 999)}…`;
}

/** A number or numeric string with the Vietnamese decimal comma. */
function vn(value: unknown): string {
  return typeof value === "number" || (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)) ? String(value).replace(".", ",") : describe(value);
}

/** Vietnamese wording of an error from its code and details (the English message as a last resort). */
function vietnamese(code: PgiErrorCode, message: string, d: Record<string, unknown>): string {
  const english = message.replace(/\d+\.\d+/g, (m) => m.replace(".", ","));
  switch (code) {
    case "OUT_OF_SCALE":
      return "min" in d && "max" in d
        ? `điểm phải nằm trong khoảng ${vn(d.min)}–${vn(d.max)}, nhận được ${vn(d.value)}`
        : `giá trị nằm ngoài thang điểm (${english})`;
    case "INVALID_NUMBER":
      return `cần một số, ví dụ 6,58 hoặc "6,58" (một dấu thập phân, không dùng dấu phân cách hàng nghìn)${"value" in d && d.value !== undefined ? `, nhận được ${describe(d.value)}` : ""}`;
    case "AMBIGUOUS_NUMBER":
      return `${describe(d.value)} không rõ nghĩa: có thể đọc là số nghìn hoặc số thập phân; hãy ghi rõ dấu thập phân (ví dụ "1,234" với decimal: ",")`;
    case "OUT_OF_RANGE":
      return `số nằm ngoài phạm vi pgi-kit đọc được (độ lớn tối đa 10^15, tối đa 20 chữ số thập phân)`;
    case "UNKNOWN_SUBINDEX":
      return `không có chỉ số thành phần ${describe(d.key)}${Array.isArray(d.valid) ? `; dùng một trong ${(d.valid as unknown[]).join(", ")}, số thứ tự hoặc tên công bố` : ""}`;
    case "DUPLICATE_SUBINDEX":
      return `chỉ số thành phần ${describe(d.id)} được ghi hai lần; mỗi chỉ số chỉ ghi một lần`;
    case "MISSING_SUBINDEX":
      return `thiếu điểm của chỉ số thành phần${Array.isArray(d.missing) ? ` ${(d.missing as unknown[]).join(", ")}` : ""}; cần đủ điểm mọi chỉ số`;
    case "UNKNOWN_EDITION":
      return `không có kỳ PGI ${describe(d.year)} có sẵn; các kỳ có sẵn: ${Array.isArray(d.editions) ? (d.editions as unknown[]).join(", ") : "2022, 2023, 2024"}`;
    case "EDITION_MISMATCH":
      return `năm không khớp với kỳ của bộ chỉ số (${english})`;
    case "UNKNOWN_PROVINCE":
      return `không tìm thấy tỉnh, thành phố ${describe(d.name)}${Array.isArray(d.closest) ? `; gần nhất: ${(d.closest as unknown[]).join(", ")}` : ""} (đơn vị cấp huyện, xã: dùng { units: "any" })`;
    case "UNKNOWN_UNIT":
      return `không có số liệu hoặc đơn vị này (${english})`;
    case "DUPLICATE_UNIT":
      return `đơn vị ${describe(d.unit)} xuất hiện hai lần; mỗi đơn vị chỉ ghi một lần`;
    case "UNKNOWN_INDICATOR":
      return `không có chỉ tiêu này trong bộ chỉ số (${english})`;
    case "INVALID_FRAMEWORK":
      return `bộ chỉ số không hợp lệ (${english})`;
    case "IMPOSSIBLE_TARGET":
      return "maxDelta" in d
        ? `không thể phân bổ mức tăng ${vn(d.requested)}: tối đa chỉ tăng được ${vn(d.maxDelta)} (điểm tổng hợp ${vn(d.maxComposite)})`
        : `mục tiêu không thể đạt được (${english})`;
    case "INVALID_DATE":
      return `ngày không hợp lệ; ghi theo dạng YYYY-MM-DD, ví dụ 2024-12-31`;
    case "UNSAFE_KEY":
      return `không được dùng khóa "__proto__", "constructor" hoặc "prototype"; hãy dùng tên thật của mục`;
    default:
      return `dữ liệu đầu vào không hợp lệ (${english})`;
  }
}

/**
 * True when `value` is a {@link PgiError}, even one from another copy of pgi-kit (it checks a
 * global brand, not `instanceof`).
 *
 * @example
 * ```ts
 * isPgiError(new PgiError("INVALID_INPUT", "bad")); // true
 * isPgiError(new Error("bad"));                      // false
 * ```
 */
export function isPgiError(value: unknown): value is PgiError {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as Record<symbol, unknown>)[BRAND] === true
  );
}

/** `["scores", "pollution", 0]` → `scores.pollution[0]`. */
export function formatPath(path: PgiPath): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out === "" ? p : `.${p}`;
  }
  return out;
}

/** The longest excerpt of a bad value an error message quotes. */
const EXCERPT = 60;

/**
 * Describe a value briefly for an error message: strings are quoted and cut to 60 characters
 * (with an ellipsis and their length), other values are named by their type.
 */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "string") {
    if (value.length <= EXCERPT) return JSON.stringify(value);
    return `${JSON.stringify(value.slice(0, EXCERPT))}… (${value.length} characters)`;
  }
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "boolean") return String(value);
  if (typeof value === "bigint") return "a BigInt";
  if (typeof value === "symbol") return "a Symbol";
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return "an array";
  if (ArrayBuffer.isView(value)) return "a typed array";
  return "an object";
}

/** A message for a zod issue that carries none of our own (zod/mini's default is "Invalid input"). */
function issueMessage(issue: core.$ZodIssue, base: PgiPath = []): string {
  if (issue.message && issue.message !== "Invalid input") return issue.message;
  const full = [...base, ...issue.path];
  const where = full.length > 0 ? String(full[full.length - 1]) : "the input";
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected === "object" ? "a plain object" : issue.expected === "array" ? "an array" : `a ${issue.expected}`} for ${where}${"input" in issue ? `, got ${describe((issue as { input?: unknown }).input)}` : ""}`;
    case "unrecognized_keys": {
      const keys = issue.keys.slice(0, 5).map((k) => describe(k)).join(", ");
      return `unknown key${issue.keys.length > 1 ? "s" : ""} ${keys}${issue.keys.length > 5 ? ", …" : ""}; remove ${issue.keys.length > 1 ? "them" : "it"} (check the spelling of the field names)`;
    }
    case "invalid_value":
      return `expected one of ${issue.values.slice(0, 8).map((v) => JSON.stringify(v)).join(", ")} for ${where}`;
    case "too_small":
      return `${where} is too small: expected at least ${String(issue.minimum)}${issue.origin === "string" ? " characters" : issue.origin === "array" ? " items" : ""}`;
    case "too_big":
      return `${where} is too large: expected at most ${String(issue.maximum)}${issue.origin === "string" ? " characters" : issue.origin === "array" ? " items" : ""}`;
    case "invalid_union":
      return `${where} has none of the accepted forms`;
    default:
      return `${where} is not valid`;
  }
}

/** Convert the first issue of a zod error into a PgiError (zod errors never escape). */
export function fromZodError(error: core.$ZodError, basePath: PgiPath = []): PgiError {
  const issue = error.issues[0];
  const path = [...basePath, ...(issue?.path ?? []).map((p) => (typeof p === "symbol" ? String(p) : p))];
  const message = issue ? issueMessage(issue, basePath) : "invalid input";
  return new PgiError("INVALID_INPUT", message, path, {
    issues: error.issues.slice(0, 10).map((i) => ({ path: i.path.map(String), message: issueMessage(i) })),
  });
}

/**
 * Validate `input` with a zod schema at the boundary; on failure throw a {@link PgiError} with
 * code `INVALID_INPUT` and the path of the first problem. A schema that throws (a getter that
 * throws, say) is reported the same way.
 */
export function parseWith<T>(schema: core.$ZodType<T>, input: unknown, basePath: PgiPath = []): T {
  type Result = { success: true; data: T } | { success: false; error: core.$ZodError };
  const result = readingInput(() => (schema as unknown as { safeParse(v: unknown): Result }).safeParse(input), basePath);
  if (!result.success) throw fromZodError(result.error, basePath);
  return result.data;
}

/**
 * Run `read` on the caller's data: a PgiError from it is reported under `path`; anything else it
 * throws (a getter that throws, a hostile `toString`) becomes one `INVALID_INPUT` PgiError there.
 * The one guard every reader of untrusted input uses. @internal
 */
export function readingInput<T>(read: () => T, path: PgiPath = [], what: string = "the input"): T {
  try {
    return read();
  } catch (e) {
    if (isPgiError(e)) throw prefixPath(e, path);
    throw new PgiError("INVALID_INPUT", `${what} could not be read (${e instanceof Error ? e.message.slice(0, EXCERPT) : "an exception"}); pass plain data`, [...path]);
  }
}

/** Keys that must never be used as data keys (prototype pollution). */
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * The own enumerable keys of a plain record, refusing `__proto__`, `constructor` and `prototype`
 * keys with code `UNSAFE_KEY`, and anything that is not a plain object with `INVALID_INPUT`.
 */
export function safeEntries(value: unknown, path: PgiPath, what: string): [string, unknown][] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new PgiError(
      "INVALID_INPUT",
      `expected ${what} as a plain object, got ${describe(value)}`,
      path,
    );
  }
  const out: [string, unknown][] = [];
  for (const key of Object.keys(value)) {
    if (UNSAFE_KEYS.has(key)) {
      throw new PgiError(
        "UNSAFE_KEY",
        `the key "${key}" is not allowed in ${what}; use the real names of the entries`,
        [...path, key],
      );
    }
    let v: unknown;
    try {
      v = (value as Record<string, unknown>)[key];
    } catch {
      throw new PgiError("INVALID_INPUT", `${key} could not be read (a getter threw); pass plain data`, [...path, key]);
    }
    out.push([key, v]);
  }
  return out;
}

/** The same error with `prefix` put before its path (for errors from nested input). @internal */
export function prefixPath(e: unknown, prefix: PgiPath): unknown {
  if (!isPgiError(e)) return e;
  const raw = e.path.length > 0 ? e.message.slice(formatPath(e.path).length + 2) : e.message;
  const rawVi = e.path.length > 0 ? e.messageVi.slice(formatPath(e.path).length + 2) : e.messageVi;
  return new PgiError(e.code, raw, [...prefix, ...e.path], { ...e.details }, rawVi);
}

/**
 * An options argument: `undefined` is `{}`; anything but a plain object is refused with
 * `INVALID_INPUT`. Its fields are read once (a throwing getter is reported), into a fresh object.
 * @internal
 */
export function optionsOf<T extends object>(value: unknown, keys: readonly (keyof T & string)[], path: PgiPath = ["options"]): Partial<T> {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new PgiError("INVALID_INPUT", `expected options as a plain object such as { ${keys.slice(0, 3).join(", ")} } (or nothing), got ${describe(value)}`, path);
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    let v: unknown;
    try {
      v = (value as Record<string, unknown>)[key];
    } catch {
      throw new PgiError("INVALID_INPUT", `options.${key} could not be read (a getter threw); pass plain data`, [...path, key]);
    }
    if (v !== undefined) out[key] = v;
  }
  return out as Partial<T>;
}

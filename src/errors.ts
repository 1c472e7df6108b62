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
 * The keys never accepted as data keys (they would reach an object's prototype): the one list
 * every reader of keys checks against, `["__proto__", "constructor", "prototype"]`. @internal
 */
export const RESERVED_KEYS: readonly string[] = /* @__PURE__ */ Object.freeze(["__proto__", "constructor", "prototype"]);

/** True for a key in {@link RESERVED_KEYS} (`"__proto__"`, `"constructor"`, `"prototype"`). @internal */
export function isReservedKey(key: unknown): boolean {
  return typeof key === "string" && RESERVED_KEYS.includes(key);
}

/**
 * The only error pgi-kit throws on bad input. It names the offending field (`path`), has a stable
 * `code`, and its message says what to pass instead, in English (`message`) and Vietnamese
 * (`messageVi`), both written where the error is raised.
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
   * comma, ids quoted as written).
   */
  readonly messageVi: string;

  constructor(code: PgiErrorCode, message: Bilingual, path: PgiPath = [], details: Record<string, unknown> = {}) {
    const where = path.length > 0 ? `${pathPrefix(path)}: ` : "";
    super(`${where}${bounded(message.en)}`);
    this.name = "PgiError";
    this.code = code;
    this.path = Object.freeze([...path]);
    this.details = Object.freeze({ ...details });
    this.messageVi = `${where}${bounded(message.vi)}`;
    Object.defineProperty(this, BRAND, { value: true, enumerable: false });
  }
}

/** The same error under another code (its messages, path and details kept). @internal */
export function recoded(e: PgiError, code: PgiErrorCode): PgiError {
  const where = e.path.length > 0 ? pathPrefix(e.path).length + 2 : 0;
  return new PgiError(code, { en: e.message.slice(where), vi: e.messageVi.slice(where) }, e.path, { ...e.details });
}

/** The path as a message starts with it: each field name cut to 60 characters. */
function pathPrefix(path: PgiPath): string {
  return formatPath(path.map((p) => (typeof p === "string" && p.length > EXCERPT ? `${p.slice(0, EXCERPT)}…` : p)));
}

/**
 * A message with every long quoted value (200 characters or more) cut to 60 (an ellipsis and the length follow),
 * and at most 1,000 characters in all: a safety net, as every site quotes values with {@link describe}.
 */
function bounded(message: string): string {
  // A quoted value opens with `"` right before a non-space character (prose between two quoted
  // values starts with "; " or ", " and is never that long).
  const cut = message.length <= 200 ? message : message.replace(/"([^"\s;,.)][^"]{199,})"/g, (_m, inner: string) => `"${inner.slice(0, 60)}…"`);
  return cut.length <= 1000 ? cut : `${cut.slice(0, 999)}…`;
}

/**
 * True when `value` is a {@link PgiError}, even one from another copy of pgi-kit (it checks a
 * global brand, not `instanceof`).
 *
 * @example
 * ```ts
 * isPgiError(new PgiError("INVALID_INPUT", { en: "bad", vi: "sai" })); // true
 * isPgiError(new Error("bad"));                      // false
 * ```
 */
export function isPgiError(value: unknown): value is PgiError {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
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

/** The longest excerpt of a bad value (or key) an error message quotes. */
const EXCERPT = 60;

/**
 * Describe a value briefly for an error message, in English (default) or Vietnamese: strings are
 * quoted as written and cut to 60 characters (with an ellipsis and their length), numbers are
 * written as numbers (with a decimal comma in Vietnamese), other values are named by their type:
 * `describe(6.58, "vi")` is `6,58`, `describe([1], "vi")` is `một mảng`. @internal
 */
export function describe(value: unknown, lang: "en" | "vi" = "en"): string {
  const vi = lang === "vi";
  if (value === null) return "null";
  if (value === undefined) return vi ? "không có giá trị" : "undefined";
  if (typeof value === "string") {
    if (value.length <= EXCERPT) return JSON.stringify(value);
    return `${JSON.stringify(value.slice(0, EXCERPT))}… (${value.length} ${vi ? "ký tự" : "characters"})`;
  }
  if (typeof value === "number") {
    const text = Object.is(value, -0) ? "-0" : String(value);
    return vi ? text.replace(".", ",") : text;
  }
  if (typeof value === "boolean") return String(value);
  if (typeof value === "bigint") return vi ? "một số BigInt" : "a BigInt";
  if (typeof value === "symbol") return vi ? "một Symbol" : "a Symbol";
  if (typeof value === "function") return vi ? "một hàm" : "a function";
  if (Array.isArray(value)) return vi ? "một mảng" : "an array";
  if (ArrayBuffer.isView(value)) return vi ? "một mảng nhị phân" : "a typed array";
  return vi ? "một đối tượng" : "an object";
}

/** A value quoted in each language, `{ en, vi }` (see {@link describe}). @internal */
export function quoted(value: unknown): Bilingual {
  return { en: describe(value), vi: describe(value, "vi") };
}

// ---------------------------------------------------------------------------------------------
// The bridge from zod: zod's own wording never reaches a user.
//
// A schema's custom message is written with `zodMessage({ en, vi })`, which returns the English
// text (what zod carries in `issue.message` and what apps using the exported schemas see) and
// records its Vietnamese here, so the bridge finds it by the English text. A custom message that
// was not recorded keeps its English, and its Vietnamese is written from the issue's kind, as for
// issues without a message of their own. zod/mini's default message ("Invalid input") is never
// shown: the bridge writes both languages from the issue's kind and the field's path.

let viByEn: Map<string, string> | undefined;

/**
 * A custom zod message in both languages: returns the English text for the schema and records
 * the Vietnamese for {@link fromZodError}. Use it for every message passed to a zod schema.
 * @internal
 */
export function zodMessage(message: Bilingual): string {
  viByEn ??= new Map();
  // Schemas are built once; the bound only keeps a schema built per call from growing the table.
  if (viByEn.size < 5000) viByEn.set(message.en, message.vi);
  return message.en;
}

/**
 * The field a zod issue is about, by its last name and the indices after it (`agreeFrom`,
 * `scores[2]`; the message starts with the full path anyway), or "the input".
 */
function whereOf(full: PgiPath): Bilingual {
  let i = full.length - 1;
  while (i > 0 && typeof full[i] === "number") i--;
  if (i < 0) return { en: "the input", vi: "dữ liệu đầu vào" };
  const p = pathPrefix(full.slice(i));
  return { en: p, vi: `trường ${p}` };
}

/** What a zod type name asks for, in both languages. */
function expectedOf(expected: string): Bilingual {
  switch (expected) {
    case "object":
      return { en: "a plain object", vi: "một đối tượng" };
    case "array":
      return { en: "an array", vi: "một mảng" };
    case "string":
      return { en: "a string", vi: "một chuỗi ký tự" };
    case "number":
      return { en: "a finite number", vi: "một số hữu hạn" };
    case "int":
      return { en: "a whole number", vi: "một số nguyên" };
    case "boolean":
      return { en: "true or false", vi: "true hoặc false" };
    case "bigint":
      return { en: "a BigInt", vi: "một số BigInt" };
    case "null":
      return { en: "null", vi: "null" };
    case "date":
      return { en: "a date", vi: "một ngày" };
    default:
      return { en: "a value of the documented kind", vi: "một giá trị đúng loại như tài liệu mô tả" };
  }
}

const plural = (n: number, what: "characters" | "items"): Bilingual =>
  what === "characters" ? { en: n === 1 ? "character" : "characters", vi: "ký tự" } : { en: n === 1 ? "item" : "items", vi: "mục" };

/** Both languages of a zod issue from its kind (used when the schema gave no message of its own). */
function issueByKind(issue: core.$ZodIssue, full: PgiPath): Bilingual {
  const where = whereOf(full);
  const input = (issue as { input?: unknown }).input;
  const got = quoted(input);
  switch (issue.code) {
    case "invalid_type": {
      const want = expectedOf(issue.expected);
      if (input === undefined) {
        // A missing field ("nonoptional" says only that something is required).
        const wantEn = issue.expected === "nonoptional" ? "a value (see the documentation of the field)" : want.en;
        const wantVi = issue.expected === "nonoptional" ? "một giá trị (xem tài liệu của trường này)" : want.vi;
        return { en: `${where.en} is required: pass ${wantEn}`, vi: `thiếu ${where.vi}: cần ${wantVi}` };
      }
      return { en: `expected ${want.en} for ${where.en}, got ${got.en}`, vi: `${where.vi} cần ${want.vi}, nhận được ${got.vi}` };
    }
    case "unrecognized_keys": {
      const keys = issue.keys.slice(0, 5);
      const more = issue.keys.length > 5 ? ", …" : "";
      const many = issue.keys.length > 1;
      return {
        en: `unknown key${many ? "s" : ""} ${keys.map((k) => describe(k)).join(", ")}${more}; remove ${many ? "them" : "it"} (check the spelling of the field names)`,
        vi: `khóa không có trong mẫu dữ liệu: ${keys.map((k) => describe(k, "vi")).join(", ")}${more}; hãy bỏ đi (kiểm tra chính tả tên trường)`,
      };
    }
    case "invalid_value": {
      const values = issue.values.slice(0, 8).map((v) => describe(v));
      return {
        en: `expected one of ${values.join(", ")} for ${where.en}, got ${got.en}`,
        vi: `${where.vi} phải là một trong ${values.join(", ")}, nhận được ${got.vi}`,
      };
    }
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const bound = Number(small ? issue.minimum : issue.maximum);
      const unit = issue.origin === "string" ? plural(bound, "characters") : issue.origin === "array" || issue.origin === "set" ? plural(bound, "items") : null;
      const strict = !(issue.inclusive ?? true);
      const en = small ? (strict ? "more than" : "at least") : strict ? "less than" : "at most";
      const vi = small ? (strict ? "lớn hơn" : "ít nhất") : strict ? "nhỏ hơn" : "tối đa";
      const n = { en: describe(bound), vi: describe(bound, "vi") };
      if (unit === null) {
        return {
          en: `${where.en} must be ${en} ${n.en}, got ${got.en}`,
          vi: `${where.vi} phải ${vi === "ít nhất" ? "từ" : vi === "tối đa" ? "không quá" : vi} ${n.vi}, nhận được ${got.vi}`,
        };
      }
      return { en: `${where.en} must have ${en} ${n.en} ${unit.en}`, vi: `${where.vi} phải có ${vi} ${n.vi} ${unit.vi}` };
    }
    case "invalid_union": {
      // "expected a whole number or a string" when every branch refused the value's type.
      const kinds = issue.errors.map((branch) => branch.find((i) => i.code === "invalid_type" && i.path.length === 0) as core.$ZodIssueInvalidType | undefined);
      if (kinds.length > 0 && kinds.every((k) => k !== undefined)) {
        const wants = [...new Set(kinds.map((k) => k!.expected))].map(expectedOf);
        if (input === undefined)
          return {
            en: `${where.en} is required: pass ${wants.map((w) => w.en).join(" or ")}`,
            vi: `thiếu ${where.vi}: cần ${wants.map((w) => w.vi).join(" hoặc ")}`,
          };
        return {
          en: `expected ${wants.map((w) => w.en).join(" or ")} for ${where.en}, got ${got.en}`,
          vi: `${where.vi} cần ${wants.map((w) => w.vi).join(" hoặc ")}, nhận được ${got.vi}`,
        };
      }
      return {
        en: `${where.en} has none of the accepted forms (see the documentation of the field)`,
        vi: `${where.vi} không có dạng nào được chấp nhận (xem tài liệu của trường này)`,
      };
    }
    case "invalid_format":
      return { en: `${where.en} is not in the expected format, got ${got.en}`, vi: `${where.vi} không đúng định dạng, nhận được ${got.vi}` };
    case "invalid_key":
      return { en: `${where.en} has a key that is not allowed`, vi: `${where.vi} có một khóa không hợp lệ` };
    case "invalid_element":
      return { en: `${where.en} has an entry that is not valid`, vi: `${where.vi} có một phần tử không hợp lệ` };
    case "not_multiple_of":
      return {
        en: `${where.en} must be a multiple of ${describe(Number(issue.divisor))}`,
        vi: `${where.vi} phải là bội số của ${describe(Number(issue.divisor), "vi")}`,
      };
    default:
      return { en: `${where.en} is not valid, got ${got.en}`, vi: `${where.vi} không hợp lệ, nhận được ${got.vi}` };
  }
}

/** Both languages of a zod issue: the schema's own message (with its recorded Vietnamese) or one from its kind. */
function issueMessage(issue: core.$ZodIssue, base: PgiPath = []): Bilingual {
  const full = [...base, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  const byKind = issueByKind(issue, full);
  if (!issue.message || issue.message === "Invalid input") return byKind;
  return { en: issue.message, vi: viByEn?.get(issue.message) ?? byKind.vi };
}

/**
 * Convert the first issue of a zod error into a PgiError (zod errors never escape), with both
 * languages written by the bridge; `details.issues` lists up to ten issues (path and English).
 * @internal
 */
export function fromZodError(error: core.$ZodError, basePath: PgiPath = []): PgiError {
  const issue = error.issues[0];
  const path = [...basePath, ...(issue?.path ?? []).map((p) => (typeof p === "symbol" ? String(p) : p))];
  const message = issue ? issueMessage(issue, basePath) : { en: "the input is not valid", vi: "dữ liệu đầu vào không hợp lệ" };
  return new PgiError("INVALID_INPUT", message, path, {
    issues: error.issues.slice(0, 10).map((i) => ({ path: i.path.map(String), message: issueMessage(i, basePath).en })),
  });
}

/**
 * Validate `input` with a zod schema at the boundary; on failure throw a {@link PgiError} with
 * code `INVALID_INPUT` and the path of the first problem. A schema that throws (a getter that
 * throws, say) is reported the same way.
 */
export function parseWith<T>(schema: core.$ZodType<T>, input: unknown, basePath: PgiPath = []): T {
  type Result = { success: true; data: T } | { success: false; error: core.$ZodError };
  // reportInput: the bridge quotes the bad value (briefly) and tells a missing field from a wrong one.
  const result = readingInput(
    () => (schema as unknown as { safeParse(v: unknown, ctx: { reportInput: boolean }): Result }).safeParse(input, { reportInput: true }),
    basePath,
  );
  if (!result.success) throw fromZodError(result.error, basePath);
  return result.data;
}

/**
 * Run `read` on the caller's data: a PgiError from it is reported under `path`; anything else it
 * throws (a getter that throws, a hostile `toString`) becomes one `INVALID_INPUT` PgiError there.
 * The one guard every reader of untrusted input uses. `what` names the input in both languages.
 * @internal
 */
export function readingInput<T>(read: () => T, path: PgiPath = [], what: Bilingual = { en: "the input", vi: "dữ liệu đầu vào" }): T {
  try {
    return read();
  } catch (e) {
    if (isPgiError(e)) throw prefixPath(e, path);
    const name = what;
    const why = e instanceof Error ? describe(e.message) : "";
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `${name.en} could not be read (${why === "" ? "an exception" : `it threw ${why}`}); pass plain data`,
        vi: `không đọc được ${name.vi} (${why === "" ? "có ngoại lệ khi đọc" : `lỗi khi đọc: ${why}`}); hãy truyền dữ liệu thuần`,
      },
      [...path],
    );
  }
}

/**
 * The own enumerable keys of a plain record, refusing the {@link RESERVED_KEYS} with code
 * `UNSAFE_KEY`, and anything that is not a plain object with `INVALID_INPUT`. `what` names the
 * record in both languages.
 */
export function safeEntries(value: unknown, path: PgiPath, what: Bilingual): [string, unknown][] {
  const name = what;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new PgiError(
      "INVALID_INPUT",
      { en: `expected ${name.en} as a plain object, got ${describe(value)}`, vi: `${name.vi} phải là một đối tượng, nhận được ${describe(value, "vi")}` },
      path,
    );
  }
  const out: [string, unknown][] = [];
  for (const key of Object.keys(value)) {
    if (isReservedKey(key)) {
      throw new PgiError(
        "UNSAFE_KEY",
        {
          en: `the key ${describe(key)} is not allowed in ${name.en}; use the real names of the entries`,
          vi: `không được dùng khóa ${describe(key)} trong ${name.vi}; hãy dùng tên thật của các mục`,
        },
        [...path, key],
      );
    }
    let v: unknown;
    try {
      v = (value as Record<string, unknown>)[key];
    } catch {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `${describe(key)} could not be read (a getter threw); pass plain data`,
          vi: `không đọc được ${describe(key)} (hàm đọc giá trị gây lỗi); hãy truyền dữ liệu thuần`,
        },
        [...path, key],
      );
    }
    out.push([key, v]);
  }
  return out;
}

/** The same error with `prefix` put before its path (for errors from nested input). @internal */
export function prefixPath(e: unknown, prefix: PgiPath): unknown {
  if (!isPgiError(e)) return e;
  if (prefix.length === 0) return e;
  const cut = e.path.length > 0 ? pathPrefix(e.path).length + 2 : 0;
  return new PgiError(e.code, { en: e.message.slice(cut), vi: e.messageVi.slice(cut) }, [...prefix, ...e.path], { ...e.details });
}

/**
 * An options argument: `undefined` is `{}`; anything but a plain object is refused with
 * `INVALID_INPUT`. Its fields are read once (a throwing getter is reported), into a fresh object.
 * @internal
 */
export function optionsOf<T extends object>(value: unknown, keys: readonly (keyof T & string)[], path: PgiPath = ["options"]): Partial<T> {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const shape = `{ ${keys.slice(0, 3).join(", ")} }`;
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `expected options as a plain object such as ${shape} (or nothing), got ${describe(value)}`,
        vi: `tùy chọn phải là một đối tượng, ví dụ ${shape} (hoặc bỏ trống), nhận được ${describe(value, "vi")}`,
      },
      path,
    );
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    let v: unknown;
    try {
      v = (value as Record<string, unknown>)[key];
    } catch {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `options.${key} could not be read (a getter threw); pass plain data`,
          vi: `không đọc được options.${key} (hàm đọc giá trị gây lỗi); hãy truyền dữ liệu thuần`,
        },
        [...path, key],
      );
    }
    if (v !== undefined) out[key] = v;
  }
  return out as Partial<T>;
}

/**
 * Exact numbers: the one private decimal.js clone, the one parser for numeric input, the rounding
 * rules, and the display formatter.
 *
 * Rounding rule (documented in docs/concepts.md): published PGI figures have 2 decimals; every
 * score, delta and composite in a result is rounded once, at the end of its computation, to
 * {@link SCORE_DECIMALS} places **half-up** (ties away from zero: 6.585 → 6.59, −0.005 → −0.01),
 * which is how VCCI's published tables read (no published figure contradicts it) and how Excel's
 * ROUND works. Results hold the closest double to the rounded decimal, so they print exactly.
 * @module
 */
import DecimalJs from "decimal.js";
import { describe, optionsOf, PgiError, type PgiPath } from "./errors";

/**
 * The private Decimal constructor. 40 significant digits, half-up rounding, never exponent
 * notation in `toString()`. The global `Decimal` is never configured.
 * @internal
 */
export const D = /* @__PURE__ */ DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -1e9,
  toExpPos: 1e9,
  modulo: DecimalJs.ROUND_DOWN,
  crypto: false,
});

/** A value of the private Decimal clone. @internal */
export type Dec = InstanceType<typeof D>;

/**
 * Decimal places of every published PGI figure, and of scores, deltas and composites.
 *
 * @example
 * ```ts
 * SCORE_DECIMALS; // 2
 * ```
 */
export const SCORE_DECIMALS = 2;

/** Anything pgi-kit accepts where a number belongs: a finite JS number, a numeric string, a Decimal. */
export type NumberInput = number | string | { readonly toFixed: (dp?: number) => string };

/** Which decimal separator a numeric string uses. `auto` (default) accepts `.` and `,`. */
export type DecimalSeparator = "auto" | "." | ",";

/** Options of {@link parseNumber}. */
export interface ParseNumberOptions {
  /** Where the value came from, for the error's path. */
  readonly path?: PgiPath;
  /**
   * The decimal separator of strings. With `auto`, a single `.` or `,` is the decimal separator,
   * but `"1,234"` and `"1.234"` (one separator followed by exactly three digits, integer part not
   * zero) are refused as ambiguous: they read as 1234 in one convention and 1.234 in the other.
   */
  readonly decimal?: DecimalSeparator;
  /**
   * The scale of the field being read, `{ min, max }` (a PGI score: `{ min: 1, max: 10 }`). It
   * settles the `auto` ambiguity: of the two readings of `"4,845"` (4845 and 4.845), the one that
   * lies on the scale is taken (4.845 for a 1–10 score). When both or neither lie on it, the string
   * is still refused as `AMBIGUOUS_NUMBER`. The scale reads only; it does not refuse values off it.
   */
  readonly scale?: NumberScale;
}

/** The range of a field, for {@link ParseNumberOptions.scale}. */
export interface NumberScale {
  readonly min: number;
  readonly max: number;
}

const ZERO_ONE_THREE = /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/;
const PLAIN = /^([+-]?)(\d+)(?:([.,])(\d+))?$/;

function isDecimalLike(value: unknown): value is Dec {
  return DecimalJs.isDecimal(value);
}

/** The largest magnitude pgi-kit reads: 10^15 (scores, indicators, counts and money all fit). */
export const MAX_MAGNITUDE = 1e15;
/** The most decimal places pgi-kit reads: 20. */
export const MAX_PLACES = 20;

/**
 * How the scale reads `int[.,]frac` ("4,845"): `"decimal"` when only 4.845 lies on it,
 * `"thousands"` when only 4845 does, `undefined` when it does not settle it (or there is none).
 */
function onScale(sign: string, int: string, frac: string, scale: NumberScale | undefined): "decimal" | "thousands" | undefined {
  if (scale === undefined) return undefined;
  const on = (x: Dec) => x.gte(scale.min) && x.lte(scale.max);
  const neg = sign === "-" ? "-" : "";
  const asDecimal = on(new D(`${neg}${int}.${frac}`));
  const asThousands = on(new D(`${neg}${int}${frac}`));
  if (asDecimal === asThousands) return undefined;
  return asDecimal ? "decimal" : "thousands";
}

/** Refuse a decimal outside what the arithmetic supports, quoting the input briefly. */
function inRange(d: Dec, value: unknown, path: PgiPath): Dec {
  if (d.abs().gt(MAX_MAGNITUDE)) {
    throw new PgiError(
      "OUT_OF_RANGE",
      {
        en: `${describe(value)} is too large: pgi-kit reads numbers up to 10^15 in size`,
        vi: `${describe(value, "vi")} quá lớn: pgi-kit đọc được số có độ lớn tối đa 10^15`,
      },
      path,
      { value: typeof value === "number" ? value : undefined },
    );
  }
  if (d.decimalPlaces() > MAX_PLACES) {
    throw new PgiError(
      "OUT_OF_RANGE",
      {
        en: `${describe(value)} has more than ${MAX_PLACES} decimal places; round it first`,
        vi: `${describe(value, "vi")} có quá ${MAX_PLACES} chữ số thập phân; hãy làm tròn trước`,
      },
      path,
      { value: typeof value === "number" ? value : undefined },
    );
  }
  return d;
}

/**
 * Parse one numeric input into the private Decimal, exactly. Throws {@link PgiError}
 * (`INVALID_NUMBER` or `AMBIGUOUS_NUMBER`) naming `path`.
 * @internal
 */
export function toDec(value: unknown, options: ParseNumberOptions = {}): Dec {
  const path = options.path ?? [];
  const sep = options.decimal ?? "auto";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw new PgiError(
        "INVALID_NUMBER",
        { en: `expected a finite number, got ${describe(value)}`, vi: `cần một số hữu hạn, nhận được ${describe(value, "vi")}` },
        path,
        { value },
      );
    }
    // A JS number is read by its shortest round-trip decimal form: 6.58 is 6.58, not 6.5800000000000000710…
    return inRange(new D(Object.is(value, -0) ? 0 : value.toString()), value, path);
  }
  if (typeof value === "string") return decFromString(value, sep, path, options.scale);
  if (isDecimalLike(value)) return decFromDecimal(value, path);
  throw new PgiError(
    "INVALID_NUMBER",
    {
      en: `expected a number such as 6.58 or a string such as "6,58", got ${describe(value)}`,
      vi: `cần một số như 6,58 hoặc một chuỗi như "6,58", nhận được ${describe(value, "vi")}`,
    },
    path,
    { value: typeof value === "object" ? undefined : value },
  );
}

/** Read a numeric string (decimal comma or point, typographic minus) exactly; see {@link toDec}. */
function decFromString(value: string, sep: DecimalSeparator, path: PgiPath, scale: NumberScale | undefined): Dec {
  // A typographic minus (U+2212), as Vietnamese documents often write it, reads as "-".
  const s = value.trim().replace(/^\u2212/, "-");
  if (s === "") {
    throw new PgiError(
      "INVALID_NUMBER",
      { en: 'expected a number such as 6.58 or "6,58", got an empty string', vi: 'cần một số, ví dụ 6,58 hoặc "6,58", nhận được một chuỗi rỗng' },
      path,
      { value },
    );
  }
  const m = PLAIN.exec(s);
  if (!m) {
    throw new PgiError(
      "INVALID_NUMBER",
      {
        en: `expected a number such as 6.58 or "6,58" (one decimal separator, no thousands separators), got ${describe(value)}`,
        vi: `cần một số, ví dụ 6,58 hoặc "6,58" (một dấu thập phân, không dùng dấu phân cách hàng nghìn), nhận được ${describe(value, "vi")}`,
      },
      path,
      { value },
    );
  }
  const [, sign, , usedSep] = m;
  let int = m[2]!;
  let frac = m[4];
  if (usedSep !== undefined) {
    // "1,234" in auto mode: the field's scale may settle it (else it is refused as ambiguous).
    const settled = sep === "auto" && ZERO_ONE_THREE.test(s) ? onScale(sign!, int, frac!, scale) : null;
    if (settled === "thousands") {
      int = `${int}${frac}`;
      frac = undefined;
    } else if (settled === undefined) {
      throw new PgiError(
        "AMBIGUOUS_NUMBER",
        {
          en: `${describe(value)} is ambiguous: it reads as ${int}${frac} with "${usedSep}" as a thousands separator and as ${int}.${frac} with it as the decimal separator; pass a JS number, or say which separator the input uses`,
          vi: `${describe(value, "vi")} không rõ nghĩa: đọc là ${int}${frac} nếu "${usedSep}" là dấu phân cách hàng nghìn, là ${int},${frac} nếu đó là dấu thập phân; hãy truyền một số, hoặc cho biết dấu thập phân của dữ liệu`,
        },
        path,
        { value },
      );
    }
    if (sep !== "auto" && usedSep !== sep) {
      throw new PgiError(
        "INVALID_NUMBER",
        {
          en: `${describe(value)} uses "${usedSep}" but the decimal separator is "${sep}"; write it as ${int}${sep}${frac}`,
          vi: `${describe(value, "vi")} dùng dấu "${usedSep}" nhưng dấu thập phân là "${sep}"; hãy viết ${int}${sep}${frac}`,
        },
        path,
        { value },
      );
    }
  }
  if (s.length > 64) {
    throw new PgiError(
      "OUT_OF_RANGE",
      {
        en: `${describe(value)} has too many digits: pgi-kit reads numbers up to 10^15 with at most ${MAX_PLACES} decimal places`,
        vi: `${describe(value, "vi")} có quá nhiều chữ số: pgi-kit đọc được số có độ lớn tối đa 10^15 và tối đa ${MAX_PLACES} chữ số thập phân`,
      },
      path,
    );
  }
  const d = new D(`${sign === "-" ? "-" : ""}${int}${frac !== undefined ? `.${frac}` : ""}`);
  return inRange(d.isZero() ? new D(0) : d, value, path);
}

/** Accept a finite, in-range Decimal of any decimal.js copy; see {@link toDec}. */
function decFromDecimal(value: Dec, path: PgiPath): Dec {
  if (!value.isFinite())
    throw new PgiError(
      "INVALID_NUMBER",
      { en: `expected a finite Decimal, got ${value.toString()}`, vi: `cần một số Decimal hữu hạn, nhận được ${value.toString()}` },
      path,
    );
  if (value.abs().gt(MAX_MAGNITUDE) || value.decimalPlaces() > MAX_PLACES) {
    const approx = value.toSignificantDigits(6).toString();
    throw new PgiError(
      "OUT_OF_RANGE",
      {
        en: `a Decimal of ${approx} is outside what pgi-kit reads (up to 10^15, at most ${MAX_PLACES} decimal places)`,
        vi: `số Decimal ${approx.replace(".", ",")} nằm ngoài phạm vi pgi-kit đọc được (độ lớn tối đa 10^15, tối đa ${MAX_PLACES} chữ số thập phân)`,
      },
      path,
    );
  }
  const text = value.toFixed();
  if (!/^-?\d+(\.\d+)?$/.test(text)) {
    throw new PgiError(
      "INVALID_NUMBER",
      { en: `expected a finite Decimal, got ${describe(text)}`, vi: `cần một số Decimal hữu hạn, nhận được ${describe(text, "vi")}` },
      path,
      { value: text },
    );
  }
  return new D(text);
}

/** Round half-up to `decimals` places (default {@link SCORE_DECIMALS}). @internal */
export function roundDec(d: Dec, decimals: number = SCORE_DECIMALS): Dec {
  return d.toDecimalPlaces(decimals, D.ROUND_HALF_UP);
}

/**
 * The closest double to the decimal rounded half-up at `decimals` places, with −0 normalised to 0.
 * This is the one place where a Decimal becomes a result number.
 * @internal
 */
export function toNum(d: Dec, decimals: number = SCORE_DECIMALS): number {
  const n = Number(roundDec(d, decimals).toFixed());
  return n === 0 ? 0 : n;
}

/**
 * Parse one numeric input exactly and return it as a plain number (the closest double to the
 * decimal that was written). Accepts finite JS numbers, strings with a dot or a Vietnamese
 * decimal comma (surrounding spaces allowed) and decimal.js values.
 *
 * @throws {@link PgiError} `INVALID_NUMBER` for NaN, ±Infinity, `""`, `"abc"`, `"6,5,8"`,
 * `"1.2.3"`, booleans, null and objects; `AMBIGUOUS_NUMBER` for `"1,234"`-style strings in `auto`
 * mode, unless `scale` settles them (`"4,845"` on a 1–10 scale is 4.845).
 *
 * @example
 * ```ts
 * parseNumber(" 6,58 ");   // 6.58
 * parseNumber("6.58");     // 6.58
 * parseNumber(4.84);       // 4.84
 * parseNumber("1,234", { decimal: "," }); // 1.234
 * parseNumber("4,845", { scale: { min: 1, max: 10 } }); // 4.845
 * ```
 */
export function parseNumber(value: NumberInput, options: ParseNumberOptions = {}): number {
  const o = optionsOf<ParseNumberOptions>(options, ["path", "decimal", "scale"]);
  if (o.scale !== undefined) checkScale(o.scale);
  if (o.path !== undefined && !isPath(o.path)) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `options.path must be an array of field names and indices such as ["scores", "pollution"], got ${describe(o.path)}`,
        vi: `options.path phải là một mảng tên trường và chỉ số, ví dụ ["scores", "pollution"], nhận được ${describe(o.path, "vi")}`,
      },
      ["options", "path"],
    );
  }
  if (o.decimal !== undefined && o.decimal !== "auto" && o.decimal !== "." && o.decimal !== ",") {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `options.decimal must be "auto", "." or ",", got ${describe(o.decimal)}`,
        vi: `options.decimal phải là "auto", "." hoặc ",", nhận được ${describe(o.decimal, "vi")}`,
      },
      ["options", "decimal"],
    );
  }
  return Number(toDec(value, o).toFixed());
}

/** Refuse a `scale` option that is not `{ min, max }` with finite min ≤ max. */
function checkScale(scale: unknown): asserts scale is NumberScale {
  const ok = (v: unknown) => typeof v === "number" && Number.isFinite(v);
  let min: unknown;
  let max: unknown;
  if (typeof scale === "object" && scale !== null && !Array.isArray(scale)) {
    const o = optionsOf<NumberScale>(scale, ["min", "max"], ["options", "scale"]);
    min = o.min;
    max = o.max;
  }
  if (!ok(min) || !ok(max) || (min as number) > (max as number)) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `options.scale must be { min, max } with finite numbers and min ≤ max, such as { min: 1, max: 10 }, got ${describe(scale)}`,
        vi: `options.scale phải có dạng { min, max } với hai số hữu hạn và min ≤ max, ví dụ { min: 1, max: 10 }, nhận được ${describe(scale, "vi")}`,
      },
      ["options", "scale"],
    );
  }
}

/** A path as errors carry it: at most 50 field names and indices. @internal */
export function isPath(value: unknown): value is PgiPath {
  return (
    Array.isArray(value) &&
    value.length <= 50 &&
    value.every((p) => (typeof p === "string" && p.length <= 300) || (typeof p === "number" && Number.isInteger(p)))
  );
}

/** Display language: Vietnamese (`6,58`) or English (`6.58`). */
export type Lang = "vi" | "en";

/** Options of {@link formatNumber}. */
export interface FormatNumberOptions {
  /** `vi` writes a decimal comma, `en` a decimal point. Default `vi`. */
  readonly lang?: Lang;
  /** Fixed number of decimals, rounded half-up. Default 2. */
  readonly decimals?: number;
  /** Write `+` before positive values (for deltas). Default false. */
  readonly signed?: boolean;
}

/**
 * Format a number for display with a fixed number of decimals (half-up), a decimal comma in
 * Vietnamese and a point in English, no thousands separators (so the text parses back with
 * {@link parseNumber}). Negative values use an ASCII minus.
 *
 * @example
 * ```ts
 * formatNumber(6.58);                         // "6,58"
 * formatNumber(6.58, { lang: "en" });         // "6.58"
 * formatNumber(1.7, { signed: true });        // "+1,70"
 * formatNumber(17.333, { decimals: 1, lang: "en" }); // "17.3"
 * ```
 */
export function formatNumber(value: NumberInput, options: FormatNumberOptions = {}): string {
  options = optionsOf<FormatNumberOptions>(options, ["lang", "decimals", "signed"]);
  const decimals = options.decimals ?? SCORE_DECIMALS;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `decimals must be a whole number from 0 to 20, got ${describe(decimals)}`,
        vi: `decimals phải là số nguyên từ 0 đến 20, nhận được ${describe(decimals, "vi")}`,
      },
      ["decimals"],
    );
  }
  const lang = checkLang(options.lang);
  const d = roundDec(toDec(value), decimals);
  let text = (d.isZero() ? new D(0) : d).toFixed(decimals);
  if (options.signed !== undefined && typeof options.signed !== "boolean") {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `options.signed must be true or false, got ${describe(options.signed)}`,
        vi: `options.signed phải là true hoặc false, nhận được ${describe(options.signed, "vi")}`,
      },
      ["options", "signed"],
    );
  }
  if (options.signed && d.gt(0)) text = `+${text}`;
  return lang === "vi" ? text.replace(".", ",") : text;
}

/** Validate a `lang` option (default `vi`). @internal */
export function checkLang(lang: unknown, path: PgiPath = ["lang"]): Lang {
  if (lang === undefined) return "vi";
  if (lang === "vi" || lang === "en") return lang;
  throw new PgiError(
    "INVALID_INPUT",
    { en: `lang must be "vi" or "en", got ${describe(lang)}`, vi: `lang phải là "vi" hoặc "en", nhận được ${describe(lang, "vi")}` },
    path,
  );
}

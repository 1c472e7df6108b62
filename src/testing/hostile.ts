/**
 * Hostile values — what a fuzz suite throws at every argument position — and tampered copies of
 * results. Every value is made fresh on each draw, so a library that (wrongly) freezes or mutates
 * its input cannot contaminate the next run.
 * @module
 */
import * as fc from "fast-check";
import { checkOptions, describe, refuse } from "./core";

/**
 * The kinds of hostile value {@link hostileValue} makes, from the reliability issue's list:
 * non-finite and extreme numbers, bad numeric strings, a 1 MB string, Symbols, BigInts,
 * `Object.create(null)`, objects with `__proto__` / `constructor` own keys (as `JSON.parse` makes
 * them), getters that throw, arrays with holes, typed arrays, cyclic objects and arrays,
 * functions, Dates, Maps, Sets, booleans, fake decimals and an object that only claims to be a
 * pgi-kit result.
 *
 * @example
 * ```ts
 * HOSTILE_KINDS.length;              // 45
 * HOSTILE_KINDS.includes("protoKey"); // true
 * ```
 */
export const HOSTILE_KINDS = [
  "null",
  "undefined",
  "nan",
  "infinity",
  "negativeInfinity",
  "negativeZero",
  "hugeNumber",
  "tinyNumber",
  "maxSafePlusOne",
  "negativeNumber",
  "number1e21",
  "outOfScale",
  "fractionalYear",
  "emptyString",
  "blankString",
  "nonNumericString",
  "twoCommas",
  "twoDots",
  "exponentString",
  "ambiguousString",
  "infinityString",
  "nanString",
  "protoString",
  "longDigits",
  "megabyteString",
  "loneSurrogate",
  "symbol",
  "bigint",
  "boolean",
  "nullPrototype",
  "protoKey",
  "constructorKey",
  "throwingGetter",
  "holeyArray",
  "emptySlots",
  "typedArray",
  "cyclicObject",
  "cyclicArray",
  "function",
  "date",
  "map",
  "set",
  "fakeDecimal",
  "throwingToFixed",
  "fakeResult",
] as const;

/** One of {@link HOSTILE_KINDS}. */
export type HostileKind = (typeof HOSTILE_KINDS)[number];

/** Thrown by the getters of `throwingGetter` values, so a test can tell it from a library error. */
function getterError(): Error {
  return new Error("pgi-kit/testing: a hostile getter was read");
}

/**
 * A fresh hostile value of one kind. Objects are new on every call (a cyclic object is a new
 * cycle, a 1 MB string a new string), so a call that freezes or mutates its input cannot affect
 * another.
 *
 * | kind | value |
 * |---|---|
 * | `null`, `undefined` | themselves |
 * | `nan`, `infinity`, `negativeInfinity`, `negativeZero` | `NaN`, `Infinity`, `-Infinity`, `-0` |
 * | `hugeNumber`, `tinyNumber`, `maxSafePlusOne`, `negativeNumber`, `number1e21` | `1e308`, `5e-324`, `2 ** 53`, `-1`, `1e21` |
 * | `outOfScale`, `fractionalYear` | `11` (above the PGI scale), `2024.5` |
 * | `emptyString`, `blankString` | `""`, `"   "` |
 * | `nonNumericString`, `twoCommas`, `twoDots`, `exponentString` | `"abc"`, `"6,5,8"`, `"1.2.3"`, `"1e5"` |
 * | `ambiguousString`, `infinityString`, `nanString`, `protoString` | `"1,234"`, `"Infinity"`, `"NaN"`, `"__proto__"` |
 * | `longDigits`, `megabyteString`, `loneSurrogate` | 400 digits, 1,048,576 × `"x"`, `"\uD800"` |
 * | `symbol`, `bigint`, `boolean` | `Symbol("pgi")`, `10n`, `true` |
 * | `nullPrototype` | `Object.create(null)` |
 * | `protoKey`, `constructorKey` | `JSON.parse('{"__proto__": {"polluted": true}}')`, `JSON.parse('{"constructor": …}')` |
 * | `throwingGetter` | `{ get unit() { throw … } }` with enumerable throwing getters on common field names |
 * | `holeyArray`, `emptySlots`, `typedArray` | `[1, , 3]`, `new Array(3)`, `new Float64Array([4.84, 4.14])` |
 * | `cyclicObject`, `cyclicArray` | `o.self = o`, `a.push(a)` |
 * | `function`, `date`, `map`, `set` | `() => 6.58`, `new Date(0)`, `new Map([["pollution", 6.58]])`, `new Set([6.58])` |
 * | `fakeDecimal`, `throwingToFixed` | `{ toFixed: () => "NaN" }`, `{ toFixed() { throw … } }`, shaped like decimal.js values |
 * | `fakeResult` | `{ kind: "scoreCard" }`: claims to be a pgi-kit result and is not |
 *
 * @throws `PgiError` (from pgi-kit) `INVALID_INPUT` for an unknown kind.
 *
 * @example
 * ```ts
 * Object.keys(hostileValue("protoKey"));        // ["__proto__"]
 * Object.getPrototypeOf(hostileValue("nullPrototype")); // null
 * hostileValue("megabyteString").length;        // 1048576
 * typeof hostileValue("bigint");                // "bigint"
 * 1 in hostileValue("holeyArray");              // false
 * ```
 */
export function hostileValue(kind: HostileKind): unknown {
  switch (kind) {
    case "null":
      return null;
    case "undefined":
      return undefined;
    case "nan":
      return Number.NaN;
    case "infinity":
      return Number.POSITIVE_INFINITY;
    case "negativeInfinity":
      return Number.NEGATIVE_INFINITY;
    case "negativeZero":
      return -0;
    case "hugeNumber":
      return 1e308;
    case "tinyNumber":
      return 5e-324;
    case "maxSafePlusOne":
      return 2 ** 53;
    case "negativeNumber":
      return -1;
    case "number1e21":
      return 1e21;
    case "outOfScale":
      return 11;
    case "fractionalYear":
      return 2024.5;
    case "emptyString":
      return "";
    case "blankString":
      return "   ";
    case "nonNumericString":
      return "abc";
    case "twoCommas":
      return "6,5,8";
    case "twoDots":
      return "1.2.3";
    case "exponentString":
      return "1e5";
    case "ambiguousString":
      return "1,234";
    case "infinityString":
      return "Infinity";
    case "nanString":
      return "NaN";
    case "protoString":
      return "__proto__";
    case "longDigits":
      return "1".repeat(400);
    case "megabyteString":
      return "x".repeat(1 << 20);
    case "loneSurrogate":
      return "\uD800";
    case "symbol":
      return Symbol("pgi");
    case "bigint":
      return BigInt(10);
    case "boolean":
      return true;
    case "nullPrototype":
      return Object.create(null) as object;
    case "protoKey":
      return JSON.parse('{"__proto__": {"polluted": true}}') as object;
    case "constructorKey":
      return JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as object;
    case "throwingGetter": {
      const o: Record<string, unknown> = {};
      for (const key of ["unit", "year", "scores", "kind", "value", "pollution", "0", "length"]) {
        Object.defineProperty(o, key, {
          enumerable: true,
          get: () => {
            throw getterError();
          },
        });
      }
      return o;
    }
    case "holeyArray":
      // biome-ignore lint/suspicious/noSparseArray: a hole is the point of this value
      return [1, , 3];
    case "emptySlots":
      return new Array(3);
    case "typedArray":
      return new Float64Array([4.84, 4.14]);
    case "cyclicObject": {
      const o: Record<string, unknown> = { unit: "Lạng Sơn" };
      o.self = o;
      return o;
    }
    case "cyclicArray": {
      const a: unknown[] = [1];
      a.push(a);
      return a;
    }
    case "function":
      return () => 6.58;
    case "date":
      return new Date(0);
    case "map":
      return new Map([["pollution", 6.58]]);
    case "set":
      return new Set([6.58]);
    case "fakeDecimal":
      return { toFixed: () => "NaN" };
    case "throwingToFixed":
      return {
        toFixed: () => {
          throw getterError();
        },
      };
    case "fakeResult":
      return { kind: "scoreCard" };
    default:
      return refuse(["kind"], {
        en: `unknown hostile kind ${describe(kind)}; use one of HOSTILE_KINDS`,
        vi: `không có loại giá trị ${describe(kind, "vi")}; hãy dùng một loại trong HOSTILE_KINDS`,
      });
  }
}

function checkKinds(kinds: unknown): readonly HostileKind[] {
  if (kinds === undefined) return HOSTILE_KINDS;
  if (!Array.isArray(kinds) || kinds.length === 0 || kinds.some((k) => !(HOSTILE_KINDS as readonly unknown[]).includes(k))) {
    refuse(["kinds"], { en: "kinds must be a non-empty list of HOSTILE_KINDS", vi: "kinds phải là một danh sách không rỗng các loại trong HOSTILE_KINDS" });
  }
  return kinds as readonly HostileKind[];
}

/** A hostile value with the kind it is (for the report of a failing case). */
export interface HostileDraw {
  readonly kind: HostileKind;
  readonly value: unknown;
}

/**
 * A hostile value, made fresh for each run; `kinds` restricts which (default: all of
 * {@link HOSTILE_KINDS}). Shrinks towards `null`, the first kind. The value comes with its kind
 * so a failing case says what it was (`{ kind: "megabyteString", value: … }`).
 *
 * Meant for: "any value in any argument position either works or throws a PgiError" — the fuzz
 * suite's main property, and an app's own boundaries.
 *
 * @example
 * ```ts
 * const isNumberInput = (v) => { try { parseNumber(v); return true; } catch (e) { return isPgiError(e); } };
 * fc.check(fc.property(arbHostileValue({ kinds: ["nan", "infinity", "emptyString", "twoCommas", "symbol", "bigint", "date"] }),
 *   ({ value }) => isNumberInput(value))).failed; // false
 * ```
 */
export function arbHostileValue(options: { readonly kinds?: readonly HostileKind[] } = {}): fc.Arbitrary<HostileDraw> {
  checkOptions(options, "{ kinds? }");
  const kinds = checkKinds(options.kinds);
  // The value is made in `map`, fresh on every draw.
  return fc.constantFrom(...kinds).map((kind) => ({ kind, value: hostileValue(kind) }));
}

/** A JSON copy of a value with one field replaced by a hostile value. */
export interface Tampered {
  /** The copy: a fresh `JSON.parse(JSON.stringify(value))` with the field at `path` replaced. */
  readonly copy: unknown;
  /** Where the hostile value sits, e.g. `["scores", "pollution"]`. */
  readonly path: readonly (string | number)[];
  /** What was put there. */
  readonly kind: HostileKind;
}

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path, out: Path[], depth: number): void {
  if (depth > 64 || typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([...prefix, i]);
      pathsOf(v, [...prefix, i], out, depth + 1);
    });
  } else {
    for (const [k, v] of Object.entries(value)) {
      out.push([...prefix, k]);
      pathsOf(v, [...prefix, k], out, depth + 1);
    }
  }
}

/**
 * JSON copies of `value` (a pgi-kit result, or any valid input) with one field — any field at any
 * depth — replaced by a hostile value; `kinds` restricts which (default: all). A `throwingGetter`
 * replaces the field itself by a getter that throws. Shrinks towards the first field and `null`.
 *
 * Meant for: "library objects passed back in": a result's JSON copy is accepted wherever the
 * result is, and a tampered copy gives a PgiError naming the field, never a crash or a
 * non-finite number.
 *
 * @throws `PgiError` (from pgi-kit) `INVALID_INPUT` when `value` is not JSON-serialisable or has no field.
 *
 * @example
 * ```ts
 * const card = scoreCard({ unit: "Lạng Sơn", year: 2023, scores: { pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 } });
 * fc.check(fc.property(arbTampered(card, { kinds: ["nan"] }), ({ copy, path }) =>
 *   Number.isNaN(path.reduce((o, k) => o[k], copy)))).failed; // false
 * // In an app's test: every tampered copy is refused with a PgiError, never a crash.
 * // fc.assert(fc.property(arbTampered(card), ({ copy }) => { try { gapReport(plan, copy); } catch (e) { return isPgiError(e); } return true; }));
 * ```
 */
export function arbTampered(value: unknown, options: { readonly kinds?: readonly HostileKind[] } = {}): fc.Arbitrary<Tampered> {
  checkOptions(options, "{ kinds? }");
  const kinds = checkKinds(options.kinds);
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (json === undefined) {
    refuse(["value"], {
      en: `expected a JSON-serialisable value (a pgi-kit result or a valid input), got ${describe(value)}`,
      vi: `cần một giá trị chuyển được sang JSON (kết quả của pgi-kit hoặc dữ liệu đầu vào hợp lệ), nhận được ${describe(value, "vi")}`,
    });
  }
  const text = json;
  const paths: Path[] = [];
  pathsOf(JSON.parse(text), [], paths, 0);
  if (paths.length === 0) {
    refuse(["value"], {
      en: `expected an object or array with at least one field, got ${describe(value)}`,
      vi: `cần một đối tượng hoặc mảng có ít nhất một trường, nhận được ${describe(value, "vi")}`,
    });
  }
  return fc.tuple(fc.integer({ min: 0, max: paths.length - 1 }), fc.constantFrom(...kinds)).map(([i, kind]) => {
    const path = paths[i]!;
    const copy = JSON.parse(text) as unknown;
    let parent = copy as Record<string | number, unknown>;
    // Own properties only: a "__proto__" key read as parent["__proto__"] would be the prototype.
    for (const key of path.slice(0, -1)) parent = Object.getOwnPropertyDescriptor(parent, key)!.value as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (kind === "throwingGetter") {
      Object.defineProperty(parent, last, {
        enumerable: true,
        configurable: true,
        get: () => {
          throw getterError();
        },
      });
    } else {
      Object.defineProperty(parent, last, { value: hostileValue(kind), enumerable: true, configurable: true, writable: true });
    }
    return { copy, path, kind };
  });
}

/**
 * Reading the analyst functions' input: a framework with indicators and rows of raw values, or
 * one column of values, validated at the boundary (every error a bilingual PgiError).
 * @internal
 * @module
 */
import { D, toDec, type Dec } from "../decimal";
import { describe, isReservedKey, optionsOf, PgiError, readingInput, safeEntries, type PgiPath } from "../errors";
import { asFramework } from "../framework/revive";
import type { Framework, Indicator } from "../framework/types";

/** Rows read into columns: one array of numbers (or `null`) per indicator, units in input order. */
export interface Table {
  readonly framework: Framework;
  readonly units: readonly string[];
  readonly groups: readonly (string | null)[];
  readonly indicators: readonly Indicator[];
  /** Values by indicator id, in unit order; `null` = missing. */
  readonly columns: Readonly<Record<string, readonly (number | null)[]>>;
}

/** One value: a finite number, a numeric string (decimal comma read), `null`/`undefined` = missing. */
export function readValue(value: unknown, path: PgiPath): number | null {
  if (value === null || value === undefined) return null;
  // A finite double of ordinary size is its own shortest decimal: no parsing needed (what toDec
  // refuses — beyond 10^15, more than 20 decimal places — goes the long way and is refused there).
  if (typeof value === "number" && (value === 0 || (Math.abs(value) >= 1e-3 && Math.abs(value) <= 1e15))) return value === 0 ? 0 : value;
  if (typeof value !== "number" && typeof value !== "string") {
    throw new PgiError(
      "INVALID_NUMBER",
      {
        en: `expected a number, a numeric string or null, got ${describe(value)}`,
        vi: `cần một số, một chuỗi số hoặc null, nhận được ${describe(value, "vi")}`,
      },
      path,
    );
  }
  const n = Number(toDec(value, { path }).toFixed());
  return n === 0 ? 0 : n;
}

/** A framework that scores raw indicators (the analyst functions need its indicator list). */
export function readFramework(value: unknown): Framework {
  const fw = asFramework(value, ["framework"]);
  if (fw.indicators.length === 0) {
    throw new PgiError(
      "INVALID_FRAMEWORK",
      {
        en: `framework ${describe(fw.id)} lists no indicators; define your own with defineFramework({ …, indicators: [...] })`,
        vi: `bộ chỉ số ${describe(fw.id)} không có danh sách chỉ tiêu; hãy tự định nghĩa bằng defineFramework({ …, indicators: [...] })`,
      },
      ["framework", "indicators"],
    );
  }
  return fw;
}

/** Read `rows` (`{ unit, group?, indicators }`) of `framework` into columns. */
export function readTable(framework: unknown, rows: unknown): Table {
  const fw = readFramework(framework);
  if (!Array.isArray(rows)) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `expected rows as an array of { unit, group?, indicators }, got ${describe(rows)}`,
        vi: `dữ liệu phải là một mảng các dòng { unit, group?, indicators }, nhận được ${describe(rows, "vi")}`,
      },
      ["rows"],
    );
  }
  const ids = new Set(fw.indicators.map((i) => i.id));
  const columns: Record<string, (number | null)[]> = Object.create(null);
  for (const i of fw.indicators) columns[i.id] = [];
  const units: string[] = [];
  const groups: (string | null)[] = [];
  const seen = new Map<string, number>();
  readingInput(
    () => {
      rows.forEach((row: unknown, r: number) => {
        const path: PgiPath = ["rows", r];
        const fields = new Map(safeEntries(row, path, { en: "a row", vi: "một dòng dữ liệu" }));
        for (const k of fields.keys()) {
          if (k !== "unit" && k !== "group" && k !== "indicators") {
            throw new PgiError(
              "INVALID_INPUT",
              {
                en: `unknown field ${describe(k)} in a row; a row is { unit, group?, indicators }`,
                vi: `dòng dữ liệu có trường lạ ${describe(k)}; một dòng có dạng { unit, group?, indicators }`,
              },
              [...path, k],
            );
          }
        }
        const unit = fields.get("unit");
        if (typeof unit !== "string" || unit.trim() === "") {
          throw new PgiError(
            "INVALID_INPUT",
            {
              en: `unit must be a non-empty name such as "Văn Quan", got ${describe(unit)}`,
              vi: `unit phải là tên đơn vị, ví dụ "Văn Quan", nhận được ${describe(unit, "vi")}`,
            },
            [...path, "unit"],
          );
        }
        const name = unit.trim();
        const key = name.normalize("NFC").toLowerCase();
        if (seen.has(key)) {
          throw new PgiError(
            "DUPLICATE_UNIT",
            {
              en: `unit ${describe(name)} appears twice (rows ${seen.get(key)} and ${r}); give each unit once`,
              vi: `đơn vị ${describe(name)} xuất hiện hai lần (dòng ${seen.get(key)} và ${r}); mỗi đơn vị chỉ ghi một lần`,
            },
            [...path, "unit"],
            { unit: name },
          );
        }
        seen.set(key, r);
        const group = fields.get("group");
        if (group !== undefined && group !== null && (typeof group !== "string" || group.trim() === "")) {
          throw new PgiError(
            "INVALID_INPUT",
            {
              en: `group must be a non-empty name or null, got ${describe(group)}`,
              vi: `group phải là tên nhóm hoặc null, nhận được ${describe(group, "vi")}`,
            },
            [...path, "group"],
          );
        }
        const values = safeEntries(fields.get("indicators"), [...path, "indicators"], { en: "the indicators of a row", vi: "các chỉ tiêu của một dòng" });
        const row_: Record<string, number | null> = Object.create(null);
        for (const [k, v] of values) {
          if (!ids.has(k)) {
            const known = [...ids].slice(0, 20).join(", ");
            throw new PgiError(
              "UNKNOWN_INDICATOR",
              {
                en: `indicator ${describe(k)} is not in framework ${describe(fw.id)}; its indicators: ${known}`,
                vi: `chỉ tiêu ${describe(k)} không có trong bộ chỉ số ${describe(fw.id)}; các chỉ tiêu: ${known}`,
              },
              [...path, "indicators", k],
              { indicator: k },
            );
          }
          row_[k] = readValue(v, [...path, "indicators", k]);
        }
        units.push(name);
        groups.push(typeof group === "string" ? group.trim() : null);
        for (const i of fw.indicators) columns[i.id]!.push(row_[i.id] ?? null);
      });
    },
    [],
    { en: "the rows", vi: "các dòng dữ liệu" },
  );
  return { framework: fw, units, groups, indicators: fw.indicators, columns };
}

/** One column of values (`treat`): an array of numbers, numeric strings or `null`. */
export function readColumn(values: unknown, path: PgiPath = ["values"]): (number | null)[] {
  if (!Array.isArray(values) && !(values instanceof Float64Array)) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `expected values as an array of numbers (null = missing), got ${describe(values)}`,
        vi: `values phải là một mảng số (null = thiếu số liệu), nhận được ${describe(values, "vi")}`,
      },
      path,
    );
  }
  return readingInput(() => Array.from(values as ArrayLike<unknown>, (v, i) => readValue(v, [...path, i])), [], { en: "the values", vi: "dãy giá trị" });
}

/** The options object, refusing unknown keys with the list of known ones. */
export function readOptions<T extends object>(value: unknown, keys: readonly (keyof T & string)[]): Partial<T> {
  if (value !== undefined && typeof value === "object" && value !== null && !Array.isArray(value)) {
    for (const k of Object.keys(value)) {
      if (isReservedKey(k))
        throw new PgiError("UNSAFE_KEY", { en: `the key ${describe(k)} is not allowed in options`, vi: `không được dùng khóa ${describe(k)} trong tùy chọn` }, [
          "options",
          k,
        ]);
      if (!(keys as readonly string[]).includes(k)) {
        throw new PgiError(
          "INVALID_INPUT",
          { en: `unknown option ${describe(k)}; options: ${keys.join(", ")}`, vi: `tùy chọn ${describe(k)} không có; các tùy chọn: ${keys.join(", ")}` },
          ["options", k],
        );
      }
    }
  }
  return optionsOf<T>(value, keys);
}

/** A whole number option within [lo, hi]. */
export function intOption(value: unknown, name: string, lo: number, hi: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < lo || value > hi) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `options.${name} must be a whole number from ${lo} to ${hi}, got ${describe(value)}`,
        vi: `options.${name} phải là số nguyên từ ${lo} đến ${hi}, nhận được ${describe(value, "vi")}`,
      },
      ["options", name],
    );
  }
  return value;
}

/** A finite number option. */
export function numOption(value: unknown, name: string, fallback: number, lo = -Infinity, hi = Infinity): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < lo || value > hi) {
    const range = Number.isFinite(lo) && Number.isFinite(hi) ? ` from ${lo} to ${hi}` : "";
    const rangeVi = Number.isFinite(lo) && Number.isFinite(hi) ? ` từ ${describe(lo, "vi")} đến ${describe(hi, "vi")}` : "";
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `options.${name} must be a finite number${range}, got ${describe(value)}`,
        vi: `options.${name} phải là một số hữu hạn${rangeVi}, nhận được ${describe(value, "vi")}`,
      },
      ["options", name],
    );
  }
  return value;
}

/** One of the listed strings. */
export function choiceOption<T extends string>(value: unknown, name: string, choices: readonly T[], fallback: T | undefined): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== "string" || !(choices as readonly string[]).includes(value)) {
    const list = choices.map((c) => `"${c}"`).join(", ");
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `options.${name} must be one of ${list}, got ${describe(value)}`,
        vi: `options.${name} phải là một trong ${list}, nhận được ${describe(value, "vi")}`,
      },
      ["options", name],
    );
  }
  return value as T;
}

/** The exact decimal of a double (its shortest round-trip form). */
export const dec = (x: number): Dec => new D(x.toString());

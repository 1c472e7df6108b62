/**
 * Results are data: a pgi-kit result passed back in may be the object pgi-kit returned or a copy
 * of it (JSON from a database, a file, localStorage; a spread copy). A copy is re-validated by
 * rebuilding the result from its own inputs and comparing field by field; the first field that
 * differs is refused with its path. The caller's object is never kept or frozen: the rebuilt one
 * is used.
 * @internal
 * @module
 */
import { describe, formatPath, isPgiError, PgiError, prefixPath, type PgiPath } from "./errors";

/** A field whose getter threw. */
function unreadable(key: string | number, path: PgiPath): PgiError {
  return new PgiError(
    "INVALID_INPUT",
    {
      en: `${describe(String(key))} could not be read (a getter threw); pass plain data`,
      vi: `không đọc được ${describe(String(key), "vi")} (hàm đọc giá trị báo lỗi); hãy truyền dữ liệu thuần`,
    },
    [...path, key],
  );
}

/** The Vietnamese name of each result a copy of which is revived. */
const WHAT_VI: Readonly<Record<string, string>> = {
  plan: "kế hoạch",
  trajectory: "lộ trình",
  framework: "bộ chỉ số",
  "score card": "phiếu điểm",
  "score table": "bảng điểm",
};

function whatVi(what: string): string {
  return Object.hasOwn(WHAT_VI, what) ? WHAT_VI[what]! : "kết quả";
}

/** Read a property of an untrusted object; a throwing getter becomes a PgiError. */
export function field(value: unknown, key: string, path: PgiPath): unknown {
  if (typeof value !== "object" || value === null) return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    throw unreadable(key, path);
  }
}

/** The first place where `given` differs from `expected` (a JSON-like value built by pgi-kit). */
function difference(given: unknown, expected: unknown, path: (string | number)[]): { path: (string | number)[]; given: unknown; expected: unknown } | null {
  if (expected === null || typeof expected !== "object") {
    return Object.is(given, expected) || (given === 0 && expected === 0) ? null : { path, given, expected };
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(given)) return { path, given, expected };
    if (given.length !== expected.length) return { path, given: `${given.length} items`, expected: `${expected.length} items` };
    for (let i = 0; i < expected.length; i++) {
      const d = difference(read(given, i, path), expected[i], [...path, i]);
      if (d) return d;
    }
    return null;
  }
  if (typeof given !== "object" || given === null || Array.isArray(given)) return { path, given, expected };
  for (const key of Object.keys(expected)) {
    const d = difference(read(given, key, path), (expected as Record<string, unknown>)[key], [...path, key]);
    if (d) return d;
  }
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(expected, key)) return { path: [...path, key], given: "an unknown field", expected: "no such field" };
  }
  return null;
}

function read(obj: object, key: string | number, path: PgiPath): unknown {
  try {
    return (obj as Record<string | number, unknown>)[key];
  } catch {
    throw unreadable(key, path);
  }
}

function show(v: unknown, lang: "en" | "vi"): string {
  if (typeof v === "string" && v.endsWith(" items")) return lang === "en" ? v : `${v.slice(0, -" items".length)} mục`;
  if (v === "an unknown field") return lang === "en" ? v : "một trường không có";
  if (v === "no such field") return lang === "en" ? v : "không có trường này";
  return describe(v, lang);
}

/**
 * Rebuild a result from a copy and check the copy is what pgi-kit would have built.
 *
 * @param what - the result's name in messages ("score card", "plan", …)
 * @param given - the caller's copy
 * @param path - where the copy sits in the caller's arguments
 * @param rebuild - builds the genuine result from the copy's inputs (its errors are reported under `path`)
 */
export function revive<T>(what: string, given: unknown, path: PgiPath, rebuild: () => T): T {
  let rebuilt: T;
  try {
    rebuilt = rebuild();
  } catch (e) {
    if (isPgiError(e)) throw prefixPath(e, path);
    const why = e instanceof Error ? e.message.slice(0, 60) : undefined;
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `this ${what} could not be read (${why ?? "an exception"}); pass the ${what} as pgi-kit returned it, or its JSON copy`,
        vi: `không đọc được ${whatVi(what)} này${why === undefined ? "" : ` (${describe(why, "vi")})`}; hãy truyền ${whatVi(what)} đúng như pgi-kit trả về, hoặc bản sao JSON của nó`,
      },
      [...path],
    );
  }
  const d = difference(given, rebuilt, []);
  if (d) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `this ${what} is not as pgi-kit built it: ${d.path.length ? formatPath(d.path) : "it"} is ${show(d.given, "en")}, but its own figures give ${show(d.expected, "en")}; pass the ${what} as pgi-kit returned it, or its JSON copy unchanged`,
        vi: `${whatVi(what)} này không đúng như pgi-kit đã lập: ${d.path.length ? `trường ${formatPath(d.path)}` : "giá trị"} là ${show(d.given, "vi")}, nhưng chính số liệu của nó cho ${show(d.expected, "vi")}; hãy truyền ${whatVi(what)} đúng như pgi-kit trả về, hoặc bản sao JSON nguyên vẹn`,
      },
      [...path, ...d.path],
    );
  }
  return rebuilt;
}

/** Refuse anything that is not a plain object claiming `kind`. */
export function expectKind(value: unknown, kind: string, what: string, path: PgiPath): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `expected a ${what} (an object of kind "${kind}" from pgi-kit, or its JSON copy), got ${describe(value)}`,
        vi: `cần một ${whatVi(what)} (đối tượng loại "${kind}" do pgi-kit trả về, hoặc bản sao JSON của nó), nhận được ${describe(value, "vi")}`,
      },
      [...path],
    );
  }
  const k = field(value, "kind", path);
  if (k !== kind) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `expected a ${what} (an object of kind "${kind}" from pgi-kit, or its JSON copy), got ${k === undefined ? "an object without a kind" : `kind ${describe(k)}`}`,
        vi: `cần một ${whatVi(what)} (đối tượng loại "${kind}" do pgi-kit trả về, hoặc bản sao JSON của nó), nhận được ${k === undefined ? "một đối tượng không ghi loại" : `loại ${describe(k, "vi")}`}`,
      },
      k === undefined ? [...path] : [...path, "kind"],
    );
  }
}

/** The `kind` of a value, or `undefined`; a throwing getter is reported as a PgiError. @internal */
export function kindOf(value: unknown, path: PgiPath = []): unknown {
  if (typeof value !== "object" || value === null) return undefined;
  return field(value, "kind", path);
}

/**
 * What the renderers accept: a pgi-kit result or its JSON copy. A copy is checked to be plain
 * data (JSON values only, finite numbers, no cycles), then re-validated by its kind's `revive`
 * where the kind has one, and rendered inside a guard, so a tampered copy gives a PgiError, never
 * a TypeError.
 * @internal
 * @module
 */
import { kindOf } from "../revive";
import { describe, formatPath, isPgiError, PgiError } from "../errors";
import { asFramework } from "../framework/revive";
import type { Framework } from "../framework/types";
import { isSealed } from "../util";
import type { Revivers } from "./types";

/** The most values a result to render may hold. */
const MAX_VALUES = 2_000_000;

const MAX_VALUES_VI = "2.000.000";

/** Where in a result a value sits: its path, or the result itself. */
function where(path: readonly (string | number)[], lang: "en" | "vi"): string {
  if (path.length > 0) return lang === "en" ? formatPath(path) : `trường ${formatPath(path)}`;
  return lang === "en" ? "the result" : "kết quả";
}

function plainData(value: unknown): void {
  let count = 0;
  const seen = new Set<object>();
  const walk = (v: unknown, path: (string | number)[], depth: number): void => {
    if (++count > MAX_VALUES) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `the result holds more than ${MAX_VALUES} values; pass a pgi-kit result`,
          vi: `kết quả chứa hơn ${MAX_VALUES_VI} giá trị; hãy truyền một kết quả của pgi-kit`,
        },
        [],
      );
    }
    if (v === null || typeof v === "string" || typeof v === "boolean") return;
    if (typeof v === "number") {
      if (!Number.isFinite(v) || Object.is(v, -0)) {
        throw new PgiError(
          "INVALID_INPUT",
          {
            en: `${where(path, "en")} is ${describe(v)}: results hold finite numbers only, and no −0`,
            vi: `${where(path, "vi")} là ${describe(v, "vi")}: kết quả chỉ chứa số hữu hạn, không có −0`,
          },
          path,
        );
      }
      return;
    }
    if (typeof v !== "object") {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `${where(path, "en")} is ${describe(v)}: results hold JSON values only`,
          vi: `${where(path, "vi")} là ${describe(v, "vi")}: kết quả chỉ chứa giá trị JSON`,
        },
        path,
      );
    }
    if (depth > 12 || seen.has(v)) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `${where(path, "en")} is nested too deeply or refers to itself; pass a pgi-kit result`,
          vi: `${where(path, "vi")} lồng quá sâu hoặc tự tham chiếu; hãy truyền một kết quả của pgi-kit`,
        },
        path,
      );
    }
    seen.add(v);
    const proto = Object.getPrototypeOf(v);
    if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `${where(path, "en")} is ${describe(v)}, not plain data; pass a pgi-kit result or its JSON copy`,
          vi: `${where(path, "vi")} là ${describe(v, "vi")}, không phải dữ liệu thuần; hãy truyền một kết quả của pgi-kit hoặc bản sao JSON của nó`,
        },
        path,
      );
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i], [...path, i], depth + 1);
    } else {
      for (const k of Object.keys(v)) {
        let x: unknown;
        try {
          x = (v as Record<string, unknown>)[k];
        } catch {
          throw new PgiError(
            "INVALID_INPUT",
            {
              en: `${describe(k)} could not be read (a getter threw); pass plain data`,
              vi: `không đọc được ${describe(k, "vi")} (hàm đọc giá trị báo lỗi); hãy truyền dữ liệu thuần`,
            },
            [...path, k],
          );
        }
        walk(x, [...path, k], depth + 1);
      }
    }
    seen.delete(v);
  };
  walk(value, [], 0);
}

/**
 * The value a renderer may use: the result itself when pgi-kit made it, else a copy re-validated
 * by its kind's `revive` (score cards, plans, score tables, trajectories, …) or, for kinds without
 * one, checked to be plain data.
 * @internal
 */
export function renderable(value: unknown, framework: unknown, revivers: Revivers): { value: unknown; framework: Framework | undefined } {
  const fw = framework === undefined ? undefined : asFramework(framework, ["options", "framework"]);
  const sealedKind = kindOf(value);
  if (typeof sealedKind === "string" && isSealed(value, sealedKind)) return { value, framework: fw };
  plainData(value);
  const kind = Array.isArray(value) ? undefined : kindOf(value);
  const revive = typeof kind === "string" && Object.hasOwn(revivers, kind) ? revivers[kind] : undefined;
  return { value: revive ? revive(value, fw, []) : value, framework: fw };
}

/** Run a renderer on a checked value; anything but a PgiError becomes one. @internal */
export function guarded<T>(value: unknown, render: () => T): T {
  try {
    return render();
  } catch (e) {
    if (isPgiError(e)) throw e;
    const kind = kindOf(value);
    const what = typeof kind === "string" ? `this ${kind.slice(0, 40)}` : "this value";
    const whatVi = typeof kind === "string" ? `kết quả loại ${describe(kind, "vi")} này` : "giá trị này";
    const why = e instanceof Error ? e.message.slice(0, 60) : undefined;
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `${what} is not as pgi-kit built it and cannot be rendered (${why ?? "an exception"}); pass the result as pgi-kit returned it, or its JSON copy unchanged`,
        vi: `${whatVi} không đúng như pgi-kit đã lập nên không hiển thị được${why === undefined ? "" : ` (${describe(why, "vi")})`}; hãy truyền kết quả đúng như pgi-kit trả về, hoặc bản sao JSON nguyên vẹn`,
      },
      [],
    );
  }
}

/**
 * A framework passed in: PGI, `pgiEdition(…)`, a `defineFramework(…)` result, or a copy of one
 * (JSON…), rebuilt from its spec and checked field by field.
 * @internal
 * @module
 */
import { describe, PgiError, type PgiPath } from "../errors";
import { field, revive } from "../revive";
import { defineFramework, type FrameworkSpec } from "./define";
import { isSealed } from "../util";
import { PGI_EDITIONS, pgiEdition } from "./pgi";
import type { Framework, Indicator } from "./types";

/** A component's spec: its own scale, unit, direction, decimals and kind only when it has them. */
function componentSpecOf(c: Record<string, unknown>, normalization: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = { id: c.id, name: c.name, weight: c.weight, aliases: c.aliases };
  if (c.kind !== undefined) return { ...out, kind: c.kind };
  const range = typeof normalization === "object" && normalization !== null ? (normalization as { range?: unknown }).range : undefined;
  const sc = c.scale as { min?: unknown; max?: unknown } | undefined;
  const [lo, hi] = Array.isArray(range) ? range : [1, 10];
  if (c.unbounded !== undefined || typeof sc !== "object" || sc === null || sc.min !== lo || sc.max !== hi) {
    out.scale = [sc?.min, c.unbounded === true ? null : sc?.max];
  }
  for (const k of ["unit", "direction", "decimals", "aggregation", "parent"]) if (c[k] !== undefined) out[k] = c[k];
  return out;
}

/** The spec a framework was defined from (what `defineFramework` reads back into the same framework). @internal */
export function specOf(fw: Record<string, unknown>, path: PgiPath): FrameworkSpec {
  const get = (k: string) => field(fw, k, path);
  const arr = (k: string): Record<string, unknown>[] => {
    const v = get(k);
    if (!Array.isArray(v))
      throw new PgiError(
        "INVALID_FRAMEWORK",
        { en: `${k} must be an array, got ${describe(v)}`, vi: `${k} phải là một mảng, nhận được ${describe(v, "vi")}` },
        [k],
      );
    return v as Record<string, unknown>[];
  };
  const normalization = get("normalization");
  const composite = get("composite");
  return {
    id: get("id"),
    name: get("name"),
    edition: get("edition"),
    // A multi-level framework: the levels below the top follow, each naming its parent.
    components: [...arr("components"), ...(get("subComponents") === undefined ? [] : arr("subComponents"))].map((c) =>
      componentSpecOf(c, get("normalization")),
    ),
    indicators: arr("indicators").map((i) => {
      const n = i.normalization as Indicator["normalization"] | undefined;
      const norm =
        n === undefined
          ? undefined
          : n.method === "goalposts"
            ? { method: n.method, min: n.min, max: n.max }
            : n.method === "distanceToTarget"
              ? { method: n.method, low: n.low, target: n.target }
              : n.method === "minmax"
                ? { method: n.method }
                : n;
      return {
        id: i.id,
        component: i.component,
        direction: i.direction,
        weight: i.weight,
        ...(i.name !== undefined ? { name: i.name } : {}),
        ...(norm ? { normalization: norm } : {}),
        ...(i.treatment !== undefined ? { treatment: i.treatment } : {}),
      };
    }),
    ...(normalization != null
      ? { normalization: { method: field(normalization, "method", ["normalization"]), range: field(normalization, "range", ["normalization"]) } }
      : {}),
    aggregation: get("aggregation"),
    composite: field(composite, "method", ["composite"]),
    decimals: get("decimals"),
    ...(get("treatment") !== undefined ? { treatment: get("treatment") } : {}),
    ...(get("imputation") !== undefined ? { imputation: get("imputation") } : {}),
  } as unknown as FrameworkSpec;
}

/** A framework argument: the object pgi-kit made, or a copy that rebuilds to the same. @internal */
export function asFramework(value: unknown, path: PgiPath = ["framework"]): Framework {
  if (isSealed(value, "framework")) return value as Framework;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new PgiError(
      "INVALID_FRAMEWORK",
      {
        en: `expected a framework such as PGI, pgiEdition(2023) or defineFramework(…), got ${describe(value)}`,
        vi: `cần một bộ chỉ số, ví dụ PGI, pgiEdition(2023) hoặc defineFramework(…), nhận được ${describe(value, "vi")}`,
      },
      [...path],
    );
  }
  if (field(value, "id", path) === "pgi") {
    const edition = field(value, "edition", path);
    if (!(PGI_EDITIONS as readonly unknown[]).includes(edition)) {
      throw new PgiError(
        "INVALID_FRAMEWORK",
        {
          en: `a PGI framework's edition is one of ${PGI_EDITIONS.join(", ")}, got ${describe(edition)}`,
          vi: `kỳ của bộ chỉ số PGI phải là một trong ${PGI_EDITIONS.join(", ")}, nhận được ${describe(edition, "vi")}`,
        },
        [...path, "edition"],
      );
    }
    return revive("framework", value, path, () => pgiEdition(edition as number));
  }
  return revive("framework", value, path, () => defineFramework(specOf(value as Record<string, unknown>, [])));
}

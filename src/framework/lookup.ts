/**
 * Finding a component (sub-index) by id, position or any of its names.
 * @module
 */
import { describe, PgiError, type PgiPath } from "../errors";
import { foldName } from "../util";
import { asFramework } from "./revive";

/** The longest key {@link subIndex} reads. */
const MAX_KEY = 300;
import type { Component, Framework } from "./types";
import { PGI, type PgiSubIndexId } from "./pgi";

/** What {@link subIndex} accepts: an id, a position (1–4 or "1"), or a name in vi/en. */
export type SubIndexKey = string | number;

const FILLER_WORDS = /\b(chi so thanh phan|chi so|sub-indices|sub-index|sub index|subindex|component)\b/g;
const QUOTES = /["'“”‘’«»`]/g;

function stripFiller(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(QUOTES, " ")
    .replace(FILLER_WORDS, " ")
    .trim();
}

let cache: WeakMap<Framework, Map<string, Component>> | undefined;

function indexOf(framework: Framework): Map<string, Component> {
  cache ??= new WeakMap();
  let map = cache.get(framework);
  if (!map) {
    map = new Map();
    for (const c of framework.components) {
      for (const name of [c.id, c.name.vi, c.name.en, ...c.aliases]) {
        const key = foldName(stripFiller(name));
        if (key !== "" && !map.has(key)) map.set(key, c);
      }
    }
    cache.set(framework, map);
  }
  return map;
}

/**
 * Find a framework component (a PGI sub-index) by anything people write for it: its id
 * (`"greenPractices"`), its position (`3` or `"3"`), or any Vietnamese or English name or alias.
 * Matching ignores case, surrounding quotes, the words "Chỉ số" and "sub-index", punctuation and
 * Vietnamese diacritics.
 *
 * @param framework - the framework to look in (default: the latest {@link PGI}).
 * @throws {@link PgiError} `UNKNOWN_SUBINDEX` listing the valid ids.
 *
 * @example
 * ```ts
 * subIndex(PGI, "Dam bao tuan thu").id;                 // "compliance"
 * subIndex(PGI, 3).id;                                   // "greenPractices"
 * subIndex(PGI, "“Chỉ số Thúc đẩy thực hành xanh”").id; // "greenPractices"
 * subIndex(PGI, "Incentives sub-index").position;        // 4
 * ```
 */
export function subIndex<C extends string>(framework: Framework<C>, key: SubIndexKey, path: PgiPath = []): Component<C> {
  framework = asFramework(framework) as Framework<C>;
  if (!Array.isArray(path) || !path.every((p) => typeof p === "string" || typeof p === "number")) {
    throw new PgiError("INVALID_INPUT", `path must be an array of field names and indices, got ${describe(path)}`, ["path"]);
  }
  let found: Component<C> | undefined;
  if (typeof key === "string" && key.length > MAX_KEY) {
    throw new PgiError("UNKNOWN_SUBINDEX", `${describe(key)} is too long to name a ${framework.id === "pgi" ? "sub-index" : "component"} (at most ${MAX_KEY} characters)`, path);
  }
  if (typeof key === "number") {
    if (Number.isInteger(key)) found = framework.components.find((c) => c.position === key);
  } else if (typeof key === "string") {
    const stripped = stripFiller(key);
    if (/^\d+$/.test(stripped)) {
      found = framework.components.find((c) => c.position === Number(stripped));
    } else {
      const folded = foldName(stripped);
      if (folded !== "") found = indexOf(framework).get(folded) as Component<C> | undefined;
    }
  }
  if (found) return found;
  const ids = framework.components.map((c) => c.id);
  throw new PgiError(
    "UNKNOWN_SUBINDEX",
    `unknown ${framework.id === "pgi" ? "sub-index" : "component"} ${describe(key)}; use one of ${ids.join(", ")}, a position 1–${framework.components.length}, or a published name`,
    path,
    { key: typeof key === "string" || typeof key === "number" ? key : undefined, valid: ids },
  );
}

/**
 * The component ids of a framework, in published order.
 *
 * @example
 * ```ts
 * subIndexIds(PGI); // ["pollution", "compliance", "greenPractices", "incentives"]
 * ```
 */
export function subIndexIds<C extends string = PgiSubIndexId>(framework: Framework<C> = PGI as unknown as Framework<C>): readonly C[] {
  return Object.freeze((asFramework(framework) as Framework<C>).components.map((c) => c.id));
}

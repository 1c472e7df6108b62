/**
 * Finding a component (sub-index) by id, position or any of its names.
 * @module
 */
import { describe, PgiError, type PgiPath } from "../errors";
import { editDistance, foldName } from "../util";
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
  return (
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .replace(QUOTES, " ")
      .replace(FILLER_WORDS, " ")
      // "Bảo đảm" and "Đảm bảo" are one word in Vietnamese (the law writes "bảo đảm", offices often
      // "đảm bảo"): both spellings fold to one.
      .replace(/\bbao dam\b/g, "dam bao")
      .trim()
  );
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
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `path must be an array of field names and indices, got ${describe(path)}`,
        vi: `path phải là một mảng tên trường và số thứ tự, nhận được ${describe(path, "vi")}`,
      },
      ["path"],
    );
  }
  let found: Component<C> | undefined;
  if (typeof key === "string" && key.length > MAX_KEY) {
    throw new PgiError(
      "UNKNOWN_SUBINDEX",
      {
        en: `${describe(key)} is too long to name a ${framework.id === "pgi" ? "sub-index" : "component"} (at most ${MAX_KEY} characters)`,
        vi: `${describe(key, "vi")} quá dài để là tên ${framework.id === "pgi" ? "chỉ số thành phần" : "chỉ tiêu"} (tối đa ${MAX_KEY} ký tự)`,
      },
      path,
    );
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
  const near = typeof key === "string" ? closestComponents(framework, key) : [];
  const pgi = framework.id === "pgi";
  const n = framework.components.length;
  const quoted = (c: Component, lang: "en" | "vi") => `"${c.name[lang]}"${lang === "en" ? ` (${c.id})` : ""}`;
  throw new PgiError(
    "UNKNOWN_SUBINDEX",
    {
      en:
        `unknown ${pgi ? "sub-index" : "component"} ${describe(key)}` +
        (near.length > 0 ? `; did you mean ${near.map((c) => quoted(c, "en")).join(" or ")}?` : "") +
        `; use one of ${ids.join(", ")}, a position 1–${n}, or a published name`,
      vi:
        `không có ${pgi ? "chỉ số thành phần" : "chỉ tiêu"} ${describe(key, "vi")}` +
        (near.length > 0 ? `; có phải là ${near.map((c) => quoted(c, "vi")).join(" hay ")}?` : "") +
        // The names are listed for a short key; after a long one (quoted cut) one example keeps the message short.
        (typeof key === "string" && key.length > 60
          ? `; dùng số thứ tự 1–${n} hoặc tên chỉ số, ví dụ "${framework.components[0]!.name.vi}"`
          : `; dùng số thứ tự 1–${n} hoặc tên: ${framework.components.map((c) => `"${c.name.vi}"`).join(", ")}`),
    },
    path,
    { key: typeof key === "string" || typeof key === "number" ? key : undefined, valid: ids, closest: near.map((c) => c.id) },
  );
}

/**
 * The components whose id or a name is closest to a misspelt key (at most two): those within
 * about a third of the key's length in edit distance, after folding case, diacritics and filler words.
 */
function closestComponents(framework: Framework, key: string): Component[] {
  const folded = foldName(stripFiller(key));
  if (folded === "" || folded.length > 120) return [];
  const best = new Map<Component, number>();
  for (const [name, c] of indexOf(framework)) {
    // A name much longer or shorter than the key cannot be its misspelling.
    if (Math.abs(name.length - folded.length) > Math.max(3, folded.length / 3)) continue;
    const d = editDistance(folded, name);
    if (d < (best.get(c) ?? Infinity)) best.set(c, d);
  }
  const limit = Math.max(2, Math.floor(folded.length / 3));
  const ranked = [...best].filter(([, d]) => d <= limit).sort((a, b) => a[1] - b[1] || a[0].position - b[0].position);
  return ranked.length === 0
    ? []
    : ranked
        .filter(([, d]) => d === ranked[0]![1])
        .slice(0, 2)
        .map(([c]) => c);
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

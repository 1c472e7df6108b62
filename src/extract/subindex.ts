/**
 * Naming sub-indices in a plan: section headings ("1. Chỉ số “…”", "Chỉ số thành phần 1: …") and
 * mentions inside running text — by number ("Chỉ số thành phần 1", "CSTP 2"), by name (short,
 * long, or the legal spelling "Bảo đảm tuân thủ") or by a quoted name after "chỉ số".
 * @internal
 * @module
 */
import { PGI, type PgiSubIndexId } from "../framework/pgi";
import { fold, type Line } from "./text";

let patterns: ReturnType<typeof makePatterns> | undefined;
function makePatterns() {
  const names = new Map<string, PgiSubIndexId>();
  for (const c of PGI.components) {
    for (const n of [c.name.vi, ...c.aliases]) {
      // Vietnamese names only (English ones do not occur in Vietnamese prose), both spellings of "đảm bảo".
      if (/^[\x20-\x7e]*$/.test(n)) continue;
      const f = fold(n)
        .replace(/\s*\([^)]*\)\s*$/, "")
        .trim();
      names.set(f, c.id as PgiSubIndexId);
      if (f.includes("dam bao")) names.set(f.replace("dam bao", "bao dam"), c.id as PgiSubIndexId);
    }
  }
  const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const byLength = [...names.keys()].sort((a, b) => b.length - a.length);
  // Names of fewer than five words only after "chỉ số" (in prose "tuân thủ" alone is no sub-index).
  const long = byLength.filter((n) => n.split(" ").length >= 5).map(esc);
  const any = byLength.map(esc);
  return {
    names,
    SUBINDEX_PREFIX: /^(?:chỉ số|chi so)(?: thành phần| thanh phan)?(?: số| so| thứ| thu)?\s*(?:\d+|[IVX]+)\s*[:.)\-–—]?\s*/i,
    NUMBERING: /^(?:[IVXLC]+|\d+(?:\.\d+)*)\s*[.)/:\-–]?\s+/,
    BY_NUMBER_ONLY: /^(?:chi so thanh phan|cstp)\s*(?:so\s*|thu\s*)?([1-4])\s*[.:]?$/,
    MENTION: new RegExp(
      [
        "\\b(?:chi so thanh phan|cstp)\\s*(?:so\\s*|thu\\s*)?([1-4])\\b(?:\\s*(?:va|,)\\s*([1-4])\\b)?",
        `\\bchi so(?: thanh phan)?\\s*"?(${any.join("|")})\\b"?`,
        `\\bchi so(?: thanh phan)?\\s*"([^"]{3,150})"`,
        `\\b(${long.join("|")})\\b`,
      ].join("|"),
      "g",
    ),
  };
}
/** The patterns, built on first use (nothing runs at import time). @internal */
export function subIndexPatterns(): ReturnType<typeof makePatterns> {
  return (patterns ??= makePatterns());
}

/**
 * The key of a name as `subIndex` matches it (no diacritics, case, quotes, punctuation, "chỉ
 * số (thành phần)"; "bảo đảm" = "đảm bảo"), computed here so that text that names nothing costs
 * no error (a failed `subIndex` builds its "did you mean").
 */
function nameKey(name: string): string {
  return fold(name)
    .replace(/["'“”‘’«»`]/g, " ")
    .replace(/\b(chi so thanh phan|chi so|sub-indices|sub-index|sub index|subindex|component)\b/g, " ")
    .replace(/\bbao dam\b/g, "dam bao")
    .replace(/[^a-z0-9]+/g, "");
}

let keys: Map<string, PgiSubIndexId> | undefined;

/** The sub-index a name denotes (its id, or any Vietnamese or English name `subIndex` accepts, "Bảo đảm …" as "Đảm bảo …"), or `null`. @internal */
export function subIndexNamed(name: string): PgiSubIndexId | null {
  if (!/\p{L}{2}/u.test(name) || name.length > 200) return null;
  if (!keys) {
    keys = new Map();
    for (const c of PGI.components) {
      for (const n of [c.id, c.name.vi, c.name.en, ...c.aliases]) {
        const k = nameKey(n);
        if (k !== "" && !keys.has(k)) keys.set(k, c.id as PgiSubIndexId);
      }
    }
  }
  return keys.get(nameKey(name)) ?? null;
}

/** A section heading: the sub-index it names, and the text after a colon on the same line. @internal */
export interface SectionHeading {
  readonly id: PgiSubIndexId;
  readonly rest: string;
}

/** The sub-index a heading names, and the text after a colon on the same line. @internal */
export function sectionOf(line: Line): SectionHeading | null {
  const { NUMBERING, SUBINDEX_PREFIX, BY_NUMBER_ONLY } = subIndexPatterns();
  if (line.text.length > 300 || line.text === "") return null;
  let s = line.text.replace(NUMBERING, "");
  const colon = s.indexOf(":");
  const parts: [string, string][] = [[s, ""]];
  if (colon > 0) parts.unshift([s.slice(0, colon), s.slice(colon + 1).trim()]);
  for (const [head, rest] of parts) {
    const byNumber = BY_NUMBER_ONLY.exec(fold(head.trim()));
    if (byNumber) return { id: PGI.components[Number(byNumber[1]) - 1]!.id as PgiSubIndexId, rest };
    s = head.replace(SUBINDEX_PREFIX, "").trim();
    const quoted = /"([^"]+)"/.exec(s);
    const names = quoted ? [quoted[1]!] : [s.replace(/[.:;]+$/, ""), s.replace(/\s*\([^()]*\)\s*[.:;]*$/, "")];
    for (const name of names) {
      const id = subIndexNamed(name);
      if (id !== null) return { id, rest };
    }
  }
  return headingNaming(line);
}

/**
 * A numbered heading that names one sub-index among other words: "2. Nhóm giải pháp cải thiện
 * Chỉ số thành phần 2", "1. Đối với CSTP 1". A heading that states a target keeps its text.
 */
function headingNaming(line: Line): SectionHeading | null {
  const { NUMBERING } = subIndexPatterns();
  const numbered = NUMBERING.exec(line.text);
  if ((!numbered && !/^\s{0,3}#/.test(line.raw)) || line.text.split(" ").length > 20) return null;
  const ids = [...new Set(mentionsIn(line.fold).map((m) => m.id))];
  if (ids.length !== 1) return null;
  const text = numbered ? line.text.slice(numbered[0].length) : line.text;
  return { id: ids[0]!, rest: /\d/.test(text.replace(/\b(?:chỉ số thành phần|cstp)\s*\d\b/giu, "")) ? text : "" };
}

/** A sub-index named inside running text, with the span of the naming words. @internal */
export interface Mention {
  readonly id: PgiSubIndexId;
  readonly start: number;
  readonly end: number;
}

/** The sub-indices a folded sentence names, in order (a sub-index may appear more than once). @internal */
export function mentionsIn(f: string): Mention[] {
  const { MENTION, names } = subIndexPatterns();
  const out: Mention[] = [];
  const byPosition = (p: string): PgiSubIndexId => PGI.components[Number(p) - 1]!.id as PgiSubIndexId;
  for (const m of f.matchAll(MENTION)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (m[1] !== undefined) {
      out.push({ id: byPosition(m[1]), ...span });
      if (m[2] !== undefined) out.push({ id: byPosition(m[2]), ...span });
    } else if (m[3] !== undefined) {
      out.push({ id: names.get(m[3])!, ...span });
    } else if (m[4] !== undefined) {
      const id = subIndexNamed(m[4]);
      if (id !== null) out.push({ id, ...span });
    } else if (m[5] !== undefined) {
      out.push({ id: names.get(m[5])!, ...span });
    }
  }
  return out;
}

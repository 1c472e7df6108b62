/**
 * Naming sub-indices in a plan: the section headings ("1. Chỉ số “…”", "Chỉ số thành phần 1: …").
 * @internal
 * @module
 */
import { isPgiError } from "../errors";
import { subIndex } from "../framework/lookup";
import { PGI, type PgiSubIndexId } from "../framework/pgi";
import type { Line } from "./text";

let patterns: ReturnType<typeof makePatterns> | undefined;
function makePatterns() {
  return {
    SUBINDEX_PREFIX: /^(?:chỉ số|chi so)(?: thành phần| thanh phan)?(?: số| so| thứ| thu)?\s*(?:\d+|[IVX]+)\s*[:.)\-–—]?\s*/i,
    NUMBERING: /^(?:[IVXLC]+|\d+(?:\.\d+)*)\s*[.)/:\-–]?\s+/,
  };
}
/** The patterns, built on first use (nothing runs at import time). @internal */
export function subIndexPatterns(): ReturnType<typeof makePatterns> {
  return (patterns ??= makePatterns());
}

/** The sub-index a name denotes (any name `subIndex` accepts), or `null`. @internal */
export function subIndexNamed(name: string): PgiSubIndexId | null {
  if (!/\p{L}{2}/u.test(name) || name.length > 200) return null;
  try {
    return subIndex(PGI, name).id as PgiSubIndexId;
  } catch (e) {
    if (!isPgiError(e)) throw e;
    return null;
  }
}

/** A section heading: the sub-index it names, and the text after a colon on the same line. @internal */
export interface SectionHeading {
  readonly id: PgiSubIndexId;
  readonly rest: string;
}

/** The sub-index a heading names, and the text after a colon on the same line. @internal */
export function sectionOf(line: Line): SectionHeading | null {
  const { NUMBERING, SUBINDEX_PREFIX } = subIndexPatterns();
  if (line.text.length > 300 || line.text === "") return null;
  let s = line.text.replace(NUMBERING, "");
  const colon = s.indexOf(":");
  const parts: [string, string][] = [[s, ""]];
  if (colon > 0) parts.unshift([s.slice(0, colon), s.slice(colon + 1).trim()]);
  for (const [head, rest] of parts) {
    s = head.replace(SUBINDEX_PREFIX, "").trim();
    const quoted = /"([^"]+)"/.exec(s);
    const names = quoted ? [quoted[1]!] : [s.replace(/[.:;]+$/, ""), s.replace(/\s*\([^()]*\)\s*[.:;]*$/, "")];
    for (const name of names) {
      const id = subIndexNamed(name);
      if (id !== null) return { id, rest };
    }
  }
  return null;
}

/**
 * Pass of the plan reader that groups lines into blocks and classifies them: sub-index section
 * headings, other headings (which end a section), and text blocks (a paragraph, a lettered item
 * or a bullet, joined over hard-wrapped lines) with their role — a task naming its owner, an
 * owner label, a sentence of a section (target, baseline), a composite sentence, or other text.
 * @internal
 * @module
 */
import { sentencePatterns } from "./sentence";
import { ownerPatterns } from "./owners";
import type { SectionHeading } from "./subindex";
import type { Table, Tables } from "./tables";
import { fold, type Line } from "./text";

/** What a text block is, given where it stands. @internal */
export type BlockRole = "task" | "ownerLabel" | "sentence" | "composite" | "other";

/** One block of the document. @internal */
export type Block =
  | { readonly kind: "section"; readonly section: SectionHeading; readonly line: Line }
  | { readonly kind: "heading"; readonly line: Line }
  | { readonly kind: "table"; readonly table: Table }
  | { readonly kind: "text"; readonly role: BlockRole; readonly text: string; readonly fold: string; readonly line: Line; readonly item: boolean };

interface Open {
  text: string;
  fold: string;
  line: Line;
  item: boolean;
}

const COMPOSITE_WORDS = /\b(pgi|chi so xanh|tong diem|diem tong hop|chi so tong hop)\b/;

function roleOf(b: Open, inSection: boolean): BlockRole {
  const { TARGET_WORDS } = sentencePatterns();
  const { OWNER_LABEL } = ownerPatterns();
  if (inSection) {
    if (b.item && !TARGET_WORDS.test(b.fold)) return "task";
    if (OWNER_LABEL.test(b.fold)) return "ownerLabel";
    return "sentence";
  }
  return COMPOSITE_WORDS.test(b.fold) && !b.item ? "composite" : "other";
}

/**
 * Group the lines into blocks; `sectionAt[i]` is the sub-index heading on line `i`, if any.
 * A blank line ends a block; a lettered item or bullet starts one; a line that does not end a
 * sentence continues into the next lower-case line (an item, until its colon).
 * @internal
 */
export function toBlocks(lines: readonly Line[], sectionAt: readonly (SectionHeading | null)[], tables: Tables): Block[] {
  const { ITEM, BODY, OWNER_LABEL } = ownerPatterns();
  const { TARGET_WORDS } = sentencePatterns();
  const out: Block[] = [];
  let inSection = false;
  let open: Open | null = null;
  const flush = (): void => {
    if (open) out.push({ kind: "text", role: roleOf(open, inSection), ...open });
    open = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const table = tables.at.get(i);
    if (table) {
      flush();
      out.push({ kind: "table", table });
    }
    if (l.text === "" || tables.inside.has(i)) {
      flush();
      continue;
    }
    const sec = sectionAt[i];
    if (sec) {
      flush();
      inSection = true;
      out.push({ kind: "section", section: sec, line: l });
      if (sec.rest !== "") {
        open = { text: sec.rest, fold: fold(sec.rest), line: l, item: false };
        flush();
      }
      continue;
    }
    const isItem = ITEM.test(l.text);
    const isTargetLine = TARGET_WORDS.test(l.fold) && /\d/.test(l.fold);
    const mdHeading = /^\s{0,3}#{1,6}\s/.test(l.raw);
    const numbered = /^(?:[ivxlc]+|\d+(?:\.\d+)*)[.)]\s/.test(l.fold);
    if (!isItem && !isTargetLine && (mdHeading || numbered)) {
      flush();
      const ownerLike = inSection && numbered && !mdHeading && BODY.test(l.fold.replace(/^\d+[.)]\s+/, ""));
      if (!ownerLike) {
        inSection = false;
        out.push({ kind: "heading", line: l });
        continue;
      }
      open = { text: l.text.replace(/^\d+[.)]\s+/, ""), fold: l.fold.replace(/^\d+[.)]\s+/, ""), line: l, item: true };
      continue;
    }
    if (isItem || l.bullet) {
      flush();
      open = { text: l.text, fold: l.fold, line: l, item: isItem || (l.bullet && inSection && BODY.test(l.fold)) };
      continue;
    }
    if (open) {
      const b: Open = open;
      const joinItem = b.item && !b.text.includes(":") && !/[.;]$/.test(b.text) && !OWNER_LABEL.test(l.fold);
      const joinText = !b.item && !/[.;:!?]$/.test(b.text) && /^[\p{Ll}\d(]/u.test(l.text);
      if ((joinItem || joinText) && !isTargetLine) {
        b.text = `${b.text} ${l.text}`;
        b.fold = `${b.fold} ${l.fold}`;
        continue;
      }
      flush();
    }
    open = { text: l.text, fold: l.fold, line: l, item: false };
  }
  flush();
  return out;
}

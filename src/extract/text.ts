/**
 * Line-level helpers of the plan reader: Markdown clean-up, folding for keyword matching, and the
 * number tokens of a line. Every function is linear in the length of its input.
 * @internal
 * @module
 */

/** One line of the input, cleaned. @internal */
export interface Line {
  /** 1-based line number in the input. */
  readonly no: number;
  /** The raw line (without its line end). */
  readonly raw: string;
  /** Markdown markers, escapes and extra spaces removed; quotes straightened. */
  readonly text: string;
  /** `text` folded: no diacritics, đ → d, lower case; same length as `text`. */
  readonly fold: string;
  /** A bullet (`-`, `+`, `•`, `*`) before cleaning. */
  readonly bullet: boolean;
}

/** Fold for matching: no diacritics, đ → d, lower case. Keeps the length of NFC text. @internal */
export function fold(text: string): string {
  const MARKS = /[\u0300-\u036f]/g;
  const whole = text.normalize("NFD").replace(MARKS, "").replace(/[đĐ]/g, "d").toLowerCase();
  if (whole.length === text.length) return whole;
  let out = "";
  for (const ch of text) {
    const f = ch.normalize("NFD").replace(MARKS, "").replace(/[đĐ]/g, "d").toLowerCase();
    // One output unit per input unit, so positions in the folded text are positions in `text`.
    out += f.length === ch.length ? f : f.slice(0, ch.length).padEnd(ch.length, " ");
  }
  return out;
}

/** Clean one raw line of Markdown or plain text. @internal */
export function cleanLine(raw: string): { text: string; bullet: boolean } {
  let s = raw;
  s = s
    .replace(/^\s{0,3}#{1,6}\s+/, "")
    .replace(/\s+#+\s*$/, "")
    .replace(/^\s*>\s?/, "");
  const bullet = /^\s*[-+•*]\s+\S/.test(s) && !/^\s*\*\*/.test(s);
  if (bullet) s = s.replace(/^\s*[-+•*]\s+/, "");
  s = s
    .replace(/(?<!\\)(\*\*|__|~~|\*)/g, "")
    .replace(/(^|[\s("])_(?=\S)/g, "$1")
    .replace(/(?<=\S)_(?=$|[\s).,;:"])/g, "")
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>:"'])/g, "$1")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[\u00a0\t]/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
  return { text: s.normalize("NFC"), bullet };
}

/** Split and clean the input into lines. @internal */
export function toLines(input: string): Line[] {
  const raw = input.split(/\r\n|\r|\n/);
  const out: Line[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const c = cleanLine(r);
    out.push({
      no: i + 1,
      raw: r,
      text: c.text,
      fold: fold(c.text),
      bullet: c.bullet,
    });
  }
  return out;
}

/** A number written in a line, with its position in the line. @internal */
export interface NumberToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The numbers of a folded line, leaving out the parts of dates (`01/12/2025`, `01.12.2025`),
 * fractions such as `45/63`, percentages and document numbers (`số 123`).
 * @internal
 */
export function numbers(f: string): NumberToken[] {
  const out: NumberToken[] = [];
  const re = /\d+(?:[.,]\d+)?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(f)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const before = f.slice(Math.max(0, start - 2), start);
    const after = f.slice(end, end + 2);
    if (/[/.,-]\d?$/.test(before) && /\d[/.,-]$/.test(f.slice(Math.max(0, start - 2), start))) continue;
    if (/^[/.,-]\d/.test(after) || /^\//.test(after) || /\/$/.test(before)) continue;
    if (/^\s?%/.test(after)) continue;
    if (/^[a-z]/.test(after) || /[a-z]$/.test(before)) continue;
    out.push({ text: m[0], start, end });
  }
  return out;
}

/** Cut a line for a report: at most 160 characters. @internal */
export function excerpt(text: string): string {
  return text.length <= 160 ? text : `${text.slice(0, 159)}…`;
}

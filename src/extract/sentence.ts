/**
 * Reading one target sentence: target, comparator, stated increase, baseline year and score.
 * @internal
 * @module
 */
import type { Comparator } from "../plan/create";
import { numbers } from "./text";

let patterns: ReturnType<typeof makePatterns> | undefined;
function makePatterns() {
  return {
    TARGET_WORDS: /\b(phan dau|muc tieu|chi tieu|giu vung|duy tri)\b/,
    HOLD: /\b(giu vung|duy tri)\b/,
    RANKISH_AFTER: /^\s*(bac|tinh|huyen|xa\b|dia phuong|doanh nghiep|dn\b|nguoi|lan\b|thang|ngay|chi so|tieu chi|hang)/,
    RANKISH_BEFORE:
      /(\bthu|\bhang|\btop|\bnhom|vi tri|\bxep|\bdung|(?<!diem )\bso|\bngay|\bthang|\bquy|\bdieu|\bkhoan|\bmuc [a-z]?|\bgiai doan|\bden|\btu nam|\bphan)\s*$/,
    DELTA_BEFORE: /\b(tang|giam)\s*(?:them\s*)?(?:it nhat\s*|toi thieu\s*|khoang\s*|tu\s*)?$/,
    BASE_SO_VOI: /\bso voi\s*(?:ket qua\s*|diem so\s*|cung ky\s*)?(?:nam|pgi)\s*(\d{4})\s*(?:\(\s*)?(?:(?:dat|la|voi|:|=)\s*)?$/,
    BASE_NAM: /(?:^|[\s(,;])(?:diem so\s*|ket qua\s*)?(?:nam|pgi)\s*(\d{4})\s*(?:\(\s*)?(?:,\s*)?((?:[a-z]+\s+){0,9}?)(?:(?:dat|la|:|=)\s*)?$/,
    FROM_BEFORE: /(?:^|[\s(,;])tu\s*$/,
    FROM_AFTER: /^\s*(?:diem\s*)?(?:\(?\s*(?:nam|pgi)\s*\d{4}\s*\)?\s*)?(?:,\s*)?len\b/,
    AT_LEAST_BEFORE: /(?:\btu|toi thieu|it nhat|khong thap hon|\btren|\bvuot)\s*$/,
    AT_LEAST_AFTER: /^\s*(?:diem\s*)?(?:tro len|tro len\b)/,
    AT_MOST_BEFORE: /(?:toi da|khong qua|khong vuot qua|\bduoi)\s*$/,
    AT_MOST_AFTER: /^\s*(?:diem\s*)?tro xuong/,
  };
}
/** The patterns, built on first use (nothing runs at import time). @internal */
export function sentencePatterns(): ReturnType<typeof makePatterns> {
  return (patterns ??= makePatterns());
}

/** What one sentence states. @internal */
export interface SentenceReading {
  /** The target score as written (e.g. `"5,90"`). */
  target: string | null;
  comparator: Comparator;
  /** The stated increase as written, negative for "giảm". */
  delta: string | null;
  baseline: string | null;
  baselineYear: number | null;
  /** "giữ vững / duy trì": hold the score. */
  hold: boolean;
  /** Several numbers could be the target. */
  ambiguous: boolean;
  /** Numbers that could be the target (neither years, ranks nor dates). */
  candidates: number;
}

/**
 * Read the figures of a folded sentence. Linear: each number is classified by a bounded window of
 * text around it.
 * @internal
 */
export function readSentence(f: string, targetYear: number | null): SentenceReading {
  const {
    TARGET_WORDS,
    HOLD,
    RANKISH_AFTER,
    RANKISH_BEFORE,
    DELTA_BEFORE,
    BASE_SO_VOI,
    BASE_NAM,
    FROM_BEFORE,
    FROM_AFTER,
    AT_LEAST_BEFORE,
    AT_LEAST_AFTER,
    AT_MOST_BEFORE,
    AT_MOST_AFTER,
  } = sentencePatterns();
  const r: SentenceReading = {
    target: null,
    comparator: "exactly",
    delta: null,
    baseline: null,
    baselineYear: null,
    hold: HOLD.test(f),
    ambiguous: false,
    candidates: 0,
  };
  const targets: { text: string; comparator: Comparator }[] = [];
  // Several figures of past years: "so với năm …" first, else the latest year before the target year.
  let rank = 0;
  const base = (text: string, year: number | null, priority: number): void => {
    const later = year !== null && (r.baselineYear === null || year > r.baselineYear) && (targetYear === null || year < targetYear);
    if (r.baseline === null || priority > rank || (priority === rank && (later || (year === null && r.baselineYear === null)))) {
      r.baseline = text;
      r.baselineYear = year;
      rank = priority;
    }
  };
  for (const t of numbers(f)) {
    const before = f.slice(Math.max(0, t.start - 48), t.start);
    const after = f.slice(t.end, t.end + 32);
    const isInt = !/[.,]/.test(t.text);
    if (isInt && t.text.length === 4) {
      if (/(?:nam|pgi)\s*$/.test(before)) continue; // a year, read with its figure below
      continue; // 4-digit integers are never scores
    }
    if (RANKISH_AFTER.test(after) || RANKISH_BEFORE.test(before) || (isInt && /^\s*nam\b/.test(after))) continue;
    const d = DELTA_BEFORE.exec(before);
    if (d) {
      r.delta = d[1] === "giam" ? `-${t.text}` : t.text;
      continue;
    }
    const so = BASE_SO_VOI.exec(before);
    if (so && !AT_LEAST_AFTER.test(after)) {
      base(t.text, Number(so[1]), 2);
      continue;
    }
    const nam = BASE_NAM.exec(before);
    if (
      nam &&
      !TARGET_WORDS.test(nam[2] ?? "") &&
      !/\b(tang|giam)\b/.test(nam[2] ?? "") &&
      Number(nam[1]) !== targetYear &&
      !AT_LEAST_AFTER.test(after) &&
      !AT_LEAST_BEFORE.test(before)
    ) {
      base(t.text, Number(nam[1]), 1);
      continue;
    }
    if (FROM_BEFORE.test(before) && FROM_AFTER.test(after)) {
      const y = /(?:nam|pgi)\s*(\d{4})/.exec(after);
      base(t.text, y ? Number(y[1]) : null, 1);
      continue;
    }
    let comparator: Comparator = "exactly";
    if (AT_LEAST_BEFORE.test(before) || AT_LEAST_AFTER.test(after)) comparator = "atLeast";
    else if (AT_MOST_BEFORE.test(before) || AT_MOST_AFTER.test(after)) comparator = "atMost";
    targets.push({ text: t.text, comparator });
  }
  r.candidates = targets.length;
  if (targets.length === 1) {
    r.target = targets[0]!.text;
    r.comparator = targets[0]!.comparator;
  } else if (targets.length > 1) {
    r.ambiguous = true;
  }
  if (r.hold) {
    // "Giữ vững điểm số 6,20 điểm": the one figure is both the score held and the target.
    if (r.target !== null && r.baseline === null && r.delta === null) r.baseline = r.target;
    else if (r.target === null && !r.ambiguous && r.baseline !== null && r.delta === null) r.target = r.baseline;
    if (r.target !== null && r.comparator === "exactly") r.comparator = "atLeast";
  }
  return r;
}

/** A rank goal a folded sentence states ("nằm trong nhóm 30 tỉnh", "tăng 5 bậc"), or `null`. @internal */
export function rankGoalOf(f: string): { group: number | null; groupName: string | null; rise: number | null; rank: number | null } | null {
  const { TARGET_WORDS } = sentencePatterns();
  if (!/\b(nhom|bac|hang|xep|vi tri)\b/.test(f)) return null;
  if (!TARGET_WORDS.test(f) && !/\b(nam trong|thuoc|xep hang|tang hang)\b/.test(f)) return null;
  const group = /\bnhom\s*(\d{1,2})\s*(?:tinh|dia phuong|huyen|don vi)?/.exec(f);
  const named = /\bnhom\s*(rat tot|tot|kha|trung binh kha|trung binh|thap)\b/.exec(f);
  const rise = /\b(?:tang|nang)\s*(?:hang\s*)?(?:it nhat\s*|toi thieu\s*|tu\s*)?(\d{1,2})\s*(?:bac|hang)\b/.exec(f);
  const rank = /\b(?:xep hang|xep thu|thu hang|vi tri|hang)\s*(?:thu\s*)?(\d{1,2})\b(?!\s*\/)/.exec(f);
  if (!group && !named && !rise && !rank) return null;
  return {
    group: group ? Number(group[1]) : null,
    groupName: named ? named[1]! : null,
    rise: rise ? Number(rise[1]) : null,
    rank: rank && !rise ? Number(rank[1]) : null,
  };
}

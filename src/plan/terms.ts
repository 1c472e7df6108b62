/**
 * The words of gap reports, decided once: the status of a row and the summary's "met"/"missed"
 * say the same thing ("đạt" / "chưa đạt", with why a missed row is missed in brackets). Every
 * renderer of gap reports (Markdown, CSV, Word, Excel, the page) takes its words from here.
 * @module
 */
import type { Lang } from "../decimal";
import type { GapStatus } from "./gap";

const STATUS_TEXT: Readonly<Record<Lang, Readonly<Record<GapStatus, string>>>> = {
  vi: {
    met: "đạt",
    partial: "chưa đạt (có cải thiện)",
    none: "chưa đạt (không đổi)",
    regressed: "chưa đạt (kém hơn cơ sở)",
    noTarget: "không có chỉ tiêu",
  },
  en: {
    met: "met",
    partial: "missed (improved)",
    none: "missed (no change)",
    regressed: "missed (worse than baseline)",
    noTarget: "no target",
  },
};

/** The summary's words: the met and missed lists, and "none". @internal */
export const SUMMARY_TEXT: Readonly<Record<Lang, { readonly met: string; readonly missed: string; readonly nothing: string }>> = {
  vi: { met: "Đạt chỉ tiêu", missed: "Chưa đạt", nothing: "không có" },
  en: { met: "Met", missed: "Missed", nothing: "none" },
};

/**
 * How a gap row's status is written in tables and reports: a row is either met ("đạt") or missed
 * ("chưa đạt"), and a missed row says why — it improved on the baseline, did not move, or fell
 * behind it (for a lower-is-better indicator "improved" is a decrease). The summary's lists use
 * the same words ("Đạt chỉ tiêu: …. Chưa đạt: …").
 *
 * @example
 * ```ts
 * gapStatusLabel("partial");         // "chưa đạt (có cải thiện)"
 * gapStatusLabel("regressed", "en"); // "missed (worse than baseline)"
 * gapStatusLabel("met");             // "đạt"
 * ```
 */
export function gapStatusLabel(status: GapStatus, lang: Lang = "vi"): string {
  return (STATUS_TEXT[lang === "en" ? "en" : "vi"] as Record<string, string>)[status] ?? String(status);
}

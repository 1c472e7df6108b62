/**
 * STUB (helper H2, to be replaced by the Word writer of helper H3): Word reports of results in
 * the layout offices file (Decree 30/2020/NĐ-CP). Until the real writer lands, a plan is written
 * as today (its targets part as headings and paragraphs) and every other result is refused.
 * @internal
 * @module
 */
import { PgiError } from "../../errors";
import { toPlanDocument } from "../../extract/document";
import type { Plan } from "../../plan/create";
import { markdownToDocx } from "../docx";

/** The heading fields and language of a Word report. */
export interface OfficeDocxOptions {
  readonly lang: "vi" | "en";
  readonly agency?: string;
  readonly number?: string;
  readonly place?: string;
  readonly signer?: string;
  readonly date?: string;
}

/** A Word document of a result (plan, gap report, year-over-year, checklist assessment). */
export async function officeDocx(result: unknown, options: OfficeDocxOptions): Promise<Uint8Array> {
  if (typeof result === "object" && result !== null && (result as { kind?: unknown }).kind === "plan") {
    return markdownToDocx(toPlanDocument(result as Plan<string>, { lang: options.lang }));
  }
  throw new PgiError("INVALID_INPUT", {
    en: "Word reports of this result are not written yet; use --format xlsx or md",
    vi: "chưa xuất được báo cáo Word cho kết quả này; hãy dùng --format xlsx hoặc md",
  });
}

/** `pgi assess`: communes against a criteria checklist (the work is in `../assess.ts`). @internal @module */
import { INPUT_OPTIONS, SHEET_OPTIONS } from "../args";
import { ASSESS_DETAILS, ASSESS_DETAILS_VI, ASSESS_EXAMPLE, ASSESS_SUMMARY, ASSESS_USAGE, runAssess } from "../assess";
import type { Command } from "../context";
import { DOCX_FORMATS, OFFICE_OPTIONS } from "../office/options";

/** `pgi assess`. */
export const assess: Command = {
  name: "assess",
  usage: { en: ASSESS_USAGE, vi: "assess <bo-tieu-chi.json> <cac-xa.csv|cac-xa.xlsx|cac-xa.json>" },
  summary: { en: ASSESS_SUMMARY, vi: 'đánh giá các xã theo bộ tiêu chí (NTM…): số tiêu chí đạt, còn thiếu, "17/19", số xã đạt từng mức' },
  details: { en: ASSESS_DETAILS, vi: ASSESS_DETAILS_VI },
  example: ASSESS_EXAMPLE,
  formats: DOCX_FORMATS,
  options: { ...INPUT_OPTIONS, ...SHEET_OPTIONS, ...OFFICE_OPTIONS },
  run: runAssess,
};

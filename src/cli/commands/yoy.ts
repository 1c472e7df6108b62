/** `pgi yoy`: year-over-year change. @internal @module */
import { yearOverYear } from "../../plan/yoy";
import { INPUT_OPTIONS } from "../args";
import type { Command } from "../context";
import { DOCX_FORMATS, OFFICE_OPTIONS } from "../office/options";
import { DOCX_NOTE, frameworkOf, FRAMEWORK_OPTION, loadCard, need, SHIPPED } from "./shared";

/** `pgi yoy`. */
export const yoy: Command = {
  name: "yoy",
  usage: { en: "yoy <previous-card.json> <current-card.json>", vi: "yoy <phieu-diem-nam-truoc.json> <phieu-diem-nam-nay.json>" },
  summary: { en: "year-over-year change between two score cards", vi: "thay đổi so với năm trước giữa hai phiếu điểm" },
  details: { en: `${SHIPPED.en}\n${DOCX_NOTE.en}`, vi: `${SHIPPED.vi}\n${DOCX_NOTE.vi}` },
  example: 'pgi yoy published:"Hải Dương":2023 published:"Hải Dương":2024',
  formats: DOCX_FORMATS,
  options: { ...INPUT_OPTIONS, ...FRAMEWORK_OPTION, ...OFFICE_OPTIONS },
  run: async (ctx) => {
    need(ctx, 2, yoy);
    const fw = frameworkOf(ctx);
    return { ...(fw ? { framework: fw } : {}), result: yearOverYear(loadCard(ctx, ctx.files[0]!, fw), loadCard(ctx, ctx.files[1]!, fw), fw) };
  },
};

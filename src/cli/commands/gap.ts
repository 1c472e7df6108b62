/** `pgi gap`: a plan against the results of its target year. @internal @module */
import { gapReport } from "../../plan/gap";
import { INPUT_OPTIONS } from "../args";
import type { Command } from "../context";
import { DOCX_FORMATS, OFFICE_OPTIONS } from "../office/options";
import { BASELINE_CARD_OPTION } from "./extract";
import { DOCX_NOTE, frameworkOf, FRAMEWORK_OPTION, INDEX_UNIT_OPTION, loadCard, need, PLAN_FORMAT, planOf, planSource, SHIPPED } from "./shared";

/** `pgi gap`. */
export const gap: Command = {
  name: "gap",
  usage: { en: "gap <plan.json> <card.json>", vi: "gap <ke-hoach.json> <phieu-diem.json>" },
  summary: { en: "compare a plan with the results of its target year", vi: "so sánh kế hoạch với kết quả của năm mục tiêu" },
  details: { en: `${PLAN_FORMAT.en}\n${SHIPPED.en}\n${DOCX_NOTE.en}`, vi: `${PLAN_FORMAT.vi}\n${SHIPPED.vi}\n${DOCX_NOTE.vi}` },
  example: 'pgi gap example:lang-son-plan published:"Lạng Sơn":2024 --format xlsx --out gap.xlsx',
  formats: DOCX_FORMATS,
  options: { ...INPUT_OPTIONS, ...FRAMEWORK_OPTION, ...INDEX_UNIT_OPTION, ...BASELINE_CARD_OPTION, ...OFFICE_OPTIONS },
  run: async (ctx) => {
    need(ctx, 2, gap);
    const fw = frameworkOf(ctx);
    const sourceText = await planSource(ctx, ctx.files[0]!);
    return {
      ...(fw ? { framework: fw } : {}),
      ...(sourceText !== undefined ? { sourceText } : {}),
      result: gapReport(await planOf(ctx, ctx.files[0]!, fw), loadCard(ctx, ctx.files[1]!, fw), fw),
    };
  },
};

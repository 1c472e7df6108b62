/** `pgi check`: a plan's check. @internal @module */
import { checkPlan } from "../../plan/check";
import { toMarkdown } from "../../renderers";
import { INPUT_OPTIONS } from "../args";
import type { Command } from "../context";
import { BASELINE_CARD_OPTION } from "./extract";
import { checkNote, need, planOf, PLAN_FORMAT, SHIPPED, frameworkOf, FRAMEWORK_OPTION, INDEX_UNIT_OPTION } from "./shared";

/** `pgi check`. */
export const check: Command = {
  name: "check",
  usage: { en: "check <plan.json>", vi: "check <ke-hoach.json>" },
  summary: { en: "check a plan; exit code 1 when there are errors", vi: "kiểm tra một kế hoạch; mã thoát 1 khi có lỗi" },
  details: { en: `${PLAN_FORMAT.en}\n${SHIPPED.en}`, vi: `${PLAN_FORMAT.vi}\n${SHIPPED.vi}` },
  example: "pgi check example:lang-son-plan --lang en",
  options: { ...INPUT_OPTIONS, ...FRAMEWORK_OPTION, ...INDEX_UNIT_OPTION, ...BASELINE_CARD_OPTION },
  run: async (ctx) => {
    need(ctx, 1, check);
    const fw = frameworkOf(ctx);
    const findings = checkPlan(await planOf(ctx, ctx.files[0]!, fw), fw);
    return {
      result: findings,
      ...(fw ? { framework: fw } : {}),
      md: `${toMarkdown(findings, { lang: ctx.o.lang, ...(fw ? { framework: fw } : {}) })}\n`,
      code: findings.some((f) => f.severity === "error") ? 1 : 0,
      ...checkNote(findings, ctx.o.lang),
    };
  },
};

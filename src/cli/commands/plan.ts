/** `pgi plan`: a plan and its check. @internal @module */
import { checkPlan } from "../../plan/check";
import { toMarkdown } from "../../renderers";
import { INPUT_OPTIONS } from "../args";
import type { Command } from "../context";
import { DOCX_PACKAGES } from "../docx";
import { DOCX_FORMATS, OFFICE_OPTIONS } from "../office/options";
import { BASELINE_CARD_OPTION } from "./extract";
import { checkNote, frameworkOf, FRAMEWORK_OPTION, INDEX_UNIT_OPTION, need, PLAN_FORMAT, planOf, planSource, SHIPPED } from "./shared";

/** `pgi plan`. */
export const plan: Command = {
  name: "plan",
  usage: { en: "plan <plan.json> [--format docx --out plan.docx]", vi: "plan <ke-hoach.json> [--format docx --out ke-hoach.docx]" },
  summary: {
    en: "show a plan (targets, increases) and its check; exit code 1 when the check finds errors",
    vi: "hiển thị kế hoạch (chỉ tiêu, mức tăng) và kết quả kiểm tra; mã thoát 1 khi kiểm tra thấy lỗi",
  },
  details: {
    en: `${PLAN_FORMAT.en}\n${SHIPPED.en}\n--format docx --out plan.docx writes the targets part as a Word document (needs ${DOCX_PACKAGES}).`,
    vi: `${PLAN_FORMAT.vi}\n${SHIPPED.vi}\n--format docx --out ke-hoach.docx ghi phần chỉ tiêu thành văn bản Word (cần cài ${DOCX_PACKAGES}).`,
  },
  example: "pgi plan example:lang-son-plan",
  options: { ...INPUT_OPTIONS, ...FRAMEWORK_OPTION, ...INDEX_UNIT_OPTION, ...BASELINE_CARD_OPTION, ...OFFICE_OPTIONS },
  formats: DOCX_FORMATS,
  run: async (ctx) => {
    need(ctx, 1, plan);
    const fw = frameworkOf(ctx);
    const p = await planOf(ctx, ctx.files[0]!, fw);
    const findings = checkPlan(p, fw);
    const code = findings.some((f) => f.severity === "error") ? 1 : 0;
    const stderr = checkNote(findings, ctx.o.lang);
    const sourceText = await planSource(ctx, ctx.files[0]!);
    return {
      result: p,
      ...(fw ? { framework: fw } : {}),
      ...(sourceText !== undefined ? { sourceText } : {}),
      json: { plan: p, findings },
      md: `${toMarkdown(p, { lang: ctx.o.lang, ...(fw ? { framework: fw } : {}) })}\n${toMarkdown(findings, { lang: ctx.o.lang, ...(fw ? { framework: fw } : {}) })}\n`,
      code,
      ...stderr,
    };
  },
};

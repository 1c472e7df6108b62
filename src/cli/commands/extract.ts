/** `pgi extract`: a plan read from a document. @internal @module */
import type { OptionGroup } from "../args";
import type { Command } from "../context";
import { DOCX_PACKAGES } from "../docx";
import { extractCommand } from "../extract";
import { docOptions, INDEX_UNIT_OPTION, need } from "./shared";

/** `--baseline card.json` for plan documents that lack baselines. */
export const BASELINE_CARD_OPTION: OptionGroup = {
  baseline: {
    type: "string",
    example: "card.json",
    value: { en: "CARD", vi: "PHIẾU-ĐIỂM" },
    help: {
      en: "the baseline card of a plan document that lacks baselines (a card file or published:<province>:<year>)",
      vi: "phiếu điểm năm cơ sở cho văn bản kế hoạch không ghi điểm cơ sở (tệp phiếu điểm hoặc published:<tỉnh>:<năm>)",
    },
  },
};

/** `pgi extract`. */
export const extract: Command = {
  name: "extract",
  usage: {
    en: "extract <plan.docx|plan.md|plan.txt|-> [--format md|json] [--baseline card.json]",
    vi: "extract <ke-hoach.docx|ke-hoach.md|ke-hoach.txt|-> [--format md|json] [--baseline phieu-diem.json]",
  },
  summary: {
    en: "read a plan document, check it, show what was read from which line; exit code 1 when the check finds errors or no plan is read",
    vi: "đọc văn bản kế hoạch, kiểm tra và chỉ rõ từng chỉ tiêu đọc từ dòng nào; mã thoát 1 khi kiểm tra thấy lỗi hoặc không đọc được kế hoạch",
  },
  details: {
    en: `--baseline card.json (or published:<province>:<year>) gives the baselines the document lacks. Reading .docx needs ${DOCX_PACKAGES}.`,
    vi: `--baseline phieu-diem.json (hoặc published:<tỉnh>:<năm>) cho điểm cơ sở khi văn bản không ghi. Đọc tệp .docx cần cài ${DOCX_PACKAGES}.`,
  },
  example: "pgi plan example:lang-son-plan --out plan.docx && pgi extract plan.docx",
  options: { ...BASELINE_CARD_OPTION, ...INDEX_UNIT_OPTION },
  formats: ["md", "json"],
  run: async (ctx) => {
    need(ctx, 1, extract);
    let text = "";
    const code = await extractCommand(ctx.files[0]!, ctx.o, (t) => void (text += t), docOptions(ctx), ctx.source.text);
    return { result: null, raw: text, code };
  },
};

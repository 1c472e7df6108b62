/** `pgi sensitivity`: which methodological choice moves the ranks most. @internal @module */
import { sensitivity as runSensitivity } from "../../uncertainty/sensitivity";
import { INPUT_OPTIONS, SHEET_OPTIONS } from "../args";
import type { Command } from "../context";
import { ALTERNATIVES_OPTION, ANALYSIS_FORMAT, analysisInputs, SEED_OPTION, wholeOption } from "./uncertainty";

/** `pgi sensitivity`. */
export const sensitivity: Command = {
  name: "sensitivity",
  usage: {
    en: "sensitivity <framework.json> <data.csv|data.xlsx|data.json> --alternatives <alternatives.json> [--n N] [--bootstrap B] [--seed S]",
    vi: "sensitivity <bo-chi-so.json> <so-lieu.csv|so-lieu.xlsx|so-lieu.json> --alternatives <phuong-an.json> [--n N] [--bootstrap B] [--seed S]",
  },
  summary: {
    en: "sensitivity of the ranks to each choice (Sobol first-order and total indices, Saltelli design)",
    vi: "độ nhạy của thứ hạng theo từng lựa chọn (chỉ số Sobol bậc nhất và toàn phần, thiết kế Saltelli)",
  },
  details: {
    en: `${ANALYSIS_FORMAT.en}\nEach alternative given is a factor; the design runs n·(factors + 2) scorings.`,
    vi: `${ANALYSIS_FORMAT.vi}\nMỗi phương án được cho là một yếu tố; thiết kế chạy n·(số yếu tố + 2) lần tính điểm.`,
  },
  example: "pgi sensitivity framework.json data.csv --alternatives alternatives.json --n 500 --format png -o sensitivity.png",
  options: {
    ...INPUT_OPTIONS,
    ...SHEET_OPTIONS,
    ...ALTERNATIVES_OPTION,
    n: {
      type: "string",
      example: "1000",
      value: { en: "N", vi: "N" },
      help: { en: "rows of each Saltelli matrix (default 1000)", vi: "số dòng của mỗi ma trận Saltelli (mặc định 1000)" },
    },
    bootstrap: {
      type: "string",
      example: "100",
      value: { en: "B", vi: "B" },
      help: {
        en: "bootstrap resamples for the 5–95 % intervals (default 100, 0 for none)",
        vi: "số lần lấy mẫu lại cho khoảng 5–95 % (mặc định 100, 0 là không tính)",
      },
    },
    ...SEED_OPTION,
  },
  run: async (ctx) => {
    const { fw, rows, alternatives } = await analysisInputs(ctx, sensitivity);
    const n = wholeOption(ctx, "n");
    const bootstrap = wholeOption(ctx, "bootstrap");
    const seed = wholeOption(ctx, "seed");
    return {
      result: runSensitivity(fw, rows, {
        alternatives,
        ...(n !== undefined ? { n } : {}),
        ...(bootstrap !== undefined ? { bootstrap } : {}),
        ...(seed !== undefined ? { seed } : {}),
      }),
      framework: fw,
    };
  },
};

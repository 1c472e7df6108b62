/** `pgi uncertainty`: how the ranks move under other methodological choices. @internal @module */
import { describe, type Bilingual } from "../../errors";
import { defineFramework, type FrameworkSpec } from "../../framework/define";
import type { Framework } from "../../framework/types";
import type { UnitRow } from "../../scoring/types";
import type { Alternatives } from "../../uncertainty/runs";
import { uncertainty as runUncertainty } from "../../uncertainty/uncertainty";
import { INPUT_OPTIONS, SHEET_OPTIONS, UsageError, type OptionGroup } from "../args";
import type { Context } from "../context";
import type { Command } from "../context";
import { readInput } from "../files";
import { parseJson } from "../json";
import { loadUnitRows } from "../tables";
import { inputFormat, json, need } from "./shared";

/** A whole-number option (`--runs 1000`), or undefined when not given. @internal */
export function wholeOption(ctx: Context, name: string): number | undefined {
  const v = ctx.values[name];
  if (v === undefined) return undefined;
  const text = String(v).replace(/^−/, "-");
  const n = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n)) {
    throw new UsageError({ en: `--${name} takes a whole number, got ${describe(v)}`, vi: `--${name} nhận một số nguyên, nhận được ${describe(v, "vi")}` });
  }
  return n;
}

/** `--alternatives FILE`. @internal */
export const ALTERNATIVES_OPTION: OptionGroup = {
  alternatives: {
    type: "string",
    example: "alternatives.json",
    value: { en: "FILE", vi: "TỆP" },
    help: {
      en: 'the alternatives as JSON: { "weights": { "noise": 0.25 } or [weight sets], "normalization": [...], "aggregation": [...], "composite": [...], "treatment": [...], "imputation": [...] }',
      vi: 'các phương án thay thế dạng JSON: { "weights": { "noise": 0.25 } hoặc [các bộ trọng số], "normalization": [...], "aggregation": [...], "composite": [...], "treatment": [...], "imputation": [...] }',
    },
  },
};

/** `--seed S`. @internal */
export const SEED_OPTION: OptionGroup = {
  seed: {
    type: "string",
    example: "1",
    value: { en: "S", vi: "S" },
    help: {
      en: "seed of the random draws (default 1): the same seed gives the same result",
      vi: "hạt giống của các lần rút ngẫu nhiên (mặc định 1): cùng hạt giống cho cùng kết quả",
    },
  },
};

/** Help paragraph on the inputs of `pgi uncertainty` and `pgi sensitivity`. @internal */
export const ANALYSIS_FORMAT: Bilingual = {
  en:
    "The framework file is the spec of defineFramework; the data are read as pgi score reads them (unit[,group],<indicator ids…>).\n" +
    'Alternatives (--alternatives FILE, JSON): "weights": { "noise": 0.25 } multiplies each indicator and component weight by\n' +
    '1 ± up to 0.25 in each run (or a list of weight sets { "indicators": {…}, "components": {…} }); "normalization",\n' +
    '"aggregation", "composite", "treatment" and "imputation" list alternatives as the framework spec takes them.\n' +
    "Each is validated before the first run.",
  vi:
    "Tệp bộ chỉ số là đặc tả của defineFramework; số liệu đọc như lệnh pgi score (unit[,group],<mã các chỉ tiêu…>).\n" +
    'Phương án thay thế (--alternatives TỆP, JSON): "weights": { "noise": 0.25 } nhân mỗi trọng số chỉ tiêu và thành phần với\n' +
    '1 ± tối đa 0,25 ở mỗi lần chạy (hoặc danh sách các bộ trọng số { "indicators": {…}, "components": {…} }); "normalization",\n' +
    '"aggregation", "composite", "treatment" và "imputation" liệt kê các phương án như đặc tả bộ chỉ số nhận.\n' +
    "Mọi phương án được kiểm tra trước lần chạy đầu tiên.",
};

/** The framework, rows and alternatives of `pgi uncertainty` / `pgi sensitivity`. @internal */
export async function analysisInputs(ctx: Context, c: Command): Promise<{ fw: Framework; rows: UnitRow[]; alternatives: Alternatives }> {
  need(ctx, 2, c);
  const file = ctx.values.alternatives;
  if (typeof file !== "string") {
    throw new UsageError({
      en: `pgi ${c.name} needs --alternatives FILE (JSON, e.g. { "weights": { "noise": 0.25 } }): the choices a run may change`,
      vi: `lệnh pgi ${c.name} cần --alternatives TỆP (JSON, ví dụ { "weights": { "noise": 0.25 } }): các lựa chọn mà mỗi lần chạy được thay đổi`,
    });
  }
  const fw = defineFramework(json(ctx, ctx.files[0]!) as FrameworkSpec);
  const rows = await loadUnitRows(readInput(ctx.files[1]!, inputFormat(ctx), ctx.source), ctx.values.sheet as string | undefined);
  const alternatives = parseJson(readInput(file, "json", ctx.source)) as Alternatives;
  return { fw, rows, alternatives };
}

/** `pgi uncertainty`. */
export const uncertainty: Command = {
  name: "uncertainty",
  usage: {
    en: "uncertainty <framework.json> <data.csv|data.xlsx|data.json> --alternatives <alternatives.json> [--runs N] [--seed S]",
    vi: "uncertainty <bo-chi-so.json> <so-lieu.csv|so-lieu.xlsx|so-lieu.json> --alternatives <phuong-an.json> [--runs N] [--seed S]",
  },
  summary: {
    en: "uncertainty of the ranks: score many times with choices drawn from the alternatives; median and 5–95 % rank per unit",
    vi: "phân tích bất định thứ hạng: tính điểm nhiều lần với các lựa chọn rút từ các phương án; trung vị và khoảng 5–95 % của hạng từng đơn vị",
  },
  details: ANALYSIS_FORMAT,
  example: "pgi uncertainty framework.json data.csv --alternatives alternatives.json --runs 1000 --format png -o ranks.png",
  options: {
    ...INPUT_OPTIONS,
    ...SHEET_OPTIONS,
    ...ALTERNATIVES_OPTION,
    runs: { type: "string", example: "1000", value: { en: "N", vi: "N" }, help: { en: "runs (default 1000)", vi: "số lần chạy (mặc định 1000)" } },
    ...SEED_OPTION,
  },
  run: async (ctx) => {
    const { fw, rows, alternatives } = await analysisInputs(ctx, uncertainty);
    const runs = wholeOption(ctx, "runs");
    const seed = wholeOption(ctx, "seed");
    return {
      result: runUncertainty(fw, rows, { alternatives, ...(runs !== undefined ? { runs } : {}), ...(seed !== undefined ? { seed } : {}) }),
      framework: fw,
    };
  },
};

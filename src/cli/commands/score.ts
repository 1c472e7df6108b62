/** `pgi score`: units scored with your own framework. @internal @module */
import { defineFramework, type FrameworkSpec } from "../../framework/define";
import { scoreUnits } from "../../scoring/engine";
import { INPUT_OPTIONS, SHEET_OPTIONS } from "../args";
import type { Command } from "../context";
import { readInput } from "../files";
import { loadUnitRows } from "../tables";
import { inputFormat, json, need } from "./shared";

/** `pgi score`. */
export const score: Command = {
  name: "score",
  usage: { en: "score <framework.json> <data.csv|data.xlsx|data.json>", vi: "score <bo-chi-so.json> <so-lieu.csv|so-lieu.xlsx|so-lieu.json>" },
  summary: { en: "score units from raw indicators with your own framework", vi: "tính điểm các đơn vị từ số liệu chỉ tiêu gốc theo bộ chỉ số của bạn" },
  details: {
    en:
      "A framework file is the spec of defineFramework (see docs/methodology.md). Data: a table with a header\n" +
      'unit[,group],<indicator ids…> (empty cells are missing values), or JSON [{ "unit", "group"?, "indicators": { "<id>": value } }].',
    vi:
      "Tệp bộ chỉ số là đặc tả của defineFramework (xem docs/methodology.md). Số liệu: một bảng có dòng tiêu đề\n" +
      'unit[,group],<mã các chỉ tiêu…> (ô trống là thiếu số liệu), hoặc JSON [{ "unit", "group"?, "indicators": { "<mã>": giá trị } }].',
  },
  example: 'pgi score framework.json data.xlsx --sheet "2024"',
  options: { ...INPUT_OPTIONS, ...SHEET_OPTIONS },
  run: async (ctx) => {
    need(ctx, 2, score);
    const fw = defineFramework(json(ctx, ctx.files[0]!) as FrameworkSpec);
    const input = readInput(ctx.files[1]!, inputFormat(ctx), ctx.source);
    // The framework goes with the result, so its name titles the table and the chart.
    return { result: scoreUnits(fw, await loadUnitRows(input, ctx.values.sheet as string | undefined)), framework: fw };
  },
};

/** `pgi score`: units scored with your own framework (or ranked, with --by / --within). @internal @module */
import { defineFramework, type FrameworkSpec } from "../../framework/define";
import { scoreUnits } from "../../scoring/engine";
import { rank } from "../../table/rank";
import { INPUT_OPTIONS, SHEET_OPTIONS, type OptionGroup } from "../args";
import type { Command } from "../context";
import { readInput } from "../files";
import { loadUnitRows } from "../tables";
import { inputFormat, json, need, within } from "./shared";

/** `--by` and `--within` of `pgi score`: the ranking of the scored units instead of their scores. */
const RANK_OPTIONS: OptionGroup = {
  by: {
    type: "string",
    example: "env",
    value: { en: "COMPONENT", vi: "THÀNH-PHẦN" },
    help: {
      en: "print the ranking by a component (id or name) instead of the scores",
      vi: "in bảng xếp hạng theo một thành phần (mã hoặc tên) thay cho bảng điểm",
    },
  },
  within: {
    type: "string",
    example: "region",
    value: { en: "region", vi: "region" },
    help: {
      en: "print the ranking within each group (the data's group column) instead of the scores",
      vi: "in bảng xếp hạng trong từng nhóm (cột group của số liệu) thay cho bảng điểm",
    },
  },
};

/** `pgi score`. */
export const score: Command = {
  name: "score",
  usage: {
    en: "score <framework.json> <data.csv|data.xlsx|data.json> [--by <component>] [--within region]",
    vi: "score <bo-chi-so.json> <so-lieu.csv|so-lieu.xlsx|so-lieu.json> [--by <thành-phần>] [--within region]",
  },
  summary: { en: "score units from raw indicators with your own framework", vi: "tính điểm các đơn vị từ số liệu chỉ tiêu gốc theo bộ chỉ số của bạn" },
  details: {
    en:
      "A framework file is the spec of defineFramework (see docs/methodology.md). Data: a table with a header\n" +
      'unit[,group],<indicator ids…> (empty cells are missing values), or JSON [{ "unit", "group"?, "indicators": { "<id>": value } }].\n' +
      "With --by or --within region it prints the ranking of the scored units (ties share a rank; each unit's group is its region).",
    vi:
      "Tệp bộ chỉ số là đặc tả của defineFramework (xem docs/methodology.md). Số liệu: một bảng có dòng tiêu đề\n" +
      'unit[,group],<mã các chỉ tiêu…> (ô trống là thiếu số liệu), hoặc JSON [{ "unit", "group"?, "indicators": { "<mã>": giá trị } }].\n' +
      "Với --by hoặc --within region, lệnh in bảng xếp hạng các đơn vị đã chấm điểm (bằng điểm thì cùng hạng; nhóm của đơn vị là vùng của nó).",
  },
  example: 'pgi score framework.json data.xlsx --sheet "2024"',
  options: { ...INPUT_OPTIONS, ...SHEET_OPTIONS, ...RANK_OPTIONS },
  run: async (ctx) => {
    need(ctx, 2, score);
    const fw = defineFramework(json(ctx, ctx.files[0]!) as FrameworkSpec);
    const input = readInput(ctx.files[1]!, inputFormat(ctx), ctx.source);
    const w = within(ctx);
    const by = ctx.values.by as string | undefined;
    const scoring = scoreUnits(fw, await loadUnitRows(input, ctx.values.sheet as string | undefined));
    // The framework goes with the result, so its name titles the table and the chart.
    if (by === undefined && w === undefined) return { result: scoring, framework: fw };
    return { result: rank(scoring, { ...(by !== undefined ? { by } : {}), ...(w ? { within: w } : {}), framework: fw }), framework: fw };
  },
};

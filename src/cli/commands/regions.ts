/** `pgi regions`: statistics per region. @internal @module */
import { regionSummary } from "../../table/rank";
import { BY_OPTION, TABLE_OPTIONS } from "../args";
import type { Command } from "../context";
import type { ScoreTable } from "../../table/table";
import { by, loadRankable, need, rankableOptions, SCORING_FRAMEWORK_OPTION, SCORING_INPUT, shippedNote, TABLE_FORMAT } from "./shared";

/** `pgi regions`. */
export const regions: Command = {
  name: "regions",
  usage: {
    en: "regions [<cards>] [--by <sub-index>] [--framework <framework.json>]",
    vi: "regions [<bang-diem>] [--by <chỉ-số>] [--framework <bo-chi-so.json>]",
  },
  summary: { en: "count, mean, median, best and worst per region", vi: "số tỉnh, trung bình, trung vị, cao nhất và thấp nhất của từng vùng" },
  details: { en: `${TABLE_FORMAT.en}\n${SCORING_INPUT.en}`, vi: `${TABLE_FORMAT.vi}\n${SCORING_INPUT.vi}` },
  example: "pgi regions --edition 2023",
  options: { ...TABLE_OPTIONS, ...BY_OPTION, ...SCORING_FRAMEWORK_OPTION },
  run: async (ctx) => {
    need(ctx, [0, 1], regions);
    const r = await loadRankable(ctx, ctx.files[0], {
      en: "the means and medians of scored units are rounded at their framework's decimals",
      vi: "trung bình và trung vị của các đơn vị đã chấm điểm được làm tròn theo số chữ số thập phân của bộ chỉ số",
    });
    return {
      result: regionSummary(r.table as ScoreTable, { ...by(ctx), ...rankableOptions(r) }),
      ...rankableOptions(r),
      note: shippedNote(ctx.files[0], r.table, ctx.o),
    };
  },
};

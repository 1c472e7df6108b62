/** `pgi regions`: statistics per region. @internal @module */
import { regionSummary } from "../../table/rank";
import { BY_OPTION, TABLE_OPTIONS } from "../args";
import type { Command } from "../context";
import { by, loadTable, need, shippedNote, TABLE_FORMAT } from "./shared";

/** `pgi regions`. */
export const regions: Command = {
  name: "regions",
  usage: { en: "regions [<cards>] [--by <sub-index>]", vi: "regions [<bang-diem>] [--by <chỉ-số>]" },
  summary: { en: "count, mean, median, best and worst per region", vi: "số tỉnh, trung bình, trung vị, cao nhất và thấp nhất của từng vùng" },
  details: TABLE_FORMAT,
  example: "pgi regions --edition 2023",
  options: { ...TABLE_OPTIONS, ...BY_OPTION },
  run: async (ctx) => {
    need(ctx, [0, 1], regions);
    const t = await loadTable(ctx, ctx.files[0]);
    return { result: regionSummary(t, by(ctx)), note: shippedNote(ctx.files[0], t, ctx.o) };
  },
};

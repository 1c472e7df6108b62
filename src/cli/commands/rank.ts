/** `pgi rank`: a table of score cards ranked. @internal @module */
import { rank as rankTable } from "../../table/rank";
import { BY_OPTION, TABLE_OPTIONS, WITHIN_OPTION } from "../args";
import type { Command } from "../context";
import { by, loadTable, need, shippedNote, TABLE_FORMAT, within } from "./shared";

/** `pgi rank`. */
export const rank: Command = {
  name: "rank",
  usage: {
    en: "rank [<cards.csv|cards.xlsx|cards.json>] [--by <sub-index>] [--within region] [--edition 2022|2023|2024]",
    vi: "rank [<bang-diem.csv|bang-diem.xlsx|bang-diem.json>] [--by <chỉ-số>] [--within region] [--edition 2022|2023|2024]",
  },
  summary: {
    en: "rank a table of score cards (default: the shipped PGI figures of --edition, 2024)",
    vi: "xếp hạng một bảng phiếu điểm (mặc định: số liệu PGI kèm theo gói của kỳ --edition, 2024)",
  },
  details: TABLE_FORMAT,
  example: "pgi rank --edition 2023 --by pollution",
  options: { ...TABLE_OPTIONS, ...BY_OPTION, ...WITHIN_OPTION },
  run: async (ctx) => {
    need(ctx, [0, 1], rank);
    const w = within(ctx);
    const t = await loadTable(ctx, ctx.files[0]);
    return { result: rankTable(t, { ...by(ctx), ...(w ? { within: w } : {}) }), note: shippedNote(ctx.files[0], t, ctx.o) };
  },
};

/** `pgi rank`: a table of score cards ranked. @internal @module */
import { rank as rankTable } from "../../table/rank";
import { BY_OPTION, TABLE_OPTIONS, WITHIN_OPTION } from "../args";
import type { Command } from "../context";
import type { ScoreTable } from "../../table/table";
import { by, loadRankable, need, rankableOptions, SCORING_FRAMEWORK_OPTION, SCORING_INPUT, shippedNote, TABLE_FORMAT, within } from "./shared";

/** `pgi rank`. */
export const rank: Command = {
  name: "rank",
  usage: {
    en: "rank [<cards.csv|cards.xlsx|cards.json>] [--by <sub-index>] [--within region] [--edition 2022|2023|2024] [--framework <framework.json>]",
    vi: "rank [<bang-diem.csv|bang-diem.xlsx|bang-diem.json>] [--by <chỉ-số>] [--within region] [--edition 2022|2023|2024] [--framework <bo-chi-so.json>]",
  },
  summary: {
    en: "rank a table of score cards (default: the shipped PGI figures of --edition, 2024)",
    vi: "xếp hạng một bảng phiếu điểm (mặc định: số liệu PGI kèm theo gói của kỳ --edition, 2024)",
  },
  details: { en: `${TABLE_FORMAT.en}\n${SCORING_INPUT.en}`, vi: `${TABLE_FORMAT.vi}\n${SCORING_INPUT.vi}` },
  example: "pgi rank --edition 2023 --by pollution",
  options: { ...TABLE_OPTIONS, ...BY_OPTION, ...WITHIN_OPTION, ...SCORING_FRAMEWORK_OPTION },
  run: async (ctx) => {
    need(ctx, [0, 1], rank);
    const w = within(ctx);
    const r = await loadRankable(ctx, ctx.files[0]);
    // (The ranking functions take a table or a scoring alike; their overloads type the two for callers.)
    const options = { ...by(ctx), ...(w ? { within: w } : {}), ...rankableOptions(r) };
    return { result: rankTable(r.table as ScoreTable, options), ...rankableOptions(r), note: shippedNote(ctx.files[0], r.table, ctx.o) };
  },
};

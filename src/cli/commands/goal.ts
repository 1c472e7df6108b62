/** `pgi goal`: the score that reaches a rank. @internal @module */
import { describe } from "../../errors";
import { rankGoal } from "../../table/rank";
import { BY_OPTION, TABLE_OPTIONS, UsageError, WITHIN_OPTION } from "../args";
import type { Command } from "../context";
import type { ScoreTable } from "../../table/table";
import { by, loadRankable, need, rankableOptions, SCORING_FRAMEWORK_OPTION, SCORING_INPUT, shippedNote, TABLE_FORMAT, within } from "./shared";
import { probabilityGoal, probabilityOf, PROBABILITY_OPTIONS } from "./goal-probability";

/** `pgi goal`. */
export const goal: Command = {
  name: "goal",
  usage: {
    en: "goal [<cards>] <unit> <rank> [--by <sub-index>] [--within region | --probability <P> [--runs N] [--seed S]] [--framework <framework.json>]",
    vi: "goal [<bang-diem>] <đơn-vị> <hạng> [--by <chỉ-số>] [--within region | --probability <P> [--runs N] [--seed S]] [--framework <bo-chi-so.json>]",
  },
  summary: { en: "the score that reaches a rank, the others fixed", vi: "điểm cần có để đạt một thứ hạng, điểm các đơn vị khác giữ nguyên" },
  details: { en: `${TABLE_FORMAT.en}\n${SCORING_INPUT.en}`, vi: `${TABLE_FORMAT.vi}\n${SCORING_INPUT.vi}` },
  example: 'pgi goal "Lạng Sơn" 10',
  options: { ...TABLE_OPTIONS, ...BY_OPTION, ...WITHIN_OPTION, ...PROBABILITY_OPTIONS, ...SCORING_FRAMEWORK_OPTION },
  run: async (ctx) => {
    const { files } = ctx;
    need(ctx, [2, 3], goal);
    const [file, unit, target] = files.length === 3 ? files : [undefined, files[0], files[1]];
    const k = Number(target);
    if (!Number.isInteger(k) || k < 1)
      throw new UsageError({
        en: `the rank must be a whole number from 1, got ${describe(target)}`,
        vi: `hạng phải là số nguyên từ 1 trở lên, nhận được ${describe(target, "vi")}`,
      });
    const p = probabilityOf(ctx);
    const needs = {
      en: "the score a rank needs is bounded by the framework's scale",
      vi: "điểm cần đạt để có một thứ hạng bị giới hạn bởi thang điểm của bộ chỉ số",
    };
    const r = await loadRankable(ctx, file, p === undefined ? needs : undefined);
    if (p !== undefined) {
      if (!("rows" in r.table))
        throw new UsageError({
          en: "--probability moves the other provinces as they moved between shipped PGI editions; it needs a PGI score table, not scored units",
          vi: "--probability cho các tỉnh khác thay đổi như đã thay đổi giữa các kỳ PGI có sẵn trong gói; lệnh cần bảng phiếu điểm PGI, không phải kết quả chấm điểm",
        });
      return { result: probabilityGoal(ctx, r.table, unit!, k, p), note: shippedNote(file, r.table, ctx.o) };
    }
    const w = within(ctx);
    // (The ranking functions take a table or a scoring alike; their overloads type the two for callers.)
    const options = { ...by(ctx), ...(w ? { within: w } : {}), ...rankableOptions(r) };
    return { result: rankGoal(r.table as ScoreTable, unit!, k, options), ...rankableOptions(r), note: shippedNote(file, r.table, ctx.o) };
  },
};

/** `pgi goal`: the score that reaches a rank. @internal @module */
import { describe } from "../../errors";
import { rankGoal } from "../../table/rank";
import { BY_OPTION, TABLE_OPTIONS, UsageError, WITHIN_OPTION } from "../args";
import type { Command } from "../context";
import { by, loadTable, need, shippedNote, TABLE_FORMAT, within } from "./shared";
import { probabilityGoal, probabilityOf, PROBABILITY_OPTIONS } from "./goal-probability";

/** `pgi goal`. */
export const goal: Command = {
  name: "goal",
  usage: {
    en: "goal [<cards>] <unit> <rank> [--by <sub-index>] [--within region | --probability <P> [--runs N] [--seed S]]",
    vi: "goal [<bang-diem>] <đơn-vị> <hạng> [--by <chỉ-số>] [--within region | --probability <P> [--runs N] [--seed S]]",
  },
  summary: { en: "the score that reaches a rank, the others fixed", vi: "điểm cần có để đạt một thứ hạng, điểm các đơn vị khác giữ nguyên" },
  details: TABLE_FORMAT,
  example: 'pgi goal "Lạng Sơn" 10',
  options: { ...TABLE_OPTIONS, ...BY_OPTION, ...WITHIN_OPTION, ...PROBABILITY_OPTIONS },
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
    if (p !== undefined) {
      const t = await loadTable(ctx, file);
      return { result: probabilityGoal(ctx, t, unit!, k, p), note: shippedNote(file, t, ctx.o) };
    }
    const w = within(ctx);
    const t = await loadTable(ctx, file);
    return { result: rankGoal(t, unit!, k, { ...by(ctx), ...(w ? { within: w } : {}) }), note: shippedNote(file, t, ctx.o) };
  },
};

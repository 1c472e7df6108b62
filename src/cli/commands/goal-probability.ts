/** `pgi goal … --probability P`: the score that reaches a rank with a given chance. @internal @module */
import { describe } from "../../errors";
import { publishedTable } from "../../table/published";
import type { ScoreTable } from "../../table/table";
import { scoreForRankProbability, type ScoreForRankProbability } from "../../uncertainty/rank-probability";
import { UsageError, type OptionGroup } from "../args";
import type { Context } from "../context";
import { SEED_OPTION, wholeOption } from "./uncertainty";

/** The shipped PGI editions usable as history. */
const EDITIONS = [2022, 2023, 2024] as const;

/** `--probability`, `--runs`, `--seed` of `pgi goal`. @internal */
export const PROBABILITY_OPTIONS: OptionGroup = {
  probability: {
    type: "string",
    example: "0.8",
    value: { en: "P", vi: "P" },
    help: {
      en: "the lowest score that reaches the rank with at least this chance (0.8 or 80%), the other provinces moving as they moved between the shipped earlier editions",
      vi: "điểm thấp nhất đạt thứ hạng với xác suất ít nhất bằng mức này (0,8 hoặc 80%), các tỉnh khác thay đổi như đã thay đổi giữa các kỳ trước có sẵn trong gói",
    },
  },
  runs: {
    type: "string",
    example: "10000",
    value: { en: "N", vi: "N" },
    help: { en: "with --probability: simulated years (default 10000)", vi: "với --probability: số năm mô phỏng (mặc định 10000)" },
  },
  ...SEED_OPTION,
};

/** The `--probability` value as a number in (0, 1]: "0.8", "0,8", "80%". @internal */
export function probabilityOf(ctx: Context): number | undefined {
  const v = ctx.values.probability;
  if (v === undefined) return undefined;
  const text = String(v).trim().replace(",", ".");
  const m = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(text);
  const p = m ? Number(m[1]) / (m[2] ? 100 : 1) : Number.NaN;
  if (!(p > 0 && p <= 1)) {
    throw new UsageError({
      en: `--probability takes a chance above 0 and at most 1, as 0.8 or 80%, got ${describe(v)}`,
      vi: `--probability nhận một xác suất lớn hơn 0 và không quá 1, ví dụ 0,8 hoặc 80%, nhận được ${describe(v, "vi")}`,
    });
  }
  return p;
}

/** The answer of `pgi goal … --probability`: history is the shipped editions before the table's year. @internal */
export function probabilityGoal(ctx: Context, table: ScoreTable, unit: string, rank: number, probability: number): ScoreForRankProbability {
  if (ctx.values.by !== undefined || ctx.values.within !== undefined) {
    throw new UsageError({
      en: "--probability ranks by the composite over all provinces; leave out --by and --within",
      vi: "--probability xếp hạng theo điểm tổng hợp trên cả nước; bỏ --by và --within",
    });
  }
  const history = EDITIONS.filter((e) => e < table.year).map((e) => publishedTable(e));
  if (history.length === 0) {
    throw new UsageError({
      en: `--probability needs shipped editions before ${table.year} as history (shipped: ${EDITIONS.join(", ")}); use --edition 2023 or later`,
      vi: `--probability cần các kỳ trước năm ${table.year} có sẵn trong gói làm lịch sử (có sẵn: ${EDITIONS.join(", ")}); hãy dùng --edition 2023 trở về sau`,
    });
  }
  const runs = wholeOption(ctx, "runs");
  const seed = wholeOption(ctx, "seed");
  return scoreForRankProbability(table, unit, rank, probability, { history, ...(runs !== undefined ? { runs } : {}), ...(seed !== undefined ? { seed } : {}) });
}

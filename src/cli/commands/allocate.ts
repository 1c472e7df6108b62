/** `pgi allocate`: a composite increase split across the sub-indices. @internal @module */
import { describe } from "../../errors";
import { benchmark } from "../../table/rank";
import { allocate as allocateTargets, type AllocationStrategy } from "../../targets/allocate";
import { INPUT_OPTIONS, UsageError } from "../args";
import type { Command } from "../context";
import { loadCard, loadTable, need, num, SHIPPED } from "./shared";

const STRATEGIES = ["equal", "headroom", "benchmark", "weakestFirst"];

/** `pgi allocate`. */
export const allocate: Command = {
  name: "allocate",
  usage: {
    en: "allocate <card.json> --target N | --delta N [--strategy equal|headroom|benchmark|weakestFirst]",
    vi: "allocate <phieu-diem.json> --target N | --delta N [--strategy equal|headroom|benchmark|weakestFirst]",
  },
  summary: { en: "split a composite increase across the sub-indices", vi: "phân bổ mức tăng điểm tổng hợp cho các chỉ số thành phần" },
  details: {
    en: "benchmark: --benchmark best|median|<province> [--region id], taken from the shipped PGI table of --edition (2024).\n" + SHIPPED.en,
    vi: "benchmark: --benchmark best|median|<tỉnh> [--region mã-vùng], lấy từ bảng PGI kèm theo gói của kỳ --edition (2024).\n" + SHIPPED.vi,
  },
  example: 'pgi allocate published:"Lạng Sơn":2024 --delta 2,5 --strategy headroom',
  options: {
    ...INPUT_OPTIONS,
    target: { type: "string", example: "24", value: { en: "N", vi: "N" }, help: { en: "the composite target", vi: "chỉ tiêu điểm tổng hợp" } },
    delta: { type: "string", example: "2,5", value: { en: "N", vi: "N" }, help: { en: "the composite increase", vi: "mức tăng điểm tổng hợp" } },
    strategy: {
      type: "string",
      example: "headroom",
      value: { en: "equal|headroom|benchmark|weakestFirst", vi: "equal|headroom|benchmark|weakestFirst" },
      help: {
        en: "how to split: equally, by headroom to 10, towards a benchmark, or weakest first (default equal)",
        vi: "cách phân bổ: đều nhau (equal), theo dư địa đến 10 (headroom), theo đơn vị chuẩn (benchmark), ưu tiên chỉ số yếu nhất (weakestFirst); mặc định equal",
      },
    },
    benchmark: {
      type: "string",
      example: "best",
      value: { en: "best|median|PROVINCE", vi: "best|median|TỈNH" },
      help: { en: "the benchmark of --strategy benchmark", vi: "đơn vị chuẩn cho --strategy benchmark" },
    },
    region: {
      type: "string",
      example: "mekong",
      value: { en: "REGION", vi: "VÙNG" },
      help: { en: "take the benchmark within a region", vi: "lấy đơn vị chuẩn trong một vùng" },
    },
    edition: {
      type: "string",
      example: "2023",
      value: { en: "2022|2023|2024", vi: "2022|2023|2024" },
      help: { en: "the PGI edition of the benchmark table (default 2024)", vi: "kỳ PGI của bảng lấy đơn vị chuẩn (mặc định 2024)" },
    },
  },
  run: async (ctx) => {
    need(ctx, 1, allocate);
    const { values } = ctx;
    if ((values.target === undefined) === (values.delta === undefined)) {
      throw new UsageError({
        en: "give one of --target N (the composite target, e.g. --target 24) or --delta N (the composite increase, e.g. --delta 2,5)",
        vi: "ghi một trong hai: --target N (chỉ tiêu điểm tổng hợp, ví dụ --target 24) hoặc --delta N (mức tăng điểm tổng hợp, ví dụ --delta 2,5)",
      });
    }
    const strategy = (values.strategy ?? "equal") as AllocationStrategy;
    if (!STRATEGIES.includes(strategy))
      throw new UsageError({
        en: `--strategy takes ${STRATEGIES.join(", ")}, got ${describe(strategy)}`,
        vi: `--strategy nhận ${STRATEGIES.join(", ")}, nhận được ${describe(strategy, "vi")}`,
      });
    const goal = values.target !== undefined ? { compositeTarget: num(values.target as string) } : { compositeDelta: num(values.delta as string) };
    const bm =
      strategy === "benchmark"
        ? benchmark(
            await loadTable(ctx, undefined),
            (values.benchmark as string | undefined) ?? "best",
            values.region ? { region: values.region as string } : {},
          )
        : undefined;
    return { result: allocateTargets(loadCard(ctx, ctx.files[0]!), goal, { strategy, ...(bm ? { benchmark: bm } : {}) }) };
  },
};

/** `pgi demo`: the embedded example. @internal @module */
import { UsageError } from "../args";
import type { Command } from "../context";
import { demo as demoText } from "../demo";
import { need } from "./shared";

/** `pgi demo`. */
export const demo: Command = {
  name: "demo",
  usage: { en: "demo [--lang en] [--format json]", vi: "demo [--lang en] [--format json]" },
  summary: {
    en: "the embedded example: Lạng Sơn's 2024 plan, its check, and the gap report against the 2024 results",
    vi: "ví dụ có sẵn: kế hoạch PGI năm 2024 của tỉnh Lạng Sơn, kết quả kiểm tra và so sánh với kết quả PGI 2024",
  },
  example: "pgi demo --lang en",
  options: {},
  formats: ["md", "json"],
  run: async (ctx) => {
    need(ctx, 0, demo);
    if (ctx.o.format !== "md" && ctx.o.format !== "json")
      throw new UsageError({
        en: "the demo prints Markdown or JSON; use --format md or json",
        vi: "lệnh demo chỉ in Markdown hoặc JSON; dùng --format md hoặc json",
      });
    return { result: null, md: demoText(ctx.o.lang, "md"), json: JSON.parse(demoText(ctx.o.lang, "json")) };
  },
};

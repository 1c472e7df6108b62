/** `pgi card`: one score card and its findings. @internal @module */
import { INPUT_OPTIONS } from "../args";
import type { Command } from "../context";
import { loadCard, need, SHIPPED } from "./shared";

/** `pgi card`. */
export const card: Command = {
  name: "card",
  usage: { en: "card <card.json>", vi: "card <phieu-diem.json>" },
  summary: { en: "validate a score card and show it with its findings", vi: "kiểm tra một phiếu điểm và hiển thị kèm các phát hiện" },
  details: {
    en: 'A score card: { "unit", "year", "scores": { "pollution": 4.84, … }, "composite"?, "rank"? }.\n' + SHIPPED.en,
    vi: 'Phiếu điểm (JSON): { "unit", "year", "scores": { "pollution": 4.84, … }, "composite"?, "rank"? }.\n' + SHIPPED.vi,
  },
  example: 'pgi card published:"Lạng Sơn":2024 --format svg --out lang-son-2024.svg',
  options: { ...INPUT_OPTIONS },
  run: async (ctx) => {
    need(ctx, 1, card);
    return { result: loadCard(ctx, ctx.files[0]!) };
  },
};

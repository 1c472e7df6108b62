/**
 * Foundation hot paths next to a plain-number implementation of the same work, same run.
 * Run: npm run bench -- bench/foundation.bench.ts. Quote medians and the ratio, never a lone time.
 */
import { bench, describe } from "vitest";
import { parseNumber, scoreCard } from "../src/index";

// 63 provinces' score cards as strings with a decimal comma, as they come from a spreadsheet.
const rows = Array.from({ length: 63 }, (_, i) => {
  const s = (k: number): string => (1 + ((i * 37 + k * 101) % 900) / 100).toFixed(2).replace(".", ",");
  return { unit: `P${i}`, year: 2024, scores: { pollution: s(1), compliance: s(2), greenPractices: s(3), incentives: s(4) } };
});

describe("63 score cards from decimal-comma strings", () => {
  bench("pgi-kit scoreCard (validated, exact)", () => {
    for (const r of rows) scoreCard(r);
  });
  bench("plain number (parseFloat + sum + toFixed, no validation)", () => {
    for (const r of rows) {
      const v = [r.scores.pollution, r.scores.compliance, r.scores.greenPractices, r.scores.incentives].map((x) => Number.parseFloat(x.replace(",", ".")));
      const total = v.reduce((a, b) => a + b, 0);
      if (Number.isNaN(Number(total.toFixed(2)))) throw new Error("unreachable");
    }
  });
});

const texts = rows.flatMap((r) => Object.values(r.scores));
describe("parse 252 decimal-comma scores", () => {
  bench("pgi-kit parseNumber", () => {
    for (const t of texts) parseNumber(t);
  });
  bench("plain Number(replace)", () => {
    for (const t of texts) Number(t.replace(",", "."));
  });
});

/**
 * The shipped published figures are stored compactly (each source page and note once, a row as a
 * tuple): they must read back exactly as the CSV they come from.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PGI_PUBLISHED } from "../../src/index";

describe("published figures", () => {
  it("match pgi-published.csv row by row: scores, composite, rank, confidence, note and source", () => {
    const lines = readFileSync(join(__dirname, "..", "..", "src", "data", "pgi-published.csv"), "utf8")
      .trim()
      .split(/\r?\n/)
      .slice(1);
    const expected = lines.map((line) => {
      const [province, edition, pollution, compliance, greenPractices, incentives, composite, rank, note, ...source] = line.split(",");
      return {
        province,
        edition: Number(edition),
        scores: pollution ? { pollution, compliance, greenPractices, incentives } : null,
        composite: composite || null,
        rank: rank ? Number(rank) : null,
        confidence: note!.startsWith("edition inferred") ? "inferred" : "published",
        note,
        source: source.join(","),
      };
    });
    expect(PGI_PUBLISHED).toEqual(expected);
    expect(PGI_PUBLISHED.length).toBe(80);
  });
});

import { describe, expect, it } from "vitest";
import { publishedScoreCard } from "../../src/index";

describe("published data", () => {
  it("Lạng Sơn 2023 card matches the published figures exactly", () => {
    const card = publishedScoreCard("Lạng Sơn", 2023);
    expect(card.scores).toEqual({ pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 });
    expect(card.composite).toBe(17.33);
    expect(card.computedComposite).toBe(17.33);
    expect(card.findings).toEqual([]);
  });
});

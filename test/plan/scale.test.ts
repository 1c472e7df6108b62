/**
 * A plan's numbers are read on their field's scale: "4,845" in a 1–10 sub-index target can only
 * be 4.845 (4845 is off the scale), so it is read as such instead of being refused as ambiguous.
 */
import { describe, expect, it } from "vitest";
import { allocate, createPlan, isPgiError, parseNumber, publishedScoreCard } from "../../src/index";

const baseline = { pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 };
const plan = (targets: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  createPlan({ unit: "Lạng Sơn", baselineYear: 2023, targetYear: 2025, baseline, targets, ...extra } as never);

describe("plan fields are read with their scale", () => {
  it('"4,845" as a 1–10 target is 4.845 (without a scale it is ambiguous)', () => {
    expect(() => parseNumber("4,845")).toThrow(expect.objectContaining({ code: "AMBIGUOUS_NUMBER" }));
    expect(plan({ pollution: "4,845" }).subIndices.pollution.target).toBe(4.85);
    expect(plan({ pollution: { target: "4,845" } }).subIndices.pollution.target).toBe(4.85);
  });

  it('"1,125" as an increase is 1.125 (an increase lies within ± the width of the scale)', () => {
    const p = plan({ pollution: { delta: "1,125" } });
    expect(p.subIndices.pollution.statedDelta).toBe(1.13);
    expect(p.subIndices.pollution.target).toBe(5.97);
  });

  it('"20,125" as the composite target is 20.125 (the composite scale)', () => {
    expect(plan({ pollution: 5 }, { compositeTarget: "20,125" }).composite.stated).toBe(20.13);
  });

  it('allocate reads "22,370" as the composite target 22.37, not 22370', () => {
    const a = allocate(publishedScoreCard("Lạng Sơn", 2023), { compositeTarget: "22,370" } as never, { strategy: "equal" });
    expect(a.compositeTarget).toBe(22.37);
  });

  it('"1,234" as a composite target is still refused: neither 1.234 nor 1234 lies on the 4–40 scale', () => {
    let code: string | undefined;
    try {
      plan({ pollution: 5 }, { compositeTarget: "1,234" });
    } catch (e) {
      if (isPgiError(e)) code = e.code;
    }
    expect(code).toBe("AMBIGUOUS_NUMBER");
  });
});

/**
 * defineFramework: numbers of the result are never −0, and its errors are written in both
 * languages.
 */
import { describe, expect, it } from "vitest";
import { defineFramework, scoreUnits } from "../../src/index";
import { thrown } from "../foundation/helpers";

/** Every −0 anywhere in a value, by path. */
function negativeZeros(value: unknown, path = ""): string[] {
  if (typeof value === "number") return Object.is(value, -0) ? [path] : [];
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([k, v]) => negativeZeros(v, `${path}.${k}`));
  return [];
}

describe("defineFramework never returns −0", () => {
  it("turns a −0 in a range, goalposts, target and scale into 0 (hostile-run finding)", () => {
    const fw = defineFramework({
      id: "z",
      name: { vi: "Z", en: "Z" },
      components: [{ id: "a" }, { id: "b" }],
      indicators: [
        { id: "x", component: "a", direction: "higher", normalization: { method: "goalposts", min: -0, max: 5 } },
        { id: "y", component: "a", direction: "higher", normalization: { method: "distanceToTarget", low: -0, target: 5 } },
        { id: "w", component: "b", direction: "lower", normalization: { method: "distanceToTarget", low: 5, target: -0 } },
      ],
      normalization: { method: "minmax", range: [-0, 10] },
    });
    expect(negativeZeros(fw)).toEqual([]);
    expect(fw.normalization?.range).toEqual([0, 10]);
    const plan = defineFramework({
      id: "p",
      name: { vi: "P", en: "P" },
      components: [
        { id: "a", scale: [-0, 100] },
        { id: "b", scale: [-0, null] },
      ],
      composite: "none",
    });
    expect(negativeZeros(plan)).toEqual([]);
    expect(
      negativeZeros(
        scoreUnits(fw, [
          { unit: "A", indicators: { x: 1, y: 2, w: 3 } },
          { unit: "B", indicators: { x: -0, y: 0, w: 5 } },
        ]),
      ),
    ).toEqual([]);
  });
});

describe("defineFramework's errors", () => {
  it("say what is wrong in English and in Vietnamese, quoting ids as written", () => {
    const e = thrown(() => defineFramework({ id: "d", name: { vi: "D", en: "D" }, components: [{ id: "a" }, { id: "a" }] }));
    expect([e.code, e.path]).toEqual(["INVALID_FRAMEWORK", ["components", 1, "id"]]);
    expect(e.message).toBe('components[1].id: component id "a" is used twice');
    expect(e.messageVi).toBe('components[1].id: mã thành phần "a" được dùng hai lần');
    const u = thrown(() =>
      defineFramework({
        id: "d",
        name: { vi: "D", en: "D" },
        components: [{ id: "a" }],
        indicators: [{ id: "17.1", component: "b", direction: "higher" }],
      } as never),
    );
    expect(u.messageVi).not.toMatch(/[a-z]+ (an|the|of|is) /);
  });
});

/**
 * One bilingual message source: every PgiError is written with its English and its Vietnamese
 * side by side (`new PgiError(code, { en, vi }, …)`), no Vietnamese message carries an English
 * tail, values and keys are quoted briefly, and zod's own wording never reaches a user.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index";
import * as testing from "../../src/testing/index";
import { RESERVED_KEYS } from "../../src/errors";
import { thrown } from "./helpers";

const root = join(__dirname, "..", "..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** Source without comments (line and block), strings kept. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

/** The `new PgiError(code, "string"…)` sites of a file: the second argument is a string or template literal. */
function stringSites(text: string): number[] {
  const src = code(text);
  const lines: number[] = [];
  for (let at = src.indexOf("new PgiError("); at >= 0; at = src.indexOf("new PgiError(", at + 1)) {
    // Skip the first argument up to its top-level comma (it may be an expression with parentheses).
    let i = at + "new PgiError(".length;
    let depth = 0;
    for (; i < src.length; i++) {
      const c = src[i];
      if (c === "(" || c === "[" || c === "{") depth++;
      else if (c === ")" || c === "]" || c === "}") depth--;
      else if (c === '"') i = src.indexOf('"', i + 1);
      else if (c === "," && depth === 0) break;
    }
    const next = src.slice(i + 1).trimStart()[0];
    if (next === '"' || next === "'" || next === "`") lines.push(src.slice(0, at).split("\n").length);
  }
  return lines;
}

describe("every PgiError is written in both languages", () => {
  const found = Object.fromEntries(
    files(join(root, "src"))
      .map((f) => [relative(root, f).split("\\").join("/"), stringSites(readFileSync(f, "utf8"))] as const)
      .filter(([, lines]) => lines.length > 0),
  );

  it("no file builds an error from English alone (listed with their lines)", () => {
    expect(Object.entries(found).map(([f, lines]) => `${f}: lines ${lines.join(", ")}`)).toEqual([]);
  });

  it("the scan finds the string form (and not the { en, vi } form)", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the scanned source holds a template literal
    expect(stringSites('throw new PgiError("X", `a ${b}`, [])')).toEqual([1]);
    expect(stringSites('throw new PgiError(\n  k === "a" ? "X" : "Y",\n  "text",\n  [])')).toEqual([1]);
    expect(stringSites('throw new PgiError("X", { en: "a", vi: "b" }, [])')).toEqual([]);
    expect(stringSites('// new PgiError("X", "in a comment")')).toEqual([]);
  });
});

/** English words that never belong in a Vietnamese message (ids, field names and quoted values aside). */
const ENGLISH =
  /\b(the|of|must|expected|got|pass|or|and|is|are|not|with|for|use|should|could|please|than|between|instead|cannot|allowed|given|twice|missing|unknown|required|number|string|plain|whole|least|most)\b/i;

/** The Vietnamese message with what is quoted as written removed: quoted values, code shapes, ids. */
function prose(e: api.PgiError): string {
  const where = e.path.length > 0 ? e.messageVi.indexOf(": ") + 2 : 0;
  return e.messageVi
    .slice(where)
    .replace(/"[^"]*"(… \(\d+ ký tự\))?/g, " ")
    .replace(/\{[^}]*\}|\[[^\]]*\]/g, " ")
    .replace(/\btrường \S+/g, " ")
    .replace(/\b[a-z]+[A-Z_.]\w*\b/g, " ");
}

/** Calls across the API that fail, each with a different problem. */
const FAILURES: readonly (readonly [string, () => unknown])[] = [
  ["score out of scale", () => api.scoreCard({ unit: "X", year: 2024, scores: { pollution: 11, compliance: 5, greenPractices: 5, incentives: 5 } })],
  ["score not a number", () => api.scoreCard({ unit: "X", year: 2024, scores: { pollution: "6.5.8", compliance: 5, greenPractices: 5, incentives: 5 } })],
  ["a score missing", () => api.scoreCard({ unit: "X", year: 2024, scores: { pollution: 5 } } as never)],
  [
    "a sub-index twice",
    () => api.scoreCard({ unit: "X", year: 2024, scores: { pollution: 5, 1: 5, compliance: 5, greenPractices: 5, incentives: 5 } as never }),
  ],
  ["a misspelt field", () => api.scoreCard({ unit: "X", year: 2024, scores: { 1: 5, 2: 5, 3: 5, 4: 5 }, compsite: 17 } as never)],
  ["no unit", () => api.scoreCard({ year: 2024, scores: { 1: 5, 2: 5, 3: 5, 4: 5 } } as never)],
  ["year out of range", () => api.scoreCard({ unit: "X", year: 1800, scores: { 1: 5, 2: 5, 3: 5, 4: 5 } })],
  ["rank 0", () => api.scoreCard({ unit: "X", year: 2024, rank: 0, scores: { 1: 5, 2: 5, 3: 5, 4: 5 } })],
  ["a card that is not an object", () => api.scoreCard(42 as never)],
  ["a reserved key", () => api.scoreCard(JSON.parse('{"unit":"X","year":2024,"scores":{"__proto__":5}}'))],
  ["an ambiguous number", () => api.parseNumber("1,234")],
  ["NaN", () => api.parseNumber(Number.NaN)],
  ["an empty string", () => api.parseNumber("")],
  ["too large", () => api.parseNumber(1e16)],
  ["too many decimals", () => api.parseNumber("0.0000000000000000000001")],
  ["a wrong separator", () => api.parseNumber("6.58", { decimal: "," })],
  ["a bad scale option", () => api.parseNumber("6", { scale: { min: 3, max: 1 } })],
  ["bad decimals", () => api.formatNumber(6.58, { decimals: 99 })],
  ["bad lang", () => api.formatNumber(6.58, { lang: "fr" as never })],
  ["options not an object", () => api.parseNumber("6", 5 as never)],
  ["a survey answer out of scale", () => api.aggregateSurvey([{ unit: "A", answers: { q: 9 } }], [{ id: "q", type: "likert", agreeFrom: 4 }])],
  ["a survey answer not yes/no", () => api.aggregateSurvey([{ unit: "A", answers: { q: "maybe" } }], [{ id: "q", type: "yesNo" }])],
  ["an unknown question", () => api.aggregateSurvey([{ unit: "A", answers: { z: 1 } }], [{ id: "q", type: "yesNo" }])],
  ["a likert question without agreeFrom", () => api.aggregateSurvey([], [{ id: "q", type: "likert" }] as never)],
  ["a question of no known type", () => api.aggregateSurvey([], [{ id: "q", type: "what" }] as never)],
  [
    "a question twice",
    () =>
      api.aggregateSurvey(
        [],
        [
          { id: "q", type: "yesNo" },
          { id: "q", type: "yesNo" },
        ],
      ),
  ],
  ["a bad weight", () => api.aggregateSurvey([{ unit: "A", weight: -1, answers: {} }], [{ id: "q", type: "yesNo" }])],
  ["minResponses an object", () => api.aggregateSurvey([], [{ id: "q", type: "yesNo" }], { minResponses: {} as never })],
  ["a plan without targets", () => api.createPlan({ unit: "Lạng Sơn", baselineYear: 2023, targetYear: 2025, baseline: { 1: 5, 2: 5, 3: 5, 4: 5 } } as never)],
  [
    "a not exactly representable indicator",
    () =>
      api.scoreUnits(
        api.defineFramework({
          id: "d",
          name: { vi: "x", en: "x" },
          components: [{ id: "c" }],
          indicators: [{ id: "i", component: "c", direction: "higher" }],
        } as never),
        [
          { unit: "A", indicators: { i: "123456789.123456789" } },
          { unit: "B", indicators: { i: 2 } },
        ],
      ),
  ],
  ["testing: bad options", () => testing.arbScore({ decimals: 99 })],
  ["testing: not a number", () => testing.exactSum(["abc"])],
  ["testing: unknown hostile kind", () => testing.hostileValue("nope" as never)],
];

describe("Vietnamese messages are Vietnamese", () => {
  it.each(FAILURES)("%s: no English in the Vietnamese, and no English tail", (_name, call) => {
    const e = thrown(call);
    expect(prose(e)).not.toMatch(ENGLISH);
    expect(e.messageVi).not.toMatch(/\((expected|got|must|the)\b[^)]*\)$/);
    expect(e.messageVi).not.toBe(e.message);
  });

  it("the Vietnamese says the same as the English (no contradiction in the numbers)", () => {
    const e = thrown(FAILURES.find(([n]) => n === "a not exactly representable indicator")![1]);
    expect(e.message).toContain("17 significant digits");
    expect(e.messageVi).toContain("17 chữ số có nghĩa");
    expect(e.messageVi).not.toContain("10^15");
  });

  it("zod's own wording never reaches a user: a missing field says it is required", () => {
    const e = thrown(() => api.createPlan({ unit: "Lạng Sơn", baselineYear: 2023, targetYear: 2025, baseline: { 1: 5, 2: 5, 3: 5, 4: 5 } } as never));
    expect(e.path).toEqual(["targets"]);
    expect(e.message).toMatch(/^targets: targets is required: pass /);
    expect(e.messageVi).toMatch(/^targets: thiếu trường targets: cần /);
    for (const [, call] of FAILURES) {
      const m = thrown(call).message;
      expect(m).not.toMatch(/Invalid input|nonoptional|expected a int\b|, received /);
    }
  });

  it("a message quotes a long key or value once, cut to 60 characters", () => {
    const key = "k".repeat(300);
    for (const call of [
      () => api.scoreCard({ unit: "X", year: 2024, scores: { [key]: 5 } } as never),
      () => api.scoreCard({ unit: "X", year: 2024, scores: { 1: 5, 2: 5, 3: 5, 4: 5 }, [key]: 1 } as never),
      () => api.aggregateSurvey([{ unit: "A", answers: { [key]: 1 } }], [{ id: "q", type: "yesNo" }]),
      () => api.parseNumber(key),
    ]) {
      const e = thrown(call);
      for (const m of [e.message, e.messageVi]) {
        expect(m.length).toBeLessThan(400);
        expect(m).not.toContain("k".repeat(61));
      }
    }
  });

  it("no message of aggregateSurvey quotes an object as [object Object]", () => {
    for (const bad of [{}, new Map(), [1], new Set()]) {
      const e = thrown(() => api.aggregateSurvey([], [{ id: "q", type: "yesNo" }], { minResponses: bad as never }));
      expect(`${e.message} ${e.messageVi}`).not.toContain("[object");
    }
  });

  it("the reserved keys are listed once, and each is refused", () => {
    expect(RESERVED_KEYS).toEqual(["__proto__", "constructor", "prototype"]);
    for (const k of RESERVED_KEYS) {
      expect(thrown(() => api.scoreCard(JSON.parse(`{"unit":"X","year":2024,"scores":{"${k}":5}}`))).code).toBe("UNSAFE_KEY");
      expect(thrown(() => api.aggregateSurvey([], [{ id: k, type: "yesNo" }])).code).toBe("UNSAFE_KEY");
    }
  });
});

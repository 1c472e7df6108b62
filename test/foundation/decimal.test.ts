import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import { formatNumber, parseNumber } from "../../src/index";
import { thrown } from "./helpers";

describe("parseNumber", () => {
  it.each([
    [6.58, 6.58],
    ["6.58", 6.58],
    ["6,58", 6.58],
    [" 6,58 ", 6.58],
    ["\t17,33\n", 17.33],
    ["+1,5", 1.5],
    ["\u22121,74", -1.74],
    ["-0", 0],
    [-0, 0],
    ["0,125", 0.125],
    ["0.125", 0.125],
    ["10", 10],
    ["1234", 1234],
    ["12,3456", 12.3456],
    [new Decimal("4.84"), 4.84],
  ] as const)("reads %j as %s", (input, expected) => {
    const n = parseNumber(input);
    expect(n).toBe(expected);
    expect(Object.is(n, -0)).toBe(false);
  });

  it("reads a JS number by its shortest decimal form", () => {
    // 0.1 + 0.2 is 0.30000000000000004 as a double; its shortest form is kept exactly
    expect(parseNumber(0.1 + 0.2)).toBe(0.30000000000000004);
    expect(parseNumber(2.675)).toBe(2.675);
  });

  it.each([
    [Number.NaN, "INVALID_NUMBER"],
    [Number.POSITIVE_INFINITY, "INVALID_NUMBER"],
    [Number.NEGATIVE_INFINITY, "INVALID_NUMBER"],
    ["", "INVALID_NUMBER"],
    ["   ", "INVALID_NUMBER"],
    ["abc", "INVALID_NUMBER"],
    ["6,5,8", "INVALID_NUMBER"],
    ["1.2.3", "INVALID_NUMBER"],
    ["1.234,5", "INVALID_NUMBER"],
    ["1,234.5", "INVALID_NUMBER"],
    ["1 234", "INVALID_NUMBER"],
    ["1e3", "INVALID_NUMBER"],
    ["0x10", "INVALID_NUMBER"],
    [".5", "INVALID_NUMBER"],
    ["5.", "INVALID_NUMBER"],
    ["NaN", "INVALID_NUMBER"],
    ["Infinity", "INVALID_NUMBER"],
    ["1,234", "AMBIGUOUS_NUMBER"],
    ["1.234", "AMBIGUOUS_NUMBER"],
    ["-12,345", "AMBIGUOUS_NUMBER"],
    [true, "INVALID_NUMBER"],
    [false, "INVALID_NUMBER"],
    [null, "INVALID_NUMBER"],
    [undefined, "INVALID_NUMBER"],
    [{}, "INVALID_NUMBER"],
    [[6.58], "INVALID_NUMBER"],
    [new Decimal(Number.NaN), "INVALID_NUMBER"],
    [new Decimal(Number.POSITIVE_INFINITY), "INVALID_NUMBER"],
  ] as const)("rejects %j with %s and the given path", (input, code) => {
    const e = thrown(() => parseNumber(input as never, { path: ["scores", "pollution"] }));
    expect(e.code).toBe(code);
    expect(e.path).toEqual(["scores", "pollution"]);
    expect(e.message).toMatch(/^scores\.pollution: /);
  });

  it("says what to pass instead", () => {
    expect(thrown(() => parseNumber("abc")).message).toContain('such as 6.58 or "6,58"');
    expect(thrown(() => parseNumber("1,234")).message).toContain("ambiguous");
  });

  it("takes an explicit separator for three-decimal values", () => {
    expect(parseNumber("1,234", { decimal: "," })).toBe(1.234);
    expect(parseNumber("1.234", { decimal: "." })).toBe(1.234);
    expect(thrown(() => parseNumber("1,234", { decimal: "." })).code).toBe("INVALID_NUMBER");
    expect(thrown(() => parseNumber("6.58", { decimal: "," })).message).toContain("6,58");
  });
});

describe("formatNumber", () => {
  it("writes a decimal comma in Vietnamese and a point in English, fixed decimals", () => {
    expect(formatNumber(6.58)).toBe("6,58");
    expect(formatNumber(6.58, { lang: "en" })).toBe("6.58");
    expect(formatNumber(3.6, { lang: "en" })).toBe("3.60");
    expect(formatNumber(17, { lang: "vi" })).toBe("17,00");
    expect(formatNumber(17.333, { decimals: 1, lang: "en" })).toBe("17.3");
    expect(formatNumber(12, { decimals: 0 })).toBe("12");
  });

  it("rounds half-up on the decimal value, not the binary one", () => {
    expect(formatNumber(2.675, { lang: "en" })).toBe("2.68");
    expect(formatNumber(1.005, { lang: "en" })).toBe("1.01");
    expect(formatNumber(-0.005, { lang: "en" })).toBe("-0.01");
    expect(formatNumber(-0.004, { lang: "en" })).toBe("0.00");
  });

  it("signs deltas on request", () => {
    expect(formatNumber(1.74, { signed: true })).toBe("+1,74");
    expect(formatNumber(-0.5, { signed: true, lang: "en" })).toBe("-0.50");
    expect(formatNumber(0, { signed: true, lang: "en" })).toBe("0.00");
  });

  it("refuses bad options and bad values", () => {
    expect(thrown(() => formatNumber(1, { decimals: -1 })).path).toEqual(["decimals"]);
    expect(thrown(() => formatNumber(1, { decimals: 2.5 })).code).toBe("INVALID_INPUT");
    expect(thrown(() => formatNumber(1, { lang: "fr" as never })).path).toEqual(["lang"]);
    expect(thrown(() => formatNumber(Number.NaN)).code).toBe("INVALID_NUMBER");
  });
});

const cents = fc.integer({ min: -100_000_000, max: 100_000_000 });
const asText = (c: number): string => {
  const neg = c < 0;
  const a = Math.abs(c);
  return `${neg ? "-" : ""}${Math.floor(a / 100)}.${String(a % 100).padStart(2, "0")}`;
};

describe("properties", () => {
  prop.prop([cents, fc.constantFrom("vi" as const, "en" as const)], { numRuns: 300 })(
    "parse → format → parse round-trips any 2-dp value in both locales",
    (c, lang) => {
      const value = parseNumber(asText(c));
      const text = formatNumber(value, { lang });
      expect(parseNumber(text, { decimal: lang === "vi" ? "," : "." })).toBe(value);
      expect(text).toBe(lang === "vi" ? asText(c).replace(".", ",") : asText(c));
    },
  );

  prop.prop([cents], { numRuns: 200 })("a parsed 2-dp value is the closest double to its decimal text", (c) => {
    expect(parseNumber(asText(c))).toBe(Number(asText(c)));
    expect(parseNumber(asText(c).replace(".", ","))).toBe(Number(asText(c)));
  });
});

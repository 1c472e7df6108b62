/**
 * The literal type of PGI sub-index names (src/framework/names.ts) and the runtime lookup agree:
 * every name in the type resolves, and every name the runtime knows is in the type.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PGI, subIndex } from "../../src/index";

const text = readFileSync(join(__dirname, "..", "..", "src", "framework", "names.ts"), "utf8");
const union = text.slice(text.indexOf("export type PgiSubIndexName ="), text.indexOf(";", text.indexOf("export type PgiSubIndexName =")));
const inType = [...union.matchAll(/\| ("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1]!) as string);

function variants(name: string): string[] {
  const ascii = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"));
  return [...new Set([name, name.toLowerCase(), ascii, ascii.toLowerCase()])];
}

describe("PgiSubIndexName", () => {
  it("every literal of the type resolves to a PGI sub-index", () => {
    expect(inType.length).toBeGreaterThan(40);
    for (const key of inType) expect(() => subIndex(PGI, key)).not.toThrow();
  });

  it("holds every name and alias the runtime knows, in each spelling (regenerate with test/types/generate-names.mjs)", () => {
    const expected = new Set<string>();
    for (const c of PGI.components) {
      expected.add(c.id);
      expected.add(String(c.position));
      for (const n of [c.name.vi, c.name.en, ...c.aliases]) for (const v of variants(n)) expected.add(v);
    }
    expect(new Set(inType)).toEqual(expected);
  });
});

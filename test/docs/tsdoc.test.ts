/**
 * Every export of the package has TSDoc; every exported value (function, constant, class) has an
 * `@example`. Read with the TypeScript compiler from src/index.ts and src/testing/index.ts.
 */
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const entries = [join(__dirname, "..", "..", "src", "index.ts"), join(__dirname, "..", "..", "src", "testing", "index.ts")];
const program = ts.createProgram(entries, {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  noEmit: true,
});
const checker = program.getTypeChecker();
const exports = entries.flatMap((entry) => checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry)!)!));

function resolve(symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

describe("TSDoc on every export", () => {
  const rows = exports.map((s) => {
    const target = resolve(s);
    const docs = ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
    const tags = target.getJsDocTags(checker).map((t) => t.name);
    const isValue = (target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class)) !== 0;
    return { name: s.getName(), docs, tags, isValue };
  });

  it("there are exports to check", () => {
    expect(rows.length).toBeGreaterThan(20);
  });

  it("every export has a description", () => {
    expect(rows.filter((r) => r.docs === "").map((r) => r.name)).toEqual([]);
  });

  it("every exported value has an @example", () => {
    expect(rows.filter((r) => r.isValue && !r.tags.includes("example")).map((r) => r.name)).toEqual([]);
  });
});

/**
 * The shape of the code stays readable: no file in src/ over 600 lines, no function over 120, and
 * each scoring stage under 400 (a module a stage; see src/scoring/stages.ts).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");
const files = (d: string): string[] =>
  readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
const sources = [...files(join(root, "src")), ...files(join(root, "web"))];
const lines = (f: string) => readFileSync(f, "utf8").split("\n").length;

describe("the shape of the code", () => {
  it("no file in src/ or web/ is over 600 lines", () => {
    expect(sources.filter((f) => lines(f) > 600).map((f) => `${relative(root, f)}: ${lines(f)}`)).toEqual([]);
  });

  it("each scoring stage is under 400 lines", () => {
    const stages = ["read", "normalise", "aggregate", "round", "exactpath", "rank", "build", "run", "layout", "compiled"];
    const long = stages.map((s) => join(root, "src", "scoring", `${s}.ts`)).filter((f) => lines(f) >= 400);
    expect(long.map((f) => relative(root, f))).toEqual([]);
  });

  it("no function is over 120 lines", { timeout: 60_000 }, () => {
    const long: string[] = [];
    for (const f of sources) {
      const sf = ts.createSourceFile(f, readFileSync(f, "utf8"), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
          const a = sf.getLineAndCharacterOfPosition(node.getStart()).line;
          const b = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
          if (b - a + 1 > 120) long.push(`${relative(root, f)}:${a + 1} (${b - a + 1} lines)`);
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    expect(long).toEqual([]);
  });
});

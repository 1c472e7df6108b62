import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index";

const root = join(__dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe("package shape", () => {
  it("has exactly decimal.js and zod as runtime dependencies", () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["decimal.js", "zod"]);
  });

  it("has fast-check as an optional peer dependency (for pgi-kit/testing) and as a dev dependency", () => {
    expect(pkg.peerDependencies["fast-check"]).toBe("^4.0.0");
    expect(pkg.peerDependenciesMeta["fast-check"]).toEqual({ optional: true });
    expect(pkg.devDependencies["fast-check"]).toBeDefined();
  });

  it("loads fast-check only from src/testing, and the main entry never imports src/testing", () => {
    const offenders = files(join(root, "src"))
      .filter((f) => f.endsWith(".ts") && !relative(root, f).startsWith(join("src", "testing")))
      .filter((f) => /from\s+["'](fast-check|@fast-check\/[^"']*|[./]*testing(\/[^"']*)?)["']/.test(readFileSync(f, "utf8")))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it("has the CLI's file and chart libraries as optional peer dependencies, pinned exactly as dev dependencies", () => {
    expect(pkg.optionalDependencies).toBeUndefined();
    const cli = ["@resvg/resvg-js", "docx", "mammoth", "vega", "vega-lite", "write-excel-file"];
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual(["@resvg/resvg-js", "docx", "fast-check", "mammoth", "vega", "vega-lite", "write-excel-file"]);
    for (const name of cli) {
      expect(pkg.peerDependenciesMeta[name]).toEqual({ optional: true });
      expect(pkg.devDependencies[name]).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it("is side-effect free with types first in every export condition", () => {
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.name).toBe("pgi-kit");
    expect(pkg.bin).toEqual({ pgi: "./dist/cli.js" });
    for (const entry of [".", "./testing"]) {
      for (const cond of ["import", "require"]) {
        expect(Object.keys(pkg.exports[entry][cond])[0]).toBe("types");
      }
    }
    expect(pkg.exports["./package.json"]).toBe("./package.json");
  });

  it("keeps node: imports and I/O out of the browser-safe core", () => {
    const offenders = files(join(root, "src"))
      .filter((f) => f.endsWith(".ts") && !relative(root, f).startsWith(join("src", "cli")))
      .filter((f) => /from\s+["']node:|require\(|process\.|globalThis\.fetch|\bfs\./.test(readFileSync(f, "utf8")))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it("exports only named values, none of them the private Decimal", () => {
    expect("default" in api).toBe(false);
    expect("D" in api).toBe(false);
    expect("toDec" in api).toBe(false);
  });
});

/**
 * Every `@example` in the TSDoc of src/ runs, and every line of the form `expr; // expected`
 * (expected: a JS literal) is checked: the docs' outputs are exact, not decorative.
 * A comment that is not a literal (prose) is not checked; a trailing "(…)" remark is allowed.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import * as main from "../../src/index";
import * as testing from "../../src/testing/index";

// Examples see the main API, pgi-kit/testing and fast-check (as `fc`), as a user's test file would.
const api: Record<string, unknown> = { ...main, ...testing, fc };

const root = join(__dirname, "..", "..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function examples(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  const out: Example[] = [];
  const re = /@example[^\n]*\n((?:\s*\*[^\n]*\n)*?)\s*\*\s*```ts\n((?:\s*\*[^\n]*\n)*?)\s*\*\s*```/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const code = m[2]!
      .split("\n")
      .map((l) => l.replace(/^\s*\* ?/, ""))
      .join("\n");
    out.push({ file: relative(root, file), line: text.slice(0, m.index).split("\n").length, code });
  }
  return out;
}

function literal(comment: string): { ok: true; value: unknown } | { ok: false } {
  let text = comment.trim();
  for (let i = 0; i < 2; i++) {
    try {
      return { ok: true, value: new Function(`return (${text});`)() };
    } catch {
      text = text.replace(/\s*\([^()]*\)\s*$/, "").trim(); // drop a trailing "(remark)"
    }
  }
  return { ok: false };
}

const STATEMENT_START = /^(const|let|var|for|if|try|catch|while|import|export|function|class|return|throw|\}|\/\/)/;

/** Turn `expr; // expected` statements into checks; returns JS source. */
function instrument(code: string): { js: string; checks: number } {
  const lines = code.split("\n");
  const out: string[] = [];
  let buffer: string[] = [];
  let checks = 0;
  for (let li = 0; li < lines.length; li++) {
    const raw = lines[li]!;
    let m: { 1: string; 2: string } | null = /^(.*?;)\s*\/\/\s?(.*)$/.exec(raw) as never;
    const codePart = m ? m[1] : raw;
    buffer.push(codePart);
    const statementEnds = /;\s*$/.test(codePart);
    if (!statementEnds) continue;
    if (!m) {
      // The expected output may stand on the following comment-only lines.
      const next: string[] = [];
      for (let k = li + 1; k < lines.length && /^\s*\/\/ /.test(lines[k]!); k++) next.push(lines[k]!.replace(/^\s*\/\/ /, ""));
      if (next.length > 0 && literal(next.join("\n")).ok) m = { 1: codePart, 2: next.join("\n") };
    }
    const stmt = buffer.join("\n");
    buffer = [];
    const expected = m ? literal(m[2]) : { ok: false as const };
    if (m && expected.ok && !STATEMENT_START.test(stmt.trim())) {
      checks++;
      out.push(
        `__check((${stmt.trim().replace(/;$/, "")}), ${JSON.stringify(JSON.stringify(expected.value) ?? "undefined")}, ${JSON.stringify(stmt.trim())});`,
      );
    } else out.push(stmt);
  }
  out.push(...buffer);
  const js = ts.transpileModule(out.join("\n"), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } }).outputText;
  return { js, checks };
}

const all = files(join(root, "src")).flatMap(examples);
const totalChecks = all.reduce((n, e) => n + instrument(e.code).checks, 0);

describe("TSDoc @example blocks", () => {
  it("the main and testing entries share no export name", () => {
    expect(Object.keys(testing).filter((n) => n in main)).toEqual([]);
  });

  it("there are examples to check", () => {
    expect(all.length).toBeGreaterThan(10);
    expect(totalChecks).toBeGreaterThan(all.length); // most examples state an exact output
  });

  it.each(all.map((e) => [`${e.file}:${e.line}`, e] as const))("%s runs and prints what it says", (_name, ex) => {
    const { js } = instrument(ex.code);
    const failures: string[] = [];
    const check = (actual: unknown, expectedJson: string, source: string): void => {
      const expected = expectedJson === "undefined" ? undefined : JSON.parse(expectedJson);
      try {
        expect(JSON.parse(JSON.stringify(actual) ?? "null")).toEqual(expected ?? null);
      } catch {
        failures.push(`${source}\n    expected ${expectedJson}\n    got      ${JSON.stringify(actual)}`);
      }
    };
    const names = Object.keys(api);
    const silent = { log: () => {} };
    new Function("__check", "console", ...names, js)(check, silent, ...names.map((n) => api[n]));
    expect(failures).toEqual([]);
  });
});

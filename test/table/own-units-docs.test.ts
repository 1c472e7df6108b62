/**
 * The worked district example of docs/methodology.md cannot rot: its ```ts blocks run in order as
 * one script against the API, every `expr; // literal` line is checked, and every `print(…)`
 * writes the text of the ```md block that follows it, byte for byte.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import ts from "typescript";
import * as api from "../../src/index";

const root = join(__dirname, "..", "..");
const doc = readFileSync(join(root, "docs", "methodology.md"), "utf8");
const start = doc.indexOf("\n## Worked example: a district index");
const section = doc.slice(start, doc.indexOf("\n## ", start + 5) === -1 ? undefined : doc.indexOf("\n## ", start + 5));
const blocks = [...section.matchAll(/```(ts|md)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, text: m[2]! }));

/** The ts blocks as one script: imports dropped, `expr; // literal` lines turned into checks. */
function script(): string {
  const out: string[] = [];
  let n = 0;
  for (const b of blocks.filter((x) => x.lang === "ts")) {
    const lines = b.text.replace(/^import [^;]*;\n/gm, "").split("\n");
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i]!;
      // An output on the comment lines that follow a statement: joined onto it.
      if (/;\s*$/.test(line) && /^\/\/ /.test(lines[i + 1] ?? "")) {
        const more: string[] = [];
        while (/^\/\/ /.test(lines[i + 1] ?? "")) more.push(lines[++i]!.slice(3));
        line = `${line} // ${more.join(" ")}`;
      }
      const m = /^(.*?);\s*\/\/ (.+)$/.exec(line);
      if (m && !/^\s*(const|let|print)\b/.test(m[1]!)) {
        try {
          new Function(`return (${m[2]});`);
          out.push(`__check(${n++}, ${JSON.stringify(m[1]!.trim())}, (${m[1]}), (${m[2]}));`);
          continue;
        } catch {
          // prose: not checked
        }
      }
      out.push(line);
    }
  }
  return ts.transpileModule(out.join("\n"), { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
}

describe("docs/methodology.md, worked district example", () => {
  it("has the section and its blocks", () => {
    expect(start).toBeGreaterThan(0);
    expect(blocks.filter((b) => b.lang === "ts").length).toBeGreaterThan(5);
  });

  it("every checked line and every printed table is what the code gives", () => {
    const checks: { code: string; actual: unknown; expected: unknown }[] = [];
    const prints: string[] = [];
    const names = Object.keys(api);
    const run = new Function("__check", "print", "readFileSync", ...names, script());
    // Paths in the doc are from the package's root.
    run(
      (_: number, code: string, actual: unknown, expected: unknown) => checks.push({ code, actual, expected }),
      (text: string) => prints.push(text.endsWith("\n") ? text : `${text}\n`),
      (file: string, enc: BufferEncoding) => readFileSync(join(root, file), enc),
      ...names.map((k) => (api as Record<string, unknown>)[k]),
    );
    expect(checks.length).toBeGreaterThan(5);
    for (const c of checks) expect(JSON.parse(JSON.stringify(c.actual)), c.code).toEqual(c.expected);
    const mds = blocks.filter((b) => b.lang === "md").map((b) => b.text);
    expect(prints).toEqual(mds);
  });
});

/**
 * The README's first example, the first code a new user copies, type-checks in a strict project
 * with `noUnusedLocals` (it imports nothing it does not use), against the library's own types.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { expect, it } from "vitest";

const root = join(__dirname, "..", "..");

it("the README's first code block type-checks under strict and noUnusedLocals", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const code = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
  const file = join(root, "test", "foundation", "__readme_first_example__.ts");
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noUnusedLocals: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    paths: { "pgi-kit": [join(root, "src", "index.ts")] },
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (name) => (name === file ? code : read(name));
  const exists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || exists(name);
  const program = ts.createProgram([file], options, host);
  const problems = ts
    .getPreEmitDiagnostics(program, program.getSourceFile(file))
    .map((d) => `${d.file ? d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1 : "?"}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  expect(problems).toEqual([]);
}, 120_000);

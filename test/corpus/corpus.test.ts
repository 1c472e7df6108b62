/**
 * The results corpus (./record.ts): every case recomputed from the current code and compared, byte
 * for byte, with the JSON recorded before the engine's redesign. A difference means a result
 * changed; when the change is intended (a new field, a fixed bug), re-record with
 * `npm run corpus:record` and commit the reviewed diff of test/corpus/results with the change.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR, corpusCases, corpusText } from "./record";

const RECORD = process.env.PGI_CORPUS_RECORD === "1";
const cases = corpusCases();
const fileOf = (name: string): string => fileURLToPath(new URL(`${name}.json`, CORPUS_DIR));

function listed(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listed(`${dir}/${e.name}`, `${prefix}${e.name}/`) : e.name.endsWith(".json") ? [`${prefix}${e.name.slice(0, -5)}`] : [],
  );
}

describe("the results corpus is byte-identical", () => {
  it.each(Object.keys(cases))("%s", (name) => {
    const text = corpusText(cases[name]!());
    const file = fileOf(name);
    if (RECORD) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      return;
    }
    if (!existsSync(file)) throw new Error(`test/corpus/results/${name}.json is not recorded; if the case is new, record it with \`npm run corpus:record\``);
    const recorded = readFileSync(file, "utf8");
    if (text !== recorded) {
      const a = recorded.split("\n");
      const b = text.split("\n");
      let line = 0;
      while (line < a.length && a[line] === b[line]) line++;
      throw new Error(
        `test/corpus/results/${name}.json differs from the result computed now, first at line ${line + 1}:\n` +
          `  recorded: ${a[line]?.slice(0, 200)}\n  now:      ${b[line]?.slice(0, 200)}\n` +
          "If this change of results is intended (a new field, a fixed bug), re-record with `npm run corpus:record`, review `git diff test/corpus/results` and commit it with the change.",
      );
    }
    expect(text).toBe(recorded);
  });

  it("holds no file without a case", () => {
    const names = new Set(Object.keys(cases));
    const stale = listed(fileURLToPath(CORPUS_DIR)).filter((n) => !names.has(n));
    expect(stale, "recorded files whose case is gone: delete them or restore the case").toEqual([]);
  });
});

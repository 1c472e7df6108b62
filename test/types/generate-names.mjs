// Writes src/framework/names.ts: the literal type of every PGI sub-index key written in code
// (ids, positions, Vietnamese and English names and aliases, with and without diacritics).
// Run after changing the names in src/framework/pgi.ts: `npm run build && node test/types/generate-names.mjs`.
import { writeFileSync } from "node:fs";
import { PGI } from "../../dist/index.js";

/** The spellings of one name that the type accepts. */
export function variants(name) {
  const ascii = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"));
  return [...new Set([name, name.toLowerCase(), ascii, ascii.toLowerCase()])];
}

export function pgiKeys() {
  const keys = new Set();
  for (const c of PGI.components) {
    keys.add(c.id);
    keys.add(String(c.position));
    for (const n of [c.name.vi, c.name.en, ...c.aliases]) for (const v of variants(n)) keys.add(v);
  }
  return [...keys];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lines = pgiKeys().map((k) => `  | ${JSON.stringify(k)}`).join("\n");
  writeFileSync(
    new URL("../../src/framework/names.ts", import.meta.url),
    `/**
 * Every spelling of a PGI sub-index that code may write literally: ids, positions, the Vietnamese
 * and English names and their aliases, each also in lower case and without diacritics. Generated
 * by test/types/generate-names.mjs from the names in pgi.ts (a test keeps the two in step). Type only:
 * nothing here exists at run time.
 * @module
 */

/** A PGI sub-index named as code writes it literally; see {@link PgiScoreKey}. */
export type PgiSubIndexName =
${lines};

/**
 * A PGI sub-index as a key of a literal record: any {@link PgiSubIndexName} or a position 1–4.
 * A misspelt key written literally (\`{ polution: 7 }\`) is a compile error; records read from
 * files (\`Record<string, number>\`) are accepted as they are and checked at run time.
 */
export type PgiScoreKey = PgiSubIndexName | \`\${"Chỉ số" | "chỉ số" | "Chi so" | "chi so"} \${PgiSubIndexName | \`"\${PgiSubIndexName}"\` | \`“\${PgiSubIndexName}”\`}\` | 1 | 2 | 3 | 4;

/** Values keyed by PGI sub-index, as code writes them: \`{ pollution: 4.84, "Đảm bảo tuân thủ": "4,14", 3: 3.6 }\`. */
export type PgiKeyed<V> = { readonly [K in PgiScoreKey]?: V };
`,
  );
}

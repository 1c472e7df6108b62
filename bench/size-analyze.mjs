// Which modules a page pays for when it imports some names: `node bench/size-analyze.mjs 'import { parseNumber } from "./dist/index.js"; console.log(parseNumber)' [--print]`
import { build } from "esbuild";
const code = process.argv[2];
const r = await build({
  stdin: { contents: code, resolveDir: process.cwd(), loader: "js" },
  bundle: true,
  minify: !process.argv.includes("--print"),
  format: "esm",
  platform: "browser",
  write: false,
  metafile: true,
  logLevel: "silent",
  outfile: "o.js",
});
if (process.argv.includes("--print")) {
  console.log(r.outputFiles[0].text);
  process.exit(0);
}
const ins = Object.values(r.metafile.outputs)[0].inputs;
for (const [k, v] of Object.entries(ins)
  .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
  .slice(0, 25))
  console.log(v.bytesInOutput, k);

// Per-module contribution (minified bytes) to a bundle of some names imported from src/:
// node bench/size-modules.mjs createPlan,checkPlan,gapReport,toMarkdown
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
const names = (process.argv[2] ?? "parseNumber").split(",");
const code =
  names[0] === "*"
    ? `import * as all from "./src/index.ts"; console.log(all);`
    : `import { ${names.join(", ")} } from "./src/index.ts"; console.log(${names.join(", ")});`;
const r = await build({
  stdin: { contents: code, resolveDir: process.cwd(), loader: "ts" },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  write: false,
  metafile: true,
  logLevel: "silent",
  outfile: "o.js",
});
const ins = Object.values(r.metafile.outputs)[0].inputs;
for (const [k, v] of Object.entries(ins)
  .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
  .slice(0, 40))
  console.log(String(v.bytesInOutput).padStart(7), k);
console.log("total gzip", gzipSync(r.outputFiles[0].text, { level: 9 }).length);

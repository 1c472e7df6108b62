// Build the planner page: web/main.ts (which imports pgi-kit's ESM build, dist/index.js) and
// vega-embed bundled into one classic script, so web/dist/index.html opens from file://.
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "dist");
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(here, "main.ts")],
  outfile: join(out, "app.js"),
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2020",
  minify: true,
  legalComments: "eof",
  // pgi-kit loads its notebook renderers from import.meta.url; a page has no use for them.
  define: { "import.meta.url": "undefined" },
  logLevel: "warning",
});
copyFileSync(join(here, "index.html"), join(out, "index.html"));
console.log(`web/dist/index.html and web/dist/app.js written`);

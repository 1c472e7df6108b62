import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The browser-safe core: ESM + CJS, each with its own declaration file.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
  },
  {
    // The Node-only `pgi` command.
    entry: { cli: "src/cli/index.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    // The CLI's optional libraries (files, charts) load by dynamic import only when asked for.
    external: ["@resvg/resvg-js", "read-excel-file", "vega", "vega-lite", "write-excel-file"],
  },
]);

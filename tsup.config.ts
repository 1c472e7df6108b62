import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The browser-safe core: ESM + CJS, each with its own declaration file: the main entry and one
    // entry per domain (`pgi-kit/plan`, …), which share their code through chunks, so an object
    // made through one entry is the same class and passes the same checks in another.
    entry: {
      index: "src/index.ts",
      plan: "src/entries/plan.ts",
      table: "src/entries/table.ts",
      targets: "src/entries/targets.ts",
      scoring: "src/entries/scoring.ts",
      checklist: "src/entries/checklist.ts",
      extract: "src/entries/extract.ts",
    },
    format: ["esm", "cjs"],
    splitting: true,
    dts: true,
    clean: true,
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
  },
  {
    // `pgi-kit/testing`: fast-check arbitraries and exact helpers. A separate build, so the main
    // entry's output is untouched and never imports fast-check (an optional peer dependency,
    // external here like decimal.js and zod).
    entry: { testing: "src/testing/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: false,
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
    external: ["fast-check", "decimal.js", "zod", "pgi-kit"],
    // The testing entry reaches the library only through src/testing/core.ts's `../index` import,
    // which is loaded from the package's main entry ("pgi-kit", a self-reference) instead of being
    // bundled: one copy of the library, so its errors are `instanceof PgiError` of pgi-kit.
    esbuildPlugins: [
      {
        name: "testing-core-from-main-entry",
        setup(build) {
          build.onResolve({ filter: /^\.\.\/index$/ }, (args) =>
            /[\\/]src[\\/]testing[\\/]/.test(args.importer) ? { path: "pgi-kit", external: true } : undefined,
          );
        },
      },
    ],
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

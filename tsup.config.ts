import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The browser-safe core: ESM + CJS, each with its own declaration file. `mime` is loaded at
    // run time by a result's Jupyter display method (src/display.ts), from beside the core's files.
    entry: { index: "src/index.ts", mime: "src/mime.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
    // CommonJS has no import.meta: no rich Jupyter display there (and no Node `url` shim in the core).
    esbuildOptions(options, context) {
      if (context.format === "cjs") options.define = { ...options.define, "import.meta.url": "undefined" };
    },
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

/**
 * Layers that point one way (`npm run test:layers`, part of `npm test`). From the bottom up:
 *
 *   primitives   src/{decimal,errors,findings,util,revive,display,schemas}.ts
 *   framework    src/framework/        (frameworks, PGI, defineFramework, reviving a framework)
 *   render kit   src/render/           (Markdown/CSV primitives, labels, chart kit, dispatchers over a map)
 *   scorecard    src/scorecard/
 *   data         src/data/             (published scores, provinces)
 *   domains      src/{plan,table,scoring,checklist}/   (none imports another)
 *   composed     src/targets/ (on table's benchmarks), src/survey/ (on scoring), src/extract/ (on
 *                plan), src/analysis/ (on scoring), src/uncertainty/ (on scoring and table), the embedded plan and checklist src/data/{lang-son-plan,ntm-environment}.ts
 *   entries      src/index.ts, src/renderers.ts, src/entries/  (the generic renderers, one entry per domain)
 *   cli          src/cli/              (Node only)
 *
 * A module may import its own layer (its own folder, for the domains) and the layers below; never
 * one above, never a sibling domain; `src/testing/` (the `pgi-kit/testing` entry) is imported by
 * nothing in src; no import cycles (type-only imports excepted: they vanish when compiled).
 */
const LAYERS = [
  ["primitives", "^src/(decimal|errors|findings|util|revive|display|schemas)\\.ts$"],
  ["framework", "^src/framework/"],
  ["render", "^src/render/"],
  ["scorecard", "^src/scorecard/"],
  ["data", "^src/data/(?!lang-son-plan|ntm-environment)"],
  ["plan", "^src/plan/", 5],
  ["table", "^src/table/", 5],
  ["targets", "^src/targets/", 6],
  ["scoring", "^src/scoring/", 5],
  ["checklist", "^src/checklist/", 5],
  ["survey", "^src/survey/", 6],
  ["extract", "^src/extract/", 6],
  ["analysis", "^src/analysis/", 6],
  ["uncertainty", "^src/uncertainty/", 6],
  ["fixtures", "^src/data/(lang-son-plan|ntm-environment)\\.ts$", 6],
  ["entries", "^src/(index|renderers)\\.ts$|^src/entries/", 7],
  ["cli", "^src/cli/", 8],
];
const rankOf = (layer, i) => layer[2] ?? i;

const forbidden = [
  {
    name: "no-circular",
    severity: "error",
    comment: "An import cycle: modules that import each other cannot be read, tested or moved apart.",
    // The last known cycle (targets/period ↔ targets/trajectory) is being taken apart; remove this
    // pathNot when it is gone.
    from: { path: "^src/", pathNot: "^src/targets/(period|trajectory)\\.ts$" },
    to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
  },
  {
    name: "testing-is-a-leaf",
    severity: "error",
    comment: "pgi-kit/testing is an entry of its own: nothing in src imports it.",
    from: { path: "^src/", pathNot: "^src/testing/" },
    to: { path: "^src/testing/" },
  },
];
LAYERS.forEach((layer, i) => {
  const [name, path] = layer;
  const above = LAYERS.filter((other, j) => other !== layer && rankOf(other, j) >= rankOf(layer, i)).map(([, p]) => `(${p})`);
  if (above.length === 0) return;
  forbidden.push({
    name: `layer-${name}`,
    severity: "error",
    comment: `${name} may import only its own layer and the layers below it (see the header of .dependency-cruiser.cjs).`,
    from: { path },
    to: { path: above.join("|") },
  });
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden,
  options: {
    doNotFollow: { path: "node_modules" },
    includeOnly: "^src/",
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], extensions: [".ts", ".js"] },
  },
};

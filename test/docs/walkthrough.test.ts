/**
 * The walk-through docs/mot-nam-phong-tnmt-huyen.md cannot rot: every ```sh block of it is run
 * with `pgi` as a user runs it (a separate process, in a copy of docs/examples/), and every line
 * of the ```text block that follows it (but "…", which marks a trimmed part) must appear as a line
 * of what the command printed. A block with no output after it must still exit 0 and write the
 * files its `-o` names. ```bash blocks (LibreOffice previews) are shown, not run. The CLI is
 * bundled once from src/ (esbuild, as tsup does), as test/cli/spawn.test.ts does.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
const doc = readFileSync(join(root, "docs/mot-nam-phong-tnmt-huyen.md"), "utf8");
const cacheDir = join(root, "node_modules", ".cache", "pgi-cli-test");
const cli = join(cacheDir, `walkthrough-${process.pid}.mjs`);
const dir = mkdtempSync(join(tmpdir(), "pgi-walkthrough-"));
const OPTIONAL = ["@resvg/resvg-js", "docx", "mammoth", "vega", "vega-lite", "write-excel-file"];

interface Step {
  readonly commands: readonly string[];
  readonly expected: readonly string[] | null;
}

/** The doc's ```sh blocks, each with the lines of the ```text block right after it (if any). */
function steps(text: string): Step[] {
  const blocks = [...text.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, body: m[2]!, end: m.index! + m[0].length }));
  const out: Step[] = [];
  blocks.forEach((b, i) => {
    if (b.lang !== "sh") return;
    const next = blocks[i + 1];
    const between = next ? text.slice(b.end, text.indexOf("```", b.end)) : "";
    const follows = next !== undefined && next.lang === "text" && between.trim() === "";
    out.push({
      commands: b.body.split("\n").filter((l) => l.trim() !== ""),
      expected: follows
        ? next.body
            .split("\n")
            .map((l) => l.trimEnd())
            .filter((l) => l !== "" && l !== "…")
        : null,
    });
  });
  return out;
}

function run(command: string): { code: number | null; out: string } {
  const r = spawnSync("bash", ["-c", `pgi() { "${process.execPath}" "${cli}" "$@"; }\n${command}`], { cwd: dir, maxBuffer: 32 * 1024 * 1024 });
  return { code: r.status, out: r.stdout.toString("utf8") + r.stderr.toString("utf8") };
}

beforeAll(async () => {
  mkdirSync(cacheDir, { recursive: true });
  await build({
    entryPoints: [join(root, "src/cli/index.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: cli,
    external: OPTIONAL,
    logLevel: "silent",
  });
  cpSync(join(root, "docs/examples"), dir, { recursive: true });
}, 60_000);

afterAll(() => {
  rmSync(cli, { force: true });
  rmSync(dir, { recursive: true, force: true });
});

describe("docs/mot-nam-phong-tnmt-huyen.md", () => {
  const all = steps(doc);

  it("has the steps of the walk-through (plan, check, gap, Word/Excel, assess, progress, yoy, goal)", () => {
    const commands = all.flatMap((s) => s.commands).map((c) => c.split(" ").slice(0, 2).join(" "));
    expect(commands).toEqual(["pgi extract", "pgi check", "pgi gap", "pgi gap", "pgi gap", "pgi assess", "pgi assess", "pgi progress", "pgi yoy", "pgi goal"]);
    expect(all.filter((s) => s.expected !== null).every((s) => s.expected!.length > 0)).toBe(true);
  });

  it.each(all.map((s) => [s.commands.join(" && ").slice(0, 90), s] as const))(
    "%s",
    (_name, step) => {
      for (const command of step.commands) {
        const r = run(command);
        expect(r.code, r.out).toBe(0);
        if (step.expected !== null) {
          const lines = new Set(r.out.split("\n").map((l) => l.trimEnd()));
          const missing = step.expected.filter((l) => !lines.has(l));
          expect(missing, r.out).toEqual([]);
        }
        for (const m of command.matchAll(/(?:^|\s)-o\s+(\S+)/g)) {
          const file = join(dir, m[1]!);
          expect(existsSync(file) && statSync(file).size > 0).toBe(true);
        }
      }
    },
    30_000,
  );

  it("shows the committed picture of the Word report's first page, kept small", () => {
    const png = /!\[[^\]]*\]\((examples\/[^)]+\.png)\)/.exec(doc)?.[1];
    expect(png).toBe("examples/bao-cao-van-quan-trang-1.png");
    expect(statSync(join(root, "docs", png!)).size).toBeLessThan(150 * 1024);
  });
});

/**
 * docs/notebook.ipynb executed headless with Deno's Jupyter kernel (the `deno` devDependency)
 * through `jupyter nbconvert --execute` (Debian's jupyter-nbconvert). Skips only when jupyter's
 * nbconvert or the deno binary is absent (.ci/setup-browser-and-notebook.sh installs them).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOnce, root } from "./build-once";

const DENO = join(root, "node_modules/.bin/deno");
const hasNbconvert = spawnSync("jupyter", ["nbconvert", "--version"], { stdio: "ignore" }).status === 0;
const missing = !existsSync(DENO)
  ? "node_modules/.bin/deno is missing (npm ci)"
  : !hasNbconvert
    ? "jupyter nbconvert is not installed (run .ci/setup-browser-and-notebook.sh)"
    : null;

interface Output {
  output_type: string;
  data?: Record<string, unknown>;
  ename?: string;
  evalue?: string;
}
interface Cell {
  cell_type: string;
  source: string[] | string;
  outputs?: Output[];
}

const text = (v: unknown): string => (Array.isArray(v) ? v.join("") : String(v ?? ""));

describe.skipIf(missing !== null)(`docs/notebook.ipynb in Deno's Jupyter kernel${missing ? ` — SKIPPED: ${missing}` : ""}`, () => {
  const dir = mkdtempSync(join(tmpdir(), "pgi-notebook-"));
  // The kernelspec goes to a private data dir: this worktree's deno, no global state touched.
  const env = { ...process.env, XDG_DATA_HOME: join(dir, "xdg"), NO_COLOR: "1" };

  function execute(): Cell[] {
    const out = join(dir, "executed.ipynb");
    const r = spawnSync(
      "jupyter",
      [
        "nbconvert",
        "--to",
        "notebook",
        "--execute",
        join(root, "docs/notebook.ipynb"),
        "--output",
        out,
        "--ExecutePreprocessor.kernel_name=deno",
        "--ExecutePreprocessor.timeout=120",
      ],
      { cwd: join(root, "docs"), env, encoding: "utf8" },
    );
    if (r.status !== 0) throw new Error(`nbconvert failed (a cell raised?):\n${r.stderr.slice(-3000)}`);
    return (JSON.parse(readFileSync(out, "utf8")) as { cells: Cell[] }).cells;
  }
  // A result sends its outputs itself (Deno.jupyter.display) and leaves the cell's own result empty.
  const shown = (c: Cell) => (c.outputs ?? []).filter((o) => o.output_type !== "execute_result" || Object.keys(o.data ?? {}).length > 0);
  const outputsOf = (cells: Cell[]) => cells.filter((c) => c.cell_type === "code").flatMap(shown);
  const tables = (cells: Cell[]) => outputsOf(cells).filter((o) => /^\|.*\|$/m.test(text(o.data?.["text/markdown"])));
  const charts = (cells: Cell[]) =>
    outputsOf(cells).filter(
      (o) => (o.data?.["application/vnd.vegalite.v5+json"] as { $schema?: string } | undefined)?.$schema === "https://vega.github.io/schema/vega-lite/v5.json",
    );
  const cellWith = (cells: Cell[], code: string) => cells.find((c) => text(c.source).includes(code))!;

  let cells: Cell[] = [];
  beforeAll(async () => {
    await buildOnce();
    execFileSync(DENO, ["jupyter", "--install"], { env, stdio: "pipe" });
    // One run: a result builds its outputs at once and sends them itself during its display, so the
    // kernel has every output before it reports the cell done.
    cells = execute();
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("runs every cell without an error", () => {
    const errors = outputsOf(cells).filter((o) => o.output_type === "error");
    expect(errors.map((o) => `${o.ename}: ${o.evalue}`)).toEqual([]);
    expect(cells.filter((c) => c.cell_type === "code").length).toBeGreaterThanOrEqual(9);
  });

  it("shows the results as Markdown tables, with Vega-Lite charts under them", () => {
    expect(tables(cells).length).toBeGreaterThanOrEqual(7);
    // card, plan, gap (vi and en), ranking, allocation, scoring
    expect(charts(cells).length).toBe(7);
    const gap = shown(cellWith(cells, "const gap = gapReport"));
    expect(gap.map((o) => o.output_type)).toEqual(["display_data", "display_data"]);
    expect(text(gap[0]!.data!["text/markdown"])).toContain("| Chỉ số thành phần");
    expect(text(gap[0]!.data!["text/markdown"])).toContain("4,95");
    expect(gap[1]!.data!["application/vnd.vegalite.v5+json"]).toMatchObject({
      title: "Lạng Sơn: Kế hoạch cải thiện, nâng cao Chỉ số Xanh cấp tỉnh (PGI) năm 2024",
    });
  });

  it("shows a scoring of the notebook's own framework as its table and a chart titled with the framework's name", () => {
    const scoring = shown(cellWith(cells, "scoreUnits(districts"));
    expect(scoring.map((o) => o.output_type)).toEqual(["display_data", "display_data"]);
    expect(text(scoring[0]!.data!["text/markdown"])).toContain("| Cao Lộc");
    expect(scoring[1]!.data!["application/vnd.vegalite.v5+json"]).toMatchObject({ title: "Kết quả chấm điểm: Chỉ số xanh cấp huyện" });
  });
});

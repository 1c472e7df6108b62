/**
 * The `pgi` command's dispatcher. Apart from reading the files it is given and writing to the
 * given streams it is pure, so tests call it directly.
 * @module
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { version } from "../../package.json";
import type { Lang } from "../decimal";
import { describe, isPgiError, PgiError, prefixPath } from "../errors";
import { createPlan, type PlanInput } from "../plan/create";
import { checkPlan } from "../plan/check";
import { gapReport } from "../plan/gap";
import { yearOverYear } from "../plan/yoy";
import { toCsv, toMarkdown } from "../render/index";
import { toVegaLite } from "../render/vegalite";
import { scoreCard, type ScoreCard, type ScoreCardInput } from "../scorecard/scorecard";
import { defineFramework, type FrameworkSpec } from "../scoring/define";
import { scoreUnits, type UnitRow } from "../scoring/engine";
import { parseCsv } from "../render/primitives";
import { PGI_PUBLISHED, publishedScoreCard } from "../data/published";
import { scoreTable, type ScoreTable } from "../table/table";
import { benchmark, rank, rankGoal, regionSummary, type RankBy } from "../table/rank";
import { allocate, type AllocationStrategy } from "../targets/allocate";
import { demo } from "./demo";
import { ASSESS_HELP, assessCommand } from "./assess";
import { DocumentError } from "./docx";
import { extractCommand, isPlanDocument, planFromDocument, writePlanDocx } from "./extract";

/** Where the command writes. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Standard input, for `pgi extract -` (default: process.stdin). */
  readonly in?: () => Promise<string>;
}

const defaultIo: Io = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
};

export const HELP = `pgi ${version}: exact scoring and planning for Vietnam's Provincial Green Index (PGI)

Usage:
  pgi demo [--lang en] [--format json]
                                   the embedded example: Lạng Sơn's 2024 plan, its check,
                                   and the gap report against the 2024 results
  pgi card <card.json>             validate a score card and show it with its findings
  pgi plan <plan.json>             show a plan (targets, increases) and its check
                                   (--format docx --out plan.docx: the targets part as Word)
  pgi extract <plan.docx|plan.md|plan.txt|->
                                   read a plan document, check it, show what was read from
                                   which line; exit code 1 when the check finds errors
                                   (--baseline card.json for baselines the document lacks)
  pgi check <plan.json>            check a plan; exit code 1 when there are errors
  pgi gap <plan.json> <card.json>  compare a plan with the results of its target year
                                   (the plan may be a document: .docx, .md, .txt)
  pgi yoy <card.json> <card.json>  year-over-year change between two score cards
  pgi score <framework.json> <data.csv|data.json>
                                   score units from raw indicators with your own framework
  pgi rank [<cards.json|cards.csv>] [--by <sub-index>] [--within region]
                                   rank a table of score cards (default: the shipped PGI 2024
                                   figures, --edition 2022|2023|2024)
  pgi regions [<cards>]            count, mean, median, best and worst per region
  pgi goal [<cards>] <unit> <rank> the score that reaches a rank, others fixed
  pgi allocate <card.json> --target N | --delta N --strategy equal|headroom|benchmark|weakestFirst
                                   split a composite increase across the sub-indices
                                   (benchmark: --benchmark best|median|<province> [--region id],
                                   taken from the shipped PGI 2024 table)
${ASSESS_HELP}
  pgi --help | --version

Options:
  --units any           tables may hold districts and other units, not only the 63 provinces
  --lang vi|en          language of names, headings and numbers (default vi)
  --format md|csv|json|vega  output format (default md; vega: a Vega-Lite chart spec)
  --delimiter , | ; | tab   CSV field delimiter (default ,)
  --bom                 start CSV with a UTF-8 byte-order mark (for Excel)

Files are JSON. A score card: { "unit", "year", "scores": { "pollution": 4.84, … },
"composite"?, "rank"? }. A plan: { "unit", "title", "baselineYear", "targetYear", "baseline",
"targets", "compositeTarget"? } where "baseline" is the four scores or a score card, and each
target is a number or { "target"?, "delta"?, "comparator"?, "owners"?, "due"? }.
Numbers may be written "6,58". Sub-indices may be named by id, position or vi/en name.
A framework file is the spec of defineFramework (see docs/methodology.md). Data for score: a CSV
with a header "unit[,group],<indicator ids…>" (empty cells are missing values; , ; or tab
separated), or JSON [{ "unit", "group"?, "indicators": { "<id>": value } }].
`;

type Format = "md" | "csv" | "json" | "vega";

interface Options {
  readonly lang: Lang;
  readonly format: Format;
  readonly delimiter: "," | ";" | "\t";
  readonly bom: boolean;
}

class UsageError extends Error {}

function readOptions(values: Record<string, string | boolean | undefined>): Options {
  const lang = values.lang ?? "vi";
  if (lang !== "vi" && lang !== "en") throw new UsageError(`--lang takes vi or en, got ${describe(lang)}`);
  const format = values.format ?? "md";
  if (format !== "md" && format !== "csv" && format !== "json" && format !== "vega") throw new UsageError(`--format takes md, csv, json or vega (docx for pgi plan), got ${describe(format)}`);
  const d = values.delimiter ?? ",";
  const delimiter = d === "tab" || d === "\\t" ? "\t" : d;
  if (delimiter !== "," && delimiter !== ";" && delimiter !== "\t") throw new UsageError(`--delimiter takes , ; or tab, got ${describe(d)}`);
  return { lang, format, delimiter, bom: values.bom === true };
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new UsageError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
}

function isCardLike(v: unknown): v is ScoreCardInput {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "scores" in v;
}

/**
 * A score card input from JSON: as written by hand, or as printed by `pgi card --format json`
 * (a card object: its derived fields are dropped, the published composite, rank and source kept).
 */
function cardInput(json: unknown): ScoreCardInput {
  if (typeof json === "object" && json !== null && (json as { kind?: unknown }).kind === "scoreCard") {
    const { kind: _k, framework: _f, edition: _e, computedComposite: _c, publishedComposite, findings: _x, composite: _comp, rank, source, ...rest } = json as Record<string, unknown>;
    return { ...(rest as unknown as ScoreCardInput), ...(publishedComposite != null ? { composite: publishedComposite as number } : {}), ...(rank != null ? { rank: rank as number } : {}), ...(source != null ? { source: source as string } : {}) };
  }
  return json as ScoreCardInput;
}

function loadCard(file: string): ScoreCard {
  return scoreCard(cardInput(readJson(file)));
}

function loadPlan(file: string): PlanInput {
  const json = readJson(file);
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new PgiError("INVALID_INPUT", `expected a plan object in ${file}, got ${describe(json)}`);
  }
  const plan = json as Record<string, unknown>;
  if (isCardLike(plan.baseline)) {
    // A baseline card ({ scores, composite?, rank? }, or a card printed by `pgi card --format json`);
    // its unit and year default to the plan's. Errors in it are reported under baseline.…
    const b = cardInput(plan.baseline) as Partial<ScoreCardInput> & Omit<ScoreCardInput, "unit" | "year">;
    try {
      return { ...(plan as unknown as PlanInput), baseline: scoreCard({ ...b, unit: b.unit ?? (plan.unit as string), year: b.year ?? (plan.baselineYear as number) }) };
    } catch (e) {
      if (isPgiError(e)) throw prefixPath(e, ["baseline"]);
      throw e;
    }
  }
  return plan as unknown as PlanInput;
}

function loadRows(file: string): UnitRow[] {
  if (!/\.csv$/i.test(file)) return readJson(file) as UnitRow[];
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const first = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = first.includes("\t") ? "\t" : first.includes(";") && !first.includes(",") ? ";" : ",";
  const [header, ...data] = parseCsv(text, delimiter).filter((r) => r.some((c) => c.trim() !== ""));
  if (!header) throw new UsageError(`${file} is empty`);
  const cols = header.map((h) => h.trim());
  const unitCol = cols.findIndex((h) => /^(unit|don_vi|đơn vị)$/i.test(h));
  if (unitCol < 0) throw new UsageError(`${file}: the header needs a "unit" column, got ${cols.join(", ")}`);
  const groupCol = cols.findIndex((h) => /^(group|nhom)$/i.test(h));
  return data.map((cells) => {
    const indicators: Record<string, string | null> = {};
    cols.forEach((h, k) => {
      if (k === unitCol || k === groupCol) return;
      const v = (cells[k] ?? "").trim();
      indicators[h] = v === "" ? null : v;
    });
    return { unit: cells[unitCol] ?? "", ...(groupCol >= 0 && cells[groupCol] ? { group: cells[groupCol]! } : {}), indicators };
  });
}

/** Score cards from JSON (an array of cards) or CSV (unit,year?,pollution,…,composite?,rank?). */
function loadCards(file: string, edition: number): ScoreCardInput[] {
  if (!/\.csv$/i.test(file)) {
    const json = readJson(file);
    if (!Array.isArray(json)) throw new UsageError(`${file} must hold a JSON array of score cards`);
    return json as ScoreCardInput[];
  }
  const rows = loadRows(file);
  return rows.map((r) => {
    const { composite, rank: rk, year, ...scores } = r.indicators as Record<string, string | null>;
    return {
      unit: r.unit,
      year: year ?? edition,
      scores: scores as Record<string, string>,
      ...(composite ? { composite } : {}),
      ...(rk ? { rank: Number(rk) } : {}),
    } as ScoreCardInput;
  });
}

/** The table of a command: the given file, or the shipped PGI figures of an edition. */
function loadTable(file: string | undefined, values: Record<string, string | boolean | undefined>): ScoreTable {
  const edition = values.edition === undefined ? 2024 : Number(values.edition);
  if (file === undefined) {
    const entries = PGI_PUBLISHED.filter((r) => r.edition === edition && (r.scores !== null || r.composite !== null)).map((r) =>
      r.scores !== null
        ? publishedScoreCard(r.province, edition)
        : { unit: r.province, year: edition, composite: r.composite!, ...(r.rank !== null ? { rank: r.rank } : {}), source: r.source },
    );
    if (entries.length === 0) throw new UsageError(`no shipped PGI figures for --edition ${String(values.edition)}; shipped: 2022, 2023, 2024`);
    return scoreTable(entries);
  }
  const units = values.units === undefined ? "provinces" : values.units;
  if (units !== "provinces" && units !== "any") throw new UsageError(`--units takes provinces or any, got ${describe(units)}`);
  return scoreTable(loadCards(file, edition), { units });
}

/** For Markdown output from the shipped figures: say what the table is and where it comes from. */
function shippedNote(file: string | undefined, table: ScoreTable, o: Options): string {
  if (file !== undefined || o.format !== "md") return "";
  const inferred = table.rows.filter((r) => r.source?.includes("edition inferred")).length;
  const full = table.rows.filter((r) => r.scores !== null).length;
  return o.lang === "vi"
    ? `\nSố liệu: PGI ${table.year} kèm theo gói, ${table.rows.length}/63 tỉnh (${full} tỉnh có đủ 4 chỉ số thành phần, số còn lại chỉ có điểm tổng hợp)${inferred ? `; năm của ${inferred} dòng là suy luận (trang nguồn không ghi năm)` : ""}. Hạng tính trong bảng này, không phải hạng công bố.\n`
    : `\nData: the shipped PGI ${table.year} figures, ${table.rows.length} of 63 provinces (${full} with all four sub-indices, the rest with the composite only)${inferred ? `; the edition of ${inferred} rows is inferred (the source page shows no year)` : ""}. Ranks are within this table, not the published ranks.\n`;
}

function within(values: Record<string, string | boolean | undefined>): "region" | undefined {
  if (values.within === undefined) return undefined;
  if (values.within !== "region") throw new UsageError(`--within takes region, got ${describe(values.within)}`);
  return "region";
}

function render(value: unknown, o: Options): string {
  if (o.format === "json") return `${JSON.stringify(value, null, 2)}\n`;
  if (o.format === "vega") return `${JSON.stringify(toVegaLite(value, { lang: o.lang }), null, 2)}\n`;
  if (o.format === "csv") return toCsv(value, { lang: o.lang, delimiter: o.delimiter, bom: o.bom });
  return toMarkdown(value, { lang: o.lang });
}

function need(files: readonly string[], n: number, usage: string): void {
  if (files.length !== n) throw new UsageError(`usage: ${usage}`);
}

/** Run the command with `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
        lang: { type: "string" },
        format: { type: "string" },
        delimiter: { type: "string" },
        bom: { type: "boolean" },
        by: { type: "string" },
        within: { type: "string" },
        units: { type: "string" },
        edition: { type: "string" },
        target: { type: "string" },
        delta: { type: "string" },
        strategy: { type: "string" },
        benchmark: { type: "string" },
        region: { type: "string" },
        out: { type: "string" },
        baseline: { type: "string" },
      },
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (values.version) {
      io.out(`${version}\n`);
      return 0;
    }
    const [command, ...files] = positionals;
    if (command === undefined) {
      io.err(HELP);
      return 2;
    }
    const docx = values.format === "docx";
    if (docx && command !== "plan") throw new UsageError("--format docx is for pgi plan (with --out plan.docx)");
    const o = readOptions(docx ? { ...values, format: "md" } : values);
    const docOptions = values.baseline === undefined ? {} : { baseline: loadCard(values.baseline as string) };
    switch (command) {
      case "demo":
        need(files, 0, "pgi demo [--lang vi|en] [--format md|json]");
        if (o.format === "csv" || o.format === "vega") throw new UsageError("the demo prints Markdown or JSON; use --format md or json");
        io.out(demo(o.lang, o.format));
        return 0;
      case "card": {
        need(files, 1, "pgi card <card.json>");
        io.out(render(loadCard(files[0]!), o));
        return 0;
      }
      case "plan": {
        need(files, 1, "pgi plan <plan.json>");
        const plan = createPlan(loadPlan(files[0]!));
        const findings = checkPlan(plan);
        if (docx) io.err(`pgi: wrote ${await writePlanDocx(plan, values.out as string | undefined, o.lang)}\n`);
        else if (o.format === "json") io.out(`${JSON.stringify({ plan, findings }, null, 2)}\n`);
        else if (o.format === "csv") io.out(render(plan, o));
        else io.out(`${toMarkdown(plan, { lang: o.lang })}\n${toMarkdown(findings, { lang: o.lang })}\n`);
        return findings.some((f) => f.severity === "error") ? 1 : 0;
      }
      case "check": {
        need(files, 1, "pgi check <plan.json>");
        const findings = checkPlan(createPlan(loadPlan(files[0]!)));
        io.out(o.format === "md" ? `${toMarkdown(findings, { lang: o.lang })}\n` : render(findings, o));
        return findings.some((f) => f.severity === "error") ? 1 : 0;
      }
      case "gap": {
        need(files, 2, "pgi gap <plan.json> <card.json>");
        const plan = isPlanDocument(files[0]!) ? await planFromDocument(files[0]!, docOptions, io.in) : createPlan(loadPlan(files[0]!));
        io.out(render(gapReport(plan, loadCard(files[1]!)), o));
        return 0;
      }
      case "extract":
        need(files, 1, "pgi extract <plan.docx|plan.md|plan.txt|-> [--format md|json] [--baseline card.json]");
        return await extractCommand(files[0]!, o, io.out, docOptions, io.in);
      case "yoy": {
        need(files, 2, "pgi yoy <previous-card.json> <current-card.json>");
        io.out(render(yearOverYear(loadCard(files[0]!), loadCard(files[1]!)), o));
        return 0;
      }
      case "rank": {
        if (files.length > 1) throw new UsageError("usage: pgi rank [<cards.json|cards.csv>] [--by <sub-index>] [--within region]");
        const w = within(values);
        const table = loadTable(files[0], values);
        io.out(render(rank(table, { ...(values.by ? { by: values.by as RankBy } : {}), ...(w ? { within: w } : {}) }), o) + shippedNote(files[0], table, o));
        return 0;
      }
      case "regions": {
        if (files.length > 1) throw new UsageError("usage: pgi regions [<cards.json|cards.csv>] [--by <sub-index>]");
        const table = loadTable(files[0], values);
        io.out(render(regionSummary(table, values.by ? { by: values.by as RankBy } : {}), o) + shippedNote(files[0], table, o));
        return 0;
      }
      case "goal": {
        if (files.length !== 2 && files.length !== 3) throw new UsageError("usage: pgi goal [<cards.json|cards.csv>] <unit> <rank> [--by <sub-index>] [--within region]");
        const [file, unit, target] = files.length === 3 ? files : [undefined, files[0], files[1]];
        const k = Number(target);
        if (!Number.isInteger(k)) throw new UsageError(`the rank must be a whole number, got ${describe(target)}`);
        const w = within(values);
        const table = loadTable(file, values);
        io.out(render(rankGoal(table, unit!, k, { ...(values.by ? { by: values.by as RankBy } : {}), ...(w ? { within: w } : {}) }), o) + shippedNote(file, table, o));
        return 0;
      }
      case "allocate": {
        need(files, 1, "pgi allocate <card.json> --target N | --delta N --strategy equal|headroom|benchmark|weakestFirst");
        if ((values.target === undefined) === (values.delta === undefined)) throw new UsageError("give one of --target (composite target) or --delta (composite increase)");
        const strategy = (values.strategy ?? "equal") as AllocationStrategy;
        const goal = values.target !== undefined ? { compositeTarget: values.target as string } : { compositeDelta: values.delta as string };
        const bm =
          strategy === "benchmark"
            ? benchmark(loadTable(undefined, values), (values.benchmark as string | undefined) ?? "best", values.region ? { region: values.region as string } : {})
            : undefined;
        io.out(render(allocate(loadCard(files[0]!), goal, { strategy, ...(bm ? { benchmark: bm } : {}) }), o));
        return 0;
      }
      case "score": {
        need(files, 2, "pgi score <framework.json> <data.csv|data.json>");
        const fw = defineFramework(readJson(files[0]!) as FrameworkSpec);
        io.out(render(scoreUnits(fw, loadRows(files[1]!)), o));
        return 0;
      }
      case "assess":
        io.out(assessCommand(files, o));
        return 0;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}; run pgi --help for the commands`);
    }
  } catch (error) {
    if (isPgiError(error)) {
      io.err(`pgi: ${error.message} [${error.code}]\n`);
      return 2;
    }
    if (error instanceof UsageError || error instanceof DocumentError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`pgi: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

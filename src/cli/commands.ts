/**
 * The `pgi` commands: ONE table, one entry per command (usage, help, an example that runs against
 * the shipped data, and what it does). To add a command, add an entry to {@link commands}, with its
 * logic in its own file under `src/cli/`.
 * @internal
 * @module
 */
import { describe, isPgiError, PgiError, prefixPath } from "../errors";
import { createPlan, type PlanInput } from "../plan/create";
import { checkPlan } from "../plan/check";
import { gapReport } from "../plan/gap";
import { yearOverYear } from "../plan/yoy";
import { toMarkdown } from "../renderers";
import { scoreCard, type ScoreCard, type ScoreCardInput } from "../scorecard/scorecard";
import { defineFramework, type FrameworkSpec } from "../framework/define";
import { scoreUnits } from "../scoring/engine";
import { PGI_PUBLISHED, publishedScoreCard } from "../data/published";
import { langSonPlan2024 } from "../data/lang-son-plan";
import { scoreTable, type ScoreTable } from "../table/table";
import { benchmark, rank, rankGoal, regionSummary, type RankBy } from "../table/rank";
import { allocate, type AllocationStrategy } from "../targets/allocate";
import { UsageError } from "./args";
import { parseJsonInput, readInput, type Source } from "./files";
import type { Options, Output } from "./output";
import { loadCardRows, loadUnitRows } from "./tables";
import { demo } from "./demo";
import { extractCommand, isPlanDocument, planFromDocument, writePlanDocx } from "./extract";
import { DOCX_PACKAGES } from "./docx";
import { ASSESS_DETAILS, ASSESS_EXAMPLE, ASSESS_SUMMARY, ASSESS_USAGE, runAssess } from "./assess";

/** What a command gets. */
export interface Context {
  readonly files: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly o: Options;
  readonly source: Source;
  /** `--format docx` (for `pgi plan`). */
  readonly docx?: boolean;
  /** `--out FILE`. */
  readonly out?: string;
}

/** One `pgi` command. */
export interface Command {
  /** Usage line(s), without the leading `pgi `. */
  readonly usage: string;
  /** One line for `pgi help`. */
  readonly summary: string;
  /** More lines for `pgi <command> --help`. */
  readonly details?: string;
  /** An example command line that runs against the shipped data (tests run it). */
  readonly example: string;
  /** Read the inputs and compute the result. */
  readonly run: (ctx: Context) => Promise<Output>;
}

const SHIPPED = "Instead of a card file: published:<province>:<year> (a shipped PGI card, e.g. published:\"Lạng Sơn\":2024);\ninstead of a plan file: example:lang-son-plan (Lạng Sơn's 2024 plan).";

function need(ctx: Context, n: number, usage: string): void {
  if (ctx.files.length !== n) throw new UsageError(`usage: pgi ${usage}${ctx.files.length > n ? ` (unexpected ${JSON.stringify(ctx.files[n])})` : ""}`);
}

function json(ctx: Context, file: string): unknown {
  return parseJsonInput(readInput(file, ctx.values["input-format"] as string | undefined, ctx.source));
}

/**
 * A score card input from JSON: as written by hand, or as printed by `pgi card --format json`
 * (a card object: its derived fields are dropped, the published composite, rank and source kept).
 */
function cardInput(value: unknown): ScoreCardInput {
  if (typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "scoreCard") {
    const { kind: _k, framework: _f, edition: _e, computedComposite: _c, publishedComposite, findings: _x, composite: _comp, rank, source, ...rest } = value as Record<string, unknown>;
    return { ...(rest as unknown as ScoreCardInput), ...(publishedComposite != null ? { composite: publishedComposite as number } : {}), ...(rank != null ? { rank: rank as number } : {}), ...(source != null ? { source: source as string } : {}) };
  }
  return value as ScoreCardInput;
}

function loadCard(ctx: Context, file: string): ScoreCard {
  const shipped = /^published:(.+):(\d{4})$/.exec(file);
  if (shipped) return publishedScoreCard(shipped[1]!.replace(/^"|"$/g, ""), Number(shipped[2]));
  return scoreCard(cardInput(json(ctx, file)));
}

function isCardLike(v: unknown): v is ScoreCardInput {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "scores" in v;
}

/** The stderr line of a plan check that found errors (the exit code is 1). */
function checkNote(findings: readonly { severity: string }[], lang: "vi" | "en"): { stderr?: string } {
  const n = findings.filter((f) => f.severity === "error").length;
  if (n === 0) return {};
  return { stderr: lang === "vi" ? `kế hoạch có ${n} lỗi (xem các phát hiện); mã thoát 1` : `the plan has ${n} error${n > 1 ? "s" : ""} (see the findings); exit code 1` };
}

function loadPlan(ctx: Context, file: string): PlanInput {
  if (file === "example:lang-son-plan") return langSonPlan2024();
  const value = json(ctx, file);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new PgiError("INVALID_INPUT", `expected a plan object in ${file === "-" ? "standard input" : file}, got ${describe(value)}`);
  }
  const plan = value as Record<string, unknown>;
  // A plan as pgi-kit prints it (`pgi plan --format json`, or createPlan's result saved as JSON):
  // createPlan re-validates it field by field.
  if (plan.kind === "plan") return plan as unknown as PlanInput;
  if (plan.kind === undefined && typeof plan.plan === "object" && plan.plan !== null && (plan.plan as { kind?: unknown }).kind === "plan") return plan.plan as PlanInput;
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

/** Options of plan documents: `--baseline card.json` for baselines the document lacks. */
function docOptions(ctx: Context): { baseline?: ScoreCard } {
  const b = ctx.values.baseline;
  return b === undefined ? {} : { baseline: loadCard(ctx, b as string) };
}

/** The plan of a file: plan JSON, or a plan document (.docx, .md, .txt; `-` when it is not JSON). */
async function planOf(ctx: Context, file: string): Promise<ReturnType<typeof createPlan>> {
  const document = file === "-" ? !/^\s*\{/.test(await ctx.source.text()) : isPlanDocument(file);
  return document ? planFromDocument(file, docOptions(ctx), ctx.source.text) : createPlan(loadPlan(ctx, file));
}

function edition(ctx: Context): number {
  const e = ctx.values.edition;
  if (e === undefined) return 2024;
  const n = Number(e);
  if (!Number.isInteger(n)) throw new UsageError(`--edition takes a year (2022, 2023 or 2024), got ${JSON.stringify(e)}`);
  return n;
}

/** The table of a command: the given file, or the shipped PGI figures of an edition. */
async function loadTable(ctx: Context, file: string | undefined): Promise<ScoreTable> {
  const year = edition(ctx);
  if (file === undefined) {
    const entries = PGI_PUBLISHED.filter((r) => r.edition === year && (r.scores !== null || r.composite !== null)).map((r) =>
      r.scores !== null
        ? publishedScoreCard(r.province, year)
        : { unit: r.province, year, composite: r.composite!, ...(r.rank !== null ? { rank: r.rank } : {}), source: r.source },
    );
    if (entries.length === 0) throw new UsageError(`no shipped PGI figures for --edition ${year}; shipped: 2022, 2023, 2024`);
    return scoreTable(entries);
  }
  const units = ctx.values.units === undefined ? "provinces" : ctx.values.units;
  if (units !== "provinces" && units !== "any") throw new UsageError(`--units takes provinces or any, got ${describe(units)}`);
  const input = readInput(file, ctx.values["input-format"] as string | undefined, ctx.source);
  return scoreTable(await loadCardRows(input, ctx.values.sheet as string | undefined, year), { units });
}

/** For Markdown output from the shipped figures: say what the table is and where it comes from. */
function shippedNote(file: string | undefined, table: ScoreTable, o: Options): string {
  if (o.format !== "md") return "";
  if (file !== undefined) return "";
  const inferred = table.rows.filter((r) => r.source?.includes("edition inferred")).length;
  const full = table.rows.filter((r) => r.scores !== null).length;
  return o.lang === "vi"
    ? `\nSố liệu: PGI ${table.year} kèm theo gói, ${table.rows.length}/63 tỉnh (${full} tỉnh có đủ 4 chỉ số thành phần, số còn lại chỉ có điểm tổng hợp)${inferred ? `; năm của ${inferred} dòng là suy luận (trang nguồn không ghi năm)` : ""}. Hạng tính trong bảng này, không phải hạng công bố.\n`
    : `\nData: the shipped PGI ${table.year} figures, ${table.rows.length} of 63 provinces (${full} with all four sub-indices, the rest with the composite only)${inferred ? `; the edition of ${inferred} rows is inferred (the source page shows no year)` : ""}. Ranks are within this table, not the published ranks.\n`;
}

function within(ctx: Context): "region" | undefined {
  const w = ctx.values.within;
  if (w === undefined) return undefined;
  if (w !== "region") throw new UsageError(`--within takes region, got ${describe(w)}`);
  return "region";
}

const by = (ctx: Context): { by?: RankBy } => (ctx.values.by ? { by: ctx.values.by as RankBy } : {});
const num = (v: string): string => v.replace(/^−/, "-");

let table: Record<string, Command> | undefined;

/** Every command, by name (built on first use). Add new commands here. */
export function commands(): Record<string, Command> {
  table ??= {
    demo: {
      usage: "demo [--lang en] [--format json]",
      summary: "the embedded example: Lạng Sơn's 2024 plan, its check, and the gap report against the 2024 results",
      example: "pgi demo --lang en",
      run: async (ctx) => {
        need(ctx, 0, "demo [--lang vi|en] [--format md|json]");
        if (ctx.o.format !== "md" && ctx.o.format !== "json") throw new UsageError("the demo prints Markdown or JSON; use --format md or json");
        return { result: null, md: demo(ctx.o.lang, "md"), json: JSON.parse(demo(ctx.o.lang, "json")) };
      },
    },
    card: {
      usage: "card <card.json>",
      summary: "validate a score card and show it with its findings",
      details: 'A score card: { "unit", "year", "scores": { "pollution": 4.84, … }, "composite"?, "rank"? }.\n' + SHIPPED,
      example: 'pgi card published:"Lạng Sơn":2024 --format svg --out lang-son-2024.svg',
      run: async (ctx) => {
        need(ctx, 1, "card <card.json>");
        return { result: loadCard(ctx, ctx.files[0]!) };
      },
    },
    plan: {
      usage: "plan <plan.json> [--format docx --out plan.docx]",
      summary: "show a plan (targets, increases) and its check; exit code 1 when the check finds errors",
      details: PLAN_FORMAT + "\n" + SHIPPED + `\n--format docx --out plan.docx writes the targets part as a Word document (needs ${DOCX_PACKAGES}).`,
      example: "pgi plan example:lang-son-plan",
      run: async (ctx) => {
        need(ctx, 1, "plan <plan.json>");
        const plan = createPlan(loadPlan(ctx, ctx.files[0]!));
        const findings = checkPlan(plan);
        const code = findings.some((f) => f.severity === "error") ? 1 : 0;
        const stderr = checkNote(findings, ctx.o.lang);
        if (ctx.docx) return { result: plan, written: await writePlanDocx(plan, ctx.out, ctx.o.lang), code, ...stderr };
        return { result: plan, json: { plan, findings }, md: `${toMarkdown(plan, { lang: ctx.o.lang })}\n${toMarkdown(findings, { lang: ctx.o.lang })}\n`, code, ...stderr };
      },
    },
    extract: {
      usage: "extract <plan.docx|plan.md|plan.txt|-> [--format md|json] [--baseline card.json]",
      summary: "read a plan document, check it, show what was read from which line; exit code 1 when the check finds errors or no plan is read",
      details: `--baseline card.json (or published:<province>:<year>) gives the baselines the document lacks. Reading .docx needs ${DOCX_PACKAGES}.`,
      example: "pgi plan example:lang-son-plan --out plan.docx && pgi extract plan.docx",
      run: async (ctx) => {
        need(ctx, 1, "extract <plan.docx|plan.md|plan.txt|-> [--format md|json] [--baseline card.json]");
        let text = "";
        const code = await extractCommand(ctx.files[0]!, ctx.o, (t) => void (text += t), docOptions(ctx), ctx.source.text);
        return { result: null, raw: text, code };
      },
    },
    check: {
      usage: "check <plan.json>",
      summary: "check a plan; exit code 1 when there are errors",
      details: PLAN_FORMAT + "\n" + SHIPPED,
      example: "pgi check example:lang-son-plan --lang en",
      run: async (ctx) => {
        need(ctx, 1, "check <plan.json>");
        const findings = checkPlan(createPlan(loadPlan(ctx, ctx.files[0]!)));
        return { result: findings, md: `${toMarkdown(findings, { lang: ctx.o.lang })}\n`, code: findings.some((f) => f.severity === "error") ? 1 : 0, ...checkNote(findings, ctx.o.lang) };
      },
    },
    gap: {
      usage: "gap <plan.json> <card.json>",
      summary: "compare a plan with the results of its target year",
      details: PLAN_FORMAT + "\nThe plan may also be a plan document (.docx, .md, .txt; see pgi extract).\n" + SHIPPED,
      example: 'pgi gap example:lang-son-plan published:"Lạng Sơn":2024 --format xlsx --out gap.xlsx',
      run: async (ctx) => {
        need(ctx, 2, "gap <plan.json> <card.json>");
        return { result: gapReport(await planOf(ctx, ctx.files[0]!), loadCard(ctx, ctx.files[1]!)) };
      },
    },
    yoy: {
      usage: "yoy <card.json> <card.json>",
      summary: "year-over-year change between two score cards",
      details: SHIPPED,
      example: 'pgi yoy published:"Hải Dương":2023 published:"Hải Dương":2024',
      run: async (ctx) => {
        need(ctx, 2, "yoy <previous-card.json> <current-card.json>");
        return { result: yearOverYear(loadCard(ctx, ctx.files[0]!), loadCard(ctx, ctx.files[1]!)) };
      },
    },
    score: {
      usage: "score <framework.json> <data.csv|data.xlsx|data.json>",
      summary: "score units from raw indicators with your own framework",
      details:
        "A framework file is the spec of defineFramework (see docs/methodology.md). Data: a table with a header\n" +
        'unit[,group],<indicator ids…> (empty cells are missing values), or JSON [{ "unit", "group"?, "indicators": { "<id>": value } }].',
      example: 'pgi score framework.json data.xlsx --sheet "2024"',
      run: async (ctx) => {
        need(ctx, 2, "score <framework.json> <data.csv|data.xlsx|data.json>");
        const fw = defineFramework(json(ctx, ctx.files[0]!) as FrameworkSpec);
        const input = readInput(ctx.files[1]!, ctx.values["input-format"] as string | undefined, ctx.source);
        return { result: scoreUnits(fw, await loadUnitRows(input, ctx.values.sheet as string | undefined)) };
      },
    },
    rank: {
      usage: "rank [<cards.csv|cards.xlsx|cards.json>] [--by <sub-index>] [--within region] [--edition 2022|2023|2024]",
      summary: "rank a table of score cards (default: the shipped PGI figures of --edition, 2024)",
      details: TABLE_FORMAT,
      example: "pgi rank --edition 2023 --by pollution",
      run: async (ctx) => {
        if (ctx.files.length > 1) throw new UsageError(`usage: pgi ${commands().rank!.usage}`);
        const w = within(ctx);
        const t = await loadTable(ctx, ctx.files[0]);
        return { result: rank(t, { ...by(ctx), ...(w ? { within: w } : {}) }), note: shippedNote(ctx.files[0], t, ctx.o) };
      },
    },
    regions: {
      usage: "regions [<cards>] [--by <sub-index>]",
      summary: "count, mean, median, best and worst per region",
      details: TABLE_FORMAT,
      example: "pgi regions --edition 2023",
      run: async (ctx) => {
        if (ctx.files.length > 1) throw new UsageError(`usage: pgi ${commands().regions!.usage}`);
        const t = await loadTable(ctx, ctx.files[0]);
        return { result: regionSummary(t, by(ctx)), note: shippedNote(ctx.files[0], t, ctx.o) };
      },
    },
    goal: {
      usage: "goal [<cards>] <unit> <rank> [--by <sub-index>] [--within region]",
      summary: "the score that reaches a rank, the others fixed",
      details: TABLE_FORMAT,
      example: 'pgi goal "Lạng Sơn" 10',
      run: async (ctx) => {
        const { files } = ctx;
        if (files.length !== 2 && files.length !== 3) throw new UsageError(`usage: pgi ${commands().goal!.usage}`);
        const [file, unit, target] = files.length === 3 ? files : [undefined, files[0], files[1]];
        const k = Number(target);
        if (!Number.isInteger(k) || k < 1) throw new UsageError(`the rank must be a whole number from 1, got ${describe(target)}`);
        const w = within(ctx);
        const t = await loadTable(ctx, file);
        return { result: rankGoal(t, unit!, k, { ...by(ctx), ...(w ? { within: w } : {}) }), note: shippedNote(file, t, ctx.o) };
      },
    },
    allocate: {
      usage: "allocate <card.json> --target N | --delta N [--strategy equal|headroom|benchmark|weakestFirst]",
      summary: "split a composite increase across the sub-indices",
      details: "benchmark: --benchmark best|median|<province> [--region id], taken from the shipped PGI 2024 table.\n" + SHIPPED,
      example: 'pgi allocate published:"Lạng Sơn":2024 --delta 2,5 --strategy headroom',
      run: async (ctx) => {
        need(ctx, 1, "allocate <card.json> --target N | --delta N --strategy equal|headroom|benchmark|weakestFirst");
        const { values } = ctx;
        if ((values.target === undefined) === (values.delta === undefined)) throw new UsageError("give one of --target N (the composite target, e.g. --target 24) or --delta N (the composite increase, e.g. --delta 2,5)");
        const strategy = (values.strategy ?? "equal") as AllocationStrategy;
        const goal = values.target !== undefined ? { compositeTarget: num(values.target as string) } : { compositeDelta: num(values.delta as string) };
        const bm = strategy === "benchmark" ? benchmark(await loadTable(ctx, undefined), (values.benchmark as string | undefined) ?? "best", values.region ? { region: values.region as string } : {}) : undefined;
        return { result: allocate(loadCard(ctx, ctx.files[0]!), goal, { strategy, ...(bm ? { benchmark: bm } : {}) }) };
      },
    },
    assess: { usage: ASSESS_USAGE, summary: ASSESS_SUMMARY, details: ASSESS_DETAILS, example: ASSESS_EXAMPLE, run: runAssess },
  };
  return table;
}

const PLAN_FORMAT =
  'A plan: { "unit", "title"?, "baselineYear", "targetYear", "baseline", "targets", "compositeTarget"? }: "baseline" is\n' +
  'the four scores or a score card; each target is a number or { "target"?, "delta"?, "comparator"?, "owners"?, "due"? }.\n' +
  'Without a title the plan is titled as offices do ("Kế hoạch cải thiện, nâng cao Chỉ số Xanh cấp tỉnh (PGI) năm <target year> — <unit>").';

const TABLE_FORMAT =
  "A table of score cards: CSV (, ; or tab), an .xlsx sheet (the first, or --sheet NAME|N), or JSON (an array of cards).\n" +
  'Headers: unit (or "Tỉnh", "Tỉnh, thành phố", "Đơn vị"), year ("Năm"), the sub-indices by id or any vi/en name,\n' +
  'composite ("Điểm PGI", "Tổng điểm"), rank ("Xếp hạng"); "STT" and region columns are ignored.';

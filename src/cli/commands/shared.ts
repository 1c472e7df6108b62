/**
 * What several `pgi` commands share: reading cards, plans and tables from files or the shipped
 * figures, the usage check, and help paragraphs.
 * @internal
 * @module
 */
import { describe, isPgiError, PgiError, prefixPath, type Bilingual } from "../../errors";
import { createPlan, type Plan, type PlanInput } from "../../plan/create";
import { scoreCard, type ScoreCard, type ScoreCardInput } from "../../scorecard/scorecard";
import { PGI_PUBLISHED, publishedScoreCard } from "../../data/published";
import { langSonPlan2024 } from "../../data/lang-son-plan";
import { scoreTable, type ScoreTable } from "../../table/table";
import type { ScoredColumns, ScoredUnits } from "../../table/pool";
import { defineFramework, type FrameworkSpec } from "../../framework/define";
import type { Framework } from "../../framework/types";
import type { RankBy } from "../../table/rank";
import { UsageError, type OptionGroup } from "../args";
import type { Command, Context } from "../context";
import { readInput, type Input } from "../files";
import { parseJson } from "../json";
import type { Options } from "../output";
import { loadCardRows } from "../tables";
import { isPlanDocument, planFromDocument, readPlanText } from "../extract";

/** Help paragraph: the shipped cards and plan usable instead of files. */
export const SHIPPED: Bilingual = {
  en: 'Instead of a card file: published:<province>:<year> (a shipped PGI card, e.g. published:"Lạng Sơn":2024);\ninstead of a plan file: example:lang-son-plan (Lạng Sơn\'s 2024 plan).',
  vi: 'Thay cho tệp phiếu điểm: published:<tỉnh>:<năm> (phiếu điểm PGI kèm theo gói, ví dụ published:"Lạng Sơn":2024);\nthay cho tệp kế hoạch: example:lang-son-plan (kế hoạch năm 2024 của tỉnh Lạng Sơn).',
};

/** Help paragraph: the plan JSON format. */
export const PLAN_FORMAT: Bilingual = {
  en:
    'A plan: { "unit", "indexUnit"?, "title"?, "baselineYear", "targetYear", "baseline", "targets", "compositeTarget"? }: "baseline" is\n' +
    'the four scores or a score card; each target is a number or { "target"?, "delta"?, "comparator"?, "owners"?, "due"? }.\n' +
    'Without a title the plan is titled as offices do ("Kế hoạch cải thiện, nâng cao Chỉ số Xanh cấp tỉnh (PGI) năm <target year> — <unit>").\n' +
    "The plan may also be a plan document (.docx, .md, .txt; see pgi extract).",
  vi:
    'Kế hoạch (JSON): { "unit", "indexUnit"?, "title"?, "baselineYear", "targetYear", "baseline", "targets", "compositeTarget"? }: "baseline" là\n' +
    'điểm 4 chỉ số thành phần hoặc một phiếu điểm; mỗi chỉ tiêu là một số hoặc { "target"?, "delta"?, "comparator"?, "owners"?, "due"? }.\n' +
    'Không có tiêu đề thì kế hoạch được đặt tên như các cơ quan vẫn đặt ("Kế hoạch cải thiện, nâng cao Chỉ số Xanh cấp tỉnh (PGI) năm <năm mục tiêu> — <đơn vị>").\n' +
    "Kế hoạch cũng có thể là văn bản kế hoạch (.docx, .md, .txt; xem pgi extract).",
};

/** Help paragraph: tables of score cards. */
export const TABLE_FORMAT: Bilingual = {
  en:
    "A table of score cards: CSV (, ; or tab), an .xlsx sheet (the first, or --sheet NAME|N), or JSON (an array of cards).\n" +
    'Headers: unit (or "Tỉnh", "Tỉnh, thành phố", "Đơn vị"), year ("Năm"), the sub-indices by id or any vi/en name,\n' +
    'composite ("Điểm PGI", "Tổng điểm"), rank ("Xếp hạng"); "STT" and region columns are ignored.\n' +
    "Without a file: the shipped PGI figures of --edition (default 2024).",
  vi:
    "Bảng phiếu điểm: CSV (phân cách bằng , ; hoặc tab), một trang tính .xlsx (trang đầu, hoặc --sheet TÊN|N), hoặc JSON (một mảng phiếu điểm).\n" +
    'Tiêu đề cột: đơn vị ("Tỉnh", "Tỉnh, thành phố", "Đơn vị"), năm ("Năm"), các chỉ số thành phần theo mã hoặc tên,\n' +
    'điểm tổng hợp ("Điểm PGI", "Tổng điểm"), xếp hạng ("Xếp hạng"); cột "STT" và cột vùng được bỏ qua.\n' +
    "Không có tệp: dùng số liệu PGI kèm theo gói của kỳ --edition (mặc định 2024).",
};

/** Help paragraph: Word reports. */
export const DOCX_NOTE: Bilingual = {
  en: "--format docx --out report.docx (or just --out report.docx) writes a Word report as offices file it (national heading, number,\nplace and date, the tables, recipients and signature); --agency, --number, --place, --signer and --date fill its heading fields.",
  vi: "--format docx --out bao-cao.docx (hoặc chỉ --out bao-cao.docx) ghi báo cáo Word theo thể thức văn bản hành chính (quốc hiệu, tiêu ngữ, số,\nđịa danh và ngày tháng, các bảng, nơi nhận và chữ ký); --agency, --number, --place, --signer và --date điền các mục đầu văn bản.",
};

/** The usage line of a command in a language. */
export const usageOf = (c: Command, lang: "vi" | "en"): string => c.usage[lang];

/** Refuse a wrong number of positional arguments with the command's usage line. */
export function need(ctx: Context, n: number | readonly number[], c: Command): void {
  const counts = typeof n === "number" ? [n] : n;
  if (counts.includes(ctx.files.length)) return;
  const extra = ctx.files.length > Math.max(...counts) ? ctx.files[Math.max(...counts)] : undefined;
  throw new UsageError({
    en: `usage: pgi ${c.usage.en}${extra !== undefined ? ` (unexpected ${describe(extra)})` : ""}`,
    vi: `cách dùng: pgi ${c.usage.vi}${extra !== undefined ? ` (thừa ${describe(extra, "vi")})` : ""}`,
  });
}

/** `--framework framework.json`: plans and cards of your own framework (its components are the sub-indices). */
export const FRAMEWORK_OPTION: OptionGroup = {
  framework: {
    type: "string",
    example: "framework.json",
    value: { en: "FILE", vi: "TỆP" },
    help: {
      en: "a framework spec (as defineFramework takes): the plan's and cards' sub-indices are its components (default: PGI)",
      vi: "tệp đặc tả bộ chỉ số (như defineFramework nhận): các chỉ số thành phần của kế hoạch và phiếu điểm là các thành phần của bộ chỉ số này (mặc định: PGI)",
    },
  },
};

/** `--index-unit NAME`: the unit whose published index the plan targets (a district's plan: its province). */
export const INDEX_UNIT_OPTION: OptionGroup = {
  "index-unit": {
    type: "string",
    example: '"Lạng Sơn"',
    value: { en: "NAME", vi: "TÊN" },
    help: {
      en: "the unit whose published index the plan targets, when it is not the planning unit (a district's plan: its province); sets or overrides the plan's indexUnit",
      vi: "đơn vị có chỉ số công bố mà kế hoạch hướng tới, khi khác đơn vị lập kế hoạch (kế hoạch của huyện: tên tỉnh); ghi đè indexUnit của kế hoạch",
    },
  },
};

/** The framework of `--framework`, or undefined for PGI. */
export function frameworkOf(ctx: Context): Framework | undefined {
  const f = ctx.values.framework;
  if (typeof f !== "string") return undefined;
  return defineFramework(json(ctx, f) as FrameworkSpec);
}

/** `--input-format`, when the command was given one. */
export const inputFormat = (ctx: Context): string | undefined => ctx.values["input-format"] as string | undefined;

/** The JSON of a file (or standard input). */
export function json(ctx: Context, file: string): unknown {
  return parseJson(readInput(file, inputFormat(ctx), ctx.source));
}

/**
 * A score card input from JSON: as written by hand, or as printed by `pgi card --format json`
 * (a card object: its derived fields are dropped, the published composite, rank and source kept).
 */
export function cardInput(value: unknown): ScoreCardInput {
  if (typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "scoreCard") {
    const {
      kind: _k,
      framework: _f,
      edition: _e,
      computedComposite: _c,
      publishedComposite,
      findings: _x,
      composite: _comp,
      rank,
      source,
      ...rest
    } = value as Record<string, unknown>;
    return {
      ...(rest as unknown as ScoreCardInput),
      ...(publishedComposite != null ? { composite: publishedComposite as number } : {}),
      ...(rank != null ? { rank: rank as number } : {}),
      ...(source != null ? { source: source as string } : {}),
    };
  }
  return value as ScoreCardInput;
}

/** A card: a JSON file, or `published:<province>:<year>`. */
export function loadCard(ctx: Context, file: string, framework?: Framework): ScoreCard {
  const shipped = /^published:(.+):(\d{4})$/.exec(file);
  if (shipped) {
    if (framework !== undefined) {
      throw new UsageError({
        en: `${file} is a PGI card; with --framework give a card file of that framework`,
        vi: `${file} là phiếu điểm PGI; khi dùng --framework hãy cho tệp phiếu điểm của bộ chỉ số đó`,
      });
    }
    return publishedScoreCard(shipped[1]!.replace(/^"|"$/g, ""), Number(shipped[2]));
  }
  const input = cardInput(json(ctx, file));
  return framework === undefined ? scoreCard(input) : scoreCard(input, framework);
}

function isCardLike(v: unknown): v is ScoreCardInput {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "scores" in v;
}

/** The stderr line of a plan check that found errors (the exit code is 1). */
export function checkNote(findings: readonly { severity: string }[], lang: "vi" | "en"): { stderr?: string } {
  const n = findings.filter((f) => f.severity === "error").length;
  if (n === 0) return {};
  return {
    stderr:
      lang === "vi" ? `kế hoạch có ${n} lỗi (xem các phát hiện); mã thoát 1` : `the plan has ${n} error${n > 1 ? "s" : ""} (see the findings); exit code 1`,
  };
}

/** A plan input from plan JSON (or the shipped example). */
export function loadPlan(ctx: Context, file: string, framework?: Framework): PlanInput {
  const indexUnit = ctx.values["index-unit"];
  const plan = readPlan(ctx, file, framework, typeof indexUnit === "string" ? indexUnit : undefined);
  return typeof indexUnit === "string" ? ({ ...plan, indexUnit } as PlanInput) : plan;
}

function readPlan(ctx: Context, file: string, framework: Framework | undefined, indexUnit: string | undefined): PlanInput {
  if (file === "example:lang-son-plan") return langSonPlan2024();
  const value = json(ctx, file);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const name = file === "-" ? { en: "standard input", vi: "dữ liệu nhập vào" } : { en: file, vi: file };
    throw new PgiError("INVALID_INPUT", {
      en: `expected a plan object in ${name.en}, got ${describe(value)}`,
      vi: `${name.vi} phải chứa một kế hoạch (đối tượng JSON { "unit", "baselineYear", … }), nhận được ${describe(value, "vi")}`,
    });
  }
  const plan = value as Record<string, unknown>;
  // A plan as pgi-kit prints it (`pgi plan --format json`, or createPlan's result saved as JSON):
  // createPlan re-validates it field by field.
  if (plan.kind === "plan") return plan as unknown as PlanInput;
  if (plan.kind === undefined && typeof plan.plan === "object" && plan.plan !== null && (plan.plan as { kind?: unknown }).kind === "plan")
    return plan.plan as PlanInput;
  if (isCardLike(plan.baseline)) {
    // A baseline card ({ scores, composite?, rank? }, or a card printed by `pgi card --format json`);
    // its unit and year default to the plan's. Errors in it are reported under baseline.…
    const b = cardInput(plan.baseline) as Partial<ScoreCardInput> & Omit<ScoreCardInput, "unit" | "year">;
    try {
      const unit = b.unit ?? ((indexUnit ?? plan.indexUnit ?? plan.unit) as string);
      const card = { ...b, unit, year: b.year ?? (plan.baselineYear as number) };
      return { ...(plan as unknown as PlanInput), baseline: framework === undefined ? scoreCard(card) : scoreCard(card, framework) };
    } catch (e) {
      if (isPgiError(e)) throw prefixPath(e, ["baseline"]);
      throw e;
    }
  }
  return plan as unknown as PlanInput;
}

/** Options of plan documents: `--baseline card.json` for baselines the document lacks. */
export function docOptions(ctx: Context): { baseline?: ScoreCard; indexUnit?: string } {
  const b = ctx.values.baseline;
  const indexUnit = ctx.values["index-unit"];
  return { ...(b === undefined ? {} : { baseline: loadCard(ctx, b as string) }), ...(typeof indexUnit === "string" ? { indexUnit } : {}) };
}

/** The plan of a file: plan JSON, or a plan document (.docx, .md, .txt; `-` when it is not JSON). */
export async function planOf(ctx: Context, file: string, framework?: Framework): Promise<Plan<string>> {
  const document = file === "-" ? !/^\s*\{/.test(await ctx.source.text()) : isPlanDocument(file);
  if (document) {
    if (framework !== undefined) {
      throw new UsageError({
        en: "--framework is for plan JSON files; plan documents are read as PGI plans",
        vi: "--framework chỉ dùng với tệp kế hoạch JSON; văn bản kế hoạch được đọc như kế hoạch PGI",
      });
    }
    const plan = await planFromDocument(file, docOptions(ctx), ctx.source.text);
    const indexUnit = ctx.values["index-unit"];
    return typeof indexUnit === "string" ? createPlan({ ...(plan as unknown as PlanInput), indexUnit }) : plan;
  }
  return framework === undefined ? createPlan(loadPlan(ctx, file)) : createPlan(loadPlan(ctx, file, framework), framework);
}

/** The text of a plan document (for a Word report that keeps its tasks), or undefined for plan JSON. */
export async function planSource(ctx: Context, file: string): Promise<string | undefined> {
  const document = file === "-" ? !/^\s*\{/.test(await ctx.source.text()) : isPlanDocument(file);
  return document && ctx.docx ? readPlanText(file, ctx.source.text) : undefined;
}

/** `--edition` (default 2024). */
export function edition(ctx: Context): number {
  const e = ctx.values.edition;
  if (e === undefined) return 2024;
  const n = Number(e);
  if (!Number.isInteger(n))
    throw new UsageError({
      en: `--edition takes a year (2022, 2023 or 2024), got ${describe(e)}`,
      vi: `--edition nhận một năm (2022, 2023 hoặc 2024), nhận được ${describe(e, "vi")}`,
    });
  return n;
}

/** What `pgi rank`, `regions` and `goal` rank: a score table, or units scored by `pgi score --format json`. */
export type Rankable =
  | { readonly table: ScoreTable; readonly framework?: undefined }
  | { readonly table: ScoredUnits | ScoredColumns; readonly framework?: Framework };

/** `--framework` of the ranking commands: the framework a scoring file was scored with (its names and decimals). */
export const SCORING_FRAMEWORK_OPTION: OptionGroup = {
  framework: {
    type: "string",
    example: "framework.json",
    value: { en: "FILE", vi: "TỆP" },
    help: {
      en: "with a scoring file (pgi score --format json): the framework spec it was scored with, for component names and ids",
      vi: "với tệp kết quả chấm điểm (pgi score --format json): tệp bộ chỉ số đã dùng để chấm điểm, để ghi tên và nhận mã các thành phần",
    },
  },
};

/** Help paragraph: a scoring file ranked. */
export const SCORING_INPUT: Bilingual = {
  en: "The table may also be a score table saved as JSON, or units scored by pgi score --format json (their group is their region;\n--framework <framework.json> names their components).",
  vi: "Bảng cũng có thể là một bảng điểm lưu dưới dạng JSON, hoặc kết quả chấm điểm của pgi score --format json (nhóm của đơn vị là vùng của nó;\n--framework <bo-chi-so.json> ghi tên các thành phần).",
};

/**
 * The table of a ranking command: a scoring (the JSON of `pgi score --format json`, with the
 * framework of `--framework`, which `needs` says is required), or a score table ({@link loadTable}).
 */
export async function loadRankable(ctx: Context, file: string | undefined, needs?: Bilingual): Promise<Rankable> {
  const input = file === undefined ? undefined : readInput(file, inputFormat(ctx), ctx.source);
  if (file !== undefined && input !== undefined) {
    const value = input.format === "json" ? parseJson(input) : undefined;
    const kind = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as { kind?: unknown }).kind : undefined;
    // --units and --edition say how to read a table of cards; a saved result already holds them.
    const holds =
      kind === "scoreTable"
        ? { en: "a score table of its own edition and units", vi: "một bảng điểm đã có kỳ và đơn vị của nó" }
        : { en: "scored units", vi: "kết quả chấm điểm các đơn vị" };
    if (kind === "scoring" || kind === "scoringColumns" || kind === "scoreTable")
      for (const o of ["units", "edition"] as const)
        if (ctx.values[o] !== undefined)
          throw new UsageError({
            en: `--${o} is for a table of PGI score cards read from a file; ${file} holds ${holds.en} (leave out --${o})`,
            vi: `--${o} chỉ dùng khi đọc bảng phiếu điểm PGI từ tệp; ${file} chứa ${holds.vi} (hãy bỏ --${o})`,
          });
    if (kind === "scoring" || kind === "scoringColumns") {
      const fw = frameworkOf(ctx);
      if (fw === undefined && needs !== undefined)
        throw new UsageError({
          en: `${needs.en}: give --framework <framework.json>, the framework spec ${file} was scored with`,
          vi: `${needs.vi}: hãy ghi --framework <bo-chi-so.json>, tệp bộ chỉ số đã dùng để chấm điểm ${file}`,
        });
      return { table: value as ScoredUnits, ...(fw !== undefined ? { framework: fw } : {}) };
    }
    // A score table's JSON copy (pgi-kit's scoreTable, as a program saved it) is a table too.
    if (kind === "scoreTable") {
      if (ctx.values.framework !== undefined) throw frameworkWithTable();
      return { table: value as ScoreTable };
    }
    if (typeof kind === "string")
      throw new UsageError({
        en: `${file} holds a pgi-kit result of kind ${describe(kind)}; give a table of score cards, or the units scored by pgi score --format json`,
        vi: `${file} chứa một kết quả loại ${describe(kind, "vi")} của pgi-kit; hãy đưa bảng phiếu điểm, hoặc kết quả chấm điểm của pgi score --format json`,
      });
  }
  if (ctx.values.framework !== undefined) throw frameworkWithTable();
  return { table: await loadTable(ctx, file, input) };
}

/** `--framework` given with a table of PGI score cards. */
const frameworkWithTable = (): UsageError =>
  new UsageError({
    en: "--framework goes with a scoring file (pgi score --format json); a table of score cards is PGI's (leave out --framework)",
    vi: "--framework chỉ dùng với tệp kết quả chấm điểm (pgi score --format json); bảng phiếu điểm là của PGI (hãy bỏ --framework)",
  });

/** The options of a ranking function for `r`: its framework, when a scoring came with one. */
export const rankableOptions = (r: Rankable): { framework?: Framework } => (r.framework !== undefined ? { framework: r.framework } : {});

/** The table of a command: the given file (`read`: already read), or the shipped PGI figures of an edition. */
export async function loadTable(ctx: Context, file: string | undefined, read?: Input): Promise<ScoreTable> {
  const year = edition(ctx);
  if (file === undefined) {
    const entries = PGI_PUBLISHED.filter((r) => r.edition === year && (r.scores !== null || r.composite !== null)).map((r) =>
      r.scores !== null
        ? publishedScoreCard(r.province, year)
        : { unit: r.province, year, composite: r.composite!, ...(r.rank !== null ? { rank: r.rank } : {}), source: r.source },
    );
    if (entries.length === 0)
      throw new UsageError({
        en: `no shipped PGI figures for --edition ${year}; shipped: 2022, 2023, 2024`,
        vi: `gói không có số liệu PGI kỳ --edition ${year}; các kỳ có sẵn: 2022, 2023, 2024`,
      });
    return scoreTable(entries);
  }
  const units = ctx.values.units === undefined ? "provinces" : ctx.values.units;
  if (units !== "provinces" && units !== "any")
    throw new UsageError({
      en: `--units takes provinces or any, got ${describe(units)}`,
      vi: `--units nhận provinces hoặc any, nhận được ${describe(units, "vi")}`,
    });
  const input = read ?? readInput(file, inputFormat(ctx), ctx.source);
  return scoreTable(await loadCardRows(input, ctx.values.sheet as string | undefined, year), { units });
}

/** For Markdown output from the shipped figures: say what the table is and where it comes from. */
export function shippedNote(file: string | undefined, table: ScoreTable | Rankable["table"], o: Options): string {
  if (o.format !== "md") return "";
  if (file !== undefined || !("rows" in table)) return "";
  const inferred = table.rows.filter((r) => r.source?.includes("edition inferred")).length;
  const full = table.rows.filter((r) => r.scores !== null).length;
  return o.lang === "vi"
    ? `\nSố liệu: PGI ${table.year} kèm theo gói, ${table.rows.length}/63 tỉnh (${full} tỉnh có đủ 4 chỉ số thành phần, số còn lại chỉ có điểm tổng hợp)${inferred ? `; năm của ${inferred} dòng là suy luận (trang nguồn không ghi năm)` : ""}. Hạng tính trong bảng này, không phải hạng công bố.\n`
    : `\nData: the shipped PGI ${table.year} figures, ${table.rows.length} of 63 provinces (${full} with all four sub-indices, the rest with the composite only)${inferred ? `; the edition of ${inferred} rows is inferred (the source page shows no year)` : ""}. Ranks are within this table, not the published ranks.\n`;
}

/** `--within region`. */
export function within(ctx: Context): "region" | undefined {
  const w = ctx.values.within;
  if (w === undefined) return undefined;
  if (w !== "region")
    throw new UsageError({
      en: `--within takes region, got ${describe(w)}`,
      vi: `--within chỉ nhận region (xếp hạng trong vùng), nhận được ${describe(w, "vi")}`,
    });
  return "region";
}

/** `--by`. */
export const by = (ctx: Context): { by?: RankBy } => (ctx.values.by ? { by: ctx.values.by as RankBy } : {});

/** A number as typed (a Unicode minus read as `-`). */
export const num = (v: string): string => v.replace(/^−/, "-");

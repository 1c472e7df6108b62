/**
 * Output of the `pgi` command in every format: Markdown, CSV, JSON, a Vega-Lite spec, an .xlsx
 * workbook, an SVG or PNG chart. The heavy libraries load only for the format that needs them.
 * @internal
 * @module
 */
import type { Lang } from "../decimal";
import { toCsv, toMarkdown } from "../renderers";
import { parseCsv } from "../render/primitives";
import { toVegaLite } from "../renderers";
import { UsageError } from "./args";
import { optional } from "./optional";

/** Output formats. */
export const FORMATS = ["md", "csv", "json", "vega", "svg", "png", "xlsx"] as const;
/** An output format. */
export type Format = (typeof FORMATS)[number];

/** Output options common to all commands. */
export interface Options {
  readonly lang: Lang;
  readonly format: Format;
  readonly delimiter: "," | ";" | "\t";
  readonly bom: boolean;
}

/** What a command produced: a result, with what to print instead for some formats. */
export interface Output {
  /** The pgi-kit result (rendered by format). */
  readonly result: unknown;
  /** Markdown to print instead of `toMarkdown(result)`. */
  readonly md?: string;
  /** A value to print as JSON instead of the result. */
  readonly json?: unknown;
  /** A note printed after Markdown output. */
  readonly note?: string;
  /** Text printed as it is, whatever the format (a command that formats its own output). */
  readonly raw?: string;
  /** A file the command wrote itself (said on standard error; nothing else is printed). */
  readonly written?: string;
  /** Exit code (default 0). */
  readonly code?: number;
  /** One line said on standard error whatever the output (e.g. that a plan check found errors). */
  readonly stderr?: string;
}

/** The options from the command line; the CSV defaults follow the language (see `pgi help`). */
export function readOptions(values: Readonly<Record<string, string | boolean | undefined>>, out: string | undefined): Options {
  const lang = values.lang ?? "vi";
  if (lang !== "vi" && lang !== "en") throw new UsageError(`--lang takes vi or en, got ${JSON.stringify(lang)}`);
  const fromFile = out !== undefined && out !== "-" ? /\.(md|csv|json|svg|png|xlsx)$/i.exec(out)?.[1]?.toLowerCase() : undefined;
  const format = (values.format as string | undefined)?.toLowerCase() ?? (fromFile as Format | undefined) ?? "md";
  if (!(FORMATS as readonly string[]).includes(format)) {
    const alias: Record<string, Format> = { markdown: "md", excel: "xlsx", "vega-lite": "vega", vegalite: "vega", xls: "xlsx" };
    if (alias[format]) throw new UsageError(`--format takes ${FORMATS.join(", ")}; for ${JSON.stringify(format)} write --format ${alias[format]}`);
    throw new UsageError(`--format takes ${FORMATS.join(", ")}, got ${JSON.stringify(format)}`);
  }
  // Excel set to Vietnamese (decimal comma) splits CSV on ";" and needs a BOM to read UTF-8.
  const d = (values.delimiter as string | undefined) ?? (lang === "vi" ? ";" : ",");
  const delimiter = d === "tab" || d === "\\t" ? "\t" : d === "semicolon" ? ";" : d === "comma" ? "," : d;
  if (delimiter !== "," && delimiter !== ";" && delimiter !== "\t") throw new UsageError(`--delimiter takes , ; or tab, got ${JSON.stringify(d)}`);
  const bom = values["no-bom"] === true ? false : values.bom === true || lang === "vi";
  return { lang, format: format as Format, delimiter, bom };
}

const NUMERIC = /^[-+]?\d+(\.\d+)?$/;

/** An .xlsx workbook of a result's table: Vietnamese or English headers, numbers as numbers. */
async function xlsx(result: unknown, o: Options): Promise<Uint8Array> {
  const shown = parseCsv(toCsv(result, { lang: o.lang }));
  const machine = parseCsv(toCsv(result, { lang: "en" }));
  const rows = shown.map((row, i) =>
    row.map((cell, j) => {
      const raw = machine[i]?.[j];
      if (i > 0 && raw !== undefined && NUMERIC.test(raw) && machine[i]!.length === row.length) return Number(raw);
      return cell === "" ? null : cell;
    }),
  );
  const { default: writeXlsxFile } = await optional("write-excel-file", "--format xlsx", () => import("write-excel-file/node"));
  const widths = (shown[0] ?? []).map((_, j) => ({ width: Math.min(60, Math.max(8, ...shown.map((r) => [...(r[j] ?? "")].length + 2))) }));
  const buffer = await writeXlsxFile(rows, { columns: widths, stickyRowsCount: 1 } as never).toBuffer();
  return new Uint8Array(buffer);
}

/** Render `output` in the chosen format: text, or bytes for PNG and .xlsx. */
export async function renderOutput(output: Output, o: Options): Promise<string | Uint8Array> {
  const { result } = output;
  if (output.raw !== undefined) return output.raw;
  switch (o.format) {
    case "json":
      return `${JSON.stringify(output.json ?? result, null, 2)}\n`;
    case "vega":
      return `${JSON.stringify(toVegaLite(result, { lang: o.lang }), null, 2)}\n`;
    case "csv":
      return toCsv(result, { lang: o.lang, delimiter: o.delimiter, bom: o.bom });
    case "xlsx":
      return xlsx(result, o);
    case "svg":
    case "png": {
      const spec = toVegaLite(result, { lang: o.lang });
      const { chartSvg, chartPng } = await import("./charts");
      return o.format === "svg" ? chartSvg(spec) : chartPng(spec);
    }
    default:
      return (output.md ?? toMarkdown(result, { lang: o.lang })) + (output.note ?? "");
  }
}

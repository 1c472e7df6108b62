/**
 * Output of the `pgi` command in every format: Markdown, CSV, JSON, a Vega-Lite spec, an .xlsx
 * workbook, an SVG or PNG chart. The heavy libraries load only for the format that needs them.
 * @internal
 * @module
 */
import type { Lang } from "../decimal";
import type { Framework } from "../framework/types";
import { toCsv, toMarkdown, toVegaLite } from "../renderers";
import { UsageError } from "./args";
import { officeXlsx } from "./office/excel";

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
  /** Bytes to write as they are (a Word document). */
  readonly bytes?: Uint8Array;
  /** The framework of the result, when it is not PGI (`--framework`): its names in the output. */
  readonly framework?: Framework;
  /** The text of the plan document the result's plan was read from (Word reports keep its tasks). */
  readonly sourceText?: string;
  /** Exit code (default 0). */
  readonly code?: number;
  /** One line said on standard error whatever the output (e.g. that a plan check found errors). */
  readonly stderr?: string;
}

/** The extensions of `--out` files and the format each one means. */
const EXTENSIONS: Readonly<Record<string, string>> = {
  md: "md",
  markdown: "md",
  txt: "md",
  csv: "csv",
  json: "json",
  svg: "svg",
  png: "png",
  xlsx: "xlsx",
  docx: "docx",
};

/** What people type for a format, and the format they mean. */
const ALIASES: Readonly<Record<string, string>> = {
  markdown: "md",
  excel: "xlsx",
  "vega-lite": "vega",
  vegalite: "vega",
  xls: "xlsx",
  word: "docx",
  doc: "docx",
};

/**
 * The output format of a command: `--format`, or the `--out` file's extension, or Markdown.
 * A format the command does not write, or an `--out` extension no format writes (`.xls`, `.doc`,
 * `.pdf`…), is refused with the formats the command does write (never silently Markdown).
 */
export function outputFormat(
  values: Readonly<Record<string, string | boolean | undefined>>,
  out: string | undefined,
  command: string,
  formats: readonly string[] = FORMATS,
): string {
  const list = formats.join(", ");
  const given = (values.format as string | undefined)?.toLowerCase();
  if (given !== undefined) {
    if (formats.includes(given)) return given;
    const alias = ALIASES[given];
    if (alias !== undefined && formats.includes(alias)) {
      throw new UsageError({
        en: `--format takes ${list}; for ${JSON.stringify(given)} write --format ${alias}`,
        vi: `--format nhận ${list}; với ${JSON.stringify(given)} hãy ghi --format ${alias}`,
      });
    }
    if ([...FORMATS, "docx"].includes(given)) {
      throw new UsageError({
        en: `pgi ${command} does not write ${given}; it writes ${list}`,
        vi: `lệnh pgi ${command} không xuất được dạng ${given}; các dạng xuất được: ${list}`,
      });
    }
    throw new UsageError({ en: `--format takes ${list}, got ${JSON.stringify(given)}`, vi: `--format nhận ${list}, nhận được ${JSON.stringify(given)}` });
  }
  if (out === undefined || out === "-") return formats.includes("md") ? "md" : formats[0]!;
  const ext = /\.([^./\\]+)$/.exec(out)?.[1]?.toLowerCase();
  if (ext === undefined) return formats.includes("md") ? "md" : formats[0]!;
  const format = EXTENSIONS[ext];
  if (format !== undefined && formats.includes(format)) return format;
  const extensions = Object.entries(EXTENSIONS)
    .filter(([, f]) => formats.includes(f))
    .map(([e]) => `.${e}`)
    .join(", ");
  const hint =
    ext === "xls"
      ? { en: " (save as .xlsx)", vi: " (hãy dùng .xlsx)" }
      : ext === "doc"
        ? { en: formats.includes("docx") ? " (write .docx)" : "", vi: formats.includes("docx") ? " (hãy dùng .docx)" : "" }
        : { en: "", vi: "" };
  throw new UsageError({
    en: `pgi ${command} cannot write ${out}: it writes ${extensions} files${hint.en}; or choose the format with --format (${list})`,
    vi: `lệnh pgi ${command} không ghi được tệp ${out}: chỉ ghi được tệp ${extensions}${hint.vi}; hoặc chọn dạng bằng --format (${list})`,
  });
}

/** The options from the command line; the CSV defaults follow the language (see `pgi help`). */
export function readOptions(values: Readonly<Record<string, string | boolean | undefined>>): Options {
  const lang = values.lang ?? "vi";
  if (lang !== "vi" && lang !== "en")
    throw new UsageError({ en: `--lang takes vi or en, got ${JSON.stringify(lang)}`, vi: `--lang nhận vi hoặc en, nhận được ${JSON.stringify(lang)}` });
  const format = (values.format as string | undefined)?.toLowerCase() ?? "md";
  if (!(FORMATS as readonly string[]).includes(format)) outputFormat(values, undefined, "", FORMATS);
  // Excel set to Vietnamese (decimal comma) splits CSV on ";" and needs a BOM to read UTF-8.
  const d = (values.delimiter as string | undefined) ?? (lang === "vi" ? ";" : ",");
  const delimiter = d === "tab" || d === "\\t" ? "\t" : d === "semicolon" ? ";" : d === "comma" ? "," : d;
  if (delimiter !== "," && delimiter !== ";" && delimiter !== "\t")
    throw new UsageError({ en: `--delimiter takes , ; or tab, got ${JSON.stringify(d)}`, vi: `--delimiter nhận , ; hoặc tab, nhận được ${JSON.stringify(d)}` });
  const bom = values["no-bom"] === true ? false : values.bom === true || lang === "vi";
  return { lang, format: format as Format, delimiter, bom };
}

/** Render `output` in the chosen format: text, or bytes for PNG and .xlsx. */
export async function renderOutput(output: Output, o: Options): Promise<string | Uint8Array> {
  const { result } = output;
  if (output.raw !== undefined) return output.raw;
  const fw = output.framework !== undefined ? { framework: output.framework } : {};
  switch (o.format) {
    case "json":
      return `${JSON.stringify(output.json ?? result, null, 2)}\n`;
    case "vega":
      return `${JSON.stringify(toVegaLite(result, { lang: o.lang, ...fw }), null, 2)}\n`;
    case "csv":
      return toCsv(result, { lang: o.lang, delimiter: o.delimiter, bom: o.bom, ...fw });
    case "xlsx":
      return officeXlsx(result, { lang: o.lang, ...fw });
    case "svg":
    case "png": {
      const spec = toVegaLite(result, { lang: o.lang, ...fw });
      const { chartSvg, chartPng } = await import("./charts");
      return o.format === "svg" ? chartSvg(spec) : chartPng(spec);
    }
    default:
      return (output.md ?? toMarkdown(result, { lang: o.lang, ...fw })) + (output.note ?? "");
  }
}

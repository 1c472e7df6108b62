/**
 * The `pgi` command's dispatcher. Apart from reading the files it is given and writing to the
 * given streams (or `--out`) it is pure, so tests call it directly. The commands themselves are
 * registered in ONE table, `commands()` in `./commands.ts`.
 * @module
 */
import { writeFileSync } from "node:fs";
import { version } from "../../package.json";
import { isPgiError } from "../errors";
import { closest, parseArgv, UsageError } from "./args";
import { commands, type Command } from "./commands";
import { DocumentError } from "./docx";
import { decodeText, processStdin } from "./files";
import { readOptions, renderOutput } from "./output";

/** Where the command writes (and, for `-`, reads). */
export interface Io {
  readonly out: (text: string | Uint8Array) => void;
  readonly err: (text: string) => void;
  /** Standard input (default: this process's). */
  readonly stdin?: () => Uint8Array;
  /** Standard input as text, for plan documents (`pgi extract -`); default: `stdin` decoded. */
  readonly in?: () => Promise<string>;
}

const defaultIo: Io = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
};

const OPTIONS = `Options (every command):
  --lang vi|en            language of names, headings, numbers and messages (default vi)
  --format md|csv|json|vega|svg|png|xlsx
                          output (default md, or from the --out file's extension): vega is a
                          Vega-Lite chart spec, svg and png the chart as a picture, xlsx a workbook
                          with numbers as numbers
  --out FILE, -o FILE     write to FILE instead of standard output
  --delimiter , | ; | tab CSV delimiter. Default with --lang vi: ";" and a UTF-8 byte-order mark, as
                          Excel set to Vietnamese (decimal comma) opens without an import step;
                          with --lang en: "," and no BOM (stable machine-readable headers)
  --bom | --no-bom        force or drop the byte-order mark
  --input-format csv|json|xlsx
                          the format of a file without a telling extension (- is standard input)
  --sheet NAME|N          the sheet of an .xlsx workbook (default the first)
  --units any             tables may hold districts and other units, not only the 63 provinces
  --help, -h              help (pgi <command> --help for one command)
Numbers may be written 6,58 or 6.58 (in JSON: "6,58" or 6.58). Sub-indices may be named by id,
position (1–4) or any Vietnamese or English name.
`;

function usageLines(): string {
  return Object.entries(commands())
    .map(([, c]) => `  pgi ${c.usage}\n      ${c.summary}`)
    .join("\n");
}

/** The general help text (`pgi help`, `pgi --help`). */
export function helpText(): string {
  return `pgi ${version}: exact scoring and planning for Vietnam's Provincial Green Index (PGI)

Usage:
${usageLines()}
  pgi help [<command>] | pgi <command> --help | pgi --version

${OPTIONS}`;
}

/** The help text of one command. */
export function commandHelp(c: Command): string {
  return `Usage: pgi ${c.usage}

${c.summary}.
${c.details ? `\n${c.details}\n` : ""}
Example:
  ${c.example}

${OPTIONS}`;
}

function unknownCommand(name: string): never {
  const near = closest(name, [...Object.keys(commands()), "help"]);
  throw new UsageError(`unknown command ${JSON.stringify(name)}${near ? `; did you mean pgi ${near}?` : ""} (pgi help lists the commands)`);
}

/** Run the command with `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let lang = "vi";
  try {
    const { values, positionals } = parseArgv(argv);
    if (values.lang === "en") lang = "en";
    if (values.version) {
      io.out(`${version}\n`);
      return 0;
    }
    const [name, ...files] = positionals;
    const table = commands();
    if (name === "help" || (values.help && name === undefined)) {
      const topic = files[0];
      if (topic === undefined) io.out(helpText());
      else if (Object.prototype.hasOwnProperty.call(table, topic)) io.out(commandHelp(table[topic]!));
      else unknownCommand(topic);
      return 0;
    }
    if (name === undefined) {
      io.err(helpText());
      return 2;
    }
    if (!Object.prototype.hasOwnProperty.call(table, name)) unknownCommand(name);
    const command = table[name]!;
    if (values.help) {
      io.out(commandHelp(command));
      return 0;
    }
    const out = values.out as string | undefined;
    // --format docx (or --out plan.docx): a Word document of a plan, written by the command itself
    const docx = values.format === "docx" || (values.format === undefined && out !== undefined && /\.docx$/i.test(out));
    if (docx && name !== "plan") throw new UsageError("--format docx is for pgi plan (with --out plan.docx)");
    const o = readOptions(docx ? { ...values, format: "md" } : values, docx ? undefined : out);
    const stdin = io.stdin ?? processStdin;
    const stdinText = io.in ?? (async () => decodeText("standard input", stdin()));
    const output = await command.run({ files, values, o, docx, out, source: { stdin, text: stdinText } });
    if (output.stderr !== undefined) io.err(`pgi: ${output.stderr}\n`);
    if (output.written !== undefined) {
      io.err(`pgi: wrote ${output.written}\n`);
      return output.code ?? 0;
    }
    const rendered = await renderOutput(output, o);
    if (out !== undefined && out !== "-") {
      try {
        writeFileSync(out, rendered);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        throw new UsageError(`cannot write ${out}: ${code === "ENOENT" ? "no such folder" : code === "EISDIR" ? "it is a directory; give a file name" : code === "EACCES" ? "permission denied" : (code ?? (e as Error).message)}`);
      }
    } else if (typeof rendered !== "string" && io === defaultIo && isTerminal()) {
      throw new UsageError(`--format ${o.format} writes a binary file; add --out FILE.${o.format} (or pipe the output)`);
    } else io.out(rendered);
    return output.code ?? 0;
  } catch (error) {
    if (isPgiError(error)) {
      const message = lang === "vi" ? (error.messageVi ?? error.message) : error.message;
      io.err(`pgi: ${message} [${error.code}]\n`);
      return 2;
    }
    if (error instanceof UsageError || error instanceof DocumentError) {
      io.err(`pgi: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function isTerminal(): boolean {
  return typeof process !== "undefined" && process.stdout.isTTY === true;
}

/**
 * The `pgi` command's dispatcher. Apart from reading the files it is given and writing to the
 * given streams (or `--out`) it is pure, so tests call it directly. Each command is declared in
 * its own file under `./commands/` with the options it takes; the command line is read against
 * them and the global options ({@link GLOBAL_OPTIONS}).
 * @module
 */
import { writeFileSync } from "node:fs";
import { version } from "../../package.json";
import { isPgiError } from "../errors";
import { checkOptions, closest, GLOBAL_OPTIONS, parseArgv, UsageError, type OptionGroup } from "./args";
import { allOptions, commands, COMMANDS, type Command } from "./commands/index";
import { DocumentError } from "./docx";
import { vietnameseOf } from "./messages";
import { officeFields } from "./office/options";
import { officeDocx } from "./office/word";
import { decodeText, processStdin } from "./files";
import { outputFormat, readOptions, renderOutput } from "./output";

/** Where the command writes (and, for `-`, reads). */
export interface Io {
  readonly out: (text: string | Uint8Array) => void;
  readonly err: (text: string) => void;
  /** Standard input (default: this process's). */
  readonly stdin?: () => Uint8Array;
  /** Standard input as text, for plan documents (`pgi extract -`); default: `stdin` decoded. */
  readonly in?: () => Promise<string>;
}

type Lang = "vi" | "en";

const defaultIo: Io = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
};

/** Wrap `text` at 100 columns, continuation lines indented by `indent` spaces. */
function wrap(text: string, indent: number, first: number): string {
  const words = text.split(" ");
  const lines: string[] = [];
  let line = "";
  let width = 100 - first;
  for (const w of words) {
    if (line !== "" && [...line].length + 1 + [...w].length > width) {
      lines.push(line);
      line = w;
      width = 100 - indent;
    } else line = line === "" ? w : `${line} ${w}`;
  }
  lines.push(line);
  return lines.join(`\n${" ".repeat(indent)}`);
}

/** The lines of a group of options in help. */
function optionLines(group: OptionGroup, lang: Lang): string {
  return Object.entries(group)
    .filter(([name]) => name !== "no-bom" && name !== "version")
    .map(([name, s]) => {
      let head = `  --${name}${s.value ? ` ${s.value[lang]}` : ""}${s.short ? `, -${s.short}${s.value ? ` ${s.value[lang]}` : ""}` : ""}`;
      if (name === "bom") head = "  --bom | --no-bom";
      const help = wrap(s.help[lang], 26, 26);
      return [...head].length < 25 ? `${head.padEnd(26)}${help}` : `${head}\n${" ".repeat(26)}${help}`;
    })
    .join("\n");
}

function globalOptions(lang: Lang): string {
  const notes =
    lang === "vi"
      ? 'Số ghi 6,58 hay 6.58 đều được (trong JSON: "6,58" hoặc 6.58). Chỉ số thành phần ghi bằng mã, số thứ tự (1–4)\nhoặc tên tiếng Việt, tiếng Anh.'
      : 'Numbers may be written 6,58 or 6.58 (in JSON: "6,58" or 6.58). Sub-indices may be named by id,\nposition (1–4) or any Vietnamese or English name.';
  return `${lang === "vi" ? "Tùy chọn chung (mọi lệnh):" : "Options (every command):"}\n${optionLines(GLOBAL_OPTIONS, lang)}\n${notes}\n`;
}

/** The general help text (`pgi help`, `pgi --help`). */
export function helpText(lang: Lang = "vi"): string {
  const usage = COMMANDS.map((c) => `  pgi ${c.usage[lang]}\n      ${c.summary[lang]}`).join("\n");
  return lang === "vi"
    ? `pgi ${version}: tính điểm chính xác và lập kế hoạch cho Chỉ số Xanh cấp tỉnh (PGI) của Việt Nam

Cách dùng:
${usage}
  pgi help [<lệnh>] | pgi <lệnh> --help | pgi --version

${globalOptions(lang)}`
    : `pgi ${version}: exact scoring and planning for Vietnam's Provincial Green Index (PGI)

Usage:
${usage}
  pgi help [<command>] | pgi <command> --help | pgi --version

${globalOptions(lang)}`;
}

/** The help text of one command. */
export function commandHelp(c: Command, lang: Lang = "vi"): string {
  const own =
    Object.keys(c.options).length > 0 ? `${lang === "vi" ? "Tùy chọn của lệnh:" : "Options of this command:"}\n${optionLines(c.options, lang)}\n\n` : "";
  return `${lang === "vi" ? "Cách dùng" : "Usage"}: pgi ${c.usage[lang]}

${c.summary[lang].replace(/^./, (m) => m.toUpperCase())}.
${c.details ? `\n${c.details[lang]}\n` : ""}
${lang === "vi" ? "Ví dụ" : "Example"}:
  ${c.example}

${own}${globalOptions(lang)}`;
}

function unknownCommand(name: string): never {
  const near = closest(name, [...Object.keys(commands()), "help"]);
  throw new UsageError({
    en: `unknown command ${JSON.stringify(name)}${near ? `; did you mean pgi ${near}?` : ""} (pgi help lists the commands)`,
    vi: `không có lệnh ${JSON.stringify(name)}${near ? `; có phải ý bạn là pgi ${near}?` : ""} (pgi help liệt kê các lệnh)`,
  });
}

/** The language asked for on the command line, read before anything else can fail. */
function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!.replace(/^[—–]/, "--");
    if (a === "--lang=en" || (a === "--lang" && argv[i + 1] === "en")) return "en";
  }
  return "vi";
}

/** Run the command with `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let lang: Lang = langOf(argv);
  try {
    // Read the line with every declared option (to tell values from positionals), the chosen
    // command's own declarations first (their examples in messages).
    const chosen = argv.find((a) => Object.hasOwn(commands(), a));
    const { values, positionals } = parseArgv(argv, { ...allOptions(), ...(chosen ? commands()[chosen]!.options : {}), ...GLOBAL_OPTIONS });
    lang = values.lang === "en" ? "en" : "vi";
    if (values.version) {
      io.out(`${version}\n`);
      return 0;
    }
    const [name, ...files] = positionals;
    const table = commands();
    if (name === "help" || (values.help && name === undefined)) {
      const topic = files[0];
      if (topic === undefined) io.out(helpText(lang));
      else if (Object.hasOwn(table, topic)) io.out(commandHelp(table[topic]!, lang));
      else unknownCommand(topic);
      return 0;
    }
    if (name === undefined) {
      io.err(helpText(lang));
      return 2;
    }
    if (!Object.hasOwn(table, name)) unknownCommand(name);
    const command = table[name]!;
    if (values.help) {
      io.out(commandHelp(command, lang));
      return 0;
    }
    checkOptions(name, values, command.options);
    const out = values.out as string | undefined;
    const format = outputFormat(values, out, name, command.formats);
    const docx = format === "docx";
    const o = readOptions({ ...values, format: docx ? "md" : format });
    const stdin = io.stdin ?? processStdin;
    const stdinText = io.in ?? (async () => decodeText("standard input", stdin()));
    const output = await command.run({ files, values, o, docx, ...(out !== undefined ? { out } : {}), source: { stdin, text: stdinText } });
    if (output.stderr !== undefined) io.err(`pgi: ${output.stderr}\n`);
    // A command may write its Word document itself (bytes); otherwise the result goes to officeDocx.
    const rendered =
      output.bytes ??
      (docx
        ? await officeDocx(output.result, {
            lang,
            ...officeFields(values),
            ...(output.sourceText !== undefined ? { sourceText: output.sourceText } : {}),
            ...(output.framework !== undefined ? { framework: output.framework } : {}),
          })
        : await renderOutput(output, o));
    if (out !== undefined && out !== "-") {
      try {
        writeFileSync(out, rendered);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        const why =
          code === "ENOENT"
            ? { en: "no such folder", vi: "không có thư mục này" }
            : code === "EISDIR"
              ? { en: "it is a directory; give a file name", vi: "đó là một thư mục; hãy ghi tên tệp" }
              : code === "EACCES" || code === "EPERM"
                ? { en: "permission denied", vi: "không có quyền ghi" }
                : { en: code ?? "error", vi: `lỗi hệ thống ${code ?? ""}`.trim() };
        throw new UsageError({ en: `cannot write ${out}: ${why.en}`, vi: `không ghi được ${out}: ${why.vi}` });
      }
    } else if (typeof rendered !== "string" && io === defaultIo && isTerminal()) {
      throw new UsageError({
        en: `--format ${format} writes a binary file; add --out FILE.${format} (or pipe the output)`,
        vi: `--format ${format} tạo tệp nhị phân; thêm --out TỆP.${format} (hoặc chuyển kết quả sang lệnh khác qua đường ống)`,
      });
    } else io.out(rendered);
    return output.code ?? 0;
  } catch (error) {
    if (isPgiError(error)) {
      const message = lang === "vi" ? (error.messageVi ?? error.message) : error.message;
      io.err(`pgi: ${oneLine(message)} [${error.code}]\n`);
      return 2;
    }
    if (error instanceof UsageError || error instanceof DocumentError) {
      // A message written in both languages is printed as written; an English-only one (from a
      // module that has not moved over yet) gets its Vietnamese from ./messages.
      const own = (error as { messageVi?: string }).messageVi;
      const vi = own !== undefined && own !== error.message ? own : (vietnameseOf(error.message) ?? error.message);
      io.err(`pgi: ${oneLine(lang === "vi" ? vi : error.message)}\n`);
      return 2;
    }
    throw error;
  }
}

/** A message on one line (a file's text quoted in it never breaks the `pgi:` line). */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, " ");
}

function isTerminal(): boolean {
  return typeof process !== "undefined" && process.stdout.isTTY === true;
}

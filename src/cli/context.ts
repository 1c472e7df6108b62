/**
 * What every `pgi` command is: its declared options, its help in both languages, and its `run`.
 * Kept apart from the command table (`./commands/index.ts`) so that a command's own file and the
 * modules it uses import these types without importing the table (no import cycle).
 * @internal
 * @module
 */
import type { Bilingual } from "../errors";
import type { OptionGroup } from "./args";
import type { Source } from "./files";
import type { Options, Output } from "./output";

/** What a command gets. */
export interface Context {
  /** The command's positional arguments (files, units, ranks…). */
  readonly files: readonly string[];
  /** The options given, by name (only options the command declares, and the global ones). */
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  /** Output options (language, format, CSV delimiter…). */
  readonly o: Options;
  /** Standard input. */
  readonly source: Source;
  /** `--format docx` (or `--out FILE.docx`): the command writes a Word document. */
  readonly docx?: boolean;
  /** `--out FILE`. */
  readonly out?: string;
}

/** One `pgi` command, declared in its own file under `src/cli/commands/`. */
export interface Command {
  /** The command's name (`pgi <name>`). */
  readonly name: string;
  /** Usage line(s), without the leading `pgi `, in both languages (placeholders translated). */
  readonly usage: Bilingual;
  /** One line for `pgi help`. */
  readonly summary: Bilingual;
  /** More lines for `pgi <command> --help`. */
  readonly details?: Bilingual;
  /** An example command line that runs against the shipped data (tests run it). */
  readonly example: string;
  /** The options this command takes besides the global ones. */
  readonly options: OptionGroup;
  /** The output formats it writes (default: md, csv, json, vega, svg, png, xlsx). */
  readonly formats?: readonly string[];
  /** Read the inputs and compute the result. */
  readonly run: (ctx: Context) => Promise<Output>;
}

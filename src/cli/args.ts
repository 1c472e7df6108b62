/**
 * Reading the `pgi` command line: options as people type them, refused in one line with the
 * closest valid option when they are wrong.
 * @internal
 * @module
 */
import { editDistance } from "../util";

/** A usage mistake: printed as one `pgi:` line, exit code 2. */
export class UsageError extends Error {}

interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** An example value, for the message when the value is missing. */
  readonly example?: string;
}

let options: Record<string, OptionSpec> | undefined;

/** Every option of every command (built on first use). */
export function optionSpecs(): Record<string, OptionSpec> {
  options ??= {
    help: { type: "boolean", short: "h" },
    version: { type: "boolean", short: "v" },
    lang: { type: "string", example: "en" },
    format: { type: "string", example: "csv" },
    delimiter: { type: "string", example: ";" },
    bom: { type: "boolean" },
    "no-bom": { type: "boolean" },
    out: { type: "string", short: "o", example: "report.md" },
    "input-format": { type: "string", example: "csv" },
    sheet: { type: "string", example: "1" },
    by: { type: "string", example: "pollution" },
    within: { type: "string", example: "region" },
    units: { type: "string", example: "any" },
    edition: { type: "string", example: "2023" },
    target: { type: "string", example: "24" },
    delta: { type: "string", example: "2,5" },
    strategy: { type: "string", example: "headroom" },
    benchmark: { type: "string", example: "best" },
    region: { type: "string", example: "mekong" },
    baseline: { type: "string", example: "card.json" },
  };
  return options;
}

/** The closest of `candidates` to `word`, or undefined when none is close. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const dist = c.startsWith(word) && word.length >= 2 ? 0.5 : editDistance(word, c);
    if (dist < bestD) {
      best = c;
      bestD = dist;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** The parsed command line. */
export interface Args {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

const NUMBER = /^[-−+]?\d+([.,]\d+)?$/;

/**
 * Parse `argv`: `--name value`, `--name=value`, `-h`, `-o FILE`; `-` (standard input) and negative
 * numbers (`--delta -1`, a rank `-3`) are values, `--` ends the options. Dashes that a word processor
 * made of `--` (`—format`, `–format`) are read as `--`.
 */
export function parseArgv(argv: readonly string[]): Args {
  const specs = optionSpecs();
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const unknown = (shown: string, name: string): never => {
    const near = closest(name, Object.keys(specs));
    throw new UsageError(`unknown option ${shown}${near ? `; did you mean --${near}?` : ""} (pgi help lists the options)`);
  };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i]!;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    arg = arg.replace(/^[—–]/, "--");
    if (arg === "-" || NUMBER.test(arg) || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = (eq < 0 ? arg.slice(2) : arg.slice(2, eq)).toLowerCase();
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
      if (!Object.prototype.hasOwnProperty.call(specs, name)) unknown(eq < 0 ? arg : arg.slice(0, eq), name);
    } else {
      const short = arg.slice(1, 2);
      const found = Object.entries(specs).find(([, s]) => s.short === short);
      if (!found) unknown(arg, arg.replace(/^-+/, ""));
      name = found![0];
      inline = arg.length > 2 ? arg.slice(2).replace(/^=/, "") : undefined;
    }
    const spec = specs[name]!;
    if (spec.type === "boolean") {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value, got --${name}=${inline}`);
      values[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next !== undefined && (next === "-" || NUMBER.test(next) || !/^(--|[—–])/.test(next) && !/^-[a-z]/i.test(next))) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value.trim() === "") {
      throw new UsageError(`--${name} needs a value, e.g. --${name} ${spec.example ?? "VALUE"}`);
    }
    if (values[name] !== undefined && values[name] !== value) {
      throw new UsageError(`--${name} is given twice (${String(values[name])} and ${value}); give it once`);
    }
    values[name] = value.trim();
  }
  return { values, positionals };
}

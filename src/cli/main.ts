/**
 * The `pgi` command's dispatcher: pure apart from writing to the given streams, so tests call it
 * directly.
 * @module
 */
import { version } from "../../package.json";
import { isPgiError } from "../errors";
import { demo } from "./demo";

/** Where the command writes. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const defaultIo: Io = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
};

export const HELP = `pgi ${version}: exact scoring and planning for Vietnam's Provincial Green Index (PGI)

Usage:
  pgi demo [--lang vi|en]     the embedded example: the PGI framework and Lạng Sơn's score card
  pgi --help                  this text
  pgi --version               the version

Options:
  --lang vi|en                output language (default vi)
`;

/** Run the command with `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const args = [...argv];
  if (args.length === 0 || args.includes("--help") || args.includes("-h")) {
    io.out(HELP);
    return args.length === 0 ? 1 : 0;
  }
  if (args.includes("--version") || args.includes("-v")) {
    io.out(`${version}\n`);
    return 0;
  }
  const [command, ...rest] = args;
  try {
    switch (command) {
      case "demo":
        io.out(demo(readLang(rest)));
        return 0;
      default:
        io.err(`pgi: unknown command ${JSON.stringify(command)}; run pgi --help for the commands\n`);
        return 2;
    }
  } catch (error) {
    if (isPgiError(error)) {
      io.err(`pgi: ${error.message} [${error.code}]\n`);
      return 2;
    }
    throw error;
  }
}

function readLang(args: readonly string[]): "vi" | "en" {
  const i = args.indexOf("--lang");
  if (i === -1) return "vi";
  const v = args[i + 1];
  if (v === "vi" || v === "en") return v;
  throw new Error(`--lang takes vi or en, got ${v === undefined ? "nothing" : JSON.stringify(v)}`);
}

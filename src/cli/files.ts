/**
 * Reading the files the `pgi` command is given: a path or `-` (standard input), JSON, CSV or
 * .xlsx, every failure one line that names the file.
 * @internal
 * @module
 */
import { readFileSync } from "node:fs";
import { UsageError } from "./args";

/** The formats of input files. */
export type InputFormat = "csv" | "json" | "xlsx";

/** One input file, read. */
export interface Input {
  /** How to name it in messages (`standard input` for `-`). */
  readonly name: string;
  readonly format: InputFormat;
  readonly bytes: Uint8Array;
}

/** Where input comes from (tests replace standard input). */
export interface Source {
  readonly stdin: () => Uint8Array;
  /** Standard input as text (plan documents). */
  readonly text: () => Promise<string>;
}

let stdinCache: Uint8Array | undefined;

/** Standard input of this process, read once. */
export function processStdin(): Uint8Array {
  stdinCache ??= readFileSync(0);
  return stdinCache;
}

function formatOf(file: string, given: string | undefined, bytes: Uint8Array, text: () => string): InputFormat {
  if (given !== undefined) {
    if (given !== "csv" && given !== "json" && given !== "xlsx") throw new UsageError(`--input-format takes csv, json or xlsx, got ${JSON.stringify(given)}`);
    return given;
  }
  if (/\.(csv|tsv|txt)$/i.test(file)) return "csv";
  if (/\.json$/i.test(file)) return "json";
  if (/\.xlsx$/i.test(file)) return "xlsx";
  if (/\.xls$/i.test(file)) throw new UsageError(`${file}: the old .xls format is not read; save it as .xlsx (Excel Workbook) or CSV UTF-8`);
  // No telling extension (standard input, /dev/stdin, a pipe): look at the content.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "xlsx";
  return /^\s*[[{]/.test(text()) ? "json" : "csv";
}

/**
 * Read `file` (or standard input for `-`). Refused in one line: a missing file, a directory,
 * text that is not UTF-8 (UTF-16 with a byte-order mark is decoded).
 */
export function readInput(file: string, inputFormat: string | undefined, source: Source): Input {
  const name = file === "-" ? "standard input" : file;
  let bytes: Uint8Array;
  try {
    bytes = file === "-" ? source.stdin() : readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`cannot read ${name}: no such file`);
    if (code === "EISDIR") throw new UsageError(`cannot read ${name}: it is a directory; pass a file in it`);
    if (code === "EACCES" || code === "EPERM") throw new UsageError(`cannot read ${name}: permission denied`);
    if (code === "EAGAIN") throw new UsageError(`cannot read ${name}: nothing was piped in; pipe a file (pgi … - < file.csv) or pass its name`);
    throw new UsageError(`cannot read ${name}: ${code ?? (e as Error).message}`);
  }
  let decoded: string | undefined;
  const text = (): string => (decoded ??= decodeText(name, bytes));
  const format = formatOf(file, inputFormat, bytes, text);
  if (format !== "xlsx" && bytes.length === 0) throw new UsageError(`${name} is empty`);
  if (format !== "xlsx") text(); // refuse undecodable text here, naming the file
  return { name, format, bytes };
}

/** The text of a file: UTF-8 (BOM dropped) or UTF-16 with a BOM; anything else refused in one line. */
export function decodeText(name: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03) throw new UsageError(`${name} is a zip file (an .xlsx workbook?); name it .xlsx or pass --input-format xlsx`);
  if (bytes.subarray(0, 400).includes(0)) {
    throw new UsageError(`${name} is not UTF-8 text (UTF-16 without a byte-order mark, or a binary file); save it as "CSV UTF-8" or JSON in UTF-8`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UsageError(`${name} is not UTF-8 text (Windows-1258 or TCVN3?); save it as "CSV UTF-8 (Comma delimited)" in Excel, or as UTF-8 in your editor`);
  }
}

/** Where JSON text has an unquoted decimal comma (`"pollution": 6,5`), outside strings. */
function decimalComma(text: string): number {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === ":") {
      const m = /^\s*-?\d+,\d/.exec(text.slice(i + 1, i + 40));
      if (m) return i + 1 + m[0].search(/\S/);
    }
  }
  return -1;
}

function lineCol(text: string, at: number): string {
  const before = text.slice(0, at).split("\n");
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

/** JSON from an input; bad JSON refused in one line naming the file, line and column. */
export function parseJsonInput(input: Input): unknown {
  const text = decodeText(input.name, input.bytes);
  try {
    return JSON.parse(text);
  } catch (e) {
    const comma = decimalComma(text);
    if (comma >= 0) {
      const num = /^-?\d+,\d+/.exec(text.slice(comma))![0];
      throw new UsageError(`${input.name}: ${lineCol(text, comma)}: the number ${num} has a decimal comma outside quotes; write "${num}" (in quotes) or ${num.replace(",", ".")}`);
    }
    const message = (e as Error).message;
    const pos = /position (\d+)/.exec(message);
    const where = pos ? `${lineCol(text, Number(pos[1]))}: ` : "";
    throw new UsageError(`${input.name} is not valid JSON: ${where}${message.replace(/ in JSON at position \d+.*$/s, "").replace(/\s*\(line \d+ column \d+\)/, "")}`);
  }
}

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
    if (given !== "csv" && given !== "json" && given !== "xlsx")
      throw new UsageError({
        en: `--input-format takes csv, json or xlsx, got ${JSON.stringify(given)}`,
        vi: `--input-format nhận csv, json hoặc xlsx, nhận được ${JSON.stringify(given)}`,
      });
    return given;
  }
  if (/\.(csv|tsv|txt)$/i.test(file)) return "csv";
  if (/\.json$/i.test(file)) return "json";
  if (/\.xlsx$/i.test(file)) return "xlsx";
  if (/\.xls$/i.test(file))
    throw new UsageError({
      en: `${file}: the old .xls format is not read; save it as .xlsx (Excel Workbook) or CSV UTF-8`,
      vi: `${file}: không đọc được định dạng .xls cũ; hãy lưu lại thành .xlsx (Excel Workbook) hoặc CSV UTF-8`,
    });
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
  const nameVi = file === "-" ? "đầu vào chuẩn" : file;
  let bytes: Uint8Array;
  try {
    bytes = file === "-" ? source.stdin() : readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError({ en: `cannot read ${name}: no such file`, vi: `không đọc được ${nameVi}: không có tệp này` });
    if (code === "EISDIR")
      throw new UsageError({
        en: `cannot read ${name}: it is a directory; pass a file in it`,
        vi: `không đọc được ${nameVi}: đó là một thư mục; hãy chỉ ra một tệp trong thư mục`,
      });
    if (code === "EACCES" || code === "EPERM")
      throw new UsageError({ en: `cannot read ${name}: permission denied`, vi: `không đọc được ${nameVi}: không có quyền đọc` });
    if (code === "EAGAIN")
      throw new UsageError({
        en: `cannot read ${name}: nothing was piped in; pipe a file (pgi … - < file.csv) or pass its name`,
        vi: `không đọc được ${nameVi}: không có dữ liệu được chuyển vào; hãy chuyển tệp vào (pgi … - < tep.csv) hoặc ghi tên tệp`,
      });
    throw new UsageError({ en: `cannot read ${name}: ${code ?? (e as Error).message}`, vi: `không đọc được ${nameVi}: lỗi hệ thống ${code ?? ""}`.trimEnd() });
  }
  let decoded: string | undefined;
  const text = (): string => (decoded ??= decodeText(name, bytes));
  const format = formatOf(file, inputFormat, bytes, text);
  if (format !== "xlsx" && bytes.length === 0) throw new UsageError({ en: `${name} is empty`, vi: `${nameVi} trống, không có dữ liệu` });
  if (format !== "xlsx") text(); // refuse undecodable text here, naming the file
  return { name, format, bytes };
}

/** The text of a file: UTF-8 (BOM dropped) or UTF-16 with a BOM; anything else refused in one line. */
export function decodeText(name: string, bytes: Uint8Array): string {
  const nameVi = name === "standard input" ? "đầu vào chuẩn" : name;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03)
    throw new UsageError({
      en: `${name} is a zip file (an .xlsx workbook?); name it .xlsx or pass --input-format xlsx`,
      vi: `${nameVi} là tệp nén zip (bảng tính .xlsx?); hãy đặt đuôi .xlsx hoặc thêm --input-format xlsx`,
    });
  if (bytes.subarray(0, 400).includes(0)) {
    throw new UsageError({
      en: `${name} is not UTF-8 text (UTF-16 without a byte-order mark, or a binary file); save it as "CSV UTF-8" or JSON in UTF-8`,
      vi: `${nameVi} không phải văn bản mã UTF-8 (UTF-16 không có dấu BOM, hoặc tệp nhị phân); hãy lưu lại dạng "CSV UTF-8" hoặc JSON mã UTF-8`,
    });
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UsageError({
      en: `${name} is not UTF-8 text (Windows-1258 or TCVN3?); save it as "CSV UTF-8 (Comma delimited)" in Excel, or as UTF-8 in your editor`,
      vi: `${nameVi} không phải văn bản mã UTF-8 (mã Windows-1258 hay TCVN3?); trong Excel hãy lưu dạng "CSV UTF-8 (Comma delimited)", trong trình soạn thảo hãy lưu mã UTF-8`,
    });
  }
}

/**
 * Reading the `pgi` command line: options as people type them, refused in one line with the
 * closest valid option when they are wrong. Every command declares the options it takes (its own
 * and shared groups); the global ones ({@link GLOBAL_OPTIONS}) are taken by every command.
 * @internal
 * @module
 */
import type { Bilingual } from "../errors";
import { editDistance } from "../util";

/**
 * A usage mistake: printed as one `pgi:` line, exit code 2. Written in both languages side by
 * side (`new UsageError({ en, vi })`); a plain string is used for both.
 */
export class UsageError extends Error {
  /** The Vietnamese text of the message. */
  readonly messageVi: string;
  constructor(message: string | Bilingual) {
    super(typeof message === "string" ? message : message.en);
    this.name = "UsageError";
    this.messageVi = typeof message === "string" ? message : message.vi;
  }
}

/** One option of the command line. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** An example value, for the message when the value is missing. */
  readonly example?: string;
  /** The value's name in help (`FILE`, `N`…), in both languages. */
  readonly value?: Bilingual;
  /** One line of help, in both languages. */
  readonly help: Bilingual;
}

/** A group of options, by name (without the leading `--`). */
export type OptionGroup = Readonly<Record<string, OptionSpec>>;

/** The options every command takes. */
export const GLOBAL_OPTIONS: OptionGroup = {
  lang: {
    type: "string",
    example: "en",
    value: { en: "vi|en", vi: "vi|en" },
    help: { en: "language of names, headings, numbers and messages (default vi)", vi: "ngôn ngữ của tên, tiêu đề, số và thông báo (mặc định vi: tiếng Việt)" },
  },
  format: {
    type: "string",
    example: "csv",
    value: { en: "md|csv|json|vega|svg|png|xlsx|docx", vi: "md|csv|json|vega|svg|png|xlsx|docx" },
    help: {
      en: "output (default md, or from the --out file's extension): vega is a Vega-Lite chart spec, svg and png the chart as a picture, xlsx a workbook with numbers as numbers, docx a Word document (the commands that write one say so)",
      vi: "dạng kết quả (mặc định md, hoặc theo đuôi tệp của --out): vega là đặc tả biểu đồ Vega-Lite, svg và png là biểu đồ dạng ảnh, xlsx là bảng tính Excel (số ghi dạng số), docx là văn bản Word (lệnh nào viết được thì phần trợ giúp của lệnh đó ghi rõ)",
    },
  },
  out: {
    type: "string",
    short: "o",
    example: "report.md",
    value: { en: "FILE", vi: "TỆP" },
    help: { en: "write to FILE instead of standard output (-o FILE)", vi: "ghi ra TỆP thay vì in ra màn hình (-o TỆP)" },
  },
  delimiter: {
    type: "string",
    example: ";",
    value: { en: ", | ; | tab", vi: ", | ; | tab" },
    help: {
      en: 'CSV delimiter. Default with --lang vi: ";" and a UTF-8 byte-order mark, as Excel set to Vietnamese (decimal comma) opens without an import step; with --lang en: "," and no BOM (stable machine-readable headers)',
      vi: 'dấu phân cách cột của CSV. Mặc định với --lang vi: ";" kèm dấu BOM UTF-8, để Excel cài đặt tiếng Việt (dấu thập phân là dấu phẩy) mở thẳng được; với --lang en: "," và không có BOM',
    },
  },
  bom: { type: "boolean", help: { en: "add the byte-order mark to CSV", vi: "thêm dấu BOM vào tệp CSV" } },
  "no-bom": { type: "boolean", help: { en: "drop the byte-order mark from CSV", vi: "bỏ dấu BOM khỏi tệp CSV" } },
  help: {
    type: "boolean",
    short: "h",
    help: { en: "this help (pgi <command> --help for one command)", vi: "phần trợ giúp này (pgi <lệnh> --help cho từng lệnh)" },
  },
  version: { type: "boolean", short: "v", help: { en: "the version of pgi-kit", vi: "phiên bản pgi-kit" } },
};

/** Commands that read input files: `--input-format`. */
export const INPUT_OPTIONS: OptionGroup = {
  "input-format": {
    type: "string",
    example: "csv",
    value: { en: "csv|json|xlsx", vi: "csv|json|xlsx" },
    help: {
      en: "the format of a file without a telling extension (- is standard input)",
      vi: "định dạng của tệp có đuôi không rõ (- là dữ liệu nhập từ bàn phím/đường ống)",
    },
  },
};

/** Commands that read tables (CSV, .xlsx): `--sheet`. */
export const SHEET_OPTIONS: OptionGroup = {
  sheet: {
    type: "string",
    example: "1",
    value: { en: "NAME|N", vi: "TÊN|N" },
    help: { en: "the sheet of an .xlsx workbook (default the first)", vi: "trang tính của tệp .xlsx (mặc định trang đầu tiên)" },
  },
};

/** Commands that read a table of score cards or the shipped figures. */
export const TABLE_OPTIONS: OptionGroup = {
  ...INPUT_OPTIONS,
  ...SHEET_OPTIONS,
  units: {
    type: "string",
    example: "any",
    value: { en: "any", vi: "any" },
    help: { en: "tables may hold districts and other units, not only the 63 provinces", vi: "bảng được có huyện và đơn vị khác, không chỉ 63 tỉnh, thành phố" },
  },
  edition: {
    type: "string",
    example: "2023",
    value: { en: "2022|2023|2024", vi: "2022|2023|2024" },
    help: { en: "the PGI edition of the shipped figures (default 2024)", vi: "kỳ PGI của số liệu kèm theo gói (mặc định 2024)" },
  },
};

/** `--by` (rank, regions, goal). */
export const BY_OPTION: OptionGroup = {
  by: {
    type: "string",
    example: "pollution",
    value: { en: "SUB-INDEX", vi: "CHỈ-SỐ" },
    help: {
      en: "rank by a sub-index (id, position 1–4 or name) instead of the composite",
      vi: "xếp hạng theo một chỉ số thành phần (mã, số thứ tự 1–4 hoặc tên) thay vì điểm tổng hợp",
    },
  },
};

/** `--within region` (rank, goal). */
export const WITHIN_OPTION: OptionGroup = {
  within: { type: "string", example: "region", value: { en: "region", vi: "region" }, help: { en: "rank within each region", vi: "xếp hạng trong từng vùng" } },
};

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

const own = (o: object, k: string): boolean => Object.hasOwn(o, k);

/**
 * Parse `argv` against `specs` (every option any command declares: the parser needs to know which
 * take a value; whether the chosen command takes them is {@link checkOptions}' job):
 * `--name value`, `--name=value`, `-h`, `-o FILE`; `-` (standard input) and negative numbers
 * (`--delta -1`, a rank `-3`) are values, `--` ends the options. Dashes that a word processor made
 * of `--` (`—format`, `–format`) are read as `--`.
 */
export function parseArgv(argv: readonly string[], specs: OptionGroup = GLOBAL_OPTIONS): Args {
  const values: Record<string, string | boolean> = Object.create(null) as Record<string, string | boolean>;
  const positionals: string[] = [];
  const unknown = (shown: string, name: string): never => {
    const near = closest(name, Object.keys(specs));
    throw new UsageError({
      en: `unknown option ${shown}${near ? `; did you mean --${near}?` : ""} (pgi help lists the options)`,
      vi: `không có tùy chọn ${shown}${near ? `; có phải ý bạn là --${near}?` : ""} (pgi help liệt kê các tùy chọn)`,
    });
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
      if (!own(specs, name)) unknown(eq < 0 ? arg : arg.slice(0, eq), name);
    } else {
      const short = arg.slice(1, 2);
      const found = Object.entries(specs).find(([, s]) => s.short === short);
      if (!found) unknown(arg, arg.replace(/^-+/, ""));
      name = found![0];
      inline = arg.length > 2 ? arg.slice(2).replace(/^=/, "") : undefined;
    }
    const spec = specs[name]!;
    if (spec.type === "boolean") {
      if (inline !== undefined)
        throw new UsageError({ en: `--${name} takes no value, got --${name}=${inline}`, vi: `--${name} không nhận giá trị, nhận được --${name}=${inline}` });
      values[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next !== undefined && (next === "-" || NUMBER.test(next) || (!/^(--|[—–])/.test(next) && !/^-[a-z]/i.test(next)))) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value.trim() === "") {
      throw new UsageError({
        en: `--${name} needs a value, e.g. --${name} ${spec.example ?? "VALUE"}`,
        vi: `--${name} cần một giá trị, ví dụ --${name} ${spec.example ?? "GIÁ-TRỊ"}`,
      });
    }
    if (values[name] !== undefined && values[name] !== value) {
      throw new UsageError({
        en: `--${name} is given twice (${String(values[name])} and ${value}); give it once`,
        vi: `--${name} được ghi hai lần (${String(values[name])} và ${value}); chỉ ghi một lần`,
      });
    }
    values[name] = value.trim();
  }
  return { values, positionals };
}

/**
 * Refuse an option the command does not take (`pgi card … --strategy headroom`), naming the
 * command, with the closest option it does take.
 */
export function checkOptions(command: string, values: Readonly<Record<string, unknown>>, taken: OptionGroup): void {
  for (const name of Object.keys(values)) {
    if (own(taken, name) || own(GLOBAL_OPTIONS, name)) continue;
    const near = closest(name, Object.keys(taken));
    throw new UsageError({
      en: `pgi ${command} does not take --${name}${near ? `; did you mean --${near}?` : ""} (pgi ${command} --help lists its options)`,
      vi: `lệnh pgi ${command} không có tùy chọn --${name}${near ? `; có phải ý bạn là --${near}?` : ""} (pgi ${command} --help liệt kê các tùy chọn của lệnh)`,
    });
  }
}

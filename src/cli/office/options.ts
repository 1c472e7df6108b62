/**
 * The options of Word reports (`--format docx`) that fill the heading fields of an official
 * document (Decree 30/2020/NĐ-CP layout): issuing body, number, place, signer and date. What they
 * do is up to the Word writer (`./word.ts`); without them the document has dotted placeholders.
 * @internal
 * @module
 */
import type { OptionGroup } from "../args";

/** `--agency`, `--number`, `--place`, `--signer`, `--date`: the heading fields of a Word report. */
export const OFFICE_OPTIONS: OptionGroup = {
  agency: {
    type: "string",
    example: '"UBND huyện Văn Quan"',
    value: { en: "NAME", vi: "TÊN" },
    help: { en: 'Word: the issuing body (e.g. "UBND huyện Văn Quan")', vi: 'Word: cơ quan ban hành (ví dụ "UBND huyện Văn Quan")' },
  },
  number: {
    type: "string",
    example: '"12/BC-UBND"',
    value: { en: "NUMBER", vi: "SỐ" },
    help: { en: 'Word: the document number ("Số: …")', vi: 'Word: số, ký hiệu văn bản ("Số: …")' },
  },
  place: {
    type: "string",
    example: '"Văn Quan"',
    value: { en: "PLACE", vi: "ĐỊA-DANH" },
    help: {
      en: 'Word: the place before the date ("Văn Quan, ngày … tháng … năm …")',
      vi: 'Word: địa danh ghi trước ngày tháng ("Văn Quan, ngày … tháng … năm …")',
    },
  },
  signer: {
    type: "string",
    example: '"Nguyễn Văn A"',
    value: { en: "NAME", vi: "HỌ-TÊN" },
    help: { en: "Word: the name in the signature block", vi: "Word: họ tên người ký" },
  },
  date: {
    type: "string",
    example: "15/01/2025",
    value: { en: "DATE", vi: "NGÀY" },
    help: {
      en: "Word: the document's date, dd/mm/yyyy or yyyy-mm-dd (default: dotted placeholders)",
      vi: "Word: ngày ban hành văn bản, dạng dd/mm/yyyy hoặc yyyy-mm-dd (mặc định để trống dạng dấu chấm)",
    },
  },
};

/** The output formats of a command that writes Word reports. */
export const DOCX_FORMATS: readonly string[] = ["md", "csv", "json", "vega", "svg", "png", "xlsx", "docx"];

/** The heading fields given on the command line, for the Word writer. */
export function officeFields(values: Readonly<Record<string, string | boolean | undefined>>): {
  agency?: string;
  number?: string;
  place?: string;
  signer?: string;
  date?: string;
} {
  const out: { agency?: string; number?: string; place?: string; signer?: string; date?: string } = {};
  for (const k of ["agency", "number", "place", "signer", "date"] as const) {
    const v = values[k];
    if (typeof v === "string") out[k] = v;
  }
  return out;
}

/**
 * The Vietnamese of the `pgi` command's messages that are still written in English only (file,
 * sheet and package messages of the CLI's reading modules): each English form, written out with
 * its Vietnamese side by side. Used only for an error that carries no Vietnamese of its own; a
 * message written with `{ en, vi }` is printed as written.
 * @internal
 * @module
 */

const file = (name: string): string => (name === "standard input" ? "đầu vào chuẩn" : name);
const where = (s: string | undefined): string => (s ?? "").replace(/line (\d+), column (\d+)/, "dòng $1, cột $2");

type Rule = readonly [RegExp, (m: RegExpExecArray) => string];

/** English forms (whole message) and their Vietnamese. */
const RULES: readonly Rule[] = [
  [/^--input-format takes csv, json or xlsx, got (.*)$/s, (m) => `--input-format nhận csv, json hoặc xlsx, nhận được ${m[1]}`],
  [
    /^(.*): the old \.xls format is not read; save it as \.xlsx \(Excel Workbook\) or CSV UTF-8$/s,
    (m) => `${file(m[1]!)}: không đọc được định dạng .xls cũ; hãy lưu lại thành .xlsx (Excel Workbook) hoặc CSV UTF-8`,
  ],
  [/^cannot read (.*): no such file$/s, (m) => `không đọc được ${file(m[1]!)}: không có tệp này`],
  [/^cannot read (.*): it is a directory; pass a file in it$/s, (m) => `không đọc được ${file(m[1]!)}: đó là một thư mục; hãy chỉ ra một tệp trong thư mục`],
  [/^cannot read (.*): permission denied$/s, (m) => `không đọc được ${file(m[1]!)}: không có quyền đọc`],
  [
    /^cannot read (.*): nothing was piped in; .*$/s,
    (m) => `không đọc được ${file(m[1]!)}: không có dữ liệu được chuyển vào; hãy chuyển tệp vào (pgi … - < tep.csv) hoặc ghi tên tệp`,
  ],
  [/^cannot read (.*): ENOENT$/s, (m) => `không đọc được ${file(m[1]!)}: không có tệp này`],
  [/^cannot read (.*): (E[A-Z]+)$/s, (m) => `không đọc được ${file(m[1]!)}: lỗi hệ thống ${m[2]}`],
  [
    /^(.*) is a zip file \(an \.xlsx workbook\?\); .*$/s,
    (m) => `${file(m[1]!)} là tệp nén zip (bảng tính .xlsx?); hãy đặt đuôi .xlsx hoặc thêm --input-format xlsx`,
  ],
  [
    /^(.*) is not UTF-8 text \(UTF-16 without a byte-order mark, or a binary file\); .*$/s,
    (m) => `${file(m[1]!)} không phải văn bản mã UTF-8 (UTF-16 không có dấu BOM, hoặc tệp nhị phân); hãy lưu lại dạng "CSV UTF-8" hoặc JSON mã UTF-8`,
  ],
  [
    /^(.*) is not UTF-8 text \(Windows-1258 or TCVN3\?\); .*$/s,
    (m) =>
      `${file(m[1]!)} không phải văn bản mã UTF-8 (mã Windows-1258 hay TCVN3?); trong Excel hãy lưu dạng "CSV UTF-8 (Comma delimited)", trong trình soạn thảo hãy lưu mã UTF-8`,
  ],
  [
    /^(.*): (line \d+, column \d+): the number (\S+) has a decimal comma outside quotes; .*$/s,
    (m) =>
      `${file(m[1]!)}: ${where(m[2])}: số ${m[3]} có dấu phẩy thập phân nằm ngoài dấu ngoặc kép; hãy ghi "${m[3]}" (trong ngoặc kép) hoặc ${m[3]!.replace(",", ".")}`,
  ],
  [/^(.*) is not valid JSON: (line \d+, column \d+)?.*$/s, (m) => `${file(m[1]!)} không phải JSON hợp lệ${m[2] ? `: ${where(m[2])}` : ""}`],
  [/^(.*) is empty; it needs a header row.*$/s, (m) => `${file(m[1]!)} trống; cần có dòng tiêu đề các cột`],
  [/^(.*) is empty$/s, (m) => `${file(m[1]!)} trống, không có dữ liệu`],
  [/^(.*) is not a readable \.xlsx workbook: .*$/s, (m) => `${file(m[1]!)} không phải bảng tính .xlsx đọc được (tệp hỏng hoặc không phải .xlsx)`],
  [/^(.*) has no sheet (".*"); its sheets: (.*)$/s, (m) => `${file(m[1]!)} không có trang tính ${m[2]}; các trang tính: ${m[3]}`],
  [/^--sheet is for \.xlsx workbooks; (.*) is ([A-Z]+)$/s, (m) => `--sheet chỉ dùng cho bảng tính .xlsx; ${file(m[1]!)} là tệp ${m[2]}`],
  [
    /^(.*): the header needs a unit column \((.*)\), got (.*)$/s,
    (m) => `${file(m[1]!)}: dòng tiêu đề cần có cột đơn vị (${m[2]!.replace(/ or /g, " hoặc ")}), nhận được ${m[3]}`,
  ],
  [/^(.*): the header needs a "unit" column, got (.*)$/s, (m) => `${file(m[1]!)}: dòng tiêu đề cần có cột đơn vị ("unit", "Đơn vị", "Xã"), nhận được ${m[2]}`],
  [/^(.*), row (\d+): the unit is empty$/s, (m) => `${file(m[1]!)}, dòng ${m[2]}: thiếu tên đơn vị`],
  [/^(.*) must hold a JSON array of score cards$/s, (m) => `${file(m[1]!)} phải chứa một mảng JSON các phiếu điểm`],
  [
    /^.* needs the package (\S+), which is not installed; run npm install (\S+)$/s,
    (m) => `cần gói ${m[1]} nhưng gói này chưa được cài; hãy chạy npm install ${m[2]}`,
  ],
  [
    /^reading and writing \.docx needs the optional package "(.*)"; install it with: (.*)$/s,
    (m) => `đọc và ghi tệp .docx cần gói tùy chọn "${m[1]}"; cài bằng lệnh: ${m[2]}`,
  ],
  [/^(.*) is not a \.docx file \(a \.docx is a zip archive\)$/s, (m) => `${file(m[1]!)} không phải tệp .docx (tệp .docx là một tệp nén zip)`],
  [/^--format docx writes a file; give it with --out (.*)$/s, (m) => `--format docx tạo một tệp; hãy ghi tên tệp bằng --out ${m[1]}`],
  [/^pgi extract prints Markdown or JSON; .*$/s, () => "lệnh pgi extract chỉ in Markdown hoặc JSON; dùng --format md hoặc json"],
  [/^usage: pgi (.*)$/s, (m) => `cách dùng: pgi ${m[1]}`],
];

/** The Vietnamese of an English-only CLI message, or undefined when it has none here. */
export function vietnameseOf(message: string): string | undefined {
  for (const [re, vi] of RULES) {
    const m = re.exec(message);
    if (m) return vi(m);
  }
  return undefined;
}

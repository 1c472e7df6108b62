/**
 * Word reports as offices file them (Node only): a gap report, an NTM/checklist assessment, a
 * year-over-year comparison or a plan as a .docx in the layout of Decree 30/2020/NĐ-CP on
 * administrative documents — the national title (quốc hiệu) and motto (tiêu ngữ) on the right,
 * the issuing body and "Số: …/BC-…" on the left, place and date in italics, the title bold and
 * centred, the body with its tables, "Nơi nhận:" bottom left and the signature block bottom
 * right; Times New Roman 13 pt on A4 with the decree's margins. Fields not given are dotted
 * placeholders to fill in by hand. The docx package is loaded on first use.
 * @internal
 * @module
 */
import type { Lang } from "../../decimal";
import type { Framework } from "../../framework/types";
import { PgiError } from "../../errors";
import { planUnitsLine } from "../../plan/units";
import { toMarkdown } from "../../renderers";
import { optional } from "../optional";

/** The heading and signature fields of an office document; the ones not given are dotted placeholders. */
export interface OfficeDocxOptions {
  readonly lang: Lang;
  /** The issuing body; lines split by a newline or `|`, the superior body first ("UBND HUYỆN VĂN QUAN|PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG"). */
  readonly agency?: string;
  /** The document number: "215" (→ "Số: 215/BC-…") or the whole "215/BC-UBND". */
  readonly number?: string;
  /** The place in the date line ("Văn Quan"). */
  readonly place?: string;
  /** The signer: "Nguyễn Văn A", or the position and the name "TRƯỞNG PHÒNG|Nguyễn Văn A". */
  readonly signer?: string;
  /** The date: yyyy-mm-dd or dd/mm/yyyy (default: dotted, to be filled in when signed). */
  readonly date?: string;
  /** The text of the plan document a plan was read from: its "nhiệm vụ, giải pháp" part is kept. */
  readonly sourceText?: string;
  /** The framework of a mixed plan or report (`--framework`), for its component names. */
  readonly framework?: Framework;
}

type Docx = typeof import("docx");

/** Twips per millimetre (1 inch = 1440 twips = 25.4 mm). */
const MM = 1440 / 25.4;
const A4 = { width: 11906, height: 16838 };
/** Decree 30/2020/NĐ-CP, Appendix I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) };
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const FONT = "Times New Roman";
/** Half-points: 13 pt body, 14 pt title, 12 pt tables and the motto's first line, 11 pt the recipients. */
const PT = { body: 26, title: 28, table: 24, small: 22 } as const;

const WORDS = {
  vi: {
    nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    no: "Số",
    date: (d: string, m: string, y: string) => `ngày ${d} tháng ${m} năm ${y}`,
    recipients: "Nơi nhận:",
    recipientLines: ["- Như trên;", "- ……………;", "- Lưu: VT, ……."],
    report: "BÁO CÁO",
    plan: "KẾ HOẠCH",
    gap: (p: string) => `Kết quả thực hiện ${p}`,
    checklist: (c: string) => `Kết quả đánh giá ${c}`,
    yoy: (u: string, a: number, b: number) => `Biến động Chỉ số Xanh cấp tỉnh (PGI) của ${u} năm ${b} so với năm ${a}`,
    tasks: "NHIỆM VỤ, GIẢI PHÁP",
  },
  en: {
    nation: "SOCIALIST REPUBLIC OF VIETNAM",
    motto: "Independence - Freedom - Happiness",
    no: "No.",
    date: (d: string, m: string, y: string) => `${d}/${m}/${y}`,
    recipients: "Recipients:",
    recipientLines: ["- As above;", "- ……………;", "- Archived: ……."],
    report: "REPORT",
    plan: "PLAN",
    gap: (p: string) => `Results of ${p}`,
    checklist: (c: string) => `Assessment against ${c}`,
    yoy: (u: string, a: number, b: number) => `Provincial Green Index (PGI) of ${u}: ${b} against ${a}`,
    tasks: "TASKS AND SOLUTIONS",
  },
} as const;

const DOTS = "……";

/** "ngày 05 tháng 01 năm 2025": days under 10 and months under 3 take a leading zero (Decree 30). */
function dateLine(date: string | undefined, lang: Lang): string {
  const w = WORDS[lang];
  if (date === undefined || date.trim() === "") return w.date(DOTS, DOTS, DOTS);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(date.trim());
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(date.trim());
  const [y, m, d] = iso ? [iso[1]!, Number(iso[2]), Number(iso[3])] : dmy ? [dmy[3]!, Number(dmy[2]), Number(dmy[1])] : ["", 0, 0];
  if (y === "" || m < 1 || m > 12 || d < 1 || d > 31) {
    throw new PgiError(
      "INVALID_INPUT",
      { en: `the date must be yyyy-mm-dd or dd/mm/yyyy, got "${date}"`, vi: `ngày phải ghi dạng dd/mm/yyyy hoặc yyyy-mm-dd, nhận được "${date}"` },
      ["date"],
    );
  }
  if (lang === "en") return w.date(String(d).padStart(2, "0"), String(m).padStart(2, "0"), y);
  return w.date(d < 10 ? `0${d}` : String(d), m < 3 ? `0${m}` : String(m), y);
}

/** The parts of a Markdown body: paragraphs (with **bold** runs), headings and tables. */
type Block = { kind: "p"; text: string; heading: boolean } | { kind: "table"; rows: string[][]; right: boolean[] };

/** Split a Markdown table line into cells (an escaped `\|` stays in its cell). */
function cellsOf(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, "|"));
}

/** The Markdown the renderers write, as blocks (tables kept whole, alignment read from the separator row). */
export function markdownBlocks(md: string): Block[] {
  const out: Block[] = [];
  const lines = md.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    if (line.trim().startsWith("|")) {
      const rows: string[][] = [];
      let right: boolean[] = [];
      for (; i < lines.length && lines[i]!.trim().startsWith("|"); i++) {
        const cells = cellsOf(lines[i]!);
        if (cells.every((c) => /^:?-{2,}:?$/.test(c))) right = cells.map((c) => c.endsWith(":") && !c.startsWith(":"));
        else rows.push(cells);
      }
      i--;
      out.push({ kind: "table", rows, right });
      continue;
    }
    const h = /^#{1,6}\s+(.*)$/.exec(line);
    out.push({ kind: "p", text: (h ? h[1]! : line).trim(), heading: h !== null });
  }
  return out;
}

/**
 * Column widths of a body table (twips, summing to the text width): each column at least as wide
 * as its longest word and its longest number (numbers never wrap), the space left shared by how
 * much more each column's longest text would take; scaled down when even that does not fit.
 */
export function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const cols = Math.max(...rows.map((r) => r.length));
  const CHAR = 112; // about half an em of 11 pt Times New Roman, in twips
  const PAD = 200; // cell margins
  const len = (s: string): number => [...s.replace(/\*\*/g, "")].length;
  const words = (s: string): number =>
    Math.max(
      0,
      ...s
        .replace(/\*\*/g, "")
        .split(/\s+/)
        .map((x) => [...x].length),
    );
  const min = Array.from(
    { length: cols },
    (_, j) =>
      PAD +
      CHAR *
        Math.max(
          3,
          ...rows.map((r, i) => (i === 0 ? Math.ceil(words(r[j] ?? "") * 1.2) : /^[-+−]?[\d.,\s%]+$/.test(r[j] ?? "") ? len(r[j] ?? "") : words(r[j] ?? ""))),
        ),
  );
  const want = Array.from({ length: cols }, (_, j) => Math.max(min[j]!, PAD + CHAR * Math.max(...rows.slice(1).map((r) => len(r[j] ?? "")), 0)));
  const minSum = min.reduce((x, y) => x + y, 0);
  let widths: number[];
  if (minSum >= TEXT_WIDTH) widths = min.map((m) => Math.floor((m * TEXT_WIDTH) / minSum));
  else {
    const extra = want.map((x, j) => x - min[j]!);
    const extraSum = extra.reduce((x, y) => x + y, 0);
    const left = TEXT_WIDTH - minSum;
    widths = min.map((m, j) => Math.floor(m + (extraSum === 0 ? left / cols : Math.min(extra[j]!, (left * extra[j]!) / extraSum))));
    const spare = TEXT_WIDTH - widths.reduce((x, y) => x + y, 0);
    widths = widths.map((x) => x + Math.floor(spare / cols));
  }
  widths[0]! += TEXT_WIDTH - widths.reduce((x, y) => x + y, 0);
  return widths;
}

/** What a result is, for its title and number: a report (BC) or a plan (KH). */
function describeResult(result: unknown, lang: Lang, framework?: Framework): { doc: string; code: string; subtitle: string; units: string | null; md: string } {
  const w = WORDS[lang];
  const r = (typeof result === "object" && result !== null ? result : {}) as Record<string, unknown>;
  // The renderer's own title line gives way to the document's title.
  const md = toMarkdown(result, { lang, ...(framework !== undefined ? { framework } : {}) }).replace(/^(#+ .*|\*\*[^*\n]+\*\*.*)\n+/, "");
  // Who plans and whose index is measured, when they are two units (a district's plan for its province's PGI).
  const both = (): string | null =>
    typeof r.unit === "string" && typeof r.indexUnit === "string" ? planUnitsLine(String(r.framework ?? "pgi"), r.unit, r.indexUnit, lang) : null;
  const lower = (s: string): string => (lang === "vi" ? s.charAt(0).toLowerCase() + s.slice(1) : s);
  switch (r.kind) {
    case "gapReport":
      return { doc: w.report, code: "BC", subtitle: w.gap(lower(String(r.title ?? ""))), units: both(), md };
    case "plan":
      return {
        doc: w.plan,
        code: "KH",
        subtitle: String(r.title ?? "")
          .replace(/^(Kế hoạch|Plan)\s+/i, "")
          .replace(/^./, (c) => c.toUpperCase()),
        units: both(),
        md,
      };
    case "checklistAssessment":
    case "checklistSummary": {
      const name = (r.checklistName as { vi: string; en: string } | undefined)?.[lang] ?? "";
      return { doc: w.report, code: "BC", subtitle: w.checklist(lower(name)), units: null, md };
    }
    case "yearOverYear":
      return { doc: w.report, code: "BC", subtitle: w.yoy(String(r.unit ?? ""), Number(r.fromYear), Number(r.toYear)), units: null, md };
    default:
      return { doc: w.report, code: "BC", subtitle: "", units: null, md };
  }
}

/**
 * The title of a result's document, as the Word report and the Excel workbook head it ("Kết quả
 * thực hiện kế hoạch …"), and the line that names a district plan's two units, when they differ.
 */
export function documentTitle(result: unknown, lang: Lang): { title: string; units: string | null } {
  const d = describeResult(result, lang);
  const title = d.subtitle === "" ? d.doc : d.subtitle.charAt(0).toUpperCase() + d.subtitle.slice(1);
  return { title, units: d.units };
}

/** The "nhiệm vụ, giải pháp" part of a plan document's text (its heading to the next part of the same rank). */
export function tasksPart(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const start = lines.findIndex((l) => /^(#+\s*)?([IVX]+[.)]\s*)?(các\s+)?nhiệm vụ[^.]{0,40}giải pháp/i.test(l));
  if (start < 0) return [];
  const rank = /^(#+\s*)?[IVX]+[.)]/.test(lines[start]!) ? /^(#+\s*)?[IVX]+[.)]/ : /^#{1,2}\s/;
  const end = lines.findIndex((l, i) => i > start && rank.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).map((l) => l.replace(/^#+\s*/, ""));
}

/** The docx module and the small builders every part of the document uses. */
function builders(d: Docx) {
  const { AlignmentType, BorderStyle, Paragraph, TableCell, TextRun, UnderlineType, WidthType } = d;
  const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}) =>
    new TextRun({
      text,
      font: FONT,
      size: o.size ?? PT.body,
      bold: o.bold,
      italics: o.italics,
      ...(o.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
    });
  const para = (
    children: InstanceType<Docx["TextRun"]>[],
    o: { center?: boolean; right?: boolean; after?: number; before?: number; indent?: boolean; justify?: boolean } = {},
  ) =>
    new Paragraph({
      children,
      alignment: o.center ? AlignmentType.CENTER : o.right ? AlignmentType.RIGHT : o.justify ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
      spacing: { before: o.before ?? 0, after: o.after ?? 0, line: 276 },
      ...(o.indent ? { indent: { firstLine: Math.round(10 * MM) } } : {}),
    });
  /** **bold** runs of a Markdown line. */
  const inline = (text: string, size: number, bold = false) =>
    text.split(/\*\*/).map((part, i) => run(part.replace(/`/g, ""), { size, bold: bold || i % 2 === 1 }));
  const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
  const cell = (children: InstanceType<Docx["Paragraph"]>[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: { top: none, bottom: none, left: none, right: none } });
  const leftW = Math.round(TEXT_WIDTH * 0.42);
  return { d, run, para, inline, cell, noBorders, leftW, rightW: TEXT_WIDTH - leftW };
}

type Builders = ReturnType<typeof builders>;
type Described = ReturnType<typeof describeResult>;
type DocBlock = InstanceType<Docx["Paragraph"]> | InstanceType<Docx["Table"]>;

/** Heading: issuing body and number (left), national title and motto, place and date (right). */
function headingTable(k: Builders, options: OfficeDocxOptions, what: Described, lang: Lang): InstanceType<Docx["Table"]> {
  const { run, para, cell, leftW, rightW } = k;
  const { Table, TableRow, WidthType } = k.d;
  const w = WORDS[lang];
  const agencyLines = (options.agency ?? "")
    .split(/\n|\|/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const left = agencyLines.length === 0 ? [DOTS.repeat(5)] : agencyLines.map((s) => s.toLocaleUpperCase("vi"));
  const number = options.number?.trim()
    ? options.number.includes("/")
      ? options.number.trim()
      : `${options.number.trim()}/${what.code}-${DOTS}`
    : `${DOTS}/${what.code}-${DOTS}`;
  const leftCell = [
    ...left.map((s, i) => para([run(s, { size: PT.table, bold: i === left.length - 1 })], { center: true })),
    para([run("\u00A0".repeat(18), { size: PT.table, underline: true })], { center: true, after: 120 }),
    para([run(`${w.no}: ${number}`, { size: PT.body })], { center: true }),
  ];
  const place = options.place?.trim() ? options.place.trim() : DOTS.repeat(2);
  const rightCell = [
    para([run(w.nation, { size: PT.table, bold: true })], { center: true }),
    para([run(w.motto, { size: PT.body, bold: true, underline: true })], { center: true, after: 240 }),
    para([run(`${place}, ${dateLine(options.date, lang)}`, { size: PT.body, italics: true })], { center: true }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftW, rightW],
    borders: k.noBorders,
    rows: [new TableRow({ children: [cell(leftCell, leftW), cell(rightCell, rightW)] })],
  });
}

/** Body: the result's Markdown, its tables as Word tables; a plan's "nhiệm vụ, giải pháp" after it. */
function bodyBlocks(k: Builders, result: unknown, options: OfficeDocxOptions, what: Described, lang: Lang): DocBlock[] {
  const { run, para, inline } = k;
  const { BorderStyle, Table, TableCell, TableRow, VerticalAlign, WidthType } = k.d;
  const body: DocBlock[] = [];
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  for (const b of markdownBlocks(what.md)) {
    if (b.kind === "p") {
      const justify = !b.heading && !/https?:\/\//.test(b.text);
      body.push(para(inline(b.text, PT.body, b.heading), { indent: !b.heading, justify, after: 120, before: b.heading ? 120 : 0 }));
      continue;
    }
    const widths = columnWidths(b.rows);
    const cols = widths.length;
    body.push(
      new Table({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: widths,
        rows: b.rows.map(
          (r, ri) =>
            new TableRow({
              tableHeader: ri === 0,
              children: Array.from(
                { length: cols },
                (_, ci) =>
                  new TableCell({
                    width: { size: widths[ci]!, type: WidthType.DXA },
                    verticalAlign: VerticalAlign.CENTER,
                    margins: { top: 40, bottom: 40, left: 80, right: 80 },
                    borders: { top: border, bottom: border, left: border, right: border },
                    children: [para(inline(r[ci] ?? "", PT.small, ri === 0), { center: ri === 0, right: ri > 0 && b.right[ci] === true })],
                  }),
              ),
            }),
        ),
      }),
      para([run("")], { after: 120 }),
    );
  }
  if (options.sourceText !== undefined && (result as { kind?: unknown } | null)?.kind === "plan") {
    const tasks = tasksPart(options.sourceText);
    if (tasks.length > 0) {
      body.push(para([run(WORDS[lang].tasks, { bold: true })], { before: 240, after: 120 }));
      for (const line of tasks) body.push(para(inline(line, PT.body, /^(\d+|[IVX]+)[.)]\s/.test(line)), { indent: true, justify: true, after: 80 }));
    }
  }
  return body;
}

/** Recipients (left) and the signature block (right). */
function closingTable(k: Builders, options: OfficeDocxOptions, lang: Lang): InstanceType<Docx["Table"]> {
  const { run, para, cell, leftW, rightW } = k;
  const { Table, TableRow, WidthType } = k.d;
  const w = WORDS[lang];
  const signer = (options.signer ?? "")
    .split(/\n|\|/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const position = signer.length > 1 ? signer.slice(0, -1).map((s) => s.toLocaleUpperCase("vi")) : [DOTS.repeat(4)];
  const name = signer.length > 0 ? signer[signer.length - 1]! : DOTS.repeat(4);
  const recipients = [
    para([run(w.recipients, { size: PT.table, bold: true, italics: true })]),
    ...w.recipientLines.map((l) => para([run(l, { size: PT.small })])),
  ];
  const signature = [
    ...position.map((p) => para([run(p, { size: PT.body, bold: true })], { center: true })),
    para([run("")], { after: 1440 }),
    para([run(name, { size: PT.body, bold: true })], { center: true }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftW, rightW],
    borders: k.noBorders,
    rows: [new TableRow({ cantSplit: true, children: [cell(recipients, leftW), cell(signature, rightW)] })],
  });
}

/**
 * A result as a Word document in the layout of Decree 30/2020/NĐ-CP (see the module comment):
 * gap reports, checklist assessments and summaries, year-over-year comparisons and plans; any
 * other result as a report of its Markdown. Resolves to the bytes of the .docx.
 */
export async function officeDocx(result: unknown, options: OfficeDocxOptions): Promise<Uint8Array> {
  const lang: Lang = options.lang === "en" ? "en" : "vi";
  const d: Docx = await optional("docx", "--format docx", () => import("docx"));
  const what = describeResult(result, lang, options.framework);
  const k = builders(d);
  const { run, para } = k;

  // Heading, then the title: the kind of document, then what it is about, bold and centred.
  const heading = headingTable(k, options, what, lang);
  const title = [
    para([run(what.doc, { size: PT.title, bold: true })], { center: true, before: 360 }),
    ...(what.subtitle ? [para([run(what.subtitle, { size: PT.title, bold: true })], { center: true })] : []),
    ...(what.units ? [para([run(what.units, { size: PT.body, italics: true })], { center: true })] : []),
    para([run("\u00A0".repeat(24), { size: PT.body, underline: true })], { center: true, after: 240 }),
  ];
  const body = bodyBlocks(k, result, options, what, lang);
  const closing = closingTable(k, options, lang);

  const doc = new d.Document({
    creator: "pgi-kit",
    title: `${what.doc} ${what.subtitle}`.trim(),
    styles: { default: { document: { run: { font: FONT, size: PT.body } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        children: [heading, ...title, ...body, para([run("")], { after: 120 }), closing],
      },
    ],
  });
  return new Uint8Array(await d.Packer.toBuffer(doc));
}

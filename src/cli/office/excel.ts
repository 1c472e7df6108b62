/**
 * Excel workbooks as offices print them (Node only): a result's table with a title row, the
 * header frozen and repeated on every printed page, numbers as numbers shown with the result's
 * own decimals (3,60 stays 3,60), progress as a percentage, the Vietnamese names first and the
 * ids in the last columns, landscape A4 fitted to one page wide, Times New Roman.
 * @internal
 * @module
 */
import type { Framework } from "../../framework/types";
import type { Lang } from "../../decimal";
import { toCsv } from "../../renderers";
import { parseCsv } from "../../render/primitives";
import { optional } from "../optional";
import { documentTitle } from "./word";

/** Options of {@link officeXlsx}. */
export interface OfficeXlsxOptions {
  readonly lang: Lang;
  /** The framework of a mixed plan or gap report (`--framework`), for its component names. */
  readonly framework?: Framework;
}

const NUMERIC = /^[-+]?\d+(\.\d+)?$/;
/** Columns holding a share (0.0632 = 6,32 %), by their machine header. */
const SHARE = /^(progress|share|rate|.*_share|.*_rate)$/;
/** Columns holding ids, by their machine header (moved to the end). */
const ID = /^(id|.*_id)$/;

/** The Excel number format of a number written with `decimals` places: "0", "0.00"… */
const numberFormat = (decimals: number): string => (decimals === 0 ? "0" : `0.${"0".repeat(decimals)}`);

/** How many lines `text` takes in a column `width` characters wide, wrapped at spaces. */
export function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    const n = [...word].length;
    if (used > 0 && used + 1 + n > width) {
      lines++;
      used = n;
    } else used += (used > 0 ? 1 : 0) + n;
  }
  return lines;
}

type XCell = {
  value: string | number;
  type?: NumberConstructor | StringConstructor;
  format?: string;
  fontWeight?: "bold";
  align?: "left" | "center" | "right";
  wrap?: boolean;
  borderStyle?: "thin";
  columnSpan?: number;
  fontSize?: number;
  height?: number;
  alignVertical?: "center" | "top";
} | null;

/**
 * A result's table as an .xlsx workbook laid out for print (see the module comment). The table is
 * the result's CSV (`toCsv`) in `lang`, numbers read from its English CSV.
 */
export async function officeXlsx(result: unknown, options: OfficeXlsxOptions): Promise<Uint8Array> {
  const lang: Lang = options.lang === "en" ? "en" : "vi";
  const fw = options.framework === undefined ? {} : { framework: options.framework };
  const shown = parseCsv(toCsv(result, { lang, ...fw }));
  const machine = parseCsv(toCsv(result, { lang: "en", ...fw }));
  const header = machine[0] ?? [];
  const width = Math.max(...shown.map((r) => r.length), 1);
  // Names first, ids last: the order of the columns in the workbook.
  const order = [...Array(width).keys()].sort((a, b) => Number(ID.test(header[a] ?? "")) - Number(ID.test(header[b] ?? "")) || a - b);
  const share = order.map((j) => SHARE.test(header[j] ?? ""));
  const body: XCell[][] = shown.slice(1).map((row, i) =>
    order.map((j, k) => {
      const text = row[j] ?? "";
      const raw = machine[i + 1]?.[j];
      // A Vietnamese table shows a number with a decimal comma; a cell it shows with a point ("17.1")
      // is an id, written as text (as a number, Vietnamese Excel would show it as "17,1").
      const id = lang === "vi" && raw !== undefined && raw.includes(".") && text === raw;
      if (raw !== undefined && !id && NUMERIC.test(raw) && machine[i + 1]!.length === row.length) {
        const decimals = raw.includes(".") ? raw.length - raw.indexOf(".") - 1 : 0;
        // A share written with 4 places (0.0632) is a percentage with 1, as the reports print it (6,3 %).
        const format = share[k] ? `${numberFormat(Math.max(0, decimals - 3))}%` : numberFormat(decimals);
        return { value: Number(raw), type: Number, format, align: "right", alignVertical: "center", borderStyle: "thin" };
      }
      return { value: text, type: String, wrap: true, borderStyle: "thin", alignVertical: "center" };
    }),
  );
  const head: XCell[] = order.map((j) => ({
    value: shown[0]?.[j] ?? "",
    type: String,
    fontWeight: "bold",
    align: "center",
    alignVertical: "center",
    wrap: true,
    borderStyle: "thin",
  }));
  const { title, units } = documentTitle(result, lang);
  const titleRows: XCell[][] = [
    [
      { value: title, type: String, fontWeight: "bold", fontSize: 14, align: "center", alignVertical: "center", columnSpan: width, height: 26 },
      ...Array<XCell>(width - 1).fill(null),
    ],
  ];
  if (units) titleRows.push([{ value: units, type: String, align: "center", columnSpan: width }, ...Array<XCell>(width - 1).fill(null)]);
  // Widths in characters: text columns by their longest word and line (capped), numbers by their width.
  const columns = order.map((j) => {
    const cells = shown.slice(1).map((r) => r[j] ?? "");
    const longest = Math.max(0, ...cells.map((c) => [...c].length));
    const headWord = Math.max(...(shown[0]?.[j] ?? "").split(/\s+/).map((w) => [...w].length));
    return { width: Math.min(40, Math.max(8, headWord + 2, longest + 2)) };
  });
  // Row heights for wrapped text (set, as not every office suite fits them when opening a file).
  const height = (cells: readonly XCell[], bold: boolean): number => {
    const lines = Math.max(
      1,
      ...cells.map((c, k) => (c === null || typeof c.value !== "string" ? 1 : wrappedLines(c.value, Math.floor(columns[k]!.width * (bold ? 0.85 : 1.15))))),
    );
    return Math.ceil(lines * 15 + 5);
  };
  const withHeight = (cells: XCell[], bold: boolean): XCell[] => {
    const h = height(cells, bold);
    return cells.map((c, k) => (k === 0 ? { ...(c ?? { value: "", type: String }), height: h } : c));
  };
  const rows = [...titleRows, withHeight(head, true), ...body.map((r) => withHeight(r, false))];
  const sheet = lang === "vi" ? "Báo cáo" : "Report";
  const headerRow = titleRows.length + 1;
  const print = {
    files: {
      transform: {
        "xl/worksheets/sheet{id}.xml": {
          // Fit to one page wide (as many pages tall as needed).
          transform: (xml: string): string =>
            (/<sheetPr\b/.test(xml) ? xml : xml.replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')).replace(
              /<pageSetup\b/,
              '<pageSetup fitToWidth="1" fitToHeight="0"',
            ),
        },
        "xl/workbook.xml": {
          // The header row printed on every page.
          transform: (xml: string): string => {
            const name = `<definedName name="_xlnm.Print_Titles" localSheetId="0">'${sheet}'!$${headerRow}:$${headerRow}</definedName>`;
            if (/<definedNames\s*\/>/.test(xml)) return xml.replace(/<definedNames\s*\/>/, `<definedNames>${name}</definedNames>`);
            if (/<definedNames\b/.test(xml)) return xml.replace("</definedNames>", `${name}</definedNames>`);
            return xml.replace("</sheets>", `</sheets><definedNames>${name}</definedNames>`);
          },
        },
      },
    },
  };
  const { default: writeXlsxFile } = await optional("write-excel-file", "--format xlsx", () => import("write-excel-file/node"));
  const buffer = await writeXlsxFile(
    rows as never,
    { sheet, columns, stickyRowsCount: headerRow, orientation: "landscape" } as never,
    { fontFamily: "Times New Roman", fontSize: 12, features: [print] } as never,
  ).toBuffer();
  return new Uint8Array(buffer);
}

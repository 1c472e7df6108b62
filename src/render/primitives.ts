/**
 * Rendering primitives shared by every renderer: Markdown tables and CSV text.
 * @internal
 * @module
 */

/** Column alignment in a Markdown table. */
export type Align = "left" | "right" | "center";

function mdCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

/**
 * A GitHub-flavoured Markdown table. Cells are escaped (`|`, newlines) and padded so the source
 * reads well as plain text too.
 */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const cells = [headers.map(mdCell), ...rows.map((r) => r.map(mdCell))];
  const widths = headers.map((_, i) => Math.max(3, ...cells.map((r) => [...(r[i] ?? "")].length)));
  const pad = (s: string, i: number): string => {
    const w = widths[i]!;
    const n = w - [...s].length;
    return align[i] === "right" ? " ".repeat(n) + s : s + " ".repeat(n);
  };
  const line = (r: readonly string[]): string => `| ${r.map((s, i) => pad(s, i)).join(" | ")} |`;
  const sep = widths.map((w, i) => {
    const a = align[i];
    if (a === "right") return "-".repeat(w - 1) + ":";
    if (a === "center") return ":" + "-".repeat(w - 2) + ":";
    return "-".repeat(w);
  });
  return [line(cells[0]!), `| ${sep.join(" | ")} |`, ...cells.slice(1).map(line)].join("\n");
}

/** Options of CSV output. */
export interface CsvOptions {
  /** Field delimiter. Default `,`. */
  readonly delimiter?: "," | ";" | "\t";
  /** Start with a UTF-8 byte-order mark so Excel reads Vietnamese correctly. Default false. */
  readonly bom?: boolean;
}

/** Quote a CSV field when it holds the delimiter, a quote, a newline or surrounding space (RFC 4180). */
export function csvField(text: string, delimiter: string = ","): string {
  if (text.includes(delimiter) || /["\r\n]/.test(text) || /^\s|\s$/.test(text)) {
    return `"${text.replace(/"/g, '""')}"`;
  }
  return text;
}

/** CSV text from a header row and data rows, CRLF line ends (RFC 4180), UTF-8. */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const d = options.delimiter ?? ",";
  const lines = [header, ...rows].map((r) => r.map((f) => csvField(f, d)).join(d));
  return (options.bom ? "\uFEFF" : "") + lines.join("\r\n") + "\r\n";
}

/**
 * Parse RFC 4180 CSV text (quoted fields, doubled quotes, CRLF or LF, optional BOM) into rows.
 * Used by the tests and the CLI to read CSV back.
 */
export function parseCsv(text: string, delimiter: string = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

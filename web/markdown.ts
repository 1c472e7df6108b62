/**
 * The small part of Markdown that pgi-kit's renderers write (headings, bold/italic/code, bullet
 * lists, pipe tables with alignment), as HTML. Text is escaped first. Tables of more than three
 * columns get class "wide" and every cell its column's heading, for the phone layout.
 */
const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function inline(s: string): string {
  return escapeHtml(s)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[\s(])_([^_]+)_(?=$|[\s).,:;])/g, "$1<em>$2</em>");
}

const cells = (line: string): string[] =>
  line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((c) => c.trim());

/** Markdown (as pgi-kit renders it) to HTML. */
export function markdownToHtml(md: string): string {
  const lines = md.replace(/\r\n/g, "\n").split("\n");
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === "") {
      i++;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const n = Math.min(heading[1]!.length + 1, 6);
      out.push(`<h${n}>${inline(heading[2]!)}</h${n}>`);
      i++;
      continue;
    }
    if (line.trim().startsWith("|") && i + 1 < lines.length && /^\s*\|?\s*:?-{2,}/.test(lines[i + 1]!)) {
      const head = cells(line);
      const align = cells(lines[i + 1]!).map((c) => (c.endsWith(":") ? (c.startsWith(":") ? "center" : "right") : "left"));
      i += 2;
      const rows: string[][] = [];
      while (i < lines.length && lines[i]!.trim().startsWith("|")) rows.push(cells(lines[i++]!));
      // Each cell carries its column's heading (data-label), so a narrow screen can show a row as a card.
      const label = (j: number) => ` data-label="${escapeHtml(head[j] ?? "")}"`;
      const td = (tag: string, c: string, j: number) => `<${tag} style="text-align:${align[j] ?? "left"}"${tag === "td" ? label(j) : ""}>${inline(c)}</${tag}>`;
      const cls = head.length > 3 ? ` class="wide"` : "";
      out.push(
        `<table${cls}><thead><tr>${head.map((c, j) => td("th", c, j)).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c, j) => td("td", c, j)).join("")}</tr>`).join("")}</tbody></table>`,
      );
      continue;
    }
    if (/^\s*[-*]\s+/.test(line)) {
      const items: string[] = [];
      while (i < lines.length && /^\s*[-*]\s+/.test(lines[i]!)) items.push(`<li>${inline(lines[i++]!.replace(/^\s*[-*]\s+/, ""))}</li>`);
      out.push(`<ul>${items.join("")}</ul>`);
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== "" && !/^(#{1,6}\s|\s*\||\s*[-*]\s)/.test(lines[i]!)) para.push(inline(lines[i++]!));
    if (para.length === 0) {
      out.push(`<p>${inline(line)}</p>`);
      i++;
      continue;
    }
    out.push(`<p>${para.join("<br>")}</p>`);
  }
  return out.join("\n");
}

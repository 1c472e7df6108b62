/**
 * Word documents for the `pgi` command (Node only). Reading uses mammoth (docx → HTML, turned here
 * into Markdown-like lines); writing uses the docx package. Both are loaded with a dynamic
 * `import()` on first use, so the rest of the command and the core never load them.
 * @module
 */
import { optional } from "./optional";

/** A problem with a document or its packages, reported like a usage error (exit code 2). */
export class DocumentError extends Error {}

/** The packages (optional peer dependencies of pgi-kit, loaded only here, so the core and the other commands never load them). */
export const DOCX_PACKAGES = "mammoth@1.13.0 docx@9.7.1";

async function load<T>(name: "mammoth" | "docx"): Promise<T> {
  return (await optional(name, { en: "reading and writing .docx", vi: "đọc và ghi tệp .docx" }, () => import(name))) as T;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * mammoth's HTML as lines: headings as `#`…`######`, list items as `- `, every paragraph, list
 * item and table cell on its own line followed by a blank line. Linear in the HTML.
 * @internal
 */
export function htmlToLines(html: string): string {
  const out: string[] = [];
  let buf = "";
  let prefix = "";
  const flush = (): void => {
    const t = buf.replace(/\s+/g, " ").trim();
    if (t !== "") out.push(prefix + t, "");
    buf = "";
    prefix = "";
  };
  const re = /<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[3] !== undefined) {
      buf += decode(m[3]);
      continue;
    }
    const tag = m[2]!.toLowerCase();
    const closing = m[1] === "/";
    if (tag === "br") buf += " ";
    else if (/^h[1-6]$/.test(tag)) {
      flush();
      if (!closing) prefix = `${"#".repeat(Number(tag[1]))} `;
    } else if (tag === "li") {
      flush();
      if (!closing) prefix = "- ";
    } else if (tag === "p" || tag === "td" || tag === "th" || tag === "tr" || tag === "table" || tag === "ul" || tag === "ol") {
      const keep = prefix;
      flush();
      if (!closing && tag === "p") prefix = keep;
    }
  }
  flush();
  return out.join("\n");
}

/** The text of a .docx file as Markdown-like lines (see {@link htmlToLines}). */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const mammoth = await load<{ convertToHtml: (input: { buffer: Buffer }) => Promise<{ value: string }> }>("mammoth");
  const m = (mammoth as unknown as { default?: typeof mammoth }).default ?? mammoth;
  const { value } = await m.convertToHtml({ buffer: Buffer.from(bytes) });
  return htmlToLines(value);
}

/**
 * A .docx of the Markdown that `toPlanDocument` writes: `#` lines as Word headings 1–4, every
 * other line as a paragraph (lettered owner lines keep their letters as text).
 */
export async function markdownToDocx(markdown: string): Promise<Uint8Array> {
  const docx = await load<typeof import("docx")>("docx");
  const { Document, Packer, Paragraph, TextRun, HeadingLevel } = docx;
  const levels = [
    HeadingLevel.HEADING_1,
    HeadingLevel.HEADING_2,
    HeadingLevel.HEADING_3,
    HeadingLevel.HEADING_4,
    HeadingLevel.HEADING_5,
    HeadingLevel.HEADING_6,
  ];
  const children = markdown
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const h = /^(#{1,6})\s+(.*)$/.exec(l);
      return h ? new Paragraph({ heading: levels[h[1]!.length - 1]!, children: [new TextRun(h[2]!)] }) : new Paragraph({ children: [new TextRun(l)] });
    });
  const doc = new Document({ creator: "pgi-kit", sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

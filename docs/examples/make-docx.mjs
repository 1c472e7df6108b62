// Builds the .docx of each .txt in a folder, as an office types it in Word: one paragraph per line,
// heading lines bold and centred, section headings bold, tab-separated lines as a Word table.
// Run from the repository root: `node docs/examples/make-docx.mjs` builds
// docs/examples/van-quan-pgi-2024.docx (committed; docs/mot-nam-phong-tnmt-huyen.md reads it with
// `pgi extract`); test/extract/fixtures/offices/make-docx.mjs builds the test plans with `buildDocx`.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";

const FONT = "Times New Roman";
const run = (text, bold = false) => new TextRun({ text, bold, font: FONT, size: 26 });

function paragraph(line, i, lines) {
  const heading = /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HUYỆN |TỈNH |KẾ HOẠCH$)/.test(line) || (i > 0 && lines[i - 1] === "KẾ HOẠCH") || (i > 1 && lines[i - 2] === "KẾ HOẠCH" && line !== "" && !/^(Căn cứ|Thực hiện|I\.)/.test(line));
  const section = /^(?:[IVX]+|\d+)\.\s/.test(line) && line.length < 120;
  return new Paragraph({
    alignment: heading ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    children: [run(line, heading || section)],
  });
}

function table(rows) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((cells, r) => new TableRow({
      children: cells.map((c) => new TableCell({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(c, r === 0)] })] })),
    })),
  });
}

/** Write `<name>.docx` beside every `<name>.txt` of the folder `dir` (a file: URL ending in "/"). */
export async function buildDocx(dir) {
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
    const lines = readFileSync(new URL(name, dir), "utf8").split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    const children = [];
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].includes("\t")) {
        const rows = [];
        while (i < lines.length && lines[i].includes("\t")) rows.push(lines[i++].split("\t"));
        i--;
        children.push(table(rows));
      } else if (lines[i] !== "") {
        children.push(paragraph(lines[i], i, lines));
      }
    }
    const doc = new Document({ creator: "UBND", title: name.replace(/\.txt$/, ""), sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } }, children }] });
    writeFileSync(new URL(name.replace(/\.txt$/, ".docx"), dir), await Packer.toBuffer(doc));
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await buildDocx(new URL("./", import.meta.url));

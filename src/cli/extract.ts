/**
 * `pgi extract`, and plan documents (.docx, .md, .txt) as input of `pgi gap` (Node only).
 * @module
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { Lang } from "../decimal";
import { PgiError } from "../errors";
import { extractPlan, type ExtractOptions } from "../extract/extract";
import { toPlanDocument } from "../extract/document";
import { checkPlan } from "../plan/check";
import { createPlan, type Plan, type PlanInput } from "../plan/create";
import { toMarkdown } from "../renderers";
import { UsageError } from "./args";
import { docxToText, markdownToDocx } from "./docx";

/** A file that holds a plan document rather than plan JSON. */
export function isPlanDocument(file: string): boolean {
  return file === "-" || /\.(docx|md|markdown|txt)$/i.test(file);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The text of a plan document: a .docx converted, a Markdown or text file, or standard input (`-`). */
export async function readPlanText(file: string, stdin: () => Promise<string> = readStdin): Promise<string> {
  if (file === "-") return stdin();
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError({
      en: `cannot read ${file}: ${code === "ENOENT" ? "no such file" : (code ?? (e as Error).message)}`,
      vi: `không đọc được ${file}: ${code === "ENOENT" ? "không có tệp này" : code === "EISDIR" ? "đó là một thư mục" : `lỗi hệ thống ${code ?? ""}`.trimEnd()}`,
    });
  }
  if (/\.docx$/i.test(file)) {
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
      throw new UsageError({ en: `${file} is not a .docx file (a .docx is a zip archive)`, vi: `${file} không phải tệp .docx (tệp .docx là một tệp nén zip)` });
    return docxToText(bytes);
  }
  return bytes.toString("utf8");
}

/** The plan of a document, or a PgiError listing why none could be read. */
export async function planFromDocument(file: string, options: ExtractOptions = {}, stdin?: () => Promise<string>): Promise<Plan<string>> {
  const { plan, report } = extractPlan(await readPlanText(file, stdin), options);
  if (plan === null) {
    const why = report.problems
      .filter((p) => p.code !== "MISSING_TARGET" && p.code !== "OWNERS_NOT_KEPT")
      .map((p) => `${p.line === null ? "" : `line ${p.line}: `}${p.message}`);
    const whyVi = report.problems
      .filter((p) => p.code !== "MISSING_TARGET" && p.code !== "OWNERS_NOT_KEPT")
      .map((p) => `${p.line === null ? "" : `dòng ${p.line}: `}${p.messageVi ?? p.message}`);
    throw new PgiError("INVALID_INPUT", {
      en: `no plan could be read from ${file}: ${why.slice(0, 5).join("; ")}${why.length > 5 ? "; …" : ""} (run pgi extract ${file} for the full report)`,
      vi: `không lập được kế hoạch từ ${file}: ${whyVi.slice(0, 5).join("; ")}${whyVi.length > 5 ? "; …" : ""} (chạy pgi extract ${file} để xem báo cáo đầy đủ)`,
    });
  }
  return createPlan(plan as PlanInput);
}

/** `pgi extract`: the plan read from a document, its check and the extraction report; exit 1 on errors or no plan. */
export async function extractCommand(
  file: string,
  o: { readonly lang: Lang; readonly format: string },
  out: (text: string) => void,
  options: ExtractOptions = {},
  stdin?: () => Promise<string>,
): Promise<number> {
  if (o.format !== "md" && o.format !== "json")
    throw new UsageError({
      en: "pgi extract prints Markdown or JSON; use --format md or json",
      vi: "lệnh pgi extract chỉ in Markdown hoặc JSON; dùng --format md hoặc json",
    });
  const extraction = extractPlan(await readPlanText(file, stdin), options);
  const plan = extraction.plan === null ? null : createPlan(extraction.plan as PlanInput);
  const findings = plan === null ? [] : checkPlan(plan);
  if (o.format === "json") {
    out(`${JSON.stringify({ input: extraction.plan, plan, findings, report: extraction.report }, null, 2)}\n`);
  } else {
    const parts: string[] = [];
    if (plan === null)
      parts.push(
        o.lang === "vi"
          ? "**Chưa lập được kế hoạch từ văn bản** — xem các mục còn thiếu bên dưới."
          : "**No plan could be read from the document** — see what is missing below.",
      );
    else parts.push(toMarkdown(plan, { lang: o.lang }), toMarkdown(findings, { lang: o.lang }));
    parts.push(toMarkdown(extraction.report, { lang: o.lang }));
    out(`${parts.map((x) => x.trimEnd()).join("\n\n")}\n`);
  }
  return plan === null || findings.some((f) => f.severity === "error") ? 1 : 0;
}

/** `pgi plan … --format docx --out plan.docx`: the plan's targets part as a Word document. */
export async function writePlanDocx(plan: Plan<string>, outFile: string | undefined, lang: Lang): Promise<string> {
  if (outFile === undefined || outFile === "")
    throw new UsageError({
      en: "--format docx writes a file; give it with --out plan.docx",
      vi: "--format docx tạo một tệp; hãy ghi tên tệp bằng --out ke-hoach.docx",
    });
  writeFileSync(outFile, await markdownToDocx(toPlanDocument(plan, { lang })));
  return outFile;
}

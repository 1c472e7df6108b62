/**
 * Writing the targets part of a plan in the prose offices use, as Markdown.
 * @module
 */
import { checkLang, formatNumber, type Lang } from "../decimal";
import { describe, optionsOf, PgiError } from "../errors";
import { findProvince } from "../data/provinces";
import { PGI } from "../framework/pgi";
import { asPlan, type Plan, type PlanInput, type PlanSubIndex } from "../plan/create";

/** Options of {@link toPlanDocument}. */
export interface PlanDocumentOptions {
  /** `vi` (default): the prose of Vietnamese plans, read back by {@link extractPlan}; `en`: the same in English. */
  readonly lang?: Lang;
}

const dmy = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * Write the targets part of a PGI plan as Markdown in the prose offices use: the unit and years,
 * the composite (the baseline, a stated composite target, the sum of the sub-index targets), one
 * section per sub-index with its target sentence ("Mục tiêu phấn đấu đạt từ 5,90 điểm trở lên
 * (tăng 0,85 điểm so với năm 2024 đạt 5,05 điểm)"), its owners as lettered items and its
 * deadline, and the common reporting deadline. Offices draft from checked figures instead of
 * typing them; the `pgi plan --format docx` command writes the same as a Word file.
 *
 * In Vietnamese the text reads back with {@link extractPlan} to the same plan (for plans whose
 * baseline is the four scores, whose targets are not negative, and whose owners are distinct and hold no colon).
 *
 * @throws {@link PgiError} `INVALID_INPUT` for a plan of another framework than PGI, for a bad
 * `lang`; malformed plan input as {@link createPlan}.
 *
 * @example
 * ```ts
 * const text = toPlanDocument(createPlan(langSonPlan2024()));
 * text.split("\n").find((l) => l.startsWith("Mục tiêu"));
 * // "Mục tiêu phấn đấu đạt từ 6,58 điểm trở lên (tăng 1,74 điểm so với năm 2023 đạt 4,84 điểm)."
 * ```
 */
export function toPlanDocument(plan: Plan<string> | PlanInput, options: PlanDocumentOptions = {}): string {
  const lang = checkLang(optionsOf<PlanDocumentOptions>(options, ["lang"]).lang);
  const p = asPlan(plan);
  if (p.framework !== "pgi") {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `toPlanDocument writes PGI plans; this plan is of framework ${describe(p.framework)}`,
        vi: `chỉ viết được văn bản cho kế hoạch PGI; kế hoạch này thuộc bộ chỉ số ${describe(p.framework)}`,
      },
      ["framework"],
    );
  }
  const vi = lang === "vi";
  // Vietnamese lettered items skip f, j, w, z and put đ after d.
  const LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split(" ");
  const n = (v: number): string => formatNumber(v, { lang });
  const subs = PGI.components.map((c) => ({ c, s: (p.subIndices as Record<string, PlanSubIndex>)[c.id]! }));
  const dues = subs.filter(({ s }) => s.target !== null).map(({ s }) => s.due);
  const common = dues.length > 0 && dues.every((d) => d !== null && d === dues[0]) ? dues[0]! : null;

  const out: string[] = [`# ${p.title}`, ""];
  out.push(vi ? `Đơn vị: ${p.unit}` : `Unit: ${p.unit}`, "");
  // A district's or a department's plan names the province whose index it targets.
  if (findProvince(p.unit)?.name !== p.indexUnit) out.push(vi ? `Chỉ số PGI của tỉnh: ${p.indexUnit}` : `PGI of province: ${p.indexUnit}`, "");
  out.push(vi ? `Năm cơ sở: ${p.baselineYear}` : `Baseline year: ${p.baselineYear}`, "");
  out.push(vi ? `Năm mục tiêu: ${p.targetYear}` : `Target year: ${p.targetYear}`, "");
  if (p.source !== null) out.push(vi ? `Nguồn số liệu: ${p.source}` : `Source: ${p.source}`, "");

  out.push(vi ? "## I. MỤC TIÊU" : "## I. TARGETS", "");
  out.push(vi ? "### 1. Mục tiêu chung" : "### 1. Overall", "");
  const c = p.composite;
  if (c.baseline !== null)
    out.push(vi ? `Năm ${p.baselineYear}, điểm PGI đạt ${n(c.baseline)} điểm.` : `In ${p.baselineYear} the PGI score was ${n(c.baseline)} points.`, "");
  if (c.stated !== null) {
    out.push(
      vi
        ? `Phấn đấu năm ${p.targetYear} điểm PGI đạt từ ${n(c.stated)} điểm trở lên.`
        : `The goal for ${p.targetYear} is a PGI score of at least ${n(c.stated)} points.`,
      "",
    );
  }
  if (c.sumOfTargets !== null) {
    out.push(
      vi ? `Tổng điểm các chỉ số thành phần theo kế hoạch: ${n(c.sumOfTargets)} điểm.` : `The sub-index targets add up to ${n(c.sumOfTargets)} points.`,
      "",
    );
  }
  out.push(vi ? "### 2. Mục tiêu cụ thể" : "### 2. By sub-index", "");
  for (const { c: comp, s } of subs) {
    out.push(vi ? `#### ${comp.position}. Chỉ số “${comp.name.vi}”` : `#### ${comp.position}. ${comp.name.en} (“${comp.name.vi}”)`, "");
    out.push(sentence(s, p.baselineYear, lang), "");
    if (s.owners.length > 0) {
      out.push(vi ? "Cơ quan thực hiện:" : "Responsible:", "");
      s.owners.forEach((o, i) => {
        out.push(i < LETTERS.length ? `${LETTERS[i]}) ${o}` : `- ${o}`);
      });
      out.push("");
    }
    if (s.target !== null && s.due !== null && common === null) {
      out.push(vi ? `Thời hạn báo cáo: chậm nhất ngày ${dmy(s.due)}.` : `Report by ${s.due} at the latest.`, "");
    }
  }
  if (common !== null) {
    out.push(vi ? "## II. TỔ CHỨC THỰC HIỆN" : "## II. IMPLEMENTATION", "");
    out.push(
      vi ? `Các cơ quan, đơn vị báo cáo kết quả thực hiện chậm nhất ngày ${dmy(common)}.` : `Every body reports its results by ${common} at the latest.`,
      "",
    );
  }
  return out.join("\n");
}

function sentence(s: PlanSubIndex, baselineYear: number, lang: Lang): string {
  const n = (v: number): string => formatNumber(v, { lang });
  if (lang === "en") {
    const base = `${n(s.baseline)} points in ${baselineYear}`;
    if (s.target === null) return `No target set yet (${base}).`;
    const cmp = s.comparator === "atLeast" ? "at least " : s.comparator === "atMost" ? "at most " : "";
    const delta = s.statedDelta === null ? "" : `${s.statedDelta < 0 ? "down" : "up"} ${n(s.statedDelta).replace("-", "")} points from `;
    return `Target: ${cmp}${n(s.target)} points (${delta}${base}).`;
  }
  if (s.target === null) return `Chưa xác định mục tiêu (năm ${baselineYear} đạt ${n(s.baseline)} điểm).`;
  const t = n(s.target);
  const goal = s.comparator === "atLeast" ? `đạt từ ${t} điểm trở lên` : s.comparator === "atMost" ? `đạt không quá ${t} điểm` : `đạt ${t} điểm`;
  const base = `năm ${baselineYear} đạt ${n(s.baseline)} điểm`;
  const delta = s.statedDelta === null ? base : `${s.statedDelta < 0 ? "giảm" : "tăng"} ${n(s.statedDelta).replace("-", "")} điểm so với ${base}`;
  return `Mục tiêu phấn đấu ${goal} (${delta}).`;
}

/**
 * What solve-for's two ways of answering share: the request checked (unit, component or
 * composite, target or rank, decimals, indicator), the answers' precision and the note.
 * @internal
 * @module
 */
import { indicatorUnder } from "./levels";
import { D, toDec, type Dec } from "../decimal";
import { describe, PgiError } from "../errors";
import type { Framework, LocalizedText } from "../framework/types";
import { foldName } from "../util";
import { scoreAnyRows } from "./prepare";
import type { Prepared } from "./run";
import type { UnitRow } from "./types";
import type { SolveRequest } from "./whatif";

export function rowIndex(rows: readonly UnitRow[], unit: unknown): number {
  if (typeof unit !== "string" || unit.trim() === "") {
    throw new PgiError("INVALID_INPUT", { en: `expected the unit's name, got ${describe(unit)}`, vi: `cần tên đơn vị, nhận được ${describe(unit)}` }, ["unit"]);
  }
  const i = rows.findIndex((r) => typeof r === "object" && r !== null && typeof r.unit === "string" && foldName(r.unit) === foldName(unit));
  if (i < 0) {
    throw new PgiError(
      "UNKNOWN_UNIT",
      { en: `${describe(unit)} is not among the rows`, vi: `không có đơn vị ${describe(unit)} trong các dòng số liệu` },
      ["unit"],
      { unit: typeof unit === "string" ? unit.slice(0, 60) : undefined },
    );
  }
  return i;
}

export const SOLVE_NOTE: LocalizedText = {
  vi: "Mỗi dòng thay đổi một chỉ tiêu, giữ nguyên mọi giá trị khác; điểm là điểm tương đối nên nếu đơn vị khác thay đổi, giá trị cần đạt cũng thay đổi.",
  en: "Each row changes one indicator with everything else fixed; scores are relative, so the value needed moves when other units change.",
};

export function decimalsOf(x: number): number {
  const s = String(x);
  const e = s.indexOf("e");
  if (e >= 0) return Math.max(0, -Number(s.slice(e + 1)));
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** The decimals of indicator i's answers: as asked, or the data's own (at most 6). */
export function answerDecimals(s: { readonly answerDp: number | null; readonly p: Prepared }, i: number): number {
  if (s.answerDp !== null) return s.answerDp;
  const { p } = s;
  let dp = 0;
  for (let v = 0; v < p.n; v++) {
    const x = p.values[i * p.n + v]!;
    if (x === x) dp = Math.max(dp, decimalsOf(x));
  }
  return Math.min(dp, 6);
}

/** The `rank` and `decimals` options of a solve-for request, checked. */
export function solveOptions(request: SolveRequest, of: string): { rank: number | null; answerDp: number | null } {
  const { rank, decimals, target } = request as { rank?: unknown; decimals?: unknown; target?: unknown };
  if ((rank === undefined) === (target === undefined)) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: "give either target (a score) or rank (a place in the ranking), not both and not neither",
        vi: "hãy ghi target (điểm cần đạt) hoặc rank (thứ hạng cần đạt), chỉ một trong hai",
      },
      [rank === undefined ? "target" : "rank"],
    );
  }
  if (rank !== undefined) {
    if (typeof rank !== "number" || !Number.isInteger(rank) || rank < 1) {
      throw new PgiError(
        "INVALID_INPUT",
        { en: `rank must be a whole number from 1, got ${describe(rank)}`, vi: `thứ hạng phải là số nguyên từ 1 trở lên, nhận được ${describe(rank, "vi")}` },
        ["rank"],
      );
    }
    if (of !== "composite") {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: "ranks are by the composite; leave out component when asking for a rank",
          vi: "thứ hạng xếp theo điểm tổng hợp; khi hỏi thứ hạng hãy bỏ component",
        },
        ["component"],
      );
    }
  }
  if (decimals !== undefined && (typeof decimals !== "number" || !Number.isInteger(decimals) || decimals < 0 || decimals > 6)) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `decimals must be a whole number from 0 to 6, got ${describe(decimals)}`,
        vi: `số chữ số thập phân phải là số nguyên từ 0 đến 6, nhận được ${describe(decimals, "vi")}`,
      },
      ["decimals"],
    );
  }
  return { rank: rank === undefined ? null : (rank as number), answerDp: decimals === undefined ? null : (decimals as number) };
}

/**
 * The composite that reaches `rank` with the others as they are: the rank-th best rounded composite
 * among the other units (ties share a rank), or the bottom of the scale when fewer units compete.
 */
export function rankTarget(fw: Framework, rows: readonly UnitRow[], u: number, rank: number): Dec {
  const others = scoreAnyRows(fw, rows)
    .units.filter((_, i) => i !== u)
    .map((x) => x.composite)
    .filter((x): x is number => x !== null)
    .sort((a, b) => b - a);
  return new D(String(rank <= others.length ? others[rank - 1]! : fw.composite.scale.min));
}

/** A solve-for request's unit, what it solves for (component or composite), target or rank, and decimals, checked. */
export function requestOf(
  fw: Framework,
  rows: readonly UnitRow[],
  request: SolveRequest,
): { u: number; of: string; cIndex: number; rank: number | null; answerDp: number | null; target: Dec; scoreDp: number } {
  const u = rowIndex(rows, request.unit);
  const of = request.component === undefined || request.component === "composite" ? "composite" : request.component;
  const cIndex = of === "composite" ? -1 : fw.components.findIndex((c) => c.id === of);
  if (of !== "composite" && cIndex < 0) {
    const ids = fw.components.map((c) => c.id).join(", ");
    throw new PgiError(
      "UNKNOWN_SUBINDEX",
      {
        en: `unknown component ${describe(request.component)}; use one of ${ids} or "composite"`,
        vi: `không có thành phần ${describe(request.component)}; dùng một trong ${ids} hoặc "composite"`,
      },
      ["component"],
    );
  }
  const { rank, answerDp } = solveOptions(request, of);
  const target = rank === null ? toDec(request.target as number | string, { path: ["target"] }) : rankTarget(fw, rows, u, rank);
  const scale = of === "composite" ? fw.composite.scale : fw.components[cIndex]!.scale;
  // Components scored by a normalisation without a fixed scale (rank, z-score…) have none to check against.
  const free = of === "composite" ? fw.components.some((c) => c.freeScale === true) : fw.components[cIndex]!.freeScale === true;
  if (!free && (target.lt(scale.min) || target.gt(scale.max))) {
    const [lo, hi, got] = [String(scale.min), String(scale.max), target.toFixed()];
    throw new PgiError(
      "OUT_OF_SCALE",
      {
        en: `the target must be between ${lo} and ${hi}, got ${got}`,
        vi: `mục tiêu phải nằm trong khoảng ${lo.replace(".", ",")}–${hi.replace(".", ",")}, nhận được ${got.replace(".", ",")}`,
      },
      ["target"],
    );
  }
  const scoreDp = of === "composite" ? fw.composite.decimals : fw.decimals;
  return { u, of, cIndex, rank, answerDp, target, scoreDp };
}

/** The indicator a request limits the answers to (checked), or undefined. */
export function onlyOf(p: Prepared, of: string, cIndex: number, request: SolveRequest): unknown {
  const only = (request as { indicator?: unknown }).indicator;
  if (only !== undefined && !p.c.ids.some((id, i) => id === only && (of === "composite" || indicatorUnder(p.c, i, cIndex)))) {
    throw new PgiError(
      "UNKNOWN_INDICATOR",
      {
        en: `${describe(only)} is not an indicator of ${of === "composite" ? "the framework" : describe(of)}`,
        vi: `${describe(only, "vi")} không phải là chỉ tiêu của ${of === "composite" ? "bộ chỉ số" : `thành phần ${describe(of, "vi")}`}`,
      },
      ["indicator"],
    );
  }
  return only;
}

/**
 * Year-over-year change of one unit's score cards.
 * @module
 */
import { asScoreCard } from "../scorecard/scorecard";
import { D, formatNumber, toNum } from "../decimal";
import { describe, PgiError } from "../errors";
import type { PgiSubIndexId } from "../framework/pgi";
import { asFramework } from "../framework/revive";
import type { Framework, LocalizedText } from "../framework/types";
import type { ScoreCard } from "../scorecard/scorecard";
import { deepFreeze } from "../util";
import { showPlan } from "./render";
import { sameUnit } from "./units";

/** Which way a score moved. */
export type Direction = "up" | "down" | "unchanged";

/** One line of a year-over-year comparison. */
export interface Change {
  readonly previous: number;
  readonly current: number;
  /** current − previous, exact. */
  readonly change: number;
  readonly direction: Direction;
}

/** The result of {@link yearOverYear}. */
export interface YearOverYear<K extends string = PgiSubIndexId> {
  readonly kind: "yearOverYear";
  readonly framework: string;
  readonly unit: string;
  readonly fromYear: number;
  readonly toYear: number;
  readonly subIndices: Readonly<Record<K, Change>>;
  /**
   * Composites as published when given (else the sums); `null` when the framework passed has no
   * composite (`composite: "none"`), which PGI never is.
   */
  readonly composite: [K] extends [PgiSubIndexId] ? Change : Change | null;
  /** Published ranks when both cards have one (a lower number is better: `change` = previous − current). */
  readonly rank: { readonly previous: number; readonly current: number; readonly change: number } | null;
  /** How many sub-indices went up, down, or stayed. */
  readonly counts: Readonly<Record<Direction, number>>;
  /** One line, as plans write it. */
  readonly summary: LocalizedText;
}

function change(prev: number, cur: number, decimals: number): Change {
  const d = new D(String(cur)).minus(String(prev));
  return { previous: prev, current: cur, change: toNum(d, decimals), direction: d.gt(0) ? "up" : d.lt(0) ? "down" : "unchanged" };
}

const WORDS: Record<Direction, { vi: string; en: [string, string] }> = {
  up: { vi: "tăng điểm", en: ["rose", "rose"] },
  down: { vi: "giảm điểm", en: ["fell", "fell"] },
  unchanged: { vi: "giữ nguyên điểm", en: ["was unchanged", "were unchanged"] },
};

/**
 * Compare two score cards of one unit: each sub-index's change and direction (`up`, `down`,
 * `unchanged`), the composite change (published composites when given), the rank change when
 * both ranks are published, counts by direction, and a one-line summary in Vietnamese and
 * English as plans write it ("3 chỉ số thành phần giảm điểm, 1 chỉ số thành phần tăng điểm":
 * directions by count, largest first; ties in the order up, down, unchanged).
 *
 * Pass the framework (third argument) for cards of your own framework: where it has no composite
 * (`composite: "none"`) `composite` is `null` and the summary counts indicators ("2 chỉ tiêu tăng").
 *
 * @throws {@link PgiError} `INVALID_INPUT` when either argument is not a score card, the cards
 * are of different units or frameworks, or `current` is not of a later year.
 *
 * @example
 * ```ts
 * const yoy = yearOverYear(publishedScoreCard("Hải Dương", 2023), publishedScoreCard("Hải Dương", 2024));
 * yoy.subIndices.greenPractices; // { previous: 3.83, current: 4.99, change: 1.16, direction: "up" }
 * yoy.composite.change;          // 4
 * yoy.rank;                      // { previous: 25, current: 13, change: 12 }
 * yoy.summary.vi;                // "4 chỉ số thành phần tăng điểm; điểm PGI tăng 4,00 điểm (22,34 → 26,34)"
 * ```
 */
export function yearOverYear(previous: ScoreCard<PgiSubIndexId>, current: ScoreCard<PgiSubIndexId>): YearOverYear<PgiSubIndexId>;
export function yearOverYear(previous: ScoreCard, current: ScoreCard, framework?: Framework): YearOverYear<string>;
export function yearOverYear(previous: ScoreCard, current: ScoreCard, framework?: Framework): YearOverYear<string> {
  const fw = framework === undefined ? undefined : asFramework(framework);
  previous = asScoreCard(previous, ["previous"]);
  current = asScoreCard(current, ["current"]);
  if (!sameUnit(previous.unit, current.unit)) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `the cards are of different units (${describe(previous.unit)} and ${describe(current.unit)}); compare one unit's cards`,
        vi: `hai bộ số liệu là của hai đơn vị khác nhau (${describe(previous.unit, "vi")} và ${describe(current.unit, "vi")}); hãy so sánh số liệu của cùng một đơn vị`,
      },
      ["current", "unit"],
    );
  }
  if (previous.framework !== current.framework) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `the cards are of different frameworks (${describe(previous.framework)} and ${describe(current.framework)}); compare cards of one framework`,
        vi: `hai bộ số liệu thuộc hai bộ chỉ số khác nhau (${describe(previous.framework, "vi")} và ${describe(current.framework, "vi")}); hãy so sánh số liệu của cùng một bộ chỉ số`,
      },
      ["current"],
    );
  }
  if (current.year <= previous.year) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `the current card (${current.year}) must be of a later year than the previous one (${previous.year}); swap them`,
        vi: `số liệu năm sau (${current.year}) phải của năm muộn hơn số liệu năm trước (${previous.year}); hãy đổi chỗ hai bộ số liệu`,
      },
      ["current", "year"],
    );
  }
  const subIndices: Record<string, Change> = {};
  const counts: Record<Direction, number> = { up: 0, down: 0, unchanged: 0 };
  for (const id of Object.keys(previous.scores)) {
    const cur = (current.scores as Record<string, number>)[id];
    if (cur === undefined) {
      throw new PgiError("INVALID_INPUT", { en: `the current card has no ${id} score`, vi: `số liệu năm sau không có điểm "${id}"` }, [
        "current",
        "scores",
        id,
      ]);
    }
    const prev = (previous.scores as Record<string, number>)[id]!;
    const c = change(prev, cur, Math.max(2, new D(String(prev)).decimalPlaces(), new D(String(cur)).decimalPlaces()));
    subIndices[id] = c;
    counts[c.direction]++;
  }
  const none = fw !== undefined && fw.id === previous.framework && fw.composite.method === "none";
  const composite = change(previous.composite, current.composite, 2);
  const rank =
    previous.rank !== null && current.rank !== null ? { previous: previous.rank, current: current.rank, change: previous.rank - current.rank } : null;
  const order = (["up", "down", "unchanged"] as const).filter((d) => counts[d] > 0).sort((a, b) => counts[b] - counts[a]);
  const isPgi = previous.framework === "pgi";
  const summary = none ? indicatorSummary() : compositeSummary();
  return deepFreeze(
    {
      kind: "yearOverYear" as const,
      framework: previous.framework,
      unit: previous.unit,
      fromYear: previous.year,
      toYear: current.year,
      subIndices,
      composite: none ? null : composite,
      rank,
      counts,
      summary,
    },
    showPlan,
  );

  /** Without a composite: how many indicators rose and fell. */
  function indicatorSummary(): LocalizedText {
    const vi = order.map((d) => `${counts[d]} chỉ tiêu ${WORDS[d].vi.replace(" điểm", "")}`).join(", ");
    const en = order.map((d) => `${counts[d]} ${counts[d] === 1 ? "indicator" : "indicators"} ${WORDS[d].en[counts[d] === 1 ? 0 : 1]}`).join(", ");
    return { vi, en };
  }

  /** With a composite: the sub-indices, then the composite's change, as plans write it. */
  function compositeSummary(): LocalizedText {
    const vi = order.map((d) => `${counts[d]} chỉ số thành phần ${WORDS[d].vi}`).join(", ");
    const en = order.map((d) => `${counts[d]} ${counts[d] === 1 ? "sub-index" : "sub-indices"} ${WORDS[d].en[counts[d] === 1 ? 0 : 1]}`).join(", ");
    const name = isPgi ? { vi: "điểm PGI", en: "the PGI composite" } : { vi: "điểm tổng hợp", en: "the composite" };
    const verbVi = composite.direction === "up" ? "tăng" : composite.direction === "down" ? "giảm" : "giữ nguyên";
    const verbEn = composite.direction === "up" ? "rose" : composite.direction === "down" ? "fell" : "was unchanged";
    const abs = Math.abs(composite.change);
    const tailVi =
      composite.direction === "unchanged"
        ? `${name.vi} giữ nguyên (${formatNumber(composite.current, { lang: "vi" })})`
        : `${name.vi} ${verbVi} ${formatNumber(abs, { lang: "vi" })} điểm (${formatNumber(composite.previous, { lang: "vi" })} → ${formatNumber(composite.current, { lang: "vi" })})`;
    const tailEn =
      composite.direction === "unchanged"
        ? `${name.en} was unchanged (${formatNumber(composite.current, { lang: "en" })})`
        : `${name.en} ${verbEn} by ${formatNumber(abs, { lang: "en" })} points (${formatNumber(composite.previous, { lang: "en" })} → ${formatNumber(composite.current, { lang: "en" })})`;
    return { vi: `${vi}; ${tailVi}`, en: `${en}; ${tailEn}` };
  }
}

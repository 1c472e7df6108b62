/**
 * One unit's scores for one edition, validated, with consistency findings.
 * @module
 */
import { asFramework } from "../framework/revive";
import { toDec, toNum, roundDec, type Dec, type NumberInput } from "../decimal";
import { describe, parseWith, PgiError, prefixPath, safeEntries, type Bilingual, type PgiPath } from "../errors";
import { finding, type Finding } from "../findings";
import { compositeDec, roundingTolerance } from "../framework/composite";
import { subIndex } from "../framework/lookup";
import { pgiEdition, type PgiSubIndexId } from "../framework/pgi";
import type { Framework } from "../framework/types";
import type { PgiKeyed } from "../framework/names";
import { acceptedBy, ScoreCardShape } from "../schemas";
import { PGI } from "../framework/pgi";
import { expectKind, field, revive } from "../revive";
import { isSealed, seal } from "../util";
import { showScoreCard } from "./render";

/**
 * Input of {@link scoreCard}. `S` is the type of `scores`: for PGI cards a record keyed by
 * {@link PgiScoreKey} (misspelt literal keys do not compile), for your own framework any keys.
 */
export interface ScoreCardInput<S = Readonly<Record<string, NumberInput>>> {
  /** Province, district or other unit the scores belong to. */
  readonly unit: string;
  /** Edition (survey year) of the scores. */
  readonly year: number | string;
  /** All component scores, keyed by anything {@link subIndex} accepts (id, position, name). */
  readonly scores: S;
  /** The published composite, when there is one; it is authoritative and never overwritten. */
  readonly composite?: NumberInput;
  /** The published rank, when there is one. */
  readonly rank?: number;
  /** Where the figures come from (a URL or a citation). */
  readonly source?: string;
}

/**
 * A validated score card: plain, frozen, JSON-serializable. Every number is rounded half-up to
 * the framework's decimals (PGI: 2).
 */
export interface ScoreCard<K extends string = string> {
  readonly kind: "scoreCard";
  /** Framework id, e.g. `"pgi"`. */
  readonly framework: string;
  /** Framework edition, `null` for frameworks without editions. */
  readonly edition: number | null;
  readonly unit: string;
  readonly year: number;
  /** The component scores under their ids, in published order. */
  readonly scores: Readonly<Record<K, number>>;
  /** The published composite when given, else {@link ScoreCard.computedComposite}. */
  readonly composite: number;
  /** The composite computed from the scores as given (exact, then rounded). */
  readonly computedComposite: number;
  /** The published composite, or `null`. */
  readonly publishedComposite: number | null;
  /** The published rank, or `null`. */
  readonly rank: number | null;
  readonly source: string | null;
  /** Consistency findings: `COMPOSITE_ROUNDING` (info), `COMPOSITE_MISMATCH` (warning), `SCORES_ROUNDED` (info). */
  readonly findings: readonly Finding[];
}

/** Parse a score and check it lies on the component's scale. @internal */
export function parseScoreOnScale(value: unknown, min: number, max: number, path: PgiPath, what: string | Bilingual): Dec {
  // The scale decides how "4,845" reads: a decimal comma on a 1–10 scale (see parseNumber's `scale`).
  const d = toDec(value, { path, scale: { min, max } });
  if (d.lt(min) || d.gt(max)) {
    const name = typeof what === "string" ? { en: what, vi: "điểm" } : what;
    throw new PgiError(
      "OUT_OF_SCALE",
      {
        en: `${name.en} must be between ${min} and ${max}, got ${d.toFixed()}`,
        vi: `${name.vi} phải nằm trong khoảng ${describe(min, "vi")}–${describe(max, "vi")}, nhận được ${d.toFixed().replace(".", ",")}`,
      },
      path,
      { value: d.toFixed(), min, max },
    );
  }
  return d;
}

/**
 * Read component scores keyed by anything {@link subIndex} accepts into a map by id, refusing
 * unknown names, duplicates (two keys naming one component), unsafe keys and out-of-scale values.
 * With `requireAll`, every component must be present (`MISSING_SUBINDEX`).
 * @internal
 */
export function readScores(framework: Framework, scores: unknown, path: PgiPath, requireAll: boolean): Map<string, Dec> {
  const out = new Map<string, Dec>();
  const keyOf = new Map<string, string>();
  for (const [key, value] of safeEntries(scores, path, { en: "the scores", vi: "bảng điểm" })) {
    const c = subIndex(framework, key, [...path, key]);
    const earlier = keyOf.get(c.id);
    if (earlier !== undefined) {
      throw new PgiError(
        "DUPLICATE_SUBINDEX",
        {
          en: `${describe(key)} and ${describe(earlier)} both name ${c.id}; give each sub-index once`,
          vi: `${describe(key)} và ${describe(earlier)} cùng là chỉ số thành phần "${c.id}"; mỗi chỉ số chỉ ghi một lần`,
        },
        [...path, key],
        { id: c.id },
      );
    }
    keyOf.set(c.id, key);
    out.set(c.id, parseScoreOnScale(value, c.scale.min, c.scale.max, [...path, key], { en: `the ${c.id} score`, vi: `điểm chỉ số ${c.name.vi}` }));
  }
  if (requireAll) {
    const missing = framework.components.filter((c) => !out.has(c.id)).map((c) => c.id);
    if (missing.length > 0) {
      throw new PgiError(
        "MISSING_SUBINDEX",
        {
          en: `every sub-index needs a score; missing ${missing.join(", ")}`,
          vi: `thiếu điểm của chỉ số thành phần ${missing.map((m) => `"${m}"`).join(", ")}; cần đủ điểm mọi chỉ số`,
        },
        path,
        { missing },
      );
    }
  }
  return out;
}

/** The framework a card of `year` belongs to (default: the built-in PGI edition). @internal */
export function frameworkForYear(year: number, framework: Framework | undefined, path: PgiPath): Framework {
  if (framework === undefined) return pgiEdition(year);
  framework = asFramework(framework);
  if (framework.edition !== null && framework.edition !== year) {
    throw new PgiError(
      "EDITION_MISMATCH",
      {
        en: `the year ${year} does not match the framework edition ${framework.edition}; pass pgiEdition(${year}) or leave the framework out`,
        vi: `năm ${year} không khớp với kỳ ${framework.edition} của bộ chỉ số; hãy truyền pgiEdition(${year}) hoặc bỏ tham số bộ chỉ số`,
      },
      path,
      { year, edition: framework.edition },
    );
  }
  return framework;
}

/**
 * Validate one unit's scores for one edition and return a frozen score card.
 *
 * - `scores` is keyed by anything {@link subIndex} accepts; every component is required and must
 *   lie on its scale (PGI: 1–10).
 * - `composite` is the published composite when given (authoritative, never overwritten), else
 *   the exact sum; `computedComposite` is always the sum of the scores as given.
 * - A published composite within rounding of the sum (PGI: ≤ 0.025 = 4 × 0.005 + 0.005) gives an
 *   `info` finding `COMPOSITE_ROUNDING`; a larger difference a `warning` `COMPOSITE_MISMATCH`.
 * - Scores with more decimals than the framework publishes are kept exact for the composite and
 *   rounded half-up in the card, with an `info` finding `SCORES_ROUNDED`.
 *
 * The framework (second argument) defaults to the built-in PGI edition of `input.year`.
 *
 * @throws {@link PgiError} `INVALID_INPUT`, `INVALID_NUMBER`, `OUT_OF_SCALE`, `UNKNOWN_SUBINDEX`,
 * `DUPLICATE_SUBINDEX`, `MISSING_SUBINDEX`, `UNSAFE_KEY`, `UNKNOWN_EDITION`, `EDITION_MISMATCH`.
 *
 * @example
 * ```ts
 * const card = scoreCard({
 *   unit: "Lạng Sơn", year: 2023, composite: 17.33, rank: 62,
 *   scores: { pollution: 4.84, compliance: 4.14, greenPractices: "3,60", incentives: 4.75 },
 * });
 * card.scores;            // { pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 }
 * card.composite;         // 17.33
 * card.findings.length;   // 0
 *
 * scoreCard({ unit: "TP. Hồ Chí Minh", year: 2023, composite: 24.2,
 *   scores: { pollution: 7.49, compliance: 6.37, greenPractices: 5.92, incentives: 4.43 },
 * }).findings[0].code;    // "COMPOSITE_ROUNDING" (24.21 summed, 24.20 published)
 * ```
 */
export function scoreCard(input: ScoreCardInput<PgiKeyed<NumberInput>>): ScoreCard<PgiSubIndexId>;
export function scoreCard(input: ScoreCardInput, framework: Framework): ScoreCard;
export function scoreCard(input: ScoreCardInput, framework?: Framework): ScoreCard {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new PgiError("INVALID_INPUT", {
      en: `expected a score card { unit, year, scores, composite?, rank? }, got ${describe(input)}`,
      vi: `cần một phiếu điểm { unit, year, scores, composite?, rank? }, nhận được ${describe(input, "vi")}`,
    });
  }
  safeEntries(input, [], { en: "the score card", vi: "phiếu điểm" });
  const shape = parseWith(ScoreCardShape, input);
  const fw = frameworkForYear(shape.year, framework, ["year"]);
  const exact = readScores(fw, shape.scores, ["scores"], true);
  return buildScoreCard(fw, {
    unit: shape.unit,
    year: shape.year,
    scores: exact,
    composite:
      shape.composite === undefined
        ? null
        : parseScoreOnScale(shape.composite, fw.composite.scale.min, fw.composite.scale.max, ["composite"], { en: "the composite", vi: "điểm tổng hợp" }),
    rank: shape.rank ?? null,
    source: shape.source ?? null,
  });
}

/**
 * All four PGI scores, keyed by anything {@link subIndex} accepts, each on its scale (1–10): it
 * accepts exactly what {@link scoreCard} accepts as `scores`.
 *
 * @example
 * ```ts
 * ScoresInputSchema.safeParse({ pollution: 4.84, "Đảm bảo tuân thủ": "4,14", 3: "3,60", incentives: 4.75 }).success; // true
 * ScoresInputSchema.safeParse({ pollution: 11, compliance: 5, greenPractices: 5, incentives: 5 }).success;            // false
 * ```
 */
export const ScoresInputSchema = /* @__PURE__ */ (() => acceptedBy<Readonly<Record<string, NumberInput>>>((scores) => readScores(PGI, scores, [], true)))();

/**
 * The input of {@link scoreCard}: `{ unit, year, scores, composite?, rank?, source? }`. It accepts
 * exactly what `scoreCard(input)` accepts (a score of 11, a misspelt key, an edition that does not
 * exist are refused, with the function's own message).
 *
 * @example
 * ```ts
 * ScoreCardInputSchema.safeParse({
 *   unit: "Lạng Sơn", year: 2023,
 *   scores: { pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 },
 * }).success; // true
 * ScoreCardInputSchema.safeParse({
 *   unit: "Lạng Sơn", year: 2023,
 *   scores: { pollution: 11, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 },
 * }).success; // false
 * ```
 */
export const ScoreCardInputSchema = /* @__PURE__ */ (() => acceptedBy<ScoreCardInput>((input) => scoreCard(input as ScoreCardInput)))();

/** Build a card from already-validated exact values. @internal */
export function buildScoreCard(
  fw: Framework,
  v: { unit: string; year: number; scores: Map<string, Dec>; composite: Dec | null; rank: number | null; source: string | null },
): ScoreCard {
  const findings: Finding[] = [];
  const scores: Record<string, number> = {};
  const rounded: string[] = [];
  for (const c of fw.components) {
    const d = v.scores.get(c.id)!;
    const dp = c.decimals ?? fw.decimals;
    if (!roundDec(d, dp).eq(d)) rounded.push(c.id);
    scores[c.id] = toNum(d, dp);
  }
  if (rounded.length > 0) {
    findings.push(
      finding(
        "info",
        "SCORES_ROUNDED",
        `${rounded.join(", ")} had more than ${fw.decimals} decimals: shown rounded half-up; the computed composite uses the exact values`,
        `${rounded.join(", ")} có quá ${fw.decimals} chữ số thập phân: hiển thị đã làm tròn; điểm tổng hợp tính từ giá trị chính xác`,
        ["scores"],
        { ids: rounded.join(",") },
      ),
    );
  }
  const computed = roundDec(compositeDec(fw, v.scores), fw.composite.decimals);
  const published = v.composite === null ? null : roundDec(v.composite, fw.composite.decimals);
  if (published !== null && !published.eq(computed)) {
    const diff = published.minus(computed).abs();
    const c = computed.toFixed(fw.composite.decimals);
    const p = published.toFixed(fw.composite.decimals);
    const d = diff.toFixed(fw.composite.decimals);
    if (diff.lte(roundingTolerance(fw))) {
      findings.push(
        finding(
          "info",
          "COMPOSITE_ROUNDING",
          `published composite ${p} differs from the sum of the published scores ${c} by ${d}: within rounding (the composite is computed from unrounded scores); the published value is kept`,
          `điểm tổng hợp công bố ${p} chênh ${d} so với tổng các chỉ số thành phần ${c}: do làm tròn; giữ nguyên giá trị công bố`,
          ["composite"],
          { published: Number(p), computed: Number(c), difference: Number(d) },
        ),
      );
    } else {
      findings.push(
        finding(
          "warning",
          "COMPOSITE_MISMATCH",
          `published composite ${p} differs from the sum of the scores ${c} by ${d}, more than rounding explains (${roundingTolerance(fw).toFixed()}); the published value is kept, check the figures`,
          `điểm tổng hợp công bố ${p} chênh ${d} so với tổng các chỉ số thành phần ${c}, vượt mức làm tròn; giữ nguyên giá trị công bố, cần kiểm tra số liệu`,
          ["composite"],
          { published: Number(p), computed: Number(c), difference: Number(d) },
        ),
      );
    }
  }
  const computedNum = toNum(computed, fw.composite.decimals);
  return seal(
    {
      kind: "scoreCard" as const,
      framework: fw.id,
      edition: fw.edition,
      unit: v.unit,
      year: v.year,
      scores: Object.freeze(scores),
      composite: published === null ? computedNum : toNum(published, fw.composite.decimals),
      computedComposite: computedNum,
      publishedComposite: published === null ? null : toNum(published, fw.composite.decimals),
      rank: v.rank,
      source: v.source,
      findings,
    },
    showScoreCard,
  );
}

/**
 * A score card passed in: the card pgi-kit returned, or a copy of it (JSON, spread), which is
 * rebuilt from its unit, year, scores, published composite, rank and source and must match field
 * by field. A card of another framework needs that framework. @internal
 */
export function asScoreCard(value: unknown, path: PgiPath, framework?: Framework): ScoreCard {
  if (isSealed(value, "scoreCard")) {
    const card = value as ScoreCard;
    if (framework === undefined || card.framework === framework.id) return card;
  }
  expectKind(value, "scoreCard", "score card", path);
  const id = field(value, "framework", path);
  let fw: Framework;
  if (framework !== undefined && id === framework.id) fw = framework;
  else if (id === "pgi") {
    try {
      fw = pgiEdition(field(value, "edition", path) as number);
    } catch (e) {
      throw prefixPath(e, [...path, "edition"]);
    }
  } else {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `this score card is of framework ${describe(id)}${framework ? `, not ${describe(framework.id)}` : ""}; pass the card's own framework`,
        vi: `phiếu điểm này thuộc bộ chỉ số ${describe(id, "vi")}${framework ? `, không phải ${describe(framework.id, "vi")}` : ""}; hãy truyền đúng bộ chỉ số của phiếu`,
      },
      [...path, "framework"],
    );
  }
  const get = (k: string) => field(value, k, path);
  return revive("score card", value, path, () => {
    const published = get("publishedComposite");
    const rank = get("rank");
    const source = get("source");
    const card = scoreCard(
      {
        unit: get("unit"),
        year: get("year"),
        scores: get("scores"),
        ...(published !== null ? { composite: published } : {}),
        ...(rank !== null ? { rank } : {}),
        ...(source !== null ? { source } : {}),
      } as ScoreCardInput,
      fw,
    );
    return roundedOriginal(card, value as object, path, fw) ?? card;
  });
}

/**
 * A card whose scores were given with more decimals than the framework publishes (its finding
 * `SCORES_ROUNDED`) keeps a composite computed from the exact scores, which its rounded scores no
 * longer give. Its copy is accepted when that composite lies within rounding of the rounded
 * scores' sum; the copy's composite and findings are then taken (as plain data). @internal
 */
function roundedOriginal(card: ScoreCard, copy: object, path: PgiPath, fw: Framework): ScoreCard | null {
  const findings = field(copy, "findings", path);
  if (!Array.isArray(findings) || !findings.some((f) => kindOfFinding(f) === "SCORES_ROUNDED")) return null;
  const computed = field(copy, "computedComposite", path);
  if (typeof computed !== "number" || !Number.isFinite(computed)) return null;
  if (toDec(computed).minus(card.computedComposite).abs().gt(roundingTolerance(fw))) return null;
  const copied = findings.map((f, i) => {
    const p: PgiPath = [...path, "findings", i];
    const severity = field(f, "severity", p);
    const code = field(f, "code", p);
    const message = field(f, "message", p);
    const messageVi = field(f, "messageVi", p);
    const fpath = field(f, "path", p);
    const details = field(f, "details", p);
    const ok =
      (severity === "info" || severity === "warning" || severity === "error") &&
      typeof code === "string" &&
      typeof message === "string" &&
      typeof messageVi === "string" &&
      message.length <= 2000 &&
      messageVi.length <= 2000 &&
      Array.isArray(fpath) &&
      fpath.every((x) => typeof x === "string" || typeof x === "number") &&
      typeof details === "object" &&
      details !== null &&
      !Array.isArray(details) &&
      Object.values(details).every((x) => x === null || ["string", "number", "boolean"].includes(typeof x));
    if (!ok) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: "this score card's finding is not as pgi-kit writes findings; pass the score card as pgi-kit returned it, or its JSON copy unchanged",
          vi: "nhận xét của phiếu điểm này không đúng dạng pgi-kit ghi; hãy truyền phiếu điểm như pgi-kit trả về, hoặc bản sao JSON không sửa đổi",
        },
        p,
      );
    }
    return finding(severity, code as Finding["code"], message, messageVi, fpath as PgiPath, {
      ...(details as Record<string, string | number | boolean | null>),
    });
  });
  return seal({ ...card, composite: card.publishedComposite ?? computed, computedComposite: computed, findings: copied }, showScoreCard);
}

function kindOfFinding(f: unknown): unknown {
  return typeof f === "object" && f !== null ? (f as { code?: unknown }).code : undefined;
}

/**
 * Survey answers → unit-level indicators, so a province can run its own district-level index.
 * @module
 */
import * as z from "zod/mini";
import { toDec } from "../decimal";
import { describe, isReservedKey, optionsOf, parseWith, PgiError, readingInput, zodMessage, type PgiPath } from "../errors";
import { acceptedBy } from "../schemas";
import { finding, type Finding } from "../findings";
import { deepFreeze, foldName } from "../util";
import type { UnitRow } from "../scoring/engine";
import { radd, ratOf, rmul, roundRat, type Rat } from "../scoring/exact";

/** A survey question. `dontKnow` lists codes counted as "don't know" (excluded and counted). */
export type Question =
  | { readonly id: string; readonly type: "yesNo"; readonly dontKnow?: readonly (string | number)[] }
  | {
      readonly id: string;
      readonly type: "likert";
      readonly scale?: readonly [number, number];
      readonly agreeFrom: number;
      readonly dontKnow?: readonly (string | number)[];
    }
  | { readonly id: string; readonly type: "numeric"; readonly min?: number; readonly max?: number; readonly dontKnow?: readonly (string | number)[] };

/** One firm's (or household's) answers. */
export interface SurveyResponse {
  readonly unit: string;
  /** Survey weight, > 0 (default 1). */
  readonly weight?: number;
  readonly answers: Readonly<Record<string, unknown>>;
}

/** Options of {@link aggregateSurvey}. */
export interface AggregateOptions {
  /** Units with fewer responses are flagged (default 30). */
  readonly minResponses?: number;
}

/** Per question and unit: how many answers counted, were blank, or "don't know". */
export interface AnswerCounts {
  readonly valid: number;
  readonly blank: number;
  readonly dontKnow: number;
}

/** One unit's aggregate. */
export interface SurveyUnit {
  readonly unit: string;
  readonly responses: number;
  /** True when `responses < minResponses`. */
  readonly flagged: boolean;
  /** yesNo and likert: share in % (0–100); numeric: mean; 2 dp half-up; `null` with no valid answer. */
  readonly indicators: Readonly<Record<string, number | null>>;
  readonly counts: Readonly<Record<string, AnswerCounts>>;
}

/** The result of {@link aggregateSurvey}. `rows` feed `scoreUnits` directly. */
export interface SurveyAggregate {
  readonly kind: "surveyAggregate";
  readonly questions: readonly string[];
  readonly minResponses: number;
  /** Units in order of first appearance. */
  readonly units: readonly SurveyUnit[];
  readonly rows: readonly UnitRow[];
  /** `LOW_RESPONSES` warnings. */
  readonly findings: readonly Finding[];
}

const DK_DEFAULT = ["dk", "don't know", "dont know", "không biết", "khong biet", "kb"];
const YES = new Set(["yes", "y", "co", "true", "1"]);
const NO = new Set(["no", "n", "khong", "false", "0"]);

const QId = () =>
  z
    .string(zodMessage({ en: "a question id must be a string", vi: "mã câu hỏi phải là một chuỗi ký tự" }))
    .check(
      z.minLength(1, zodMessage({ en: "a question id must not be empty", vi: "mã câu hỏi không được để trống" })),
      z.maxLength(100, zodMessage({ en: "a question id must be at most 100 characters", vi: "mã câu hỏi dài tối đa 100 ký tự" })),
    );
const DontKnow = () => z.optional(z.array(z.union([z.string().check(z.maxLength(100)), z.number()])).check(z.maxLength(100)));
const Finite = (what: string) => {
  const range = zodMessage({ en: `${what} must be from -1e15 to 1e15`, vi: `${what} phải nằm trong khoảng -1e15 đến 1e15` });
  return z.number(zodMessage({ en: `${what} must be a number`, vi: `${what} phải là một số` })).check(z.gte(-1e15, range), z.lte(1e15, range));
};

/** A question's shape (the checks that need the whole question come after, in {@link checkQuestions}). */
const questionShape = () =>
  z.discriminatedUnion(
    "type",
    [
      z.strictObject({ id: QId(), type: z.literal("yesNo"), dontKnow: DontKnow() }),
      z.strictObject({
        id: QId(),
        type: z.literal("likert"),
        scale: z.optional(
          z
            .tuple([z.int(), z.int()])
            .check(
              z.refine(
                ([a, b]: [number, number]) => a < b,
                zodMessage({ en: "scale must be [low, high] with low < high", vi: "scale phải có dạng [thấp, cao] với thấp < cao" }),
              ),
            ),
        ),
        agreeFrom: z.number(
          zodMessage({
            en: "likert questions need agreeFrom, the lowest answer that counts as agreeing",
            vi: "câu hỏi thang Likert cần agreeFrom, mức trả lời thấp nhất được tính là đồng ý",
          }),
        ),
        dontKnow: DontKnow(),
      }),
      z.strictObject({ id: QId(), type: z.literal("numeric"), min: z.optional(Finite("min")), max: z.optional(Finite("max")), dontKnow: DontKnow() }),
    ],
    zodMessage({ en: 'a question\'s type must be "yesNo", "likert" or "numeric"', vi: 'loại câu hỏi (type) phải là "yesNo", "likert" hoặc "numeric"' }),
  );

/** The questions' shape: a non-empty list of question shapes. */
let questionsShape: ReturnType<typeof makeQuestionsShape> | undefined;
function makeQuestionsShape() {
  return z
    .array(questionShape())
    .check(
      z.minLength(1, zodMessage({ en: "give at least one question", vi: "cần ít nhất một câu hỏi" })),
      z.maxLength(10000, zodMessage({ en: "give at most 10000 questions", vi: "tối đa 10000 câu hỏi" })),
    );
}

/**
 * What aggregateSurvey checks of well-shaped questions: ids unique and not reserved, each
 * `agreeFrom` on its scale. `at(j)` is the path of question j.
 */
function checkQuestions(qs: readonly Question[], at: (j: number) => PgiPath): void {
  const idSet = new Set<string>();
  qs.forEach((q, j) => {
    const path = [...at(j), "id"];
    if (idSet.has(q.id))
      throw new PgiError("INVALID_INPUT", { en: `question ${describe(q.id)} is given twice`, vi: `câu hỏi ${describe(q.id, "vi")} được ghi hai lần` }, path);
    if (isReservedKey(q.id))
      throw new PgiError("UNSAFE_KEY", { en: `${describe(q.id)} cannot be a question id`, vi: `không được dùng ${describe(q.id, "vi")} làm mã câu hỏi` }, path);
    idSet.add(q.id);
  });
  qs.forEach((q, j) => {
    if (q.type !== "likert") return;
    const [a, b] = q.scale ?? [1, 5];
    if (q.agreeFrom < a || q.agreeFrom > b) {
      throw new PgiError(
        "INVALID_INPUT",
        { en: `agreeFrom ${q.agreeFrom} is outside the scale ${a}–${b}`, vi: `agreeFrom ${describe(q.agreeFrom, "vi")} nằm ngoài thang ${a}–${b}` },
        [...at(j), "agreeFrom"],
      );
    }
  });
}

/**
 * The questions as aggregateSurvey reads them: their shape, then {@link checkQuestions}. `at(j)`
 * is the path of question j, `base` the path of the list.
 */
function readQuestions(questions: unknown, at: (j: number) => PgiPath, base: PgiPath): Question[] {
  const qs = parseWith((questionsShape ??= makeQuestionsShape()), questions, base) as Question[];
  checkQuestions(qs, at);
  return qs;
}

/**
 * A survey question, for apps that validate before calling {@link aggregateSurvey}: it accepts
 * exactly the questions aggregateSurvey accepts (on its own, so ids are not compared).
 *
 * @example
 * ```ts
 * QuestionSchema.safeParse({ id: "support", type: "likert", agreeFrom: 4 }).success; // true
 * QuestionSchema.safeParse({ id: "support", type: "likert" }).success;               // false
 * QuestionSchema.safeParse({ id: "support", type: "likert", agreeFrom: 6 }).success; // false (off the 1–5 scale)
 * ```
 */
export const QuestionSchema = /* @__PURE__ */ (() => acceptedBy<Question>((q) => readQuestions([q], () => [], [])))();

/**
 * A non-empty list of survey questions: it accepts exactly the lists aggregateSurvey accepts
 * (ids unique and not `__proto__`, `constructor` or `prototype`; `agreeFrom` on the scale).
 *
 * @example
 * ```ts
 * QuestionsSchema.safeParse([]).success; // false
 * QuestionsSchema.safeParse([{ id: "q", type: "yesNo" }, { id: "q", type: "yesNo" }]).success; // false
 * ```
 */
export const QuestionsSchema = /* @__PURE__ */ (() => acceptedBy<Question[]>((qs) => readQuestions(qs, (j) => [j], [])))();

const enum Kind {
  YesNo = 0,
  Likert = 1,
  Numeric = 2,
}

/** What the fast path of {@link aggregateSurvey} takes for a question. */
const enum Fast {
  /** Booleans. */
  YesNo = 0,
  /** Whole numbers on the scale. */
  Likert = 1,
  /** Numbers without bounds. */
  Numeric = 2,
  /** Numbers within min–max. */
  Bounded = 3,
  /** Nothing (numeric "don't know" codes). */
  None = 4,
}

// The passes of aggregateSurvey, in order:
//   1. validate   (questionTable)  the questions and options → a table of typed arrays;
//   2. index      (indexUnits)     each response → its unit, units in order of first appearance;
//   3. accumulate (accumulate)     every answer → counts and exact integer sums per cell (unit × question);
//   4. exact cells (exactCell)     a cell whose value is near a rounding tie (or whose sums left the
//                                  exact range) → its exact rational value;
//   5. result     (buildResult)    cells → rounded indicators, counts, LOW_RESPONSES findings, frozen result.

/** Pass 1's output: the questions as typed arrays, by question index j. */
interface QuestionTable {
  readonly Q: number;
  readonly ids: readonly string[];
  readonly idSet: ReadonlySet<string>;
  readonly kinds: Uint8Array;
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  readonly agree: Float64Array;
  /** Folded "don't know" codes (strings, and numbers as strings). */
  readonly dk: readonly ReadonlySet<string>[];
  /** Numeric "don't know" codes, or null. */
  readonly dkNum: readonly (ReadonlySet<number> | null)[];
  /** What the fast path does with each question. */
  readonly fastKind: Uint8Array;
}

/** Pass 2's output: units in order of first appearance and the unit of each response. */
interface UnitIndex {
  readonly names: readonly string[];
  readonly of: Int32Array;
}

/**
 * Pass 3's output, per cell k = u·Q + j. The validating path keeps exact sums gathered in floats:
 * every weight w and answer x is a decimal read as an integer at its own scale (W = w·10^ew,
 * X = x·10^ex, at most 15 digits), and ΣW (scale scW) and ΣW·X (scale scWX) are integers held
 * exactly in doubles while below 2^53; a cell that leaves that range is marked `inexact` and
 * recomputed with rationals from its own unit's responses (never for ordinary data). The fast path
 * (unweighted answers) keeps plain counts `cnt1` and sums `sum1` at scale `sc1`, merged into the
 * validating path's sums at the end of the pass.
 */
interface Sums {
  readonly sumW: Float64Array;
  readonly sumWX: Float64Array;
  readonly scW: Uint8Array;
  readonly scWX: Uint8Array;
  readonly inexact: Uint8Array;
  readonly valid: Int32Array;
  readonly blank: Int32Array;
  readonly dkCount: Int32Array;
  readonly nResp: Int32Array;
  readonly cnt1: Int32Array;
  readonly sum1: Float64Array;
  readonly sc1: Uint8Array;
}

const LIMIT = 2 ** 53;
const EPS8 = 8 * 2 ** -52;
let p10: number[] | undefined;
/** 10^0 … 10^30 as doubles (built on first use). */
function powersOf10(): number[] {
  if (p10 === undefined) {
    p10 = [];
    for (let e = 0; e <= 30; e++) p10.push(Number(`1e${e}`));
  }
  return p10;
}

/** The scale of the last {@link scaled} result (a module variable: no object per call). */
let scale = 0;
/** The scaled integer of a finite double (sets `scale`), or NaN beyond 15 digits or 15 decimals. */
function scaled(x: number, P10: readonly number[]): number {
  if (Number.isInteger(x)) {
    scale = 0;
    return x < 1e15 && x > -1e15 ? x : Number.NaN;
  }
  for (let e = 1; e <= 15; e++) {
    const X = Math.round(x * P10[e]!);
    if (X / P10[e]! === x) {
      scale = e;
      return X < 1e15 && X > -1e15 ? X : Number.NaN;
    }
  }
  scale = 0;
  return Number.NaN;
}

/** Where an answer is, for errors. */
const answerPath = (i: number, id: string) => ["responses", i, "answers", id];

// ---------------------------------------------------------------------------------------------
// Pass 1: validate

/** The questions (validated by {@link QuestionsSchema}, ids unique and safe) as typed arrays. */
function questionTable(questions: unknown): QuestionTable {
  const qs = readQuestions(questions, (j) => ["questions", j], ["questions"]);
  const Q = qs.length;
  const ids = qs.map((q) => q.id);
  const idSet = new Set<string>(ids);
  const kinds = new Uint8Array(Q);
  const lo = new Float64Array(Q);
  const hi = new Float64Array(Q);
  const agree = new Float64Array(Q);
  const dk: Set<string>[] = [];
  const dkNum: (Set<number> | null)[] = [];
  const fastKind = new Uint8Array(Q);
  qs.forEach((q, j) => {
    kinds[j] = q.type === "yesNo" ? Kind.YesNo : q.type === "likert" ? Kind.Likert : Kind.Numeric;
    if (q.type === "likert") {
      const [a, b] = q.scale ?? [1, 5];
      lo[j] = a;
      hi[j] = b;
      agree[j] = q.agreeFrom;
    } else if (q.type === "numeric") {
      lo[j] = q.min ?? Number.NEGATIVE_INFINITY;
      hi[j] = q.max ?? Number.POSITIVE_INFINITY;
    }
    const codes = q.dontKnow ?? (q.type === "numeric" ? [] : DK_DEFAULT);
    dk.push(new Set(codes.map((c) => (typeof c === "string" ? foldName(c) : String(c)))));
    const nums = codes.filter((c): c is number => typeof c === "number");
    dkNum.push(nums.length > 0 ? new Set(nums) : null);
    fastKind[j] =
      q.type === "yesNo"
        ? Fast.YesNo
        : dkNum[j] !== null
          ? Fast.None
          : q.type === "likert"
            ? Fast.Likert
            : lo[j] === Number.NEGATIVE_INFINITY && hi[j] === Number.POSITIVE_INFINITY
              ? Fast.Numeric
              : Fast.Bounded;
  });
  return { Q, ids, idSet, kinds, lo, hi, agree, dk, dkNum, fastKind };
}

/** `minResponses` (default 30): a whole number ≥ 0. */
function minResponsesOf(options: unknown): number {
  const m = optionsOf<AggregateOptions>(options, ["minResponses"]).minResponses ?? 30;
  if (typeof m !== "number" || !Number.isInteger(m) || m < 0) {
    throw new PgiError(
      "INVALID_INPUT",
      { en: `minResponses must be a whole number ≥ 0, got ${describe(m)}`, vi: `minResponses phải là số nguyên từ 0 trở lên, nhận được ${describe(m, "vi")}` },
      ["minResponses"],
    );
  }
  return m + 0; // + 0: no −0
}

// ---------------------------------------------------------------------------------------------
// Pass 2: index

/** Each response's unit (names folded for matching, kept as first written), in order of first appearance. */
function indexUnits(responses: readonly SurveyResponse[]): UnitIndex {
  const unitIndex = new Map<string, number>();
  const names: string[] = [];
  const of = new Int32Array(responses.length);
  for (let i = 0; i < responses.length; i++) {
    const r = responses[i] as SurveyResponse;
    if (typeof r !== "object" || r === null) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `expected a response { unit, weight?, answers }, got ${describe(r)}`,
          vi: `cần một phiếu trả lời { unit, weight?, answers }, nhận được ${describe(r, "vi")}`,
        },
        ["responses", i],
      );
    }
    const unit = r.unit;
    if (typeof unit !== "string" || unit.trim() === "") {
      throw new PgiError(
        "INVALID_INPUT",
        { en: `unit must be a non-empty string, got ${describe(unit)}`, vi: `đơn vị phải là một chuỗi ký tự không rỗng, nhận được ${describe(unit, "vi")}` },
        ["responses", i, "unit"],
      );
    }
    let k = unitIndex.get(unit);
    if (k === undefined) {
      const key = foldName(unit) || unit;
      k = unitIndex.get(key);
      if (k === undefined) {
        k = names.length;
        names.push(unit.trim());
        unitIndex.set(key, k);
      }
      unitIndex.set(unit, k);
    }
    of[i] = k;
  }
  return { names, of };
}

// ---------------------------------------------------------------------------------------------
// Pass 3: accumulate

/**
 * One answer as the validating path reads it: 1/0 for yes/no and agree/disagree, the number for
 * numeric questions, null for blank, undefined for "don't know"; anything else is refused.
 */
function readAnswer(t: QuestionTable, j: number, v: unknown, i: number): number | null | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") {
    const s = v.trim();
    if (s === "") return null;
    if (t.dk[j]!.has(foldName(s))) return undefined;
  } else if (typeof v === "number" && t.dkNum[j] !== null && t.dkNum[j]!.has(v)) return undefined;
  const kind = t.kinds[j];
  const path = answerPath(i, t.ids[j]!);
  if (kind === Kind.YesNo) {
    if (v === true || v === 1) return 1;
    if (v === false || v === 0) return 0;
    if (typeof v === "string") {
      const f = foldName(v);
      if (YES.has(f)) return 1;
      if (NO.has(f)) return 0;
    }
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `expected yes or no (true/false, 1/0, "yes"/"no", "có"/"không"), got ${describe(v)}`,
        vi: `cần câu trả lời có hoặc không (true/false, 1/0, "có"/"không", "yes"/"no"), nhận được ${describe(v, "vi")}`,
      },
      path,
    );
  }
  const x = typeof v === "number" ? v : typeof v === "string" ? Number(toDec(v, { path }).toFixed()) : Number.NaN;
  if (!Number.isFinite(x))
    throw new PgiError("INVALID_NUMBER", { en: `expected a number, got ${describe(v)}`, vi: `cần một số, nhận được ${describe(v, "vi")}` }, path);
  const lo = t.lo[j]!;
  const hi = t.hi[j]!;
  if (kind === Kind.Likert) {
    if (!Number.isInteger(x) || x < lo || x > hi) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `expected a whole number from ${lo} to ${hi}, got ${describe(v)}`,
          vi: `cần một số nguyên từ ${describe(lo, "vi")} đến ${describe(hi, "vi")}, nhận được ${describe(v, "vi")}`,
        },
        path,
      );
    }
    return x >= t.agree[j]! ? 1 : 0;
  }
  if (x < lo || x > hi) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `expected a number from ${lo} to ${hi}, got ${describe(v)}`,
        vi: `cần một số từ ${describe(lo, "vi")} đến ${describe(hi, "vi")}, nhận được ${describe(v, "vi")}`,
      },
      path,
    );
  }
  return x;
}

/** sum[k] += V at scale e (a sum keeps the larger scale); marks the cell when not exact. */
function addScaled(s: Sums, sum: Float64Array, sc: Uint8Array, k: number, V: number, e: number, P10: readonly number[]): void {
  const se = sc[k]!;
  if (e > se) {
    sum[k] = sum[k]! * P10[e - se]!;
    sc[k] = e;
  } else if (e < se) V *= P10[se - e]!;
  const t = sum[k]! + V;
  if (!(t < LIMIT && t > -LIMIT && sum[k]! < LIMIT && sum[k]! > -LIMIT && V < LIMIT && V > -LIMIT)) s.inexact[k] = 1;
  sum[k] = t;
}

/** Add a numeric answer to the fast sums, raising the cell's scale if needed; false if not exact. */
function addNumeric(s: Sums, k: number, v: number, P10: readonly number[]): boolean {
  const X0 = scaled(v, P10);
  if (X0 !== X0) return false;
  const e = scale;
  const se = s.sc1[k]!;
  const sum = e > se ? s.sum1[k]! * P10[e - se]! : s.sum1[k]!;
  const X = e < se ? X0 * P10[se - e]! : X0;
  const t = sum + X;
  if (!(t < LIMIT && t > -LIMIT && sum < LIMIT && sum > -LIMIT && X < LIMIT && X > -LIMIT)) return false;
  if (e > se) s.sc1[k] = e;
  s.sum1[k] = t;
  s.cnt1[k] = s.cnt1[k]! + 1;
  return true;
}

/** The validating path: one answer the fast path did not take (v is not undefined), weight W at scale ew. */
function validateAnswer(
  t: QuestionTable,
  s: Sums,
  fast: boolean,
  i: number,
  j: number,
  k: number,
  v: unknown,
  W: number,
  ew: number,
  P10: readonly number[],
): void {
  let x: number | null | undefined;
  if (v === null) x = null;
  else if (fast && typeof v === "boolean" && t.kinds[j] === Kind.YesNo) x = v ? 1 : 0;
  else if (fast && typeof v === "number" && t.dkNum[j] === null && v === v) {
    const kind = t.kinds[j];
    if (kind === Kind.Likert && v >= t.lo[j]! && v <= t.hi[j]! && Math.floor(v) === v) x = v >= t.agree[j]! ? 1 : 0;
    else if (kind === Kind.Numeric && v >= t.lo[j]! && v <= t.hi[j]! && v - v === 0) x = v;
    else x = readAnswer(t, j, v, i);
  } else x = readAnswer(t, j, v, i);
  if (x === null) s.blank[k] = s.blank[k]! + 1;
  else if (x === undefined) s.dkCount[k] = s.dkCount[k]! + 1;
  else {
    s.valid[k] = s.valid[k]! + 1;
    if (ew === 0 && s.scW[k] === 0 && s.scWX[k] === 0 && (x === 0 || x === 1)) {
      // Counts (weight 1 or whole weights, yes/no or agree/disagree).
      const sw = s.sumW[k]! + W;
      const swx = s.sumWX[k]! + W * x;
      if (!(sw < LIMIT && swx < LIMIT)) s.inexact[k] = 1;
      s.sumW[k] = sw;
      s.sumWX[k] = swx;
    } else {
      const X = x === 0 || x === 1 ? x : scaled(x, P10);
      const ex = x === 0 || x === 1 ? 0 : scale;
      const WX = W * X;
      if (!(WX < LIMIT && WX > -LIMIT) || ew + ex > 30) s.inexact[k] = 1;
      else {
        addScaled(s, s.sumW, s.scW, k, W, ew, P10);
        addScaled(s, s.sumWX, s.scWX, k, WX, ew + ex, P10);
      }
    }
  }
}

/**
 * The fast path for one unweighted response: plain counts for yes/no and Likert answers and, for
 * numeric answers, integer sums at the cell's own scale (sum1 = Σ x·10^sc1, exact below 2^53).
 * Answers it does not recognise at a glance (strings, "don't know" codes, NaN, out of range, more
 * decimals than the cell's scale…) go through the validating path, which gives the same errors.
 * Returns how many of the questions were answered (not undefined).
 */
function fastResponse(t: QuestionTable, s: Sums, a: Record<string, unknown>, i: number, base: number, P10: readonly number[]): number {
  const { Q, ids, fastKind, lo, hi, agree } = t;
  const { cnt1, sum1, sc1, blank } = s;
  let seen = 0;
  for (let j = 0; j < Q; j++) {
    const v = a[ids[j]!];
    const k = base + j;
    if (v === undefined) {
      blank[k] = blank[k]! + 1;
      continue;
    }
    seen++;
    const f = fastKind[j];
    if (f === Fast.YesNo) {
      if (v === true) {
        cnt1[k] = cnt1[k]! + 1;
        sum1[k] = sum1[k]! + 1;
        continue;
      }
      if (v === false) {
        cnt1[k] = cnt1[k]! + 1;
        continue;
      }
    } else if (typeof v === "number") {
      if (f === Fast.Likert) {
        if (v >= lo[j]! && v <= hi[j]! && Math.floor(v) === v) {
          cnt1[k] = cnt1[k]! + 1;
          if (v >= agree[j]!) sum1[k] = sum1[k]! + 1;
          continue;
        }
      } else if (f === Fast.Numeric || (f === Fast.Bounded && v >= lo[j]! && v <= hi[j]!)) {
        // X / p === v with |X| < 10^15: X is the exact decimal of v at this scale (NaN and
        // ±Infinity fail here and are refused by the validating path).
        const p = P10[sc1[k]!]!;
        const X = Math.round(v * p);
        const sum = sum1[k]! + X;
        if (X / p === v && X < 1e15 && X > -1e15 && sum < LIMIT && sum > -LIMIT) {
          cnt1[k] = cnt1[k]! + 1;
          sum1[k] = sum;
          continue;
        }
        if (addNumeric(s, k, v, P10)) continue;
      }
    }
    validateAnswer(t, s, true, i, j, k, v, 1, 0, P10);
  }
  return seen;
}

/** Every response's answers into the cells' counts and exact sums (the fast sums merged at the end). */
function accumulate(responses: readonly SurveyResponse[], t: QuestionTable, units: UnitIndex, fast: boolean): Sums {
  const U = units.names.length;
  const { Q, ids, idSet } = t;
  const n = U * Q;
  const s: Sums = {
    sumW: new Float64Array(n),
    sumWX: new Float64Array(n),
    scW: new Uint8Array(n),
    scWX: new Uint8Array(n),
    inexact: new Uint8Array(n),
    valid: new Int32Array(n),
    blank: new Int32Array(n),
    dkCount: new Int32Array(n),
    nResp: new Int32Array(U),
    cnt1: new Int32Array(n),
    sum1: new Float64Array(n),
    sc1: new Uint8Array(n),
  };
  const P10 = powersOf10();
  for (let i = 0; i < responses.length; i++) {
    const r = responses[i]!;
    const u = units.of[i]!;
    s.nResp[u] = s.nResp[u]! + 1;
    let W = 1;
    let ew = 0;
    let unweighted = fast;
    if (r.weight !== undefined) {
      const w = r.weight;
      if (typeof w !== "number" || !Number.isFinite(w) || w <= 0) {
        throw new PgiError(
          "INVALID_INPUT",
          { en: `weight must be a positive number, got ${describe(w)}`, vi: `trọng số phải là một số dương, nhận được ${describe(w, "vi")}` },
          ["responses", i, "weight"],
        );
      }
      W = scaled(w, P10);
      ew = scale;
      unweighted = false;
    }
    const a = r.answers as Record<string, unknown>;
    if (typeof a !== "object" || a === null || Array.isArray(a)) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `answers must be an object { question: answer }, got ${describe(a)}`,
          vi: `answers phải là một đối tượng { câu hỏi: câu trả lời }, nhận được ${describe(a, "vi")}`,
        },
        ["responses", i, "answers"],
      );
    }
    // The number of own keys, for the unknown-question check after the answers are read. Taken
    // first: it walks the whole object, so the reads below find it in the CPU cache (≈ 30 % faster
    // on objects built key by key, which V8 keeps as hash tables). If it throws (a hostile Proxy),
    // it is taken again after the answers, where it throws as before.
    let nKeys: number;
    try {
      nKeys = Object.keys(a).length;
    } catch {
      nKeys = -1;
    }
    const base = u * Q;
    let seen = 0;
    if (unweighted) seen = fastResponse(t, s, a, i, base, P10);
    else {
      for (let j = 0; j < Q; j++) {
        const v = a[ids[j]!];
        const k = base + j;
        if (v === undefined) {
          s.blank[k] = s.blank[k]! + 1;
          continue;
        }
        seen++;
        validateAnswer(t, s, fast, i, j, k, v, W, ew, P10);
      }
    }
    // Answers to questions that do not exist would be lost silently: refuse them.
    if (nKeys !== seen) {
      for (const key of Object.keys(a)) {
        if (!idSet.has(key) && a[key] !== undefined) {
          const list = `${ids.slice(0, 10).join(", ")}${ids.length > 10 ? ", …" : ""}`;
          throw new PgiError(
            "INVALID_INPUT",
            {
              en: `answer to an unknown question ${describe(key)}; questions: ${list}`,
              vi: `câu trả lời cho câu hỏi ${describe(key, "vi")} không có trong danh sách câu hỏi; các câu hỏi: ${list}`,
            },
            ["responses", i, "answers", key],
          );
        }
      }
    }
  }
  mergeFastSums(s, n, P10);
  return s;
}

/** Merge the fast sums into the validating path's: ΣW gains the count (weight 1 each), ΣW·X the scaled sum. */
function mergeFastSums(s: Sums, n: number, P10: readonly number[]): void {
  for (let k = 0; k < n; k++) {
    const c = s.cnt1[k]!;
    if (c === 0) continue;
    s.valid[k] = s.valid[k]! + c;
    if (s.valid[k] === c && s.inexact[k] === 0) {
      s.sumW[k] = c;
      s.sumWX[k] = s.sum1[k]!;
      s.scWX[k] = s.sc1[k]!;
    } else {
      // A merge beyond 2^53 marks the cell for the exact recomputation.
      addScaled(s, s.sumW, s.scW, k, c, 0, P10);
      addScaled(s, s.sumWX, s.scWX, k, s.sum1[k]!, s.sc1[k]!, P10);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Pass 4: exact cells

/** The responses of each unit, for the exact recomputation of marked cells (built once, when needed). */
function responsesByUnit(units: UnitIndex, count: number): Int32Array[] {
  const U = units.names.length;
  const counts = new Int32Array(U);
  for (let i = 0; i < count; i++) counts[units.of[i]!]!++;
  const lists = Array.from({ length: U }, (_, v) => new Int32Array(counts[v]!));
  counts.fill(0);
  for (let i = 0; i < count; i++) lists[units.of[i]!]![counts[units.of[i]!]!++] = i;
  return lists;
}

/**
 * The exact value of cell (u, j) as a rational (shares in %, so ×100): from the scaled integer
 * sums, or, for a cell marked inexact, from its own unit's answers.
 */
function exactCell(t: QuestionTable, s: Sums, u: number, j: number, own: () => Int32Array, responses: readonly SurveyResponse[]): Rat {
  const k = u * t.Q + j;
  const mult = t.kinds[j] === Kind.Numeric ? 1n : 100n;
  if (s.inexact[k] === 0) {
    return [BigInt(s.sumWX[k]!) * 10n ** BigInt(s.scW[k]!) * mult, BigInt(s.sumW[k]!) * 10n ** BigInt(s.scWX[k]!)];
  }
  let sw: Rat = [0n, 1n];
  let swx: Rat = [0n, 1n];
  for (const i of own()) {
    const x = readAnswer(t, j, (responses[i]!.answers as Record<string, unknown>)[t.ids[j]!], i);
    if (x === null || x === undefined) continue;
    const w = ratOf(responses[i]!.weight ?? 1);
    sw = radd(sw, w);
    swx = radd(swx, rmul(w, ratOf(x)));
  }
  return [swx[0] * sw[1] * mult, swx[1] * sw[0]];
}

// ---------------------------------------------------------------------------------------------
// Pass 5: result

/**
 * The rounded value of cell (u, j) (2 dp half-up; shares in %), or null with no valid answer: by
 * the float quotient of the exact sums, unless it lies within its error bound of a rounding tie
 * (or the cell is inexact), where the exact rational decides.
 */
function cellValue(t: QuestionTable, s: Sums, u: number, j: number, exact: (u: number, j: number) => Rat, P10: readonly number[]): number | null {
  const k = u * t.Q + j;
  if (s.valid[k]! === 0) return null;
  let v = s.sumWX[k]! / s.sumW[k]!;
  if (s.scW[k] !== s.scWX[k]) v = s.scW[k]! > s.scWX[k]! ? v * P10[s.scW[k]! - s.scWX[k]!]! : v / P10[s.scWX[k]! - s.scW[k]!]!;
  const scaledV = t.kinds[j] === Kind.Numeric ? v * 100 : v * 10000;
  const abs = scaledV < 0 ? -scaledV : scaledV;
  const fl = Math.floor(abs);
  const fr = abs - fl - 0.5;
  const win = 1e-9 + abs * EPS8;
  if (s.inexact[k] === 1 || !(abs < 2 ** 51) || (fr < win && fr > -win)) return roundRat(exact(u, j), 2, ["units", u, "indicators", t.ids[j]!]);
  const q = fr > 0 ? fl + 1 : fl;
  return q === 0 ? 0 : (scaledV < 0 ? -q : q) / 100;
}

/** The frozen result: per unit its indicators and counts, the rows for scoreUnits, LOW_RESPONSES findings. */
function buildResult(responses: readonly SurveyResponse[], t: QuestionTable, units: UnitIndex, s: Sums, minResponses: number): SurveyAggregate {
  const { Q, ids } = t;
  const P10 = powersOf10();
  let byUnit: Int32Array[] | undefined;
  const exact = (u: number, j: number) => exactCell(t, s, u, j, () => (byUnit ??= responsesByUnit(units, responses.length))[u]!, responses);
  const out: SurveyUnit[] = [];
  const rows: UnitRow[] = [];
  const findings: Finding[] = [];
  units.names.forEach((name, u) => {
    // Entries, then Object.fromEntries: records built key by key past a dozen keys are hash tables
    // in V8, and these rows are read again by scoreUnits.
    const indicatorEntries: [string, number | null][] = new Array(Q);
    const countEntries: [string, AnswerCounts][] = new Array(Q);
    for (let j = 0; j < Q; j++) {
      const k = u * Q + j;
      indicatorEntries[j] = [ids[j]!, cellValue(t, s, u, j, exact, P10)];
      countEntries[j] = [ids[j]!, Object.freeze({ valid: s.valid[k]!, blank: s.blank[k]!, dontKnow: s.dkCount[k]! })];
    }
    const n = s.nResp[u]!;
    const flagged = n < minResponses;
    if (flagged) {
      findings.push(
        finding(
          "warning",
          "LOW_RESPONSES",
          `${name} has ${n} responses, fewer than ${minResponses}: its indicators are unreliable`,
          `${name} chỉ có ${n} phiếu, ít hơn ${minResponses}: các chỉ tiêu kém tin cậy`,
          ["units", u],
          { unit: name, responses: n, minResponses },
        ),
      );
    }
    const indicators = Object.freeze(Object.fromEntries(indicatorEntries) as Record<string, number | null>);
    out.push(
      Object.freeze({ unit: name, responses: n, flagged, indicators, counts: Object.freeze(Object.fromEntries(countEntries) as Record<string, AnswerCounts>) }),
    );
    rows.push(Object.freeze({ unit: name, indicators }));
  });
  return deepFreeze({ kind: "surveyAggregate" as const, questions: [...ids], minResponses, units: out, rows, findings });
}

/**
 * Turn firm-level survey answers into unit-level indicators.
 *
 * - `yesNo`: the share answering yes, in % (yes: `true`, `1`, "yes", "có"; no: `false`, `0`,
 *   "no", "không"; case and diacritics ignored);
 * - `likert` (default scale 1–5): the share answering `agreeFrom` or higher, in %;
 * - `numeric`: the mean (optionally bounded by `min`/`max`).
 *
 * With weights the shares and means are weighted (Σ w·x / Σ w). Blanks (`null`, missing, `""`) and
 * "don't know" codes (default "dk", "don't know", "không biết"; set `dontKnow` per question) are
 * excluded and counted. Units with fewer than `minResponses` (default 30) responses are
 * `flagged`, with a `LOW_RESPONSES` warning. Values are rounded half-up to 2 dp (exactly: near a
 * tie they are rounded from exact integer sums as a rational). `rows` feed `scoreUnits` directly.
 *
 * @throws {@link PgiError} `INVALID_INPUT` for bad questions, an answer outside its question's
 * type or scale, an unknown question, a missing unit, a weight that is not a positive number;
 * `INVALID_NUMBER` for numeric answers that are not numbers — each with the response index and
 * question id in `path`.
 *
 * @example
 * ```ts
 * const questions = [
 *   { id: "warned", type: "yesNo" },
 *   { id: "support", type: "likert", agreeFrom: 4 },
 *   { id: "cost", type: "numeric" },
 * ] as const;
 * const agg = aggregateSurvey([
 *   { unit: "Cao Lộc", answers: { warned: "có", support: 5, cost: 12.5 } },
 *   { unit: "Cao Lộc", answers: { warned: "không", support: 3, cost: 7.5 } },
 *   { unit: "Cao Lộc", answers: { warned: "dk", support: 4 } },
 * ], questions, { minResponses: 2 });
 * agg.units[0].indicators; // { warned: 50, support: 66.67, cost: 10 }
 * agg.units[0].counts.warned; // { valid: 2, blank: 0, dontKnow: 1 }
 * ```
 */
export function aggregateSurvey(responses: readonly SurveyResponse[], questions: readonly Question[], options: AggregateOptions = {}): SurveyAggregate {
  // A hostile input (a getter that throws while the responses are read) is reported as such.
  return readingInput(() => aggregate(responses, questions, options, true), [], { en: "the responses", vi: "các phiếu trả lời" });
}

/**
 * {@link aggregateSurvey} with every answer read by the validating path (no fast path): the
 * reference the fast path is tested against. @internal
 */
export function aggregateSurveyValidating(
  responses: readonly SurveyResponse[],
  questions: readonly Question[],
  options: AggregateOptions = {},
): SurveyAggregate {
  return readingInput(() => aggregate(responses, questions, options, false), [], { en: "the responses", vi: "các phiếu trả lời" });
}

/** The passes in order: validate → index → accumulate → (exact cells, on demand) → result. */
function aggregate(responses: readonly SurveyResponse[], questions: readonly Question[], options: AggregateOptions, fast: boolean): SurveyAggregate {
  const table = questionTable(questions);
  const minResponses = minResponsesOf(options);
  if (!Array.isArray(responses)) {
    throw new PgiError(
      "INVALID_INPUT",
      { en: `expected an array of responses, got ${describe(responses)}`, vi: `cần một mảng các phiếu trả lời, nhận được ${describe(responses, "vi")}` },
      ["responses"],
    );
  }
  const units = indexUnits(responses);
  const sums = accumulate(responses, table, units, fast);
  return buildResult(responses, table, units, sums, minResponses);
}

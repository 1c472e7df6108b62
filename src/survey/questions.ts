/**
 * Survey questions: their schemas and the checks aggregateSurvey makes of them (one source for
 * both, so the exported schemas accept exactly the questions aggregateSurvey accepts).
 * @module
 */
import * as z from "zod/mini";
import { describe, isReservedKey, parseWith, PgiError, zodMessage, type PgiPath } from "../errors";
import { acceptedBy } from "../schemas";
import type { Question } from "./types";

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
export function readQuestions(questions: unknown, at: (j: number) => PgiPath, base: PgiPath): Question[] {
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

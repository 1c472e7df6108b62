/**
 * Arbitraries for survey questions and responses.
 * Nothing is built at import time: each function makes its arbitrary when called. Part of
 * `pgi-kit/testing`.
 * @module
 */
import * as fc from "fast-check";
import { bound, checkOptions, refuse } from "./core";
import { fromUnits, textOf } from "./shared";
import type { Question, SurveyResponse } from "../survey/aggregate";
/** Questions and firm-level responses for `aggregateSurvey`. */
export interface SurveyCase {
  readonly questions: Question[];
  readonly responses: SurveyResponse[];
}

/** Options of {@link arbSurvey}. */
export interface SurveyArbOptions {
  /** Units the responses belong to (default three districts of Lạng Sơn). */
  readonly units?: readonly string[];
  /** Most responses (default 60). */
  readonly maxResponses?: number;
  /** Give survey weights (default: sometimes). */
  readonly weights?: boolean;
}

type QDraft = { type: "yesNo" } | { type: "likert"; top: number; agreeFrom: number } | { type: "numeric"; bounded: boolean };

/**
 * Survey questions (yes/no, Likert with `agreeFrom`, numeric, at least one of each) and 1–60
 * responses whose answers are valid for their question: yes/no as `true`, `1`, `"có"`, `"không"`,
 * `"yes"`…; Likert points on the scale; numbers with 2 decimals in range (some as `"12,5"`);
 * blanks (`null`, `""`, left out) and "don't know" (`"dk"`, `"không biết"`); weights in 0.1–5.
 *
 * Meant for: "shares lie within 0–100", "weights of 1 change nothing", "blanks and don't-know
 * answers are counted, not scored".
 *
 * @example
 * ```ts
 * fc.check(fc.property(arbSurvey(), ({ questions, responses }) =>
 *   aggregateSurvey(responses, questions, { minResponses: 1 }).units.every((u) =>
 *     questions.every((q) => q.type === "numeric" || u.indicators[q.id] === null || (u.indicators[q.id] >= 0 && u.indicators[q.id] <= 100))))).failed; // false
 * ```
 */
export function arbSurvey(options: SurveyArbOptions = {}): fc.Arbitrary<SurveyCase> {
  checkOptions(options, "{ units?, maxResponses?, weights? }");
  const units = options.units ?? ["Cao Lộc", "Hữu Lũng", "Chi Lăng"];
  if (!Array.isArray(units) || units.length === 0 || units.some((u) => typeof u !== "string" || u.trim() === "")) {
    refuse(["units"], { en: "units must be a non-empty list of unit names", vi: "units phải là một danh sách không rỗng các tên đơn vị" });
  }
  const maxResponses = bound(options.maxResponses, "maxResponses", 60, 1, 100_000);
  const weighted = options.weights === undefined ? fc.boolean() : fc.constant(options.weights === true);
  const extra = fc.oneof(
    fc.constant<QDraft>({ type: "yesNo" }),
    fc.integer({ min: 5, max: 7 }).chain((top) => fc.integer({ min: 1, max: top }).map((agreeFrom): QDraft => ({ type: "likert", top, agreeFrom }))),
    fc.boolean().map((bounded): QDraft => ({ type: "numeric", bounded })),
  );
  const base = fc.tuple(
    fc.constant<QDraft>({ type: "yesNo" }),
    fc.integer({ min: 1, max: 5 }).map((agreeFrom): QDraft => ({ type: "likert", top: 5, agreeFrom })),
    fc.boolean().map((bounded): QDraft => ({ type: "numeric", bounded })),
  );
  return fc.tuple(base, fc.array(extra, { maxLength: 3 }), weighted).chain(([b, more, withWeights]) => {
    const drafts = [...b, ...more];
    const questions: Question[] = drafts.map((d, j) => {
      const id = `q${j + 1}`;
      if (d.type === "yesNo") return { id, type: "yesNo" };
      if (d.type === "likert")
        return d.top === 5 ? { id, type: "likert", agreeFrom: d.agreeFrom } : { id, type: "likert", scale: [1, d.top], agreeFrom: d.agreeFrom };
      return d.bounded ? { id, type: "numeric", min: 0, max: 100 } : { id, type: "numeric" };
    });
    const blank = fc.constantFrom<null | "" | undefined>(null, "", undefined);
    const answer = (d: QDraft): fc.Arbitrary<unknown> => {
      if (d.type === "yesNo") {
        return fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom<unknown>(true, false, 1, 0, "có", "không", "yes", "no", "Có", "KHÔNG") },
          { weight: 1, arbitrary: blank },
          { weight: 1, arbitrary: fc.constantFrom("dk", "không biết") },
        );
      }
      if (d.type === "likert") {
        return fc.oneof(
          { weight: 6, arbitrary: fc.integer({ min: 1, max: d.top }) },
          { weight: 1, arbitrary: blank },
          { weight: 1, arbitrary: fc.constantFrom("dk", "không biết") },
        );
      }
      const cents = fc.integer({ min: 0, max: 10_000 });
      return fc.oneof(
        { weight: 5, arbitrary: cents.map((c) => fromUnits(c)) },
        { weight: 2, arbitrary: cents.map((c) => textOf(c, 2, "vi", false)) },
        { weight: 1, arbitrary: blank },
      );
    };
    const response = fc.record({
      unit: fc.constantFrom(...units),
      weight: fc.integer({ min: 1, max: 50 }),
      answers: fc.tuple(...drafts.map(answer)),
    });
    return fc.array(response, { minLength: 1, maxLength: maxResponses }).map((rs) => ({
      questions,
      responses: rs.map((r): SurveyResponse => {
        const answers: Record<string, unknown> = {};
        r.answers.forEach((a, j) => {
          if (a !== undefined) answers[`q${j + 1}`] = a;
        });
        return { unit: r.unit, ...(withWeights ? { weight: fromUnits(r.weight, 1) } : {}), answers };
      }),
    }));
  });
}

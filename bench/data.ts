/** Deterministic synthetic data for the benches (a linear congruential generator, no Math.random). */
import { defineFramework, type Framework, type Question, type SurveyResponse, type UnitRow } from "../src/index";

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** A framework of 4 components and `m` indicators, every third one "lower is better". */
export function framework(m: number): Framework {
  const comps = ["pollution", "compliance", "greenPractices", "incentives"];
  return defineFramework({
    id: `bench-${m}`,
    name: { vi: "bench", en: "bench" },
    components: comps.map((id) => ({ id })),
    indicators: Array.from({ length: m }, (_, i) => ({ id: `i${String(i + 1).padStart(2, "0")}`, component: comps[i % 4]!, direction: i % 3 === 2 ? ("lower" as const) : ("higher" as const) })),
  });
}

/** `n` units with one-decimal percentages, about 1 % missing. */
export function rows(fw: Framework, n: number, seed = 1): UnitRow[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, u) => {
    const indicators: Record<string, number | null> = {};
    for (const ind of fw.indicators) indicators[ind.id] = r() < 0.01 ? null : Math.round(r() * 1000) / 10;
    return { unit: `U${u}`, indicators };
  });
}

/** `n` responses × 50 questions over `units` units: 20 yes/no, 20 likert, 10 numeric. */
export function survey(n: number, units: number, seed = 2): { responses: SurveyResponse[]; questions: Question[] } {
  const r = rng(seed);
  const questions: Question[] = Array.from({ length: 50 }, (_, j) =>
    j < 20 ? { id: `q${j}`, type: "yesNo" as const } : j < 40 ? { id: `q${j}`, type: "likert" as const, agreeFrom: 4 } : { id: `q${j}`, type: "numeric" as const },
  );
  const responses = Array.from({ length: n }, (_, i) => {
    const answers: Record<string, unknown> = {};
    for (let j = 0; j < 50; j++) {
      const x = r();
      answers[`q${j}`] = x < 0.02 ? null : j < 20 ? x < 0.5 : j < 40 ? 1 + Math.floor(x * 5) : Math.round(x * 10000) / 100;
    }
    return { unit: `U${i % units}`, answers };
  });
  return { responses, questions };
}

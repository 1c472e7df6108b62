// Public API of survey aggregation (re-exported by src/index.ts).
export { aggregateSurvey, QuestionSchema, QuestionsSchema } from "./aggregate";
export type { AggregateOptions, AnswerCounts, Question, SurveyAggregate, SurveyResponse, SurveyUnit } from "./aggregate";

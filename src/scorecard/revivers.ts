/**
 * Score cards from their copies (JSON, spread), for the renderers.
 * @internal
 * @module
 */
import type { Revivers } from "../render/types";
import { asScoreCard } from "./scorecard";

/** Revivers of score cards. @internal */
export const scoreCardRevivers: Revivers = { scoreCard: (value, framework, path) => asScoreCard(value, path, framework) };

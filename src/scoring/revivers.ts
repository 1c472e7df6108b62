/**
 * Scorings from their copies (JSON, spread), for the renderers.
 * @internal
 * @module
 */
import type { Revivers } from "../render/types";

/** Revivers of scorings. @internal */
export const scoringRevivers: Revivers = {};

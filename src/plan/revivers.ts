/**
 * Plans from their copies (JSON, spread), for the renderers.
 * @internal
 * @module
 */
import type { Revivers } from "../render/types";
import { asPlan, type Plan } from "./create";

/** Revivers of plans. @internal */
export const planRevivers: Revivers = { plan: (value, framework, path) => asPlan(value as Plan<string>, framework, path) };

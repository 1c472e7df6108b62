/**
 * Trajectories from their copies (JSON, spread), for the renderers.
 * @internal
 * @module
 */
import type { Revivers } from "../render/types";
import { asTrajectory } from "./trajectory";

/** Revivers of trajectories. @internal */
export const targetsRevivers: Revivers = { trajectory: (value, _framework, path) => asTrajectory(value, path) };

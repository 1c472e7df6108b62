/**
 * Renderers for the results of this folder, by their `kind`.
 * @internal
 * @module
 */
import type { RendererMap } from "../render/types";

export const scoringRenderers: RendererMap = {};

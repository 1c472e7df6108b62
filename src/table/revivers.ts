/**
 * Score tables from their copies (JSON, spread), for the renderers.
 * @internal
 * @module
 */
import type { Revivers } from "../render/types";
import { asTable } from "./table";

/** Revivers of score tables. @internal */
export const tableRevivers: Revivers = { scoreTable: (value, _framework, path) => asTable(value, path) };

/**
 * How sure a ranking is: sensitivity indices of any model (and, built on them, of a framework's
 * ranks).
 * @module
 */
export { sobolIndices, SOBOL_DECIMALS } from "./sobol";
export type { SobolIndex, SobolModel, SobolOptions, SobolResult } from "./sobol";

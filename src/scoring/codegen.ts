/**
 * Code generation, in one place. The scoring engine generates small functions from a framework's
 * validated ids (a reader of its rows, a builder of its result records) because V8 runs
 * straight-line code with constant property names several times faster than loops over names.
 * Whether `new Function` may run is probed once (a Content-Security-Policy without
 * 'unsafe-eval', or `node --disallow-code-generation-from-strings`, refuses it); callers can also
 * opt out with {@link configure}. Every generated function has a plain fallback that gives the
 * same results; ids enter generated code only as JSON string literals, after validation.
 * @module
 */

let probed: boolean | undefined;
let jitless = false;

/** Options of {@link configure}. */
export interface ConfigureOptions {
  /**
   * `true`: never generate code (`new Function`); scoring builds its readers and records with plain
   * loops — the same results, a few times slower. For environments that forbid code generation
   * without saying so, or to take `new Function` out of a security review. Default `false`
   * (generation is used where the environment allows it, which is probed once).
   */
  readonly jitless?: boolean;
}

/**
 * Configure pgi-kit's engine for the whole program (in the spirit of zod's `jitless`). Results do
 * not depend on it; only speed does. Returns the configuration now in force.
 *
 * @example
 * ```ts
 * const fw = defineFramework({ id: "d", name: { vi: "D", en: "D" }, components: [{ id: "env" }],
 *   indicators: [{ id: "waste", component: "env", direction: "higher" }] });
 * const rows = [{ unit: "A", indicators: { waste: 90 } }, { unit: "B", indicators: { waste: 60 } }];
 * configure({ jitless: true });  // no generated code from now on
 * scoreUnits(fw, rows).units[0].indicators; // { waste: 10 }
 * configure({ jitless: false }); // { jitless: false }
 * ```
 */
export function configure(options: ConfigureOptions): { readonly jitless: boolean } {
  if (typeof options === "object" && options !== null && typeof options.jitless === "boolean") jitless = options.jitless;
  return { jitless };
}

/** Whether generated code may be used now: not opted out, and allowed (probed once). @internal */
export function canGenerate(): boolean {
  if (jitless) return false;
  if (probed === undefined) {
    try {
      probed = new Function("return 1")() === 1;
    } catch {
      probed = false;
    }
  }
  return probed;
}

/**
 * A function generated from `params` and `body` (strict mode), or null where code generation is
 * refused or opted out of. @internal
 */
export function generate<F>(params: readonly string[], body: string): F | null {
  if (!canGenerate()) return null;
  try {
    return new Function(...params, `"use strict";${body}`) as F;
  } catch {
    return null;
  }
}

/**
 * Results that display themselves: in Deno's Jupyter kernel (`Symbol.for("Jupyter.display")`)
 * and in Node's REPL / `console.log` (`Symbol.for("nodejs.util.inspect.custom")`).
 *
 * Both methods are non-enumerable and symbol-keyed, so a result's keys, its JSON and its
 * frozenness are unchanged, and `{ ...result }` or a JSON copy does not carry them. The Jupyter
 * method loads the renderers with a run-time `import()` on first use: importing `createPlan`
 * alone does not pull the renderers into a bundle.
 * @internal
 * @module
 */

interface MimeModule {
  jupyterBundle(value: unknown): Promise<Record<string, unknown>>;
}

/**
 * The renderers, loaded on first display from the `mime` module beside this one (`dist/mime.js`
 * in the package, `src/mime.ts` in the sources). The specifier is computed at run time on
 * purpose: bundlers leave it alone, so a bundle that creates results does not carry the
 * renderers. Where `import.meta.url` is unknown (the CommonJS build), there is no rich display.
 */
async function loadMime(): Promise<MimeModule | null> {
  const here: unknown = import.meta.url; // undefined in the CommonJS build (tsup.config.ts)
  if (typeof here !== "string") return null;
  let failure: unknown = null;
  for (const file of ["./mime.js", "./mime.ts"]) {
    try {
      return (await import(/* webpackIgnore: true */ /* @vite-ignore */ new URL(file, here).href)) as MimeModule;
    } catch (e) {
      failure ??= e;
    }
  }
  throw failure;
}

/** Deno's Jupyter display protocol: an (async) MIME bundle of this result. */
async function jupyterDisplay(this: unknown): Promise<Record<string, unknown>> {
  const mime = await loadMime();
  return mime ? mime.jupyterBundle(this) : { "text/plain": JSON.stringify(this, null, 2) };
}

type Inspect = (value: unknown, options?: Record<string, unknown>) => string;

/**
 * Node's REPL view: the result under a name made from its kind (`GapReport { … }`), nested
 * rows shown to the end instead of `[Object]`.
 */
function inspectResult(this: unknown, depth: number, options: Record<string, unknown> | undefined, inspect?: Inspect): unknown {
  const value = this as Record<string, unknown>;
  const kind = typeof value.kind === "string" ? value.kind : "Result";
  const name = kind.charAt(0).toUpperCase() + kind.slice(1);
  // A fresh object of a class with that name; spreading leaves the symbol methods behind.
  const view = Array.isArray(value)
    ? [...value]
    : Object.assign(new ({ [name]: class {} } as Record<string, new () => object>)[name]!(), value);
  if (typeof inspect !== "function") return view;
  return inspect(view, { ...options, depth: depth < 0 ? depth : Math.max(depth, 6) });
}

/**
 * Give a result (an object with a string `kind`, or an array of findings) the display methods.
 * Call it before freezing; a frozen or non-object value is left as it is.
 */
export function attachDisplay<T>(value: T): T {
  const JUPYTER = Symbol.for("Jupyter.display");
  if (typeof value === "object" && value !== null && !Object.isFrozen(value) && !Object.prototype.hasOwnProperty.call(value, JUPYTER)) {
    Object.defineProperty(value, JUPYTER, { value: jupyterDisplay, enumerable: false, writable: false, configurable: false });
    Object.defineProperty(value, Symbol.for("nodejs.util.inspect.custom"), { value: inspectResult, enumerable: false, writable: false, configurable: false });
  }
  return value;
}

/**
 * Results that display themselves: in Deno's Jupyter kernel (`Symbol.for("Jupyter.display")`)
 * and in Node's REPL / `console.log` (`Symbol.for("nodejs.util.inspect.custom")`).
 *
 * Both methods are non-enumerable and symbol-keyed, so a result's keys, its JSON and its
 * frozenness are unchanged, and `{ ...result }` or a JSON copy does not carry them. The Jupyter
 * method is synchronous: the domain that makes a result hands over its own renderers (`show`),
 * so a result displays at once with exactly the renderers of its domain, and a bundle that makes
 * plans carries the plan renderers and no other domain's.
 * @internal
 * @module
 */

/** A result's notebook display: its MIME bundle, built at once. @internal */
export type Show = (value: unknown) => Record<string, unknown> | Promise<Record<string, unknown>>;

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
  const view = Array.isArray(value) ? [...value] : Object.assign(new ({ [name]: class {} } as Record<string, new () => object>)[name]!(), value);
  if (typeof inspect !== "function") return view;
  return inspect(view, { ...options, depth: depth < 0 ? depth : Math.max(depth, 6) });
}

/** The display of a result whose domain gave no renderers: its JSON as plain text. */
function plainDisplay(this: unknown): Record<string, unknown> {
  return { "text/plain": JSON.stringify(this, null, 2) };
}

/**
 * Give a result (an object with a string `kind`, or an array of findings) the display methods,
 * rendering with `show` (the renderers of the result's domain). Call it before freezing; a frozen
 * or non-object value, or one that has them already, is left as it is.
 */
export function attachDisplay<T>(value: T, show?: Show): T {
  const JUPYTER = Symbol.for("Jupyter.display");
  if (typeof value === "object" && value !== null && !Object.isFrozen(value) && !Object.hasOwn(value, JUPYTER)) {
    const display = show
      ? function jupyterDisplay(this: unknown): Record<string, unknown> | Promise<Record<string, unknown>> {
          return show(this);
        }
      : plainDisplay;
    Object.defineProperty(value, JUPYTER, { value: display, enumerable: false, writable: false, configurable: false });
    Object.defineProperty(value, Symbol.for("nodejs.util.inspect.custom"), { value: inspectResult, enumerable: false, writable: false, configurable: false });
  }
  return value;
}

/**
 * Small internal helpers shared by every module.
 * @internal
 * @module
 */
import { attachDisplay, type Show } from "./display";

/**
 * Freeze an object and everything reachable from it; returns the same object typed as readonly.
 * A result (an object whose `kind` is a string) first gets its display methods (see `display.ts`:
 * non-enumerable, symbol-keyed, so its keys and JSON are unchanged), rendering with `show`, the
 * renderers of the result's domain; this is the one place results get them.
 */
export function deepFreeze<T>(value: T, show?: Show): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    if (typeof (value as { kind?: unknown }).kind === "string") attachDisplay(value, show);
    freezeTree(value);
  }
  return value;
}

function freezeTree(value: unknown): void {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) freezeTree((value as Record<string, unknown>)[key]);
  }
}

/**
 * Fold a name for matching: Unicode NFD, Vietnamese diacritics removed (đ → d), lower case,
 * typographic and ASCII quotes removed, every run of non-alphanumerics dropped.
 * `"“Đảm bảo tuân thủ”"` and `"dam bao tuan thu"` both fold to `"dambaotuanthu"`.
 */
export function foldName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

let made: WeakMap<object, string> | undefined;

/**
 * Deep-freeze a result built by pgi-kit and remember it as genuine (under its `kind`, or
 * "framework"), so that passing it back in costs nothing; a copy (JSON, spread, hand-made) is
 * re-validated instead (see `src/revive.ts`). `show` is the result's notebook display (its domain's
 * renderers).
 */
export function seal<T>(value: T, show?: Show): T {
  deepFreeze(value, show);
  if (typeof value === "object" && value !== null) {
    const kind = (value as { kind?: unknown }).kind;
    (made ??= new WeakMap()).set(value, typeof kind === "string" ? kind : "framework");
  }
  return value;
}

/** True for an object that pgi-kit built and sealed as `kind` (not a copy). */
export function isSealed(value: unknown, kind: string): boolean {
  return typeof value === "object" && value !== null && made !== undefined && made.get(value) === kind;
}

/**
 * Freeze a result whose parts are frozen already (or cannot be: typed arrays), give it its display
 * (`show`) and remember it as genuine under its `kind`, like {@link seal} without the deep walk.
 */
export function sealShallow<T extends { readonly kind: string }>(value: T, show?: Show): T {
  attachDisplay(value, show);
  Object.freeze(value);
  (made ??= new WeakMap()).set(value, value.kind);
  return value;
}

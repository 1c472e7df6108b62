/**
 * Errors shown where they belong: at the field a library error's path names, else in a banner of
 * its section. Each error is kept in both languages (`message` and `messageVi` of a PgiError) and
 * drawn in the page's language, so a language switch redraws it.
 */
import { isPgiError, PGI, subIndex, type PgiPath } from "../dist/index.js";
import { h } from "./dom";
import { strings, type Text } from "./i18n";
import { state, type Ids } from "./state";

interface Shown {
  /** The id of the section the error belongs to. */
  readonly scope: string;
  /** The field it is shown at, or `null` for the section's banner. */
  readonly field: string | null;
  readonly text: Text;
}
let shown: Shown[] = [];
/** The plan check's errors at their fields (kept apart: they come and go with the plan). */
let checkErrors: { readonly field: string; readonly text: Text }[] = [];

/** Replace the plan check's errors shown at fields, and redraw. */
export function setCheckErrors(list: readonly { readonly field: string; readonly text: Text }[]): void {
  checkErrors = [...list];
  drawErrors();
}

/** An error's text in both languages: a PgiError's own two messages, else its message as it is. */
export function textOf(e: unknown): Text {
  if (isPgiError(e)) return { en: e.message, vi: e.messageVi };
  const m = e instanceof Error ? e.message : String(e);
  return { en: m, vi: m };
}

/** Draw every kept error in the page's language (field errors first cleared). */
export function drawErrors(): void {
  for (const el of document.querySelectorAll<HTMLElement>(".field.invalid")) el.classList.remove("invalid");
  for (const el of document.querySelectorAll<HTMLElement>(".field .error")) el.textContent = "";
  for (const el of document.querySelectorAll<HTMLElement>(".banner.thrown")) el.remove();
  const lang = state.lang;
  for (const s of shown) {
    if (s.field !== null) {
      addFieldError(s.field, s.text[lang]);
      continue;
    }
    const banner = h("div", { class: "banner error thrown", role: "alert" }, `${strings(lang).error}: ${s.text[lang]}`);
    const scope = document.getElementById(s.scope);
    scope?.querySelector(".actions")?.after(banner);
  }
  for (const c of checkErrors) addFieldError(c.field, c.text[lang]);
}

/** Add a message at a field (after any already there). */
function addFieldError(fieldId: string, message: string): void {
  const f = document.getElementById(`${fieldId}-field`);
  const el = document.getElementById(`${fieldId}-error`);
  if (!f || !el) return;
  f.classList.add("invalid");
  el.textContent = [el.textContent, message].filter(Boolean).join("; ");
}

export function clearErrors(scope: HTMLElement): void {
  shown = shown.filter((s) => s.scope !== scope.id);
  drawErrors();
}

export function showBanner(scope: HTMLElement, text: Text): void {
  shown.push({ scope: scope.id, field: null, text });
  drawErrors();
}

/**
 * A message without the path the library puts in front ("targets.compliance: …"): at its field
 * the label says where, and the path's ids are not for a Vietnamese reader. Only a prefix written
 * exactly as the library writes paths is cut.
 */
function withoutPath(message: string, path: PgiPath): string {
  let where = "";
  for (const p of path) where += typeof p === "number" ? `[${p}]` : where === "" ? p : `.${p}`;
  return where !== "" && message.startsWith(`${where}: `) ? message.slice(where.length + 2) : message;
}

/** Show the page's own message (both languages) at a field. */
export function showAtField(scope: HTMLElement, field: string, text: Text): void {
  shown.push({ scope: scope.id, field, text });
  drawErrors();
}

/** Show a thrown error at the field its path names (a map from the library's paths to field ids). */
export function report(scope: HTMLElement, e: unknown, fieldOf: (path: PgiPath) => string | null): void {
  const id = isPgiError(e) ? fieldOf(e.path) : null;
  const field = id && document.getElementById(`${id}-field`) ? id : null;
  const text = textOf(e);
  const at = field !== null && isPgiError(e) ? { en: withoutPath(text.en, e.path), vi: withoutPath(text.vi, e.path) } : text;
  shown.push({ scope: scope.id, field, text: at });
  drawErrors();
}

/** Run an action; whatever it throws is shown in its section, never a blank page. */
export function safely(scope: HTMLElement, action: () => void | Promise<void>): void {
  clearErrors(scope);
  const show = (e: unknown) => showBanner(scope, textOf(e));
  try {
    const r = action();
    if (r && typeof (r as Promise<void>).catch === "function") (r as Promise<void>).catch(show);
  } catch (e) {
    show(e);
  }
}

/** The sub-index a path segment names (an id, a number, a published name), or `null`. */
export const subIndexOf = (key: unknown): Ids | null => {
  try {
    return subIndex(PGI, String(key)).id as Ids;
  } catch {
    return null;
  }
};

/** Errors shown where they belong: at the field a library error's path names, else in a banner. */
import { isPgiError, PGI, subIndex, type PgiPath } from "../dist/index.js";
import { $, h } from "./dom";
import { t, type Ids } from "./state";

export function clearErrors(scope: HTMLElement): void {
  for (const el of scope.querySelectorAll<HTMLElement>(".field.invalid")) el.classList.remove("invalid");
  for (const el of scope.querySelectorAll<HTMLElement>(".field .error")) el.textContent = "";
  for (const el of scope.querySelectorAll<HTMLElement>(".banner.error")) el.remove();
}

export function showFieldError(fieldId: string, message: string): void {
  const f = document.getElementById(`${fieldId}-field`);
  if (!f) return;
  f.classList.add("invalid");
  $(`${fieldId}-error`).textContent = message;
}

export function showBanner(scope: HTMLElement, message: string): void {
  scope.querySelector(".actions")?.after(h("div", { class: "banner error", role: "alert" }, `${t().error}: ${message}`));
}

/** Show a thrown error at the field its path names (a map from the library's paths to field ids). */
export function report(scope: HTMLElement, e: unknown, fieldOf: (path: PgiPath) => string | null): void {
  if (isPgiError(e)) {
    const id = fieldOf(e.path);
    if (id && document.getElementById(`${id}-field`)) return showFieldError(id, e.message);
    return showBanner(scope, e.message);
  }
  showBanner(scope, e instanceof Error ? e.message : String(e));
}

/** Run an action; whatever it throws is shown in its section, never a blank page. */
export function safely(scope: HTMLElement, action: () => void | Promise<void>): void {
  clearErrors(scope);
  const show = (e: unknown) => showBanner(scope, e instanceof Error ? e.message : String(e));
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

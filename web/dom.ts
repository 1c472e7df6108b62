/** Small DOM helpers: look-ups, elements, labelled fields. */
import { PGI, subIndex } from "../dist/index.js";
import { state } from "./state";

export const $ = <E extends HTMLElement = HTMLElement>(id: string): E => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el as E;
};
export const value = (id: string): string => $<HTMLInputElement | HTMLSelectElement>(id).value;

export function h(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.append(c);
  return el;
}

/** Labels whose text is computed (a sub-index name in the page's language), refreshed on a language switch. */
export const labelFns = new Map<HTMLElement, () => string>();

/** A labelled input or select with a place for its error. Its label text comes from `key`. */
export function field(id: string, key: string | (() => string), control: HTMLElement): HTMLElement {
  control.id = id;
  const label = h("label", { for: id });
  label.dataset.i18n = typeof key === "string" ? key : "";
  if (typeof key !== "string") labelFns.set(label, key);
  return h("div", { class: "field", id: `${id}-field` }, label, control, h("div", { class: "error", id: `${id}-error`, role: "alert" }));
}

export const input = (text = "", attrs: Record<string, string> = {}): HTMLInputElement => {
  const el = h("input", { type: "text", inputmode: "decimal", autocomplete: "off", ...attrs }) as HTMLInputElement;
  el.value = text;
  return el;
};

export const select = (options: readonly HTMLElement[] = []): HTMLSelectElement => {
  const el = h("select") as HTMLSelectElement;
  el.append(...options);
  return el;
};

export const button = (id: string, cls: "primary" | "secondary", key: string, disabled = false): HTMLElement =>
  h("button", { id, class: cls, type: "button", "data-i18n": key, ...(disabled ? { disabled: "" } : {}) });

export const componentName = (id: string): string => subIndex(PGI, id).name[state.lang];

/** A figure as an office would type it: a decimal comma in Vietnamese. */
export const formatTyped = (s: string): string => (state.lang === "vi" ? s.replace(".", ",") : s);

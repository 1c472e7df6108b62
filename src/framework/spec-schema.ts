/**
 * The exported schema of a framework spec: it accepts exactly what {@link defineFramework}
 * accepts. Kept apart from define.ts, whose own shape check it runs with the rest of
 * defineFramework's validation.
 * @module
 */
import { acceptedBy } from "../schemas";
import { defineFramework, type FrameworkSpec } from "./define";

/**
 * A framework spec, for apps that validate a framework file before calling: a zod/mini schema
 * that accepts exactly what {@link defineFramework} accepts — its shape (`{ id, name, components,
 * indicators?, normalization?, aggregation?, composite?, decimals? }`, see defineFramework) and
 * what refers to what (an indicator's component, ids given once, weights the rules use), with
 * defineFramework's own message and path. Its output is the input, unchanged.
 *
 * @example
 * ```ts
 * FrameworkSpecSchema.safeParse({ id: "x" }).success; // false
 * FrameworkSpecSchema.safeParse({ id: "x", name: { vi: "X", en: "X" }, components: [{ id: "a" }] }).success; // true
 * FrameworkSpecSchema.safeParse({
 *   id: "x", name: { vi: "X", en: "X" }, components: [{ id: "a" }],
 *   indicators: [{ id: "i", component: "b", direction: "higher" }],
 * }).success; // false
 * ```
 */
export const FrameworkSpecSchema = /* @__PURE__ */ (() => acceptedBy<FrameworkSpec>((spec) => defineFramework(spec as FrameworkSpec)))();

/**
 * The `pgi` commands: one file per command in this folder, each declaring its usage, help (in
 * Vietnamese and English), options and `run`; this list orders them for `pgi help`. To add a
 * command, write its file and add it to {@link COMMANDS}.
 * @internal
 * @module
 */
import type { OptionGroup } from "../args";
import { GLOBAL_OPTIONS } from "../args";
import type { Command } from "../context";
import { allocate } from "./allocate";
import { assess } from "./assess";
import { card } from "./card";
import { check } from "./check";
import { demo } from "./demo";
import { extract } from "./extract";
import { gap } from "./gap";
import { goal } from "./goal";
import { plan } from "./plan";
import { progress } from "./progress";
import { rank } from "./rank";
import { regions } from "./regions";
import { score } from "./score";
import { sensitivity } from "./sensitivity";
import { uncertainty } from "./uncertainty";
import { yoy } from "./yoy";

export type { Command, Context } from "../context";

/** Every command, in the order of `pgi help`. */
export const COMMANDS: readonly Command[] = [
  demo,
  card,
  plan,
  extract,
  check,
  gap,
  yoy,
  score,
  rank,
  regions,
  goal,
  allocate,
  assess,
  progress,
  uncertainty,
  sensitivity,
];

/** Every command, by name. */
export function commands(): Readonly<Record<string, Command>> {
  return Object.fromEntries(COMMANDS.map((c) => [c.name, c]));
}

/** Every option any command declares, with the global ones (to read the command line before the command is known). */
export function allOptions(): OptionGroup {
  const all: Record<string, OptionGroup[string]> = { ...GLOBAL_OPTIONS };
  for (const c of COMMANDS) Object.assign(all, c.options);
  return all;
}

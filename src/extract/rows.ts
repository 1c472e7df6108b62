/**
 * Reading the rows of a targets table: one row per sub-index (named by number, name or
 * abbreviation) with its baseline, target and stated increase, and the total row (the composite).
 * @internal
 * @module
 */
import { D } from "../decimal";
import { PGI, type PgiSubIndexId } from "../framework/pgi";
import type { Comparator } from "../plan/create";
import { addBody, isoDate, num, setComposite, setTarget, type Assembly, type Piece } from "./assemble";
import { mentionsIn, subIndexNamed } from "./subindex";
import { isTotal, numberCell, type Column, type Table } from "./tables";
import { fold } from "./text";

/** The baseline column: the one of the latest year before the target year, else the first. */
function baselineColumn(columns: readonly Column[], targetYear: number | null): number {
  let best = -1;
  columns.forEach((c, i) => {
    if (c.kind !== "baseline") return;
    if (best < 0) best = i;
    const b = columns[best]!;
    if (
      c.year !== null &&
      (targetYear === null || c.year < targetYear) &&
      (b.year === null || c.year > b.year || (targetYear !== null && b.year >= targetYear))
    )
      best = i;
  });
  return best;
}

/** The sub-index a row's name cell names, or `null`. */
function rowSubIndex(name: string) {
  // "Chỉ số 2", "2. Đảm bảo tuân thủ": a number is a position in a row of a targets table.
  const bare = fold(name)
    .replace(/^\s*[1-4]\s*[.)]\s+/, "")
    .trim();
  const byNumber = /^chi so\s*(?:so\s*)?([1-4])$/.exec(bare);
  if (byNumber) return PGI.components[Number(byNumber[1]) - 1]!.id as PgiSubIndexId;
  if (bare !== fold(name).trim()) name = name.replace(/^\s*[1-4]\s*[.)]\s+/, "");
  const ids = [...new Set(mentionsIn(fold(name)).map((m) => m.id))];
  if (ids.length === 1) return ids[0]!;
  return ids.length === 0 ? subIndexNamed(name.replace(/^\s*chỉ số\s+/iu, "").replace(/["“”]/g, "")) : null;
}

/** Read a table of targets into the sections and the composite. @internal */
export function readTable(a: Assembly, t: Table): void {
  const cols = t.columns;
  const at = (kind: Column["kind"]): number => cols.findIndex((c) => c.kind === kind);
  const iName = at("name");
  const iTarget = at("target");
  const stated = cols.findIndex((c) => c.kind === "delta" && c.stated);
  const iDelta = stated >= 0 ? stated : at("delta");
  const iOwner = at("owner");
  const iPartner = at("partner");
  const iDue = at("due");
  const targetYear = a.targetYear ?? cols[iTarget]?.year ?? null;
  const iBase = baselineColumn(cols, targetYear);
  const year = iBase >= 0 ? cols[iBase]!.year : null;
  const header = cols.map((c) => fold(c.text)).join(" ");
  const headerComparator: Comparator | null = /tro len|toi thieu/.test(header) ? "atLeast" : /tro xuong|toi da/.test(header) ? "atMost" : null;
  const rowTargets: string[] = [];
  for (const row of t.rows) {
    const cells = [...row.cells];
    // A row one cell short whose first cell is not its number (a total row without STT, empty cells dropped).
    if (cells.length < cols.length && cols[0]?.kind === "stt" && !/^\d{1,2}\.?$/.test(cells[0]!.trim())) cells.unshift("");
    const piece: Piece = { text: cells.join(" | "), fold: fold(cells.join(" | ")), line: row.line };
    const name = cells[iName] ?? "";
    const value = (i: number) => (i >= 0 && cells[i] !== undefined ? numberCell(cells[i]!) : null);
    const base = value(iBase);
    const target = value(iTarget);
    const delta = value(iDelta);
    const signed = delta === null ? null : delta.sign < 0 ? `-${delta.value}` : delta.value;
    if (isTotal(name)) {
      // A total that is the sum of the rows' targets states nothing more; one that is not is kept (and checked).
      const sum = rowTargets.reduce((acc, t) => acc.plus(num(t)), new D(0));
      const isTarget = target !== null && !sum.eq(num(target.value));
      setComposite(a, piece, { target: target?.value ?? null, baseline: base?.value ?? null, year, delta: signed, isTarget });
      continue;
    }
    const id = rowSubIndex(name);
    if (id === null) {
      if (target !== null)
        a.problem(
          "UNREADABLE_TARGET",
          null,
          row.line,
          `this row of the table names no sub-index ("${name}")`,
          `dòng này của bảng không nêu chỉ số thành phần nào ("${name}")`,
        );
      continue;
    }
    const s = a.section(id, row.line);
    if (base !== null) {
      const v = num(base.value);
      if (v >= 1 && v <= 10 && !s.baseline) {
        s.baseline = { value: base.value, year, line: row.line.no, text: piece.text, at: row.line };
        a.add("baseline", id, v, row.line);
      }
    }
    if (target !== null) rowTargets.push(target.value);
    if (target !== null || signed !== null) {
      setTarget(a, s, piece, { target: target?.value ?? null, delta: signed, comparator: target?.comparator ?? headerComparator ?? "exactly" });
    }
    for (const [i, role] of [
      [iOwner, "lead"],
      [iPartner, "partner"],
    ] as const) {
      for (const body of i >= 0 ? (cells[i] ?? "").split(";").map((b) => b.replace(/[\s.]+$/, "").trim()) : []) {
        if (body !== "" && body !== "-") addBody(a, s, body, role, piece);
      }
    }
    const due = iDue >= 0 ? /^(\d{4})-(\d{2})-(\d{2})$|^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec((cells[iDue] ?? "").trim()) : null;
    const iso = due ? (due[1] !== undefined ? isoDate(due[3]!, due[2]!, due[1]) : isoDate(due[4]!, due[5]!, due[6]!)) : null;
    if (iso !== null && !s.due) {
      s.due = { iso, line: row.line.no, text: piece.text };
      a.add("due", id, iso, row.line);
    }
  }
}

/**
 * Quarters and months as offices type and write them: reading ("Quý II/2025", "2025-Q2",
 * "06/2025") and labels ("Quý II/2025", "Tháng 6/2025"; "Q2 2025", "June 2025"). No dependencies,
 * so renderers may import it.
 * @module
 */
import type { Lang } from "../decimal";

/** A quarter or month, read by {@link parsePeriod}. */
export interface Period {
  readonly year: number;
  readonly granularity: "quarter" | "month";
  /** 4 for quarters, 12 for months. */
  readonly perYear: 4 | 12;
  /** The quarter (1–4) or month (1–12) in its year. */
  readonly number: number;
  /** Periods since year 0 (year × perYear + number − 1). */
  readonly index: number;
  /** The stored form: `"2025-Q2"` or `"2025-06"`. */
  readonly id: string;
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
/** "2025-Q2", "2025 Q2", "Q2-2025", "Q2/2025", "Q2 2025", "Quý II/2025", "Quý 2 năm 2025", "quy ii/2025". */
const QUARTER_FORMS: readonly RegExp[] = [
  /^(\d{4})\s*[-/ ]\s*q([1-4])$/,
  /^(?:q|quy|quý)\s*(iv|iii|ii|i|[1-4])\s*(?:[-/.]|\s+nam\s+|\s+năm\s+|\s+)\s*(\d{4})$/,
];
/** "2025-06", "06/2025", "6/2025", "6-2025", "Tháng 6/2025", "T6/2025", "tháng 6 năm 2025". */
const MONTH_FORMS: readonly RegExp[] = [/^(\d{4})-(0[1-9]|1[0-2])$/, /^(?:thang|tháng|t)?\s*(0?[1-9]|1[0-2])\s*(?:[-/.]|\s+nam\s+|\s+năm\s+)\s*(\d{4})$/];

function make(year: number, g: "quarter" | "month", number: number): Period {
  const perYear = g === "quarter" ? 4 : 12;
  const index = year * perYear + number - 1;
  return { year, granularity: g, perYear, number, index, id: idOf(index, g) };
}

/**
 * Read a quarter or a month as offices type it: quarters `"Quý I/2023"`, `"Quý 1/2023"`,
 * `"quý II năm 2023"`, `"Q1 2023"`, `"2023-Q1"`; months `"03/2023"`, `"3/2023"`, `"Tháng 3/2023"`,
 * `"T3/2023"`, `"2023-03"`. Case, surrounding spaces and a missing diacritic ("Quy") do not matter.
 * Returns `null` for anything else — a bare year (`"2023"`, `2023`) included, which is a year.
 *
 * @example
 * ```ts
 * parsePeriod("Quý II/2023")?.id; // "2023-Q2"
 * parsePeriod("03/2023")?.id;     // "2023-03"
 * parsePeriod("2023-Q1")?.number; // 1
 * parsePeriod("2023");            // null
 * ```
 */
export function parsePeriod(value: unknown): Period | null {
  if (typeof value !== "string" || value.length > 40) return null;
  const s = value.trim().toLowerCase().replace(/\s+/g, " ");
  for (const [i, re] of QUARTER_FORMS.entries()) {
    const m = re.exec(s);
    if (m) {
      const [y, q] = i === 0 ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
      return make(Number(y), "quarter", ROMAN[q] ?? Number(q));
    }
  }
  for (const [i, re] of MONTH_FORMS.entries()) {
    const m = re.exec(s);
    if (m) {
      const [y, mo] = i === 0 ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
      return make(Number(y), "month", Number(mo));
    }
  }
  return null;
}

/** The stored form of period `index`: "2025-Q2" or "2025-06". @internal */
export function idOf(index: number, g: "quarter" | "month"): string {
  if (g === "quarter") return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

const ROMANS = ["I", "II", "III", "IV"] as const;
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/**
 * A period as a report writes it: `"Quý II/2023"` / `"Q2 2023"` for a quarter, `"Tháng 3/2023"` /
 * `"March 2023"` for a month; a year (number or `"2023"`) stays as it is; anything else is
 * returned unchanged.
 *
 * @example
 * ```ts
 * periodLabel("2023-Q2");           // "Quý II/2023"
 * periodLabel("2023-Q2", "en");     // "Q2 2023"
 * periodLabel("03/2023");           // "Tháng 3/2023"
 * periodLabel("2023-03", "en");     // "March 2023"
 * periodLabel(2024);                // "2024"
 * ```
 */
export function periodLabel(period: string | number, lang: Lang = "vi"): string {
  const p = parsePeriod(period);
  if (p === null) return String(period);
  if (p.granularity === "quarter") return lang === "vi" ? `Quý ${ROMANS[p.number - 1]}/${p.year}` : `Q${p.number} ${p.year}`;
  return lang === "vi" ? `Tháng ${p.number}/${p.year}` : `${MONTHS_EN[p.number - 1]} ${p.year}`;
}

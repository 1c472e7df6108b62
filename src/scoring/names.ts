/**
 * Unit names, read in stage 1 (./read.ts): each a non-empty string, trimmed, and no two alike
 * ignoring case and diacritics.
 *
 * Contract: {@link UnitNames} reads the names of one call in order and throws a PgiError for a bad
 * name or a duplicate. The names of the last call whose names were all accepted are remembered
 * (at most 1,024 of them): a call that gives the same names again, from the first, skips the
 * duplicate check for those (a prefix of names with no two alike has none) — units scored again
 * and again (what-if, uncertainty runs, a page re-scoring as its input changes) pay for that
 * check once.
 * @module
 */
import { describe, PgiError, type PgiPath } from "../errors";
import { foldName } from "../util";

let folds: Map<string, string> | undefined;

/**
 * foldName, without its Unicode work for names of ASCII letters and digits; other names (the 63
 * provinces' own: about 0.3 µs each) are folded once and remembered, a few thousand at most.
 */
function quickFold(s: string): string {
  let lower = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (c >= 65 && c <= 90) lower = false;
    else {
      folds ??= new Map();
      let f = folds.get(s);
      if (f === undefined) {
        f = foldName(s);
        if (folds.size >= 4096) folds.clear();
        folds.set(s, f);
      }
      return f;
    }
  }
  return lower ? s : s.toLowerCase();
}

/** The unit names of an earlier call, by position, all accepted (no two alike): as written, trimmed, folded. */
interface NameList {
  readonly raw: readonly string[];
  readonly names: readonly string[];
  readonly keys: readonly string[];
}

/** The names of the last call whose names were all accepted (at most {@link MEMO_NAMES} of them). */
let lastNames: NameList = { raw: [], names: [], keys: [] };
const MEMO_NAMES = 1024;

/**
 * Unit names, refusing duplicates (case and diacritics ignored). A call that gives, from the start,
 * the same names as the last accepted call skips the duplicate check for them (a prefix of names
 * with no two alike has none); from the first name that differs, the check runs as usual, over the
 * names before it too. The path of an error is `[u, "unit"]` for rows, `["units", u]` for columns
 * (built only when there is an error).
 */
export class UnitNames {
  /** The earlier call's names (a snapshot: a nested call may replace the memo meanwhile). */
  private readonly prev = lastNames;
  /** Names 0 … u − 1 are the earlier call's. */
  private same = true;
  private seen: Map<string, number> | null = null;
  private raw: string[] | null = null;
  private keys: string[] | null = null;
  readonly names: string[];

  constructor(
    private readonly n: number,
    private readonly columns: boolean,
  ) {
    this.names = new Array(n);
  }

  /** Read unit u's name. */
  add(unit: unknown, u: number): void {
    const prev = this.prev;
    if (this.same) {
      if (u < prev.raw.length && unit === prev.raw[u]) {
        this.names[u] = prev.names[u]!;
        return;
      }
      this.same = false;
      const seen = new Map<string, number>();
      for (let v = 0; v < u; v++) seen.set(prev.keys[v]!, v);
      this.seen = seen;
      if (this.n <= MEMO_NAMES) {
        this.raw = prev.raw.slice(0, u);
        this.keys = prev.keys.slice(0, u);
      }
    }
    const path = (): PgiPath => (this.columns ? ["units", u] : [u, "unit"]);
    const bad = (): PgiError =>
      new PgiError(
        "INVALID_INPUT",
        { en: `unit must be a non-empty string, got ${describe(unit)}`, vi: `tên đơn vị phải là một chuỗi không rỗng, nhận được ${describe(unit)}` },
        path(),
      );
    if (typeof unit !== "string") throw bad();
    // Printable ASCII at both ends: nothing to trim (the common case, without trim's copy).
    const first = unit.charCodeAt(0);
    const last = unit.charCodeAt(unit.length - 1);
    const name = first > 32 && first < 127 && last > 32 && last < 127 ? unit : unit.trim();
    if (name === "") throw bad();
    const key = quickFold(unit) || unit;
    const seen = this.seen!;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new PgiError(
        "DUPLICATE_UNIT",
        {
          en: `${describe(unit)} appears twice (rows ${earlier} and ${u}); give each unit once`,
          vi: `đơn vị ${describe(unit)} xuất hiện hai lần (dòng ${earlier} và ${u}); mỗi đơn vị chỉ ghi một lần`,
        },
        path(),
        { unit, first: earlier },
      );
    }
    seen.set(key, u);
    this.names[u] = name;
    this.raw?.push(unit);
    this.keys?.push(key);
  }

  /** Every name is read and accepted: remember them for the next call (when they differ and are few). */
  done(): string[] {
    if (this.raw !== null && this.keys !== null) lastNames = { raw: this.raw, names: this.names.slice(), keys: this.keys };
    return this.names;
  }
}

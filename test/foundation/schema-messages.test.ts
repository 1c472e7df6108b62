/**
 * The schema messages of plans, targets, tables, frameworks and checklists are written in English
 * and Vietnamese side by side at the source: each failure of a shape check says, in Vietnamese, what was written for it
 * (not a sentence made up from the kind of zod issue), with no English word of its English
 * message, values quoted to at most 60 characters; and no zod message anywhere in src is an
 * English string alone.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import * as api from "../../src/index";
import { arbHostileValue, arbPlanInput, arbTrajectoryInput } from "../../src/testing/index";
import { thrown } from "./helpers";

const root = join(__dirname, "..", "..");
const plan = { unit: "Lạng Sơn", baselineYear: 2023, targetYear: 2025, baseline: { 1: 4.84, 2: 4.14, 3: 3.6, 4: 4.75 }, targets: { 1: 6.58 } };
const withTarget = (spec: unknown) => () => api.createPlan({ ...plan, targets: { pollution: spec } } as never);
const path = { baselineYear: 2023, baseline: 17.33, targetYear: 2026, target: 25 };
const entry = { unit: "Lạng Sơn", year: 2024, composite: 17.33 };
const card = api.publishedScoreCard("Hải Dương", 2024);
const fw = { id: "x", name: { vi: "Chỉ số X", en: "Index X" }, components: [{ id: "a" }] };
const checklist = {
  id: "c",
  name: "Bộ tiêu chí",
  levels: [{ id: "ntm", name: "Nông thôn mới" }],
  criteria: [{ id: "c1", name: "Tiêu chí 1", levels: ["ntm"], indicators: [{ id: "i1", name: "Chỉ tiêu 1", threshold: { atLeast: 1 } }] }],
};

/** Failing calls whose message comes from a schema, and a part of the Vietnamese written for it. */
const CASES: readonly (readonly [string, () => unknown, string])[] = [
  ["plan: unit not a string", () => api.createPlan({ ...plan, unit: 5 } as never), "đơn vị lập kế hoạch phải là một chuỗi ký tự"],
  ["plan: empty unit", () => api.createPlan({ ...plan, unit: "  " }), "đơn vị không được để trống"],
  ["plan: unit too long", () => api.createPlan({ ...plan, unit: "x".repeat(400) }), "đơn vị dài tối đa 300 ký tự"],
  ["plan: indexUnit not a string", () => api.createPlan({ ...plan, indexUnit: 5 } as never), "đơn vị của chỉ số phải là một chuỗi ký tự"],
  ["plan: indexUnit empty", () => api.createPlan({ ...plan, indexUnit: "" }), "đơn vị của chỉ số không được để trống"],
  ["plan: units neither", () => api.createPlan({ ...plan, units: "all" } as never), 'units phải là "provinces" hoặc "any"'],
  ["plan: title not a string", () => api.createPlan({ ...plan, title: 5 } as never), "tiêu đề phải là một chuỗi ký tự"],
  ["plan: title too long", () => api.createPlan({ ...plan, title: "t".repeat(1001) }), "tiêu đề dài tối đa 1000 ký tự"],
  ["plan: source not a string", () => api.createPlan({ ...plan, source: 5 } as never), "nguồn phải là một chuỗi ký tự"],
  ["plan: source too long", () => api.createPlan({ ...plan, source: "s".repeat(2001) }), "nguồn dài tối đa 2000 ký tự"],
  ["plan: a year of three digits", () => api.createPlan({ ...plan, baselineYear: "203" } as never), "cần một năm"],
  ["plan: a year out of range", () => api.createPlan({ ...plan, targetYear: 2200 }), "cần một năm từ 1900 đến 2100"],
  ["target: owners a number", withTarget({ target: 6.58, owners: 5 }), "đơn vị chủ trì phải là một tên hoặc một danh sách tên"],
  ["target: an owner empty", withTarget({ target: 6.58, owners: [""] }), "đơn vị chủ trì không được để trống"],
  ["target: an owner too long", withTarget({ target: 6.58, owners: ["o".repeat(301)] }), "tên đơn vị chủ trì dài tối đa 300 ký tự"],
  ["target: an owner not a string", withTarget({ target: 6.58, owners: [5] }), "đơn vị chủ trì phải là một chuỗi ký tự"],
  ["target: too many owners", withTarget({ target: 6.58, owners: Array.from({ length: 101 }, (_, i) => `Sở ${i}`) }), "ghi tối đa 100 đơn vị chủ trì"],
  ["target: due in another format", withTarget({ target: 6.58, due: "31/12/2024" }), "thời hạn (due) phải ghi theo dạng năm-tháng-ngày"],
  ["target: due not a real date", withTarget({ target: 6.58, due: "2024-02-30" }), "không phải là một ngày có thật"],
  ["target: due a number", withTarget({ target: 6.58, due: 20241231 }), "thời hạn (due) phải ghi theo dạng năm-tháng-ngày"],
  ["target: comparator unknown", withTarget({ target: 6.58, comparator: "greater" }), 'cách so sánh (comparator) phải là "atLeast", "atMost" hoặc "exactly"'],
  ["target: neither target nor delta", withTarget({ owners: "Sở TN&MT" }), "chỉ tiêu cần có `target`"],
  ["trajectory: direction unknown", () => api.trajectory({ ...path, direction: "up" } as never), 'chiều (direction) phải là "higher" hoặc "lower"'],
  ["trajectory: decimals 11", () => api.trajectory({ ...path, decimals: 11 }), "số chữ số thập phân phải là số nguyên từ 0 đến 10"],
  ["trajectory: decimals 1.5", () => api.trajectory({ ...path, decimals: 1.5 }), "số chữ số thập phân phải là số nguyên từ 0 đến 10"],
  ["trajectory: decimals -1", () => api.trajectory({ ...path, decimals: -1 }), "số chữ số thập phân phải là số nguyên từ 0 đến 10"],
  ["trajectory: label not a string", () => api.trajectory({ ...path, label: 5 } as never), "nhãn phải là một chuỗi ký tự"],
  ["trajectory: label too long", () => api.trajectory({ ...path, label: "l".repeat(2001) }), "nhãn dài tối đa 2000 ký tự"],
  ["trajectory: a year out of range", () => api.trajectory({ ...path, baselineYear: 1800 }), "cần một năm từ 1900 đến 2100"],
  ["progress: no observations", () => api.assessProgress(api.trajectory(path), []), "cần ít nhất một số liệu thực tế"],
  [
    "progress: too many observations",
    () =>
      api.assessProgress(
        api.trajectory(path),
        Array.from({ length: 10001 }, () => ({ year: 2024, value: 20 })),
      ),
    "tối đa 10000 số liệu thực tế",
  ],
  ["table: an entry's unit not a string", () => api.scoreTable([card, { ...entry, unit: 5 }] as never), "đơn vị phải là một chuỗi ký tự"],
  ["table: an entry's unit empty", () => api.scoreTable([card, { ...entry, unit: "" }]), "đơn vị không được để trống"],
  ["table: an entry's rank 0", () => api.scoreTable([card, { ...entry, rank: 0 }]), "thứ hạng phải là số nguyên từ 1 trở lên"],
  ["framework: a weight of 0", () => api.defineFramework({ ...fw, components: [{ id: "a", weight: 0 }] }), "trọng số phải lớn hơn 0"],
  ["framework: an unknown key", () => api.defineFramework({ ...fw, colour: "green" } as never), 'khóa không có trong mẫu dữ liệu: "colour"'],
  ["framework: decimals 7", () => api.defineFramework({ ...fw, components: [{ id: "a", decimals: 7 }] }), "số chữ số thập phân phải từ 0 đến 6"],
  ["framework: no components", () => api.defineFramework({ ...fw, components: [] }), "bộ chỉ số cần ít nhất một thành phần"],
  [
    "framework: imputation unknown",
    () => api.defineFramework({ ...fw, indicators: [{ id: "i", component: "a", direction: "higher" }], imputation: { method: "zero" } } as never),
    'imputation.method phải là "mean", "median", "groupMean" hoặc "groupMedian"',
  ],
  ["checklist: no criteria", () => api.defineChecklist({ ...checklist, criteria: [] }), "bộ tiêu chí cần ít nhất một tiêu chí"],
  ["checklist: an empty id", () => api.defineChecklist({ ...checklist, id: "" }), "mã không được để trống"],
  ["table: an entry's source not a string", () => api.scoreTable([card, { ...entry, source: 5 }] as never), "nguồn phải là một chuỗi ký tự"],
];

/** Letters-only words of 3 or more letters of a message, lower-cased. */
const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]{3,}/g) ?? []);

/** The Vietnamese message without its path, quoted values, code shapes and ids (`indexUnit`, `due`). */
function prose(e: api.PgiError): string {
  const where = e.path.length > 0 ? e.messageVi.indexOf(": ") + 2 : 0;
  return e.messageVi
    .slice(where)
    .replace(/"[^"]*"(… \(\d+ ký tự\))?/g, " ")
    .replace(/`[^`]*`/g, " ")
    .replace(/\{[^}]*\}|\[[^\]]*\]|\([a-zA-Z]+\)/g, " ")
    .replace(/\b[a-z]+[A-Z_.]\w*\b/g, " ");
}

describe("schema messages are written in both languages at the source", () => {
  it.each(CASES)("%s: the Vietnamese written for it, no English word of its English", (_name, call, vi) => {
    const e = thrown(call);
    expect(e.messageVi).toContain(vi);
    const english = words(e.message.slice(e.path.length > 0 ? e.message.indexOf(": ") + 2 : 0));
    // Ids and option values ("units", "provinces") are quoted as written; everything else is Vietnamese.
    const shared = [...words(prose(e))].filter((w) => english.has(w) && w !== "units");
    expect(shared).toEqual([]);
    for (const m of [e.message, e.messageVi]) {
      expect(m.length).toBeLessThanOrEqual(300);
      for (const q of m.match(/"[^"]*"/g) ?? []) expect(q.length).toBeLessThanOrEqual(62);
    }
  });

  it("the exported target and observation schemas give the same messages", () => {
    const r = api.TargetSpecSchema.safeParse({ target: 6.58, comparator: "greater" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('comparator must be "atLeast", "atMost" or "exactly"');
    expect(r.error?.issues[0]?.path).toEqual(["comparator"]);
    const o = api.ObservationsSchema.safeParse([]);
    expect(o.error?.issues[0]?.message).toBe("give at least one observation");
  });
});

/** Values written as they are in both languages (JS values and names), not English prose. */
const AS_WRITTEN = new Set(["null", "nan", "infinity", "true", "false", "undefined", "pgi", "kit", "units", "symbol", "bigint"]);

/** The English words of `e`'s English message that its Vietnamese prose also holds. */
function englishInVietnamese(e: api.PgiError): string[] {
  const english = words(e.message.slice(e.path.length > 0 ? e.message.indexOf(": ") + 2 : 0));
  return [...words(prose(e))].filter((w) => english.has(w) && !AS_WRITTEN.has(w));
}

/** Call `call`; if it throws a PgiError, its Vietnamese is Vietnamese and both messages are bounded. */
function checkMessages(call: () => unknown): void {
  try {
    call();
  } catch (e) {
    if (!api.isPgiError(e)) throw e;
    expect(englishInVietnamese(e), e.messageVi).toEqual([]);
    for (const m of [e.message, e.messageVi]) {
      expect(m.length).toBeLessThanOrEqual(1000);
      // Every quoted value is at most 60 characters (describe() cuts longer ones).
      for (const q of m.match(/"(?:[^"\\]|\\.)*"/g) ?? []) expect(JSON.parse(q).length, q).toBeLessThanOrEqual(60);
    }
  }
}

describe("every error of plans, trajectories, progress and score tables is Vietnamese in Vietnamese", () => {
  const bad = fc.oneof(
    fc.constantFrom<unknown>("", "  ", "x".repeat(400), 5, -1, 11, 1.5, "abc", "1,234", null, [], {}, "2024-13-01", 2200, "up", "__proto__", "Quý V/2025"),
    arbHostileValue().map((d) => d.value),
  );
  const planKey = fc.constantFrom(
    "unit",
    "indexUnit",
    "units",
    "title",
    "source",
    "baselineYear",
    "targetYear",
    "baseline",
    "targets",
    "compositeTarget",
    "extra",
  );
  const targetKey = fc.constantFrom("target", "delta", "comparator", "owners", "due", "extra");
  const trajectoryKey = fc.constantFrom("baselineYear", "targetYear", "baseline", "target", "direction", "decimals", "label", "extra");
  const entryKey = fc.constantFrom("unit", "year", "composite", "rank", "source", "extra");

  prop.prop([arbPlanInput(), planKey, bad], { numRuns: 300 })("createPlan with one field wrong", (input, key, value) => {
    checkMessages(() => api.createPlan({ ...input, [key]: value } as never));
  });
  prop.prop([targetKey, bad], { numRuns: 300 })("createPlan with one field of a target wrong", (key, value) => {
    checkMessages(() => api.createPlan({ ...plan, targets: { pollution: { target: 6, [key]: value } } } as never));
  });
  prop.prop([arbTrajectoryInput(), trajectoryKey, bad], { numRuns: 300 })("trajectory with one field wrong", (input, key, value) => {
    checkMessages(() => api.trajectory({ ...input, [key]: value } as never));
  });
  prop.prop([fc.array(fc.record({ year: fc.oneof(fc.integer({ min: 2019, max: 2031 }), bad), value: fc.oneof(fc.constant(20), bad) }), { maxLength: 3 })], {
    numRuns: 300,
  })("assessProgress with observations wrong", (observations) => {
    checkMessages(() => api.assessProgress(api.trajectory(path), observations as never));
  });
  prop.prop([entryKey, bad], { numRuns: 300 })("scoreTable with one field of a composite entry wrong", (key, value) => {
    checkMessages(() => api.scoreTable([card, { ...entry, [key]: value }] as never));
  });
});

/** Source without comments (line and block), strings kept. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");

/** The lines of `z.<check>(…)` calls given an English string literal as an argument (not through `zodMessage`). */
function bareMessages(text: string): number[] {
  const src = code(text);
  const lines: number[] = [];
  for (const m of src.matchAll(/\bz\.(\w+)\(/g)) {
    let depth = 0;
    // The first argument of z.literal and z.discriminatedUnion is a value or a key, not a message.
    let argStart = m[1] !== "literal" && m[1] !== "discriminatedUnion";
    for (let i = m.index + m[0].length; i < src.length; i++) {
      const c = src[i]!;
      if (argStart && depth === 0 && (c === '"' || c === "'" || c === "`")) {
        lines.push(src.slice(0, i).split("\n").length);
        break;
      }
      if (c === '"' || c === "'" || c === "`") {
        // Skip the string (its escaped quotes too); an unclosed one ends the scan.
        let j = i + 1;
        while (j < src.length && src[j] !== c) j += src[j] === "\\" ? 2 : 1;
        i = j;
      } else if (c === "(" || c === "[" || c === "{") depth++;
      else if (c === ")" || c === "]" || c === "}") {
        if (depth === 0) break;
        depth--;
      }
      if (!/\s/.test(c)) argStart = depth === 0 && c === ",";
    }
  }
  return lines;
}

describe("no schema message anywhere in src is English alone", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
    });

  it("every message passed to zod goes through zodMessage({ en, vi }) (listed with their lines)", () => {
    const found = files(join(root, "src"))
      .map((f) => [relative(root, f).split("\\").join("/"), bareMessages(readFileSync(f, "utf8"))] as const)
      .filter(([, lines]) => lines.length > 0)
      .map(([f, lines]) => `${f}: lines ${lines.join(", ")}`);
    expect(found).toEqual([]);
  });

  it("the scan finds a bare message and passes a bilingual one", () => {
    expect(bareMessages('z.string("a name must be a string")')).toEqual([1]);
    expect(bareMessages('z.int().check(z.gte(0,\n "must be ≥ 0"))')).toEqual([2]);
    expect(bareMessages('z.literal(["a", "b"], zodMessage({ en: "x", vi: "y" }))')).toEqual([]);
    expect(bareMessages("z.strictObject({ a: z.string(M()) })")).toEqual([]);
    expect(bareMessages('z.literal("minmax")')).toEqual([]);
    expect(bareMessages('z.literal("minmax", "must be minmax")')).toEqual([1]);
  });
});

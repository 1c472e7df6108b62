/** Type tests for checklists and assessments (checked by tsc, never run). */
import { assessChecklist, assessMany, defineChecklist, trajectory, type ChecklistAssessment, type ChecklistSummary } from "../../src/index";

const c = defineChecklist({
  id: "env", name: { vi: "Môi trường", en: "Environment" },
  levels: [{ id: "ntm", name: "NTM" }],
  criteria: [{ id: "c17", name: "Môi trường", levels: ["ntm"], indicators: [
    { id: "17.1", name: "Nước sạch", unit: "%", threshold: { atLeast: "95,5" } },
    { id: "17.3", name: "Cảnh quan", threshold: { yes: true } },
    { id: "17.8", name: "Điểm tập kết", unit: { vi: "điểm", en: "sites" }, threshold: { ntm: { atMost: 0 } } },
  ] }],
});
// @ts-expect-error: a threshold value is a number or a numeric string
defineChecklist({ id: "x", name: "x", levels: [{ id: "a", name: "a" }], criteria: [{ id: "c", name: "c", levels: ["a"], indicators: [{ id: "i", name: "i", threshold: { atLeast: true } }] }] });
// @ts-expect-error: levels are required
defineChecklist({ id: "x", name: "x", criteria: [] });

const a: ChecklistAssessment = assessChecklist(c, { unit: "Xã A", values: { "17.1": 96, "17.3": "đạt", "17.8": null } });
const gap: number | null = a.criteria[0]!.indicators[0]!.gap;
void gap;
// @ts-expect-error: assessments are readonly
a.highestLevel = "ntm";
// @ts-expect-error: values are numbers, numeric strings, booleans or null
assessChecklist(c, { unit: "Xã A", values: { "17.1": [96] } });

const s: ChecklistSummary = assessMany(c, [a.criteria.length > 0 ? { unit: "A", values: {} } : { unit: "B", values: {} }], { targets: { A: "ntm" } });
const count: string = s.levels[0]!.count;
void count;

// periods where years are accepted
const q = trajectory({ baselineYear: "2025-Q1", baseline: 1, targetYear: "2025-Q4", target: 2 });
const p: string | undefined = q.milestones[0]!.period;
void p;

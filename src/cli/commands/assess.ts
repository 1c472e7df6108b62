/** `pgi assess`: communes against a criteria checklist (the work is in `../assess.ts`). @internal @module */
import { INPUT_OPTIONS, SHEET_OPTIONS } from "../args";
import { ASSESS_DETAILS, ASSESS_EXAMPLE, ASSESS_SUMMARY, ASSESS_USAGE, runAssess } from "../assess";
import type { Command } from "../context";
import { OFFICE_OPTIONS } from "../office/options";

/** `pgi assess`. */
export const assess: Command = {
  name: "assess",
  usage: { en: ASSESS_USAGE, vi: "assess <bo-tieu-chi.json> <cac-xa.csv|cac-xa.xlsx|cac-xa.json>" },
  summary: { en: ASSESS_SUMMARY, vi: 'đánh giá các xã theo bộ tiêu chí (NTM…): số tiêu chí đạt, còn thiếu, "17/19", số xã đạt từng mức' },
  details: {
    en: ASSESS_DETAILS,
    vi:
      "Tệp bộ tiêu chí là đặc tả của defineChecklist (xem docs/checklists.md) hoặc bộ tiêu chí đã in ra dạng JSON.\n" +
      "Danh sách xã: một bảng có dòng tiêu đề unit[,region][,target],<mã các chỉ tiêu…> (ô trống là chưa có số liệu;\n" +
      'ô có/không ghi "đạt"/"không đạt"), hoặc JSON [{ "unit", "region"?, "target"?, "values": { … } }] hoặc\n' +
      '{ "units": […], "targets": { "<xã>": "<mức>" } }. Một xã: đánh giá đầy đủ của xã đó; nhiều xã: bảng tổng hợp.',
  },
  example: ASSESS_EXAMPLE,
  options: { ...INPUT_OPTIONS, ...SHEET_OPTIONS, ...OFFICE_OPTIONS },
  run: runAssess,
};
